"""The Practice card (minutes per week and three figures) and the "What works for you"
card (calm before and after each exercise), both read for the weeks up to one day."""

from __future__ import annotations

import datetime as dt

from app.practice.service import KIND_NAMES, KINDS
from app.stats.periods import Period, week_of
from app.stats.service import StatsService
from ui.i18n import app_text, day_month, translate
from ui.progress.chart_card import ChartCard
from ui.progress.colours import ChartColours
from ui.progress.practice_chart import KIND_FILLS, CalmChart, MinutesChart
from ui.qt import QGridLayout
from ui.widgets.card import label


def swatch(text: str, hue: str, shape: str) -> str:
    return f"<span style='color:{hue}'>{shape}</span>&nbsp;{text}"


class PracticeCard(ChartCard):
    def __init__(self, colours: ChartColours) -> None:
        chart = MinutesChart(colours)
        super().__init__(
            translate("ProgressCharts", "Practice"),
            chart,
            translate(
                "ProgressCharts", "Minutes per week, finished or not: every minute you gave yourself counts."
            ),
            "stillpoint-practice",
        )
        self.minutes_chart = chart
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(32)
        self.habit_value, self.days_value, self.minutes_value = (
            label("", "value"),
            label("", "value"),
            label("", "value"),
        )
        self.days_caption = label(translate("ProgressCharts", "days practised this week"), "caption")
        for col, (value, caption) in enumerate(
            (
                (
                    self.habit_value,
                    label(translate("ProgressCharts", "habit strength, out of 100"), "caption"),
                ),
                (self.days_value, self.days_caption),
                (
                    self.minutes_value,
                    label(translate("ProgressCharts", "minutes in the 12 weeks shown"), "caption"),
                ),
            )
        ):
            self.figures.addWidget(value, 0, col)
            self.figures.addWidget(caption, 1, col)
        self.figures.setColumnStretch(3, 1)
        for col in range(3):
            self.figures.setColumnMinimumWidth(col, 180)
        self.body.insertLayout(1, self.figures)
        self.legend = label("", "caption")
        self.controls.addWidget(self.legend, 1)

    def show_legend(self, colours: ChartColours) -> None:
        self.legend.setText(
            "   ".join(swatch(app_text(KIND_NAMES[k]), colours.kinds[k], KIND_FILLS[k][1]) for k in KINDS)
        )

    def show_weeks(self, stats: StatsService, *, last: dt.date, weeks: int, today: dt.date) -> None:
        """The weeks up to and including last's, with last's week's figures."""
        self.minutes_chart.show_weeks(stats.practice_weeks(last, weeks))
        habit = stats.consistency(last)
        self.habit_value.setText(str(habit.habit_strength))
        self.days_value.setText(
            translate("ProgressCharts", "{days_this_week} of 7").format(days_this_week=habit.days_this_week)
        )
        self.days_caption.setText(
            translate("ProgressCharts", "days practised this week")
            if week_of(today).contains(last)
            else translate("ProgressCharts", "days practised in the week of {day}").format(
                day=day_month(week_of(last).start)
            )
        )
        total = sum(w.total for w in self.minutes_chart.weeks)
        self.minutes_value.setText(str(round(total)))
        self.caption.setText(
            translate(
                "ProgressCharts",
                "Minutes per week over the {weeks} weeks up to {day}, finished or not: every "
                "minute you gave yourself counts.",
            ).format(weeks=weeks, day=day_month(last))
        )


class CalmCard(ChartCard):
    def __init__(self, colours: ChartColours) -> None:
        chart = CalmChart(colours)
        super().__init__(
            translate("ProgressCharts", "What works for you"),
            chart,
            translate(
                "ProgressCharts",
                "Average calm (0-10) before ○ and after ● each exercise, over the sessions you rated "
                "both times. The biggest rise is at the top.",
            ),
            "stillpoint-calm",
        )
        self.calm_chart = chart
        self.empty = label("", "muted")
        self.body.insertWidget(2, self.empty)

    def show_window(self, stats: StatsService, window: Period) -> None:
        rows = stats.calm_by_exercise(window)
        self.calm_chart.show_rows(rows)
        self.calm_chart.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            translate(
                "ProgressCharts",
                "When you rate your calm before and after an exercise, you will see here which "
                "ones help you most.",
            )
        )
