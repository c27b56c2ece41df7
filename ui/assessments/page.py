"""Check-ups: the instruments with their last result, taking one, and the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.assessments.instrument import Instrument
from app.assessments.service import AssessmentService
from app.assessments.words import day_text, score_text
from app.errors import UserError
from app.events import AssessmentsChanged, EventHub
from app.settings.service import SettingsService
from app.therapy.service import TherapyService
from ui.assessments.result_view import ResultView
from ui.assessments.runner import AssessmentRunner
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.card import Card, Page, label
from ui.widgets.freshness import Freshness
from ui.widgets.layouts import clear_layout
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe

INTRO = QT_TRANSLATE_NOOP(
    "AssessmentsPage",
    "Short questionnaires to check in on how you have been. They are self-help, not a "
    "diagnosis: bring anything that stands out to your therapist or doctor.",
)


class AssessmentsPage(Page):
    key = "assessments"

    def __init__(
        self,
        assessments: AssessmentService,
        hub: EventHub,
        *,
        settings: SettingsService | None = None,
        safety: Callable[[], Any] | None = None,
        therapy: TherapyService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("AssessmentsPage", "Check-ups"), parent)
        self._service = assessments
        self._settings = settings
        self._safety = safety  # makes the safety service on first need
        self._built = False
        self.instrument: Instrument | None = None
        self.intro = label(translate("AssessmentsPage", INTRO), "muted")
        self.content.addWidget(self.intro)
        self.status = StatusLine(translate("AssessmentsPage", "Check-ups status"))
        self.content.addWidget(self.status)
        self.list_view = QWidget()
        self.cards = QVBoxLayout(self.list_view)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.cards.setSpacing(16)
        self.runner = AssessmentRunner()
        self.result_view = ResultView(therapy=therapy)
        for view in (self.list_view, self.runner, self.result_view):
            self.content.addWidget(view)
        self.runner.hide()
        self.result_view.hide()
        self.finish()
        self.runner.finished.connect(self._save)
        self.runner.cancelled.connect(self.show_list)
        self.runner.crisis_answer.connect(self.open_crisis_card)
        self.result_view.done.connect(self.show_list)
        self.result_view.crisis_requested.connect(self.open_crisis_card)
        # The list is read when it shows (page shown, or back from a check-up) after a change.
        self.fresh = Freshness(self.list_view, self.refresh)
        subscribe(self, hub, AssessmentsChanged, self.fresh.changed)

    def self_check(self) -> str | None:
        found = self._service.library()
        return None if found.instruments else "the Check-ups page found no instruments"

    # -- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        library = self._service.library(reload=True)  # a therapist's new file shows up
        latest = self._service.latest()
        clear_layout(self.cards)
        self.take_buttons: dict[str, QPushButton] = {}
        self.last_labels: dict[str, QLabel] = {}
        self.see_buttons: dict[str, QPushButton] = {}
        for instrument in library.instruments:
            self.cards.addWidget(self._card(instrument, latest.get(instrument.id)))
        if library.problems:
            self.cards.addWidget(
                label(translate("AssessmentsPage", "Some instrument files were left out:") + "\n"
                      + "\n".join(library.problems), "caption")
            )

    def _card(self, instrument: Instrument, last: Any) -> Card:
        card = Card(instrument.title, intro=instrument.subtitle)
        card.setAccessibleName(instrument.title)
        row = QHBoxLayout()
        when = (
            translate("AssessmentsPage", "Last time, {day}: {score}.").format(
                day=day_text(last.local_day, long=True), score=score_text(instrument, last))
            if last
            else translate("AssessmentsPage", "Not taken yet.")
        )
        last_label = label(
            translate("AssessmentsPage", "{count} questions · {when}").format(
                count=len(instrument.required_items), when=when
            )
        )
        self.last_labels[instrument.id] = last_label
        row.addWidget(last_label, 1)
        if last is not None:
            # The last result with its meaning, its trend and "bring to session", not only
            # right after taking it.
            see = QPushButton(translate("AssessmentsPage", "See the result"))
            see.setProperty("flat", True)
            see.setAutoDefault(False)
            see.setAccessibleName(
                translate("AssessmentsPage", "See your last {title} result").format(title=instrument.title)
            )
            see.clicked.connect(lambda: self.show_last(instrument.id))
            self.see_buttons[instrument.id] = see
            row.addWidget(see, 0, Qt.AlignmentFlag.AlignBottom)
        button = QPushButton(
            translate("AssessmentsPage", "Take the {title}").format(title=instrument.title)
            if instrument.label is None
            else translate("AssessmentsPage", "Start the reflection")
        )
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.take(instrument.id))
        self.take_buttons[instrument.id] = button
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        card.body.addLayout(row)
        return card

    def show_list(self) -> None:
        self.runner.hide()
        self.result_view.hide()
        self.list_view.show()
        self.intro.show()  # the list reads its data as it shows, if it changed meanwhile
        self.verticalScrollBar().setValue(0)

    # -- taking one --------------------------------------------------------------------
    def _choose(self, ident: str) -> Instrument | None:
        """Make `ident` the instrument in view; None, the reason shown, when it is unknown."""
        self.status.clear()
        try:
            self.instrument = self._service.instrument(ident)
        except UserError as exc:
            self.status.show_error(exc)
            return None
        return self.instrument

    def take(self, ident: str) -> None:
        instrument = self._choose(ident)
        if instrument is None:
            return
        self.list_view.hide()
        self.result_view.hide()
        self.intro.hide()
        self.runner.show()
        self.runner.start(instrument)
        self.verticalScrollBar().setValue(0)

    def _save(self, values: list[int]) -> None:
        assert self.instrument is not None
        try:
            result = self._service.take(self.instrument.id, values)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self._show(result, self._service.history(self.instrument.id))

    def show_last(self, ident: str) -> None:
        """The latest result of one instrument, as it was shown when it was taken."""
        if self._choose(ident) is None:
            return
        history = self._service.history(ident)
        if history:
            self._show(history[-1], history)

    def _show(self, result: Any, history: list[Any]) -> None:
        assert self.instrument is not None
        self.runner.hide()
        self.list_view.hide()
        self.intro.hide()
        self.result_view.show()
        self.result_view.show_result(self.instrument, result, history)
        self.verticalScrollBar().setValue(0)

    def open_crisis_card(self) -> None:
        """The crisis card over the window at once; the result shows the numbers too."""
        if self._settings is None or self._safety is None:
            return
        try:
            from ui.safety.crisis_card import show_crisis_card
        except ImportError:
            return
        show_crisis_card(self, self._settings, self._safety())
