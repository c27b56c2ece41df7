"""Practice charts: minutes per week stacked by kind, and calm before/after per exercise."""

from __future__ import annotations

import pyqtgraph as pg

from app.practice.service import KIND_NAMES, KINDS
from app.stats.practice import ExerciseCalm, WeekMinutes
from ui.i18n import app_text, day_month, number, short_date, translate
from ui.progress.colours import ChartColours
from ui.progress.plot import colour
from ui.progress.plot_host import PlotHost
from ui.qt import QBrush, Qt

# Each kind's layer has its own fill as well as its colour, and the legend shows the same
# fill, so the kinds read apart without colour (UI.md).
_FILL = Qt.BrushStyle
KIND_FILLS = {"breathing": (_FILL.SolidPattern, "■"), "visualization": (_FILL.BDiagPattern, "▨"),
              "timer": (_FILL.CrossPattern, "▦"), "audio": (_FILL.HorPattern, "▤")}


class MinutesChart(PlotHost):
    """Stacked bars: one per week, a layer per kind in a fixed order."""

    def __init__(self, colours: ChartColours) -> None:
        super().__init__(colours, height=240, axis_width=36,
                         name=translate("PracticeChart", "Minutes practised per week"))
        self.plot.hover_text = lambda x, _y: self.tooltip_text(round(x))
        self.weeks: list[WeekMinutes] = []
        self.bars: dict[str, pg.BarGraphItem] = {}

    def show_weeks(self, weeks: list[WeekMinutes]) -> None:
        self.weeks = weeks
        step = max(1, len(weeks) // 6)
        ticks = [(i, short_date(w.start)) for i, w in enumerate(weeks)
                 if (len(weeks) - 1 - i) % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.redraw()

    def redraw(self) -> None:
        self.plot.clear()
        self.plot.showGrid(x=False, y=False)  # grid lines would stripe the bars
        self.bars = {}
        xs = list(range(len(self.weeks)))
        base = [0.0] * len(self.weeks)
        width = 0.62 if len(self.weeks) <= 20 else 0.8
        for kind in KINDS:
            heights = [w.minutes.get(kind, 0.0) for w in self.weeks]
            if KIND_FILLS[kind][0] != _FILL.SolidPattern:  # a soft tint under the lines
                self.plot.addItem(pg.BarGraphItem(
                    x=xs, y0=list(base), height=heights, width=width, pen=pg.mkPen(None),
                    brush=colour(self.plot.colours.kinds[kind], 80)))
            bar = pg.BarGraphItem(x=xs, y0=list(base), height=heights, width=width,
                                  brush=QBrush(colour(self.plot.colours.kinds[kind]),
                                               KIND_FILLS[kind][0]),
                                  pen=pg.mkPen(self.plot.colours.background, width=1))
            self.bars[kind] = bar
            self.plot.addItem(bar)
            base = [b + h for b, h in zip(base, heights, strict=True)]
        top = max(base, default=0.0)
        self.plot.setYRange(0, max(30.0, top * 1.1), padding=0)
        self.plot.setXRange(-0.6, max(len(self.weeks), 1) - 0.4, padding=0)

    def plotted(self, kind: str) -> list[float]:
        return [float(h) for h in self.bars[kind].opts["height"]]

    def tooltip_text(self, index: int) -> str | None:
        if not 0 <= index < len(self.weeks):
            return None
        week = self.weeks[index]
        minutes = translate("PracticeChart", "{minutes} min")
        lines = [translate("PracticeChart", "Week of {day}: {minutes}").format(
            day=day_month(week.start), minutes=minutes.format(minutes=round(week.total)))]
        lines += [f"{app_text(KIND_NAMES[k])}: {minutes.format(minutes=round(m))}"
                  for k, m in week.minutes.items() if m >= 0.5]
        return "\n".join(lines)


class CalmChart(PlotHost):
    """One row per exercise: a hollow dot for calm before, a filled dot for after."""

    def __init__(self, colours: ChartColours) -> None:
        super().__init__(colours, height=160, axis_width=170,
                         name=translate("CalmChart", "Calm before and after each exercise"))
        self.plot.hover_text = lambda _x, y: self.tooltip_text(round(y))
        self.plot.showGrid(x=False, y=False)
        self.rows: list[ExerciseCalm] = []
        self.before_item: pg.ScatterPlotItem | None = None
        self.after_item: pg.ScatterPlotItem | None = None

    def show_rows(self, rows: list[ExerciseCalm]) -> None:
        self.rows = rows[:8]
        self.plot.setFixedHeight(max(140, 40 * len(self.rows) + 56))
        self.redraw()

    def apply_colours(self, colours: ChartColours) -> None:
        self.plot.apply_colours(colours)
        self.plot.showGrid(x=False, y=False)
        self.redraw()

    def _y(self, index: int) -> float:
        return float(len(self.rows) - 1 - index)  # most helpful at the top

    def redraw(self) -> None:
        plot, c = self.plot, self.plot.colours
        plot.clear()
        # One line item per kind, drawn as pairs of points: far cheaper than one per row.
        for kind in {row.kind for row in self.rows}:
            xs, ys = [], []
            for i, row in enumerate(self.rows):
                if row.kind == kind:
                    xs += [row.before, row.after]
                    ys += [self._y(i)] * 2
            plot.addItem(pg.PlotDataItem(xs, ys, connect="pairs",
                                         pen=pg.mkPen(colour(c.kinds[kind], 150), width=3)))
        ys = [self._y(i) for i in range(len(self.rows))]
        self.before_item = pg.ScatterPlotItem(
            [r.before for r in self.rows], ys, symbol="o", size=11,
            brush=pg.mkBrush(c.background), pen=pg.mkPen(c.muted, width=2))
        self.after_item = pg.ScatterPlotItem(
            [r.after for r in self.rows], ys, symbol="o", size=11,
            brush=[pg.mkBrush(c.kinds[r.kind]) for r in self.rows] or None,
            pen=pg.mkPen(c.background, width=1.5))
        plot.addItem(self.before_item)
        plot.addItem(self.after_item)
        plot.getAxis("left").setTicks([[(self._y(i), _short(r.title))
                                         for i, r in enumerate(self.rows)]])
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        plot.setXRange(0, 10, padding=0.03)
        plot.setYRange(-0.7, max(len(self.rows), 1) - 0.3, padding=0)

    def tooltip_text(self, index_from_bottom: int) -> str | None:
        index = len(self.rows) - 1 - index_from_bottom
        if not 0 <= index < len(self.rows):
            return None
        r = self.rows[index]
        sessions = (translate("CalmChart", "1 rated session") if r.rated_sessions == 1
                    else translate("CalmChart", "{count} rated sessions").format(count=r.rated_sessions))
        calm = translate("CalmChart", "Calm {before} before, {after} after ({change})").format(
            before=number(r.before, 1), after=number(r.after, 1), change=f"{r.change:+.1f}")
        return f"{r.title}\n{calm}\n{sessions}"


def _short(title: str, limit: int = 24) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
