"""Horizontal bars with a label per row and an optional faint comparison bar behind each:
emotion words this period against the last, and regulation strategies."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg

from ui.progress.colours import ChartColours
from ui.progress.plot import colour
from ui.progress.plot_host import PlotHost


@dataclass(frozen=True)
class BarRow:
    label: str
    value: float
    compare: float | None = None
    tip: str = ""


class BarsChart(PlotHost):
    def __init__(self, colours: ChartColours, *, hue: str = "pleasantness",
                 name: str = "Bar chart", label_width: int = 170) -> None:
        super().__init__(colours, height=120, name=name, axis_width=label_width)
        self.plot.hover_text = lambda _x, y: self.tooltip_text(round(y))
        self.hue = hue
        self.rows: list[BarRow] = []
        self.scale_max = 0.0
        self.bars: pg.BarGraphItem | None = None
        self.faint: pg.BarGraphItem | None = None

    def show_rows(self, rows: list[BarRow], *, scale_max: float | None = None) -> None:
        self.rows = rows
        self.scale_max = scale_max or max([r.value for r in rows] +
                                          [r.compare or 0 for r in rows] + [1.0])
        self.plot.setFixedHeight(max(110, 32 * len(rows) + 48))
        self.redraw()

    def _y(self, index: int) -> float:
        return float(len(self.rows) - 1 - index)

    def redraw(self) -> None:
        plot, c = self.plot, self.plot.colours
        plot.clear()
        plot.showGrid(x=False, y=False)
        ys = [self._y(i) for i in range(len(self.rows))]
        hue = getattr(c, self.hue)
        if any(r.compare is not None for r in self.rows):
            self.faint = pg.BarGraphItem(
                x0=[0] * len(ys), y=ys, height=0.72, width=[r.compare or 0 for r in self.rows],
                brush=colour(c.muted, 60), pen=pg.mkPen(None))
            plot.addItem(self.faint)
        self.bars = pg.BarGraphItem(x0=[0] * len(ys), y=ys, height=0.42,
                                    width=[r.value for r in self.rows], brush=colour(hue),
                                    pen=pg.mkPen(None))
        plot.addItem(self.bars)
        plot.getAxis("left").setTicks([[(self._y(i), r.label) for i, r in enumerate(self.rows)]])
        step = max(1, math.ceil(self.scale_max / 6))
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in
                                          range(0, int(self.scale_max) + 1, step)]])
        plot.setXRange(0, self.scale_max * 1.05, padding=0)
        plot.setYRange(-0.7, max(len(self.rows), 1) - 0.3, padding=0)

    def plotted(self) -> list[float]:
        return [float(w) for w in self.bars.opts["width"]] if self.bars else []

    def tooltip_text(self, index_from_bottom: int) -> str | None:
        index = len(self.rows) - 1 - index_from_bottom
        return self.rows[index].tip if 0 <= index < len(self.rows) else None
