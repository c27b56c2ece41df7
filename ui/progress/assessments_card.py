"""The "Check-ups over time" card on Progress: each instrument's results as a small line.

Read when the card is built and when a result changes, never per week: results are rare
and switching weeks must stay fast."""

from __future__ import annotations

from collections.abc import Callable

from app.assessments.service import AssessmentService
from app.assessments.words import change_text, day_text, score_range, score_text, shown_value
from app.events import AssessmentsChanged, EventHub
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QGridLayout, QWidget
from ui.widgets.card import Card, label
from ui.widgets.freshness import Freshness
from ui.widgets.layouts import clear_layout
from ui.widgets.score_trend import ScoreTrend
from ui.widgets.subscriptions import subscribe

EMPTY = QT_TRANSLATE_NOOP(
    "AssessmentsCard",
    "When you take a check-up (WHO-5, PHQ-9, GAD-7 or the attachment reflection), "
    "how your results change over time shows here.",
)


class AssessmentsCard(Card):
    def __init__(self, service: Callable[[], AssessmentService], hub: EventHub) -> None:
        super().__init__(translate("AssessmentsCard", "Check-ups over time"))
        self._service = service
        self.host = QWidget()
        self.rows = QGridLayout(self.host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setHorizontalSpacing(24)
        self.rows.setVerticalSpacing(8)
        self.body.addWidget(self.host)
        self.body.addWidget(
            label(
                translate(
                    "AssessmentsCard",
                    "A result is a snapshot, not a verdict. Bring anything that "
                    "stands out to your therapist.",
                ),
                "caption",
            )
        )
        self.shown: list[str] = []  # instrument ids with a row, in order
        self.fresh = Freshness(self, self.refresh)
        subscribe(self, hub, AssessmentsChanged, self.fresh.changed)

    def refresh(self) -> None:
        service = self._service()
        results = service.all_results()
        clear_layout(self.rows)
        self.shown = []
        for instrument in service.instruments():
            history = [r for r in results if r.instrument == instrument.id]
            if not history:
                continue
            row = len(self.shown) * 2
            self.shown.append(instrument.id)
            self.rows.addWidget(label(instrument.title, "tile-name"), row, 0)
            last = history[-1]
            words = translate("AssessmentsCard", "Last, {day}: {score}.").format(
                day=day_text(last.local_day), score=score_text(instrument, last))
            change = change_text(instrument, history)
            self.rows.addWidget(label(f"{words} {change or ''}".strip(), "muted"), row + 1, 0)
            if len(history) > 1 and len(instrument.scoring.subscales) == 1:
                trend = ScoreTrend(*score_range(instrument))
                trend.setFixedHeight(70)
                trend.set_points([(r.local_day, shown_value(instrument, r)) for r in history])
                self.rows.addWidget(trend, row, 1, 2, 1)
        self.rows.setColumnStretch(0, 3)
        self.rows.setColumnStretch(1, 2)
        if not self.shown:
            self.rows.addWidget(label(translate("AssessmentsCard", EMPTY), "muted"), 0, 0, 1, 2)
