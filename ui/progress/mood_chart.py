"""The mood chart: one point per day (or week) per measure, the range as a band, the
previous period faint behind it. Used for the week, month and year views."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

import pyqtgraph as pg

from app.stats.words import signed
from ui.i18n import checkins_text, translate
from ui.progress.colours import ChartColours
from ui.progress.plot import colour
from ui.progress.plot_host import PlotHost
from ui.qt import Qt

MEASURES = ("pleasantness", "energy")
SYMBOLS = {"pleasantness": "o", "energy": "s"}  # shape as well as colour tells them apart
BAND_WIDTH = 0.16


class Slot(Protocol):
    @property
    def entries(self) -> int: ...

    def mean(self, measure: str) -> float: ...
    def low(self, measure: str) -> int: ...
    def high(self, measure: str) -> int: ...


class MoodChart(PlotHost):
    def __init__(self, colours: ChartColours) -> None:
        super().__init__(colours, height=300, name=translate("MoodChart", "Mood chart"))
        self.shown = dict.fromkeys(MEASURES, True)
        self.compare = True
        self.slots: list[Slot | None] = []
        self.previous: list[Slot | None] | None = None
        self.slot_names: list[str] = []
        self.unit = "day"
        self.bands: dict[str, pg.BarGraphItem] = {}
        self.means: dict[str, pg.PlotDataItem] = {}
        self.faint: dict[str, pg.PlotDataItem] = {}
        self.empty_text = pg.TextItem(anchor=(0.5, 0.5))
        self._empty_shown = False
        self._layout: tuple | None = None  # what the current plot items were made for
        self.plot.hover_text = self._hover
        self.plot.setYRange(-5.6, 5.6, padding=0)
        self.plot.getAxis("left").setTicks([[(v, signed(v).replace(".0", ""))
                                             for v in (-5, -2.5, 0, 2.5, 5)]])
        self.plot.getAxis("left").setWidth(36)

    # -- data --------------------------------------------------------------------------
    def show_slots(self, slots: Sequence[Slot | None], names: Sequence[str],
                   ticks: Sequence[tuple[int, str]], *, unit: str = "day",
                   previous: Sequence[Slot | None] | None = None) -> None:
        """slots: one per x position (None where nothing was logged); names for hover."""
        self.slots, self.slot_names, self.unit = list(slots), list(names), unit
        self.previous = list(previous) if previous is not None else None
        self.plot.getAxis("bottom").setTicks([list(ticks)])
        self.plot.setXRange(-0.6, max(len(slots), 1) - 0.4, padding=0)
        self.redraw()

    def set_measure_shown(self, measure: str, on: bool) -> None:
        self.shown[measure] = on
        self.redraw()

    def set_compare(self, on: bool) -> None:
        self.compare = on
        self.redraw()

    def redraw(self) -> None:
        colours = self.plot.colours
        visible = [m for m in MEASURES if self.shown[m]]
        dense = len(self.slots) > 20
        faint = self.compare and self.previous is not None
        layout = (visible, faint, dense, colours)
        if layout != self._layout:
            self._rebuild(visible, faint, dense)
            self._layout = layout
        else:
            # Same items, new numbers (a week switch): setData costs far less than making
            # and adding new plot items.
            for index, measure in enumerate(visible):
                shift = self._shift(index, len(visible), dense)
                if faint:
                    self.faint[measure].setData(*self._faint_data(measure, shift))
                xs, lows, heights = self._band_data(measure, shift)
                self.bands[measure].setOpts(x=xs, y0=lows, height=heights)
                self.means[measure].setData(*self._mean_data(measure, shift))
        self._show_empty(colours)

    def _rebuild(self, visible: list[str], faint: bool, dense: bool) -> None:
        plot = self.plot
        plot.clear()
        self._empty_shown = False
        self.bands, self.means, self.faint = {}, {}, {}
        for index, measure in enumerate(visible):
            hue = getattr(plot.colours, measure)
            shift = self._shift(index, len(visible), dense)
            if faint:
                self.faint[measure] = self._faint_line(measure, hue, shift)
                plot.addItem(self.faint[measure])
            self.bands[measure] = self._band(measure, hue, shift, dense)
            plot.addItem(self.bands[measure])
            self.means[measure] = self._mean_line(measure, hue, shift, dense)
            plot.addItem(self.means[measure])

    @staticmethod
    def _shift(index: int, count: int, dense: bool) -> float:
        # Side by side when both show, so the two bands never hide each other.
        return (index - (count - 1) / 2) * (0.2 if not dense else 0.17)

    def _show_empty(self, colours: ChartColours) -> None:
        empty = not any(self.slots)
        if empty:
            self.empty_text.setText(
                translate(
                    "MoodChart",
                    "Nothing logged this {period_word} yet. A check-in on Today adds the first point.",
                ).format(period_word=self._period_word()),
                color=colours.muted,
            )
            self.empty_text.setPos((len(self.slots) - 1) / 2, 0.8)
        if empty and not self._empty_shown:
            self.plot.addItem(self.empty_text)
        elif self._empty_shown and not empty:
            self.plot.removeItem(self.empty_text)
        self._empty_shown = empty

    def _period_word(self) -> str:
        return {"day": "week" if len(self.slots) <= 7 else "month", "week": "year"}[self.unit]

    def _xs(self, shift: float) -> list[float]:
        return [i + shift for i in range(len(self.slots))]

    def _mean_data(self, measure: str, shift: float) -> tuple[list[float], list[float]]:
        if not any(self.slots):
            return [], []  # all-NaN data makes pyqtgraph warn about empty bounds
        return self._xs(shift), [s.mean(measure) if s else math.nan for s in self.slots]

    def _mean_line(self, measure: str, hue: str, shift: float, dense: bool) -> pg.PlotDataItem:
        xs, ys = self._mean_data(measure, shift)
        return pg.PlotDataItem(
            xs,
            ys,
            connect="finite",
            pen=pg.mkPen(hue, width=2),
            symbol=SYMBOLS[measure],
            symbolSize=5 if dense else 9,
            symbolBrush=hue,
            symbolPen=pg.mkPen(self.plot.colours.background, width=1.5),
            name=measure,
        )

    def _band_data(self, measure: str, shift: float) -> tuple[list[float], list[float], list[float]]:
        xs: list[float] = []
        lows: list[float] = []
        heights: list[float] = []
        for x, slot in zip(self._xs(shift), self.slots, strict=True):
            if slot is not None:
                xs.append(x)
                lows.append(slot.low(measure) - 0.05)
                heights.append(slot.high(measure) - slot.low(measure) + 0.1)
        return xs, lows, heights

    def _band(self, measure: str, hue: str, shift: float, dense: bool) -> pg.BarGraphItem:
        xs, lows, heights = self._band_data(measure, shift)
        # Many slots (month, year): thinner, lighter bands so the lines stay readable.
        width, alpha = (0.3, 38) if dense else (BAND_WIDTH, 55)
        return pg.BarGraphItem(
            x=xs, y0=lows, height=heights, width=width, brush=colour(hue, alpha), pen=pg.mkPen(None)
        )

    def _faint_data(self, measure: str, shift: float) -> tuple[list[float], list[float]]:
        assert self.previous is not None
        if not any(self.previous):
            return [], []
        ys = [s.mean(measure) if s else math.nan for s in self.previous]
        return [i + shift for i in range(len(ys))], ys

    def _faint_line(self, measure: str, hue: str, shift: float) -> pg.PlotDataItem:
        xs, ys = self._faint_data(measure, shift)
        return pg.PlotDataItem(
            xs,
            ys,
            connect="finite",
            pen=pg.mkPen(colour(hue, self.plot.colours.faint_alpha), width=1.4, style=Qt.PenStyle.DashLine),
        )

    # -- reading back ------------------------------------------------------------------
    def plotted(self, measure: str) -> list[float | None]:
        """The mean line's y values, None where the gap is (what tests compare)."""
        _xs, ys = self.means[measure].getData()
        if ys is None or len(ys) == 0:
            return [None] * len(self.slots)
        return [None if math.isnan(y) else float(y) for y in ys]

    def plotted_range(self, measure: str) -> list[tuple[float, float]]:
        opts = self.bands[measure].opts
        return [(y0 + 0.05, y0 + h - 0.05) for y0, h in zip(opts["y0"], opts["height"], strict=True)]

    def tooltip_text(self, index: int) -> str | None:
        if not 0 <= index < len(self.slots):
            return None
        slot, name = self.slots[index], self.slot_names[index]
        if slot is None:
            return f"{name}\n" + translate("MoodChart", "Nothing logged")
        count = checkins_text(slot.entries)
        lines = [f"{name} · {count}"]
        for measure in MEASURES:
            if self.shown[measure]:
                lines.append(
                    f"{measure.capitalize()} {signed(slot.mean(measure))} "
                    f"(from {slot.low(measure):+d} to {slot.high(measure):+d})"
                )
        return "\n".join(lines)

    def _hover(self, x: float, _y: float) -> str | None:
        return self.tooltip_text(round(x))
