"""A Progress chart widget that is one CalmPlot edge to edge, redrawn when the colours
change (mood, minutes, calm, bars)."""

from __future__ import annotations

from ui.progress.colours import ChartColours
from ui.progress.plot import CalmPlot
from ui.qt import QVBoxLayout, QWidget


class PlotHost(QWidget):
    def __init__(self, colours: ChartColours, *, height: int, name: str,
                 axis_width: int | None = None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = CalmPlot(colours, height=height)
        self.plot.setAccessibleName(name)
        if axis_width is not None:
            self.plot.getAxis("left").setWidth(axis_width)  # labels' room, fixed
        layout.addWidget(self.plot)

    def apply_colours(self, colours: ChartColours) -> None:
        self.plot.apply_colours(colours)
        self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError
