"""The "Sleep and mood" card: how days felt after shorter and longer nights."""

from __future__ import annotations

from app.stats.periods import Period
from app.stats.service import StatsService
from app.stats.sleep import MIN_DAYS
from app.stats.words import days, energy_words, pleasantness_words, signed
from ui.progress.chart_card import ChartCard
from ui.progress.colours import ChartColours
from ui.qt import QGridLayout, QWidget
from ui.widgets.card import label
from ui.widgets.layouts import clear_layout


class SleepCard(ChartCard):
    def __init__(self, colours: ChartColours) -> None:
        self.host = QWidget()
        self.rows = QGridLayout(self.host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setHorizontalSpacing(24)
        self.rows.setVerticalSpacing(6)
        super().__init__("Sleep and mood", self.host, "", "stillpoint-sleep")
        self.export_button.hide()  # a few words and numbers, like the tags card: no picture
        self.shown: list[tuple[str, float, float, int]] = []

    def show_period(self, stats: StatsService, window: Period, window_text: str) -> None:
        clear_layout(self.rows)
        groups = stats.mood_by_sleep(window)
        self.shown = [(g.label, g.pleasantness, g.energy, g.days) for g in groups]
        if not groups:
            self.rows.addWidget(label(
                f"When you note your sleep at check-ins, and at least {MIN_DAYS} days follow "
                f"shorter nights and {MIN_DAYS} longer ones, you will see here how those days "
                "felt.", "muted"), 0, 0)
        else:
            for col, text in enumerate(("night's sleep", "pleasantness", "energy", "days")):
                self.rows.addWidget(label(text, "caption"), 0, col)
            for r, g in enumerate(groups, start=1):
                self.rows.addWidget(label(g.label[0].upper() + g.label[1:]), r, 0)
                for col, value, words in ((1, g.pleasantness, pleasantness_words),
                                          (2, g.energy, energy_words)):
                    cell = label(signed(value))
                    cell.setToolTip(words(value))  # the number in words, for a quick read
                    self.rows.addWidget(cell, r, col)
                self.rows.addWidget(label(days(g.days), "muted"), r, 3)
            self.rows.setColumnStretch(4, 1)
        self.caption.setText(f"Average pleasantness and energy (-5 to +5) on days after each "
                             f"length of sleep, {window_text}. A pattern to notice, not a cause.")

    def apply_colours(self, colours: ChartColours) -> None:
        pass
