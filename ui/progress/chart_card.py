"""A card holding one chart, its caption and a "Save as PNG" action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from ui.i18n import translate
from ui.qt import QFileDialog, QHBoxLayout, QPushButton, QStandardPaths, QWidget
from ui.widgets.card import Card, label
from ui.widgets.status_line import StatusLine


class ChartCard(Card):
    def __init__(self, title: str, chart: QWidget, caption: str, file_stem: str) -> None:
        super().__init__(None)
        self.chart = chart
        self.file_stem = self.base_stem = file_stem
        # Set while the card waits, out of view, for the period being shown (see view.py).
        self.before_export: Callable[[], None] | None = None
        head = QHBoxLayout()
        self.title = label(title, "section")
        head.addWidget(self.title, 1)
        self.export_button = QPushButton(translate("ChartCard", "Save as PNG…"))
        self.export_button.setAccessibleName(
            translate("ChartCard", "Save the {lower} chart as a PNG image").format(lower=title.lower())
        )
        self.export_button.clicked.connect(self.ask_export)
        head.addWidget(self.export_button)
        self.body.addLayout(head)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(16)
        self.body.addLayout(self.controls)
        self.body.addWidget(chart)
        self.caption = label(caption, "caption")
        self.body.addWidget(self.caption)
        self.status = StatusLine(translate("ChartCard", "Export status"))
        self.body.addWidget(self.status)

    def ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        suggested = str(Path(folder or Path.home()) / f"{self.file_stem}.png")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ChartCard", "Save chart as PNG"),
            suggested,
            translate("ChartCard", "PNG image (*.png)"),
        )
        if path:
            self.export_png(Path(path))

    def export_png(self, path: Path) -> bool:
        """Save what the chart shows now, at screen resolution; say plainly how it went."""
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if self.before_export is not None:
            self.before_export()
        ok = path.parent.is_dir() and self.chart.grab().save(str(path), "PNG")
        if ok:
            self.status.show_info(translate("ChartCard", "Saved to {path}.").format(path=path))
        else:
            self.status.show_error(
                UserError(
                    translate(
                        "ChartCard", "Could not save to {path}. Choose a folder you can write to."
                    ).format(path=path)
                )
            )
        return ok
