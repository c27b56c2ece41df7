"""A calm pyqtgraph plot: theme colours, no panning or zooming, hover text via a callback."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg

from ui.accessibility import zoom
from ui.progress.colours import ChartColours
from ui.qt import QColor, QFont, QPointF, Qt, QToolTip

pg.setConfigOptions(antialias=True)


def colour(hex_code: str, alpha: int = 255) -> QColor:
    c = QColor(hex_code)
    c.setAlpha(alpha)
    return c


class CalmPlot(pg.PlotWidget):
    """A fixed-range plot: what it shows is chosen by the page, never by dragging."""

    def __init__(self, colours: ChartColours, *, height: int = 260) -> None:
        super().__init__()
        # A fixed height: pyqtgraph's own size hint would make every chart half a page tall.
        self.setFixedHeight(height)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.getPlotItem().setContentsMargins(4, 8, 12, 4)
        self.hover_text: Callable[[float, float], str | None] = lambda _x, _y: None
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.apply_colours(colours)
        zoom.follow(self, self._fit_ticks)

    def apply_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        self.setBackground(colours.background)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(colours.grid))
            axis.setTextPen(pg.mkPen(colours.muted))
        self._fit_ticks()
        self.showGrid(x=False, y=True, alpha=colours.grid_alpha)

    def _fit_ticks(self) -> None:
        """Tick labels a little smaller than the body text, at the current zoom."""
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, zoom.body_points() * 0.9))
        for name in ("left", "bottom"):
            self.getAxis(name).setTickFont(font)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view.mapSceneToView(scene_pos)
        text = self.hover_text(point.x(), point.y())
        if text:
            global_pos = self.mapToGlobal(self.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()
