"""The chart cards of the Progress page, built on its first show (they load pyqtgraph)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from app.stats.mood import MoodSeries, WeekMood
from app.stats.periods import Period, span, week_of
from app.stats.service import StatsService
from ui.i18n import date_pattern, day_and_month, day_month, short_date, translate
from ui.progress.chart_card import ChartCard
from ui.progress.colours import ChartColours
from ui.progress.grids import MoodPlane, YearPixels
from ui.progress.mood_chart import MoodChart
from ui.progress.patterns import StrategiesCard, TagsCard, WordsCard
from ui.progress.practice_cards import CalmCard, PracticeCard
from ui.progress.sleep_card import SleepCard
from ui.qt import (
    QCheckBox,
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QRectF,
    QVBoxLayout,
    QWidget,
)

PREVIOUS_WORD = {"week": "week", "month": "month", "year": "year"}


def shape_icon(hue: str, shape: str) -> QIcon:
    """The series' marker as the toggle's icon, so the toggle is also the legend."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(hue), 4))
    p.drawLine(2, 16, 30, 16)
    p.setBrush(QColor(hue))
    if shape == "circle":
        p.drawEllipse(QRectF(8, 8, 16, 16))
    else:
        p.drawRect(QRectF(9, 9, 14, 14))
    p.end()
    return QIcon(pixmap)


class _Themed(Protocol):
    def apply_colours(self, colours: ChartColours) -> None: ...


