"""Taking an instrument: one question per screen, keyboard first.

Number keys pick the option with that value (or, for scales beyond 0-9, that place),
Up/Down move the choice, Enter goes on, Backspace or Alt+Left goes back."""

from __future__ import annotations

import functools
from collections.abc import Callable

from app.assessments.instrument import Instrument, Item
from app.assessments.scoring import is_asked
from ui.accessibility import zoom
from ui.i18n import translate
from ui.qt import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import Card, label
from ui.widgets.layouts import clear_layout
from ui.widgets.shortcuts import local_keys


class AssessmentRunner(QWidget):
    finished = Signal(list)  # the values of the items asked, in order
    cancelled = Signal()
    crisis_answer = Signal()  # an answer above an item's crisis_if_above was confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument: Instrument | None = None
        self.answers: dict[str, int] = {}
        self.position = 0  # index into the items asked so far
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.card = Card()
        self.title = label("", "section")
        self.progress = label("", "muted")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        self.card.body.addLayout(top)
        self.timeframe = label("", "muted")
        self.question = label("")
        self.question.setAccessibleName(translate("AssessmentRunner", "Question"))
        zoom.keep_scaled(self.question, 1.35)  # follows the system font and the zoom
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card.body.addWidget(self.timeframe)
        self.card.body.addWidget(self.question)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(6)
        self.card.body.addLayout(self.options_box)
        self.hint = label("", "caption")
        self.card.body.addWidget(self.hint)
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choices.idClicked.connect(lambda _id: self._update_buttons())
        buttons = QHBoxLayout()
        self.leave_button = QPushButton(translate("AssessmentRunner", "Leave"))
        self.leave_button.setToolTip(translate("AssessmentRunner", "Stop without saving (Esc)"))
        self.back_button = QPushButton(translate("AssessmentRunner", "Back"))
        self.back_button.setToolTip(
            translate("AssessmentRunner", "The question before (Backspace or Alt+Left)")
        )
        self.next_button = QPushButton(translate("AssessmentRunner", "Next"))
        self.next_button.setProperty("primary", True)
        self.next_button.setToolTip(translate("AssessmentRunner", "Enter"))
        for b in (self.leave_button, self.back_button, self.next_button):
            b.setAutoDefault(False)
        self.leave_button.clicked.connect(self.cancelled)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        self.card.body.addLayout(buttons)
        column.addWidget(self.card)
        self.about = label("", "caption")
        column.addWidget(self.about)
        self._shortcuts()

    def _shortcuts(self) -> None:
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("Return", self.next),
            ("Enter", self.next),
            ("Backspace", self.back),
            ("Alt+Left", self.back),
            ("Escape", self.cancelled.emit),
            ("Up", lambda: self.move_choice(-1)),
            ("Down", lambda: self.move_choice(1)),
            ("Left", lambda: self.move_choice(-1)),
            ("Right", lambda: self.move_choice(1)),
        ]
        bindings += [(str(n), functools.partial(self.pick_key, n)) for n in range(10)]
        local_keys(self, bindings)

    # -- flow --------------------------------------------------------------------------
    def start(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.answers = {}
        self.position = 0
        self.title.setText(instrument.title)
        self.timeframe.setText(instrument.timeframe)
        label_line = f"{instrument.label}. " if instrument.label else ""
        self.about.setText(f"{label_line}{instrument.attribution} {instrument.licence}")
        self._show()

    def asked(self, answers: dict[str, int] | None = None) -> list[Item]:
        """The items asked given the answers so far (a follow-up appears when it applies)."""
        assert self.instrument is not None
        given = self.answers if answers is None else answers
        return [i for i in self.instrument.items if is_asked(self.instrument, i, given)]

    @property
    def current(self) -> Item:
        return self.asked()[self.position]

    def next(self) -> None:
        if self.instrument is None:
            return
        chosen = self.choices.checkedId()
        if chosen < 0:
            self.hint.setText(
                translate("AssessmentRunner", "Choose an answer first: a number key or the arrow keys.")
            )
            return
        item = self.current
        value = item.options[chosen].value
        self.answers[item.id] = value
        self._drop_unasked()
        if item.crisis_if_above is not None and value > item.crisis_if_above:
            self.crisis_answer.emit()
        if self.position + 1 < len(self.asked()):
            self.position += 1
            self._show()
        else:
            self.finished.emit([self.answers[i.id] for i in self.asked()])

    def back(self) -> None:
        if self.instrument is not None and self.position > 0:
            self.position -= 1
            self._show()

    def _drop_unasked(self) -> None:
        """An answer to a follow-up that no longer applies (after going back) is dropped."""
        asked = {i.id for i in self.asked()}
        self.answers = {k: v for k, v in self.answers.items() if k in asked}

    # -- choosing ----------------------------------------------------------------------
    def pick_key(self, number: int) -> None:
        options = self.current.options if self.instrument else ()
        values = [o.value for o in options]
        if all(0 <= v <= 9 for v in values):
            index = values.index(number) if number in values else -1
        else:
            index = number - 1 if 1 <= number <= len(values) else -1
        if index >= 0:
            self._check(index)

    def move_choice(self, step: int) -> None:
        count = len(self.choices.buttons())
        if not count:
            return
        chosen = self.choices.checkedId()
        index = (0 if step > 0 else count - 1) if chosen < 0 else max(0, min(count - 1, chosen + step))
        self._check(index)

    def _check(self, index: int) -> None:
        button = self.choices.button(index)
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _show(self) -> None:
        assert self.instrument is not None
        item = self.current
        total = len(self.instrument.required_items)
        self.progress.setText(
            translate("AssessmentRunner", "{value} of {total}").format(value=self.position + 1, total=total)
            if item.condition is None
            else translate("AssessmentRunner", "One more question")
        )
        self.question.setText(item.text)
        self.hint.setText("")
        for button in self.choices.buttons():
            self.choices.removeButton(button)
        clear_layout(self.options_box)
        keyed = all(0 <= o.value <= 9 for o in item.options)
        previous = self.answers.get(item.id)
        for n, option in enumerate(item.options):
            key = option.value if keyed else n + 1
            button = QRadioButton(f"{key}   {option.label}")
            button.setAccessibleName(option.label)
            self.choices.addButton(button, n)
            self.options_box.addWidget(button)
            if option.value == previous:
                button.setChecked(True)
        self.back_button.setEnabled(self.position > 0)
        self._update_buttons()
        checked = self.choices.checkedButton()
        (checked or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        if self.instrument is None:
            return
        tentative = dict(self.answers)
        chosen = self.choices.checkedId()
        if chosen >= 0:  # the follow-up question may depend on this very answer
            tentative[self.current.id] = self.current.options[chosen].value
        last = self.position + 1 >= len(self.asked(tentative))
        self.next_button.setText(
            translate("AssessmentRunner", "See my result") if last else translate("AssessmentRunner", "Next")
        )
