"""A Progress card that shows a few words and numbers in a grid (tags, sleep): no picture,
so no "Save as PNG"."""

from __future__ import annotations

from collections.abc import Sequence

from ui.progress.chart_card import ChartCard
from ui.progress.colours import ChartColours
from ui.qt import QGridLayout, QLabel, QWidget
from ui.widgets.card import label
from ui.widgets.layouts import clear_layout


class TableCard(ChartCard):
    def __init__(self, title: str, file_stem: str) -> None:
        self.host = QWidget()
        self.rows = QGridLayout(self.host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setHorizontalSpacing(24)
        self.rows.setVerticalSpacing(6)
        super().__init__(title, self.host, "", file_stem)
        self.export_button.hide()  # a list of words and numbers, not a picture

    def fill(self, headers: Sequence[str], cells: Sequence[Sequence[QLabel]],
             empty: str) -> None:
        """Headers over rows of cells; the `empty` words alone when there are no rows."""
        clear_layout(self.rows)
        if not cells:
            self.rows.addWidget(label(empty, "muted"), 0, 0)
            return
        for col, text in enumerate(headers):
            self.rows.addWidget(label(text, "caption"), 0, col)
        for r, row in enumerate(cells, start=1):
            for col, cell in enumerate(row):
                self.rows.addWidget(cell, r, col)

    def apply_colours(self, colours: ChartColours) -> None:
        pass
