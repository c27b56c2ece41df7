"""A result: the score, its band in plain words, what it does and does not mean, and how
it compares with earlier results. Never worded as reassurance (CONTENT.md)."""

from __future__ import annotations

from app.assessments.instrument import Instrument
from app.assessments.types import AssessmentResult
from app.assessments.words import change_text, day_text, headline, score_range, shown_value
from app.therapy.service import TherapyService
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QHBoxLayout, QPushButton, QVBoxLayout, QWidget, Signal
from ui.widgets.bring_to_session import BringToSessionButton
from ui.widgets.card import Card, label
from ui.widgets.score_trend import ScoreTrend
from ui.widgets.shortcuts import local_keys

CRISIS_WORDS = QT_TRANSLATE_NOOP(
    "ResultView",
    "One of your answers says you have had thoughts of hurting yourself or of "
    "being better off dead. You deserve support with this now.",
)
# Shown on the result itself, so the numbers are there even if the card cannot open.
CRISIS_NUMBERS = QT_TRANSLATE_NOOP(
    "ResultView",
    "If you are in danger, call your local emergency number now. Crisis lines: "
    "988 in the US; Samaritans 116 123 in the UK and Ireland. Contact your "
    "therapist.",
)


class ResultView(QWidget):
    done = Signal()
    crisis_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, therapy: TherapyService | None = None) -> None:
        super().__init__(parent)
        self.result: AssessmentResult | None = None
        self._therapy = therapy  # given: the result offers "bring to my next session"
        self.session_button: BringToSessionButton | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.crisis_card = Card(translate("ResultView", "Please reach out now"))
        self.crisis_card.body.addWidget(label(translate("ResultView", CRISIS_WORDS)))
        self.crisis_card.body.addWidget(label(translate("ResultView", CRISIS_NUMBERS)))
        self.crisis_button = QPushButton(translate("ResultView", "Show crisis numbers"))
        self.crisis_button.setProperty("primary", True)
        self.crisis_button.clicked.connect(self.crisis_requested)
        self.crisis_card.body.addWidget(self.crisis_button)
        column.addWidget(self.crisis_card)
        self.score_card = Card()
        self.title = label("", "section")
        self.score = label("", "value")
        self.score.setAccessibleName(translate("ResultView", "Score"))
        self.band = label("")
        self.meaning = label("")
        for w in (self.title, self.score, self.band, self.meaning):
            self.score_card.body.addWidget(w)
        buttons = QHBoxLayout()
        self._buttons = buttons
        buttons.addStretch(1)
        self.done_button = QPushButton(translate("ResultView", "Done"))
        self.done_button.setProperty("primary", True)
        self.done_button.clicked.connect(self.done)
        # As from the last question: Enter goes on.
        local_keys(self, [(keys, self.done.emit) for keys in ("Return", "Enter", "Escape")])
        buttons.addWidget(self.done_button)
        self.score_card.body.addLayout(buttons)
        column.addWidget(self.score_card)
        self.about_card = Card(translate("ResultView", "What it means"))
        self.means = label("")
        self.does_not = label("")
        self.about_card.body.addWidget(self.means)
        self.about_card.body.addWidget(label(translate("ResultView", "What it does not mean"), "tile-name"))
        self.about_card.body.addWidget(self.does_not)
        self.source = label("", "caption")
        self.about_card.body.addWidget(self.source)
        column.addWidget(self.about_card)
        self.trend_card = Card(translate("ResultView", "Over time"))
        self.trend = ScoreTrend(0, 1)
        self.change = label("")
        self.earlier = label("", "muted")
        self.trend_card.body.addWidget(self.trend)
        self.trend_card.body.addWidget(self.change)
        self.trend_card.body.addWidget(self.earlier)
        column.addWidget(self.trend_card)

    @property
    def result_id(self) -> int | None:
        """The shown result's id ("bring to my next session" flags it by this)."""
        return None if self.result is None else self.result.id

    def show_result(
        self, instrument: Instrument, result: AssessmentResult, history: list[AssessmentResult]
    ) -> None:
        self.result = result
        self.crisis_card.setVisible(result.crisis)
        self.title.setText(
            translate("ResultView", "Your {title} result, {day_text}").format(
                title=instrument.title, day_text=day_text(result.local_day, long=True)
            )
        )
        self.score.setText(headline(instrument, result))
        band = instrument.band(result.band)
        self.band.setText(
            translate("ResultView", "In plain words: {label}.").format(label=band.label)
            if band
            else (f"{instrument.label}." if instrument.label else "")
        )
        self.band.setVisible(bool(self.band.text()))
        self.meaning.setText(band.meaning if band else "")
        self.meaning.setVisible(band is not None)
        self.means.setText(instrument.means)
        self.does_not.setText(instrument.does_not_mean)
        self.source.setText(f"{instrument.attribution} {instrument.licence}")
        self._show_trend(instrument, history)
        self._offer_session(result.id)
        self.done_button.setFocus()

    def _offer_session(self, result_id: int) -> None:
        if self._therapy is None:
            return
        if self.session_button is not None:
            self.session_button.deleteLater()
        self.session_button = BringToSessionButton(
            self._therapy, translate("ResultView", "assessment"), result_id
        )
        self._buttons.insertWidget(0, self.session_button)

    def _show_trend(self, instrument: Instrument, history: list[AssessmentResult]) -> None:
        low, high = score_range(instrument)
        multi = len(instrument.scoring.subscales) > 1 and instrument.scoring.method != "percent"
        self.trend.setVisible(len(history) > 1 and not multi)
        self.trend.set_points([(r.local_day, shown_value(instrument, r)) for r in history], low, high)
        self.change.setText(change_text(instrument, history) or "")
        self.change.setVisible(bool(self.change.text()))
        earlier = history[:-1][-6:]
        if earlier:
            self.earlier.setText(
                translate("ResultView", "Earlier:")
                + " "
                + "; ".join(f"{day_text(r.local_day)} {headline(instrument, r)}" for r in earlier)
            )
        else:
            self.earlier.setText(
                translate(
                    "ResultView",
                    "This is your first result. Take it again in a couple of weeks to see how things change.",
                )
            )