class ProgressCharts(QWidget):
    def __init__(self, stats: StatsService, colours: ChartColours) -> None:
        super().__init__()
        self._stats = stats
        self.period: Period | None = None
        self.colours = colours
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)

        self.mood_chart = MoodChart(colours)
        self.mood_card = ChartCard(
            translate("ProgressCharts", "Mood"),
            self.mood_chart,
            translate(
                "ProgressCharts",
                "Each point is the average of that day's check-ins; the soft bar shows the lowest "
                "and highest. Hover a point to see how many check-ins it holds.",
            ),
            "stillpoint-mood",
        )
        self.show_pleasantness = QCheckBox(translate("ProgressCharts", "Pleasantness"))
        self.show_energy = QCheckBox(translate("ProgressCharts", "Energy"))
        self.compare = QCheckBox(translate("ProgressCharts", "Previous week, faintly"))
        for box, on in ((self.show_pleasantness, True), (self.show_energy, True), (self.compare, True)):
            box.setChecked(on)
            self.mood_card.controls.addWidget(box)
        self.mood_card.controls.addStretch(1)
        self.show_pleasantness.toggled.connect(
            lambda on: self.mood_chart.set_measure_shown("pleasantness", on)
        )
        self.show_energy.toggled.connect(lambda on: self.mood_chart.set_measure_shown("energy", on))
        self.compare.toggled.connect(self.mood_chart.set_compare)
        column.addWidget(self.mood_card)

        self.pixels = YearPixels(colours)
        self.pixels_card = ChartCard(
            translate("ProgressCharts", "Year in pixels"),
            self.pixels,
            translate(
                "ProgressCharts", "One square per day, coloured by how pleasant the day felt on average."
            ),
            "stillpoint-year-in-pixels",
        )
        column.addWidget(self.pixels_card)

        self.column = column
        self.complete = False  # the cards below the mood chart come one event later
        self._pending: list[tuple[tuple[ChartCard, ...], Callable[[], None]]] = []
        self._known: dict[Period, MoodSeries] = {}
        self._today = dt.date.today()
        self._update_legends()

    def build_rest(self) -> None:
        """The cards below the fold: built after the mood chart has been painted, so the
        page shows its main chart sooner (each pyqtgraph plot costs ~13 ms to make)."""
        if self.complete:
            return
        colours, column = self.colours, self.column
        self.words_card = WordsCard(colours)
        column.addWidget(self.words_card)

        self.plane = MoodPlane(colours)
        self.plane_card = ChartCard(
            translate("ProgressCharts", "Where your check-ins fell"),
            self.plane,
            translate(
                "ProgressCharts",
                "Each check-in places you somewhere between unpleasant and pleasant, low and high "
                "energy. Deeper squares hold more check-ins. Every feeling has its place here.",
            ),
            "stillpoint-mood-plane",
        )
        column.addWidget(self.plane_card)

        self.practice_card = PracticeCard(colours)
        self.minutes_chart = self.practice_card.minutes_chart
        column.addWidget(self.practice_card)
        self.calm_card = CalmCard(colours)
        self.calm_chart = self.calm_card.calm_chart
        column.addWidget(self.calm_card)
        self.strategies_card = StrategiesCard(colours)
        column.addWidget(self.strategies_card)
        self.tags_card = TagsCard(colours)
        column.addWidget(self.tags_card)
        self.sleep_card = SleepCard(colours)
        column.addWidget(self.sleep_card)
        self.complete = True
        self._update_legends()
        if self.period is not None:
            self._show_lower(self.period, self._today)

    # -- showing a period ---------------------------------------------------------------
    def show_period(
        self, period: Period, *, today: dt.date, lazy: bool = False, known: Sequence[MoodSeries] = ()
    ) -> None:
        """lazy: cards scrolled out of view are updated when they come into view (reveal).
        known: series the caller has just read (the weekly review's), not read again."""
        self.period = period
        self._known = {s.period: s for s in known}
        self.compare.setText(
            translate("ProgressCharts", "Previous {value}, faintly").format(value=PREVIOUS_WORD[period.kind])
        )
        if period.kind == "year":
            self._show_year(period)
        else:
            self._show_days(period)
        self._today = today
        if self.complete:
            self._show_lower(period, today, lazy=lazy)
        self._set_stems(period)

    def _show_lower(self, period: Period, today: dt.date, *, lazy: bool = False) -> None:
        window, text = self._pattern_window(period, today)
        stats = self._stats
        updates: list[tuple[tuple[ChartCard, ...], Callable[[], None]]] = [
            ((self.words_card,), lambda: self.words_card.show_period(stats, period)),
            ((self.plane_card,), lambda: self.plane.show_counts(stats.mood_plane(period))),
            ((self.practice_card, self.calm_card), lambda: self._show_practice(period, today)),
            ((self.strategies_card,), lambda: self.strategies_card.show_period(stats, window, text)),
            ((self.tags_card,), lambda: self.tags_card.show_period(stats, window, text)),
            ((self.sleep_card,), lambda: self.sleep_card.show_period(stats, window, text)),
        ]
        # Queries and plot items for cards nobody can see would make every week switch
        # pay for the whole page (most of its cost with years of data stored).
        self._pending = [
            (cards, update) for cards, update in updates if lazy and not any(_on_screen(c) for c in cards)
        ]
        for cards, update in updates:
            if (cards, update) not in self._pending:
                update()
        for cards, _update in self._pending:
            for card in cards:
                card.before_export = self.flush
        self._set_stems(period)

    def reveal(self) -> None:
        """Bring the cards now scrolled into view up to date (the page calls it on scroll)."""
        for item in [p for p in self._pending if any(_on_screen(c) for c in p[0])]:
            self._pending.remove(item)
            item[1]()

    def flush(self) -> None:
        """Bring every card up to date, seen or not (before one is saved as an image)."""
        pending, self._pending = self._pending, []
        for _cards, update in pending:
            update()

    @staticmethod
    def _pattern_window(period: Period, today: dt.date) -> tuple[Period, str]:
        """Patterns need more than a week of data: 12 weeks up to the period's end."""
        if period.kind == "year":
            return period, translate("ProgressCharts", "in {year}").format(year=period.start.year)
        last = min(period.end, max(today, period.start))
        return (span(last - dt.timedelta(days=83), last),
                translate("ProgressCharts", "over the 12 weeks up to {day}").format(day=day_month(last)))

    def _show_days(self, period: Period) -> None:
        series, previous = self._series(period), self._series(period.previous)
        self.mood_chart.show_slots(
            series.days,
            [_day_name(d) for d in period.days],
            _day_ticks(period),
            unit="day",
            previous=previous.days,
        )
        self.pixels_card.hide()

    def _series(self, period: Period) -> MoodSeries:
        known = self._known.get(period)
        return known if known is not None else self._stats.mood_series(period)

    def _show_year(self, period: Period) -> None:
        weeks, starts = _year_slots(self._stats.weekly_mood(period), period)
        before, _ = _year_slots(self._stats.weekly_mood(period.previous), period.previous)
        names = [translate("ProgressCharts", "Week of {day}").format(day=day_month(s)) for s in starts]
        month = translate("Formats", "MMM")
        ticks = [
            (i, date_pattern(s + dt.timedelta(days=6), month))
            for i, s in enumerate(starts)
            if (s + dt.timedelta(days=6)).day <= 7
        ]
        self.mood_chart.show_slots(weeks, names, ticks, unit="week", previous=before)
        series: MoodSeries = self._stats.mood_series(period)
        self.pixels.show_year(period.start.year, series.logged)
        self.pixels_card.show()

    def _show_practice(self, period: Period, today: dt.date) -> None:
        weeks = 53 if period.kind == "year" else 12
        last = min(period.end, max(today, period.start))
        self.practice_card.show_weeks(self._stats, last=last, weeks=weeks, today=today)
        self.calm_card.show_window(self._stats, span(last - dt.timedelta(days=weeks * 7 - 1), last))

    def _set_stems(self, period: Period) -> None:
        stamp = period.start.isoformat() if period.kind != "year" else str(period.start.year)
        for card in self.cards():  # by the stem each card was made with: titles get translated
            card.file_stem = f"{card.base_stem}-{period.kind}-{stamp}"

    # -- theme ---------------------------------------------------------------------------
    def apply_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        charts: list[_Themed] = [self.mood_chart, self.pixels]
        if self.complete:
            charts += [
                self.plane,
                self.minutes_chart,
                self.calm_chart,
                self.words_card.bars,
                self.strategies_card.bars,
            ]
        for chart in charts:
            chart.apply_colours(colours)
        self._update_legends()

    def _update_legends(self) -> None:
        c = self.colours
        self.show_pleasantness.setIcon(shape_icon(c.pleasantness, "circle"))
        self.show_energy.setIcon(shape_icon(c.energy, "square"))
        if not self.complete:
            return
        self.practice_card.show_legend(c)

    def cards(self) -> list[ChartCard]:
        if not self.complete:
            return [self.mood_card, self.pixels_card]
        return [
            self.mood_card,
            self.pixels_card,
            self.words_card,
            self.plane_card,
            self.practice_card,
            self.calm_card,
            self.strategies_card,
            self.tags_card,
            self.sleep_card,
        ]


def _on_screen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _day_name(day: dt.date) -> str:
    return day_and_month(day)


def _day_ticks(period: Period) -> list[tuple[int, str]]:
    if period.length <= 7:
        pattern = translate("Formats", "ddd d")
        return [(i, date_pattern(d, pattern)) for i, d in enumerate(period.days)]
    return [(i, short_date(d)) for i, d in enumerate(period.days) if i % 7 == 0]


def _year_slots(weeks: list[WeekMood], period: Period) -> tuple[list[WeekMood | None], list[dt.date]]:
    first = week_of(period.start).start
    count = (week_of(period.end).start - first).days // 7 + 1
    starts = [first + dt.timedelta(weeks=i) for i in range(count)]
    found = {w.start: w for w in weeks}
    return [found.get(s) for s in starts], starts
