"""The "Sleep and mood" card: how days felt after shorter and longer nights."""

from __future__ import annotations

from collections.abc import Callable

from app.stats.periods import Period
from app.stats.service import StatsService
from app.stats.sleep import MIN_DAYS
from app.stats.words import days, energy_words, pleasantness_words, signed
from ui.i18n import translate
from ui.progress.colours import ChartColours
from ui.progress.table_card import TableCard
from ui.qt import QLabel
from ui.widgets.card import label


class SleepCard(TableCard):
    def __init__(self, colours: ChartColours) -> None:
        super().__init__(translate("SleepCard", "Sleep and mood"), "stillpoint-sleep")
        self.shown: list[tuple[str, float, float, int]] = []

    def show_period(self, stats: StatsService, window: Period, window_text: str) -> None:
        groups = stats.mood_by_sleep(window)
        self.shown = [(g.label, g.pleasantness, g.energy, g.days) for g in groups]
        self.fill((translate("SleepCard", "night's sleep"), translate("SleepCard", "pleasantness"),
                   translate("SleepCard", "energy"), translate("SleepCard", "days")),
                  [(label(g.label[0].upper() + g.label[1:]),
                    self._cell(g.pleasantness, pleasantness_words),
                    self._cell(g.energy, energy_words), label(days(g.days), "muted"))
                   for g in groups],
                  translate("SleepCard", "When you note your sleep at check-ins, and at least {days} "
                            "days follow shorter nights and {days} longer ones, you will see "
                            "here how those days felt.").format(days=MIN_DAYS))
        if groups:
            self.rows.setColumnStretch(4, 1)
        self.caption.setText(
            translate(
                "SleepCard",
                "Average pleasantness and energy (-5 to +5) on days after each length of sleep, "
                "{window_text}. A pattern to notice, not a cause.",
            ).format(window_text=window_text)
        )

    @staticmethod
    def _cell(value: float, words: Callable[[float], str]) -> QLabel:
        cell = label(signed(value))
        cell.setToolTip(words(value))  # the number in words, for a quick read
        return cell
