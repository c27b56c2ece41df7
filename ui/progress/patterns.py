"""Cards for emotion words, regulation strategies and tags (the regulation log's data)."""

from __future__ import annotations

from app.mood.vocabulary import QUADRANTS, vocabulary
from app.stats.periods import Period
from app.stats.service import StatsService
from app.stats.tags import MIN_DAYS
from app.stats.words import HELPFULNESS, signed
from ui.i18n import app_text, number, translate
from ui.progress.bars import BarRow, BarsChart
from ui.progress.chart_card import ChartCard
from ui.progress.colours import ChartColours
from ui.progress.table_card import TableCard
from ui.qt import QGridLayout, QWidget
from ui.widgets.card import label
from ui.widgets.layouts import clear_layout


class WordsCard(ChartCard):
    def __init__(self, colours: ChartColours) -> None:
        self.bars = BarsChart(colours, name=translate("WordsCard", "Emotion words"), label_width=120)
        super().__init__(translate("WordsCard", "Emotion words"), self.bars, "", "stillpoint-emotion-words")
        self.empty = label(
            translate(
                "WordsCard",
                "When you add emotion words to your check-ins, the ones you reach for most will gather here.",
            ),
            "muted",
        )
        self.body.insertWidget(2, self.empty)

    def show_period(self, stats: StatsService, period: Period) -> None:
        words = stats.top_words(period)
        noun = {"week": translate("WordsCard", "this week"),
                "month": translate("WordsCard", "this month"),
                "year": translate("WordsCard", "this year")}.get(
            period.kind, translate("WordsCard", "this period"))
        rows = [
            BarRow(
                w.word,
                w.count,
                w.previous,
                f"{w.word}: {w.count} time{'s' if w.count != 1 else ''} {noun}, "
                f"{w.previous} the {period.kind} before",
            )
            for w in words
        ]
        self.bars.show_rows(rows)
        self.bars.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.caption.setText(
            translate(
                "WordsCard",
                "How often you chose each word {noun} (solid bar) and the {kind} before (faint bar behind "
                "it).",
            ).format(noun=noun, kind=period.kind)
        )


class StrategiesCard(ChartCard):
    def __init__(self, colours: ChartColours) -> None:
        self.bars = BarsChart(
            colours, name=translate("StrategiesCard", "How helpful each strategy felt"), label_width=190
        )
        super().__init__(
            translate("StrategiesCard", "Working with feelings"), self.bars, "", "stillpoint-strategies"
        )
        self.empty = label(
            translate(
                "StrategiesCard",
                "When you log how you worked with a feeling, you will see here which ways help you most.",
            ),
            "muted",
        )
        self.body.insertWidget(2, self.empty)
        self.quadrant_title = label(translate("StrategiesCard", "Where you reached for each"), "muted")
        self.body.addWidget(self.quadrant_title)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.body.addWidget(self.grid_host)

    def show_period(self, stats: StatsService, window: Period, window_text: str) -> None:
        effects = stats.strategy_effects(window)
        rows = []
        for e in effects[:8]:
            drop = (translate("StrategiesCard", "; the feeling eased by {drop} on average").format(
                drop=number(e.drop, 1)) if e.drop is not None else "")
            rows.append(
                BarRow(
                    e.name,
                    e.helpfulness,
                    None,
                    translate("StrategiesCard", "{name}: used {count}, {helpful} on average").format(
                        name=e.name, count=translate("StrategiesCard", "1 time") if e.uses == 1
                        else translate("StrategiesCard", "{count} times").format(count=e.uses),
                        helpful=app_text(HELPFULNESS[round(e.helpfulness)])) + drop,
                )
            )
        self.bars.show_rows(rows, scale_max=4.0)
        self.bars.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.caption.setText(
            translate(
                "StrategiesCard",
                "How helpful each strategy felt, from 0 (not at all) to 4 (very), {window_text}. Hover a bar "
                "for how much the feeling eased.",
            ).format(window_text=window_text)
        )
        self._show_quadrants(stats, window)

    def _show_quadrants(self, stats: StatsService, window: Period) -> None:
        clear_layout(self.grid)
        rows = stats.strategy_quadrants(window)[:6]
        self.quadrant_title.setVisible(bool(rows))
        self.grid_host.setVisible(bool(rows))
        if not rows:
            return
        labels = vocabulary().quadrant_labels
        for col, key in enumerate(QUADRANTS, start=1):
            self.grid.addWidget(label(labels[key], "caption"), 0, col)
        for r, row in enumerate(rows, start=1):
            self.grid.addWidget(label(row.name), r, 0)
            for col, key in enumerate(QUADRANTS, start=1):
                n = row.counts.get(key, 0)
                self.grid.addWidget(label(str(n) if n else "·", "muted" if not n else None), r, col)


class TagsCard(TableCard):
    def __init__(self, colours: ChartColours) -> None:
        super().__init__(translate("TagsCard", "Tags and mood"), "stillpoint-tags")
        self.shown: list[tuple[str, float, float, int, int]] = []

    def show_period(self, stats: StatsService, window: Period, window_text: str) -> None:
        effects = stats.tag_effects(window)[:8]
        self.shown = [(t.name, t.mood_with, t.mood_without, t.days_with, t.days_without) for t in effects]
        self.fill(
            (translate("TagsCard", "tag"), translate("TagsCard", "days with it"),
             translate("TagsCard", "days without")),
            [
                (
                    label(t.name),
                    label(
                        translate("TagsCard", "{signed}  ({days_with} days)").format(
                            signed=signed(t.mood_with), days_with=t.days_with
                        )
                    ),
                    label(
                        translate("TagsCard", "{signed}  ({days_without} days)").format(
                            signed=signed(t.mood_without), days_without=t.days_without
                        ),
                        "muted",
                    ),
                )
                for t in effects
            ],
            translate("TagsCard", "Once a tag has been on at least {days} days, and off on at least "
                      "{days}, you will see how those days felt here.").format(days=MIN_DAYS),
        )
        self.caption.setText(
            translate(
                "TagsCard",
                "Average pleasantness on days with a tag and days without it, {window_text}. A pattern to "
                "notice, not a cause.",
            ).format(window_text=window_text)
        )
