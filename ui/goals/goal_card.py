"""One goal as a card: why and how you will know, a progress bar, the steps as checkboxes,
a review prompt when its date has come, and a line to add the next small step."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from app.errors import UserError
from app.goals.service import GoalService
from app.goals.types import Goal, GoalDraft, GoalStep, week_text
from app.timeutil import today
from ui.goals.fields import EditDialog, GoalFields, PracticeFields, StepFields, to_qdate
from ui.goals.widgets import ProgressBar
from ui.i18n import QT_TRANSLATE_NOOP, short_date_year, translate
from ui.qt import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import Card, label
from ui.widgets.status_line import StatusLine

STEP_DONE = QT_TRANSLATE_NOOP("GoalCard", "One step done. Small steps are how it happens.")
GOAL_DONE = QT_TRANSLATE_NOOP(
    "GoalCard", "You did what you set out to do. Take a moment to notice that.")
REVIEW_ASK = QT_TRANSLATE_NOOP("GoalCard", "How is this going? Keep, change, or let it go.")


class Host(Protocol):
    """What a card asks of its page."""

    def celebrate(self, text: str, *, big: bool, goal_id: int) -> None: ...
    def offer_undo(self, message: str, undo) -> None: ...
    def show_dialog(self, dialog: EditDialog) -> None: ...


def _button(text: str, name: str | None = None, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    if name:
        button.setAccessibleName(name)
    if primary:
        button.setProperty("primary", True)
    return button


class StepRow(QWidget):
    def __init__(self, step: GoalStep, card: GoalCard) -> None:
        super().__init__()
        self.step = step
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        row = QHBoxLayout()
        self.check = QCheckBox(step.title)
        self.check.setChecked(step.done)
        # A long title is clipped, not allowed to widen the page into sideways scrolling.
        self.check.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.check.setToolTip(step.title)
        self.check.toggled.connect(lambda on: card.tick(step, on))
        row.addWidget(self.check, 1)
        title = step.title
        self.up = _button("↑", translate("StepRow", "Move '{title}' up").format(title=title))
        self.down = _button("↓", translate("StepRow", "Move '{title}' down").format(title=title))
        self.edit = _button(translate("StepRow", "Edit"),
                            translate("StepRow", "Edit '{title}'").format(title=title))
        self.remove = _button(translate("StepRow", "Remove"),
                              translate("StepRow", "Remove '{title}'").format(title=title))
        self.up.clicked.connect(lambda: card.move_step(step, -1))
        self.down.clicked.connect(lambda: card.move_step(step, 1))
        self.edit.clicked.connect(lambda: card.edit_step(step))
        self.remove.clicked.connect(lambda: card.delete_step(step))
        for button in (self.up, self.down, self.edit, self.remove):
            button.setProperty("chip", True)
            row.addWidget(button)
        box.addLayout(row)
        notes = []
        if step.practice is not None:
            notes.append(f"{step.progress_text()} · {step.practice.describe()}, "
                         f"{week_text(step.week)}")
        if step.therapy_session_id is not None:
            notes.append(translate("StepRow", "From a therapy session"))
        if notes:
            self.caption = label(" · ".join(notes), "caption")
            self.caption.setContentsMargins(28, 0, 0, 0)
            box.addWidget(self.caption)


class GoalCard(Card):
    def __init__(self, goal: Goal, service: GoalService, host: Host) -> None:
        super().__init__(goal.title)
        self.goal, self._service, self._host = goal, service, host
        self.setAccessibleName(translate("GoalCard", "Goal: {title}").format(title=goal.title))
        for text in (translate("GoalCard", "Why it matters: {why}").format(why=goal.why)
                     if goal.why else "",
                     translate("GoalCard", "How you will know: {measure}").format(
                         measure=goal.measure) if goal.measure else ""):
            if text:
                self.body.addWidget(label(text, "muted"))
        self.progress = ProgressBar()
        self.progress.set_value(goal.progress, _summary(goal))
        self.summary = label(_summary(goal) + _review_text(goal), "caption")
        self.body.addWidget(self.progress)
        self.body.addWidget(self.summary)
        self.review_box: QFrame | None = None
        if goal.review_due(today()):
            self._build_review()
        self.step_rows = [StepRow(step, self) for step in goal.steps]
        for row in self.step_rows:
            self.body.addWidget(row)
        self._build_add_step()
        self.status = StatusLine(translate("GoalCard", "Problem"))
        self.body.addWidget(self.status)
        self._build_actions()

    def show_celebration(self, widget: QWidget) -> None:
        """Just under the progress line, so it is seen where the tick was made."""
        self.body.insertWidget(self.body.indexOf(self.summary) + 1, widget)

    # -- building ------------------------------------------------------------------
    def _build_add_step(self) -> None:
        row = QHBoxLayout()
        self.new_step = QLineEdit()
        self.new_step.setPlaceholderText(translate("GoalCard", "A small next step, e.g. Write down one thing "
                                                               "to ask"))
        self.new_step.setAccessibleName(
            translate("GoalCard", "New step for '{title}'").format(title=self.goal.title)
        )
        self.add_step_button = _button(translate("GoalCard", "Add step"))
        row.addWidget(self.new_step, 1)
        row.addWidget(self.add_step_button)
        self.body.addLayout(row)
        self.new_practice = PracticeFields()
        self.body.addWidget(self.new_practice)
        self.add_step_button.clicked.connect(self.add_step)
        self.new_step.returnPressed.connect(self.add_step)

    def _build_actions(self) -> None:
        row = QHBoxLayout()
        self.edit_button = _button(translate("GoalCard", "Edit goal"))
        self.done_button = _button(
            translate("GoalCard", "Not done yet")
            if self.goal.done
            else translate("GoalCard", "Mark goal done")
        )
        self.archive_button = _button(
            translate("GoalCard", "Unarchive") if self.goal.archived else translate("GoalCard", "Archive")
        )
        self.delete_button = _button(translate("GoalCard", "Delete"))
        self.edit_button.clicked.connect(self.edit_goal)
        self.done_button.clicked.connect(self.toggle_done)
        self.archive_button.clicked.connect(
            lambda: self._do(lambda: self._service.set_archived(self.goal.id, not self.goal.archived))
        )
        self.delete_button.clicked.connect(self.delete_goal)
        for button in (self.edit_button, self.done_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.archive_button)
        row.addWidget(self.delete_button)
        self.body.addLayout(row)

    def _build_review(self) -> None:
        box = QFrame()
        box.setProperty("card", True)
        self.review_box = box
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(translate("GoalCard", REVIEW_ASK)))
        self.review_note = QLineEdit()
        self.review_note.setPlaceholderText(translate("GoalCard", "A few words on how it went (optional)"))
        self.review_note.setAccessibleName(translate("GoalCard", "Review note"))
        layout.addWidget(self.review_note)
        row = QHBoxLayout()
        row.addWidget(label(translate("GoalCard", "Next look on"), wrap=False))
        self.next_review = QDateEdit()
        self.next_review.setCalendarPopup(True)
        self.next_review.setDisplayFormat("d MMM yyyy")
        self.next_review.setAccessibleName(translate("GoalCard", "Next review date"))
        self.next_review.setDate(to_qdate(today() + dt.timedelta(days=14)))
        row.addWidget(self.next_review)
        row.addStretch(1)
        self.keep_button = _button(translate("GoalCard", "Keep"), primary=True)
        self.change_button = _button(translate("GoalCard", "Change"))
        self.let_go_button = _button(translate("GoalCard", "Let it go"))
        for button in (self.keep_button, self.change_button, self.let_go_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.keep_button.clicked.connect(lambda: self.review("keep"))
        self.change_button.clicked.connect(lambda: self.review("change"))
        self.let_go_button.clicked.connect(lambda: self.review("let_go"))
        self.body.addWidget(box)

    # -- actions -------------------------------------------------------------------
    def _do(self, action) -> object:
        """Run one service call; a UserError is shown here, in the card."""
        try:
            return action()
        except UserError as exc:
            self.status.show_error(exc)
            return None

    def tick(self, step: GoalStep, done: bool) -> None:
        result = self._do(lambda: self._service.set_step_done(step.id, done))
        if result is None:
            self.refresh_later()
        elif done:
            finished = getattr(result, "goal_finished", False)
            self._host.celebrate(GOAL_DONE if finished else STEP_DONE, big=finished, goal_id=self.goal.id)

    def refresh_later(self) -> None:
        """A refused untick: put the box back as stored, without a second call."""
        for row in self.step_rows:
            row.check.blockSignals(True)
            row.check.setChecked(row.step.done)
            row.check.blockSignals(False)

    def move_step(self, step: GoalStep, offset: int) -> None:
        self._do(lambda: self._service.move_step(step.id, offset))

    def add_step(self) -> None:
        kind, minutes, days = self.new_practice.values()
        self._do(
            lambda: self._service.add_step(
                self.goal.id, self.new_step.text(), practice_kind=kind, minutes=minutes, days=days
            )
        )

    def edit_step(self, step: GoalStep) -> None:
        fields = StepFields(step.created_local_day)
        fields.title.setText(step.title)
        link = step.practice
        if link is not None:
            fields.practice.load(link.kind, link.minutes, link.days)

        def save(_dialog: EditDialog) -> None:
            kind, minutes, days = fields.practice.values()
            self._service.update_step(
                step.id, fields.title.text(), practice_kind=kind, minutes=minutes, days=days
            )

        self._host.show_dialog(EditDialog(translate("GoalCard", "Edit step"), fields, save, self.window()))

    def delete_step(self, step: GoalStep) -> None:
        if self._do(lambda: self._service.delete_step(step.id)) is not None:
            self._host.offer_undo(
                translate("GoalCard", "Removed the step '{title}'.").format(title=step.title),
                lambda: self._service.restore_step(step.id),
            )

    def edit_goal(self) -> None:
        fields = GoalFields()
        g = self.goal
        fields.load(GoalDraft(g.title, g.why, g.measure, g.review_on))
        # Parented to the window: saving rebuilds the page's cards, this one included.
        self._host.show_dialog(
            EditDialog(
                translate("GoalCard", "Edit goal"),
                fields,
                lambda _d: self._service.update_goal(g.id, fields.draft()),
                self.window(),
            )
        )

    def toggle_done(self) -> None:
        if self.goal.done:
            self._do(lambda: self._service.reopen_goal(self.goal.id))
        elif self._do(lambda: self._service.complete_goal(self.goal.id)) is not None:
            self._host.celebrate(GOAL_DONE, big=True, goal_id=self.goal.id)

    def delete_goal(self) -> None:
        goal_id, title = self.goal.id, self.goal.title
        if self._do(lambda: self._service.delete_goal(goal_id)) is not None:
            self._host.offer_undo(
                translate("GoalCard", "Deleted the goal '{title}'.").format(title=title),
                lambda: self._service.restore_goal(goal_id),
            )

    def review(self, choice: str) -> None:
        from ui.goals.fields import from_qdate

        note = self.review_note.text()
        next_day = None if choice == "let_go" else from_qdate(self.next_review.date())
        if (
            self._do(
                lambda: self._service.review_goal(
                    self.goal.id, note=note, next_review_on=next_day, let_go=choice == "let_go"
                )
            )
            is not None
            and choice == "change"
        ):
            self.edit_goal()


def _summary(goal: Goal) -> str:
    if not goal.steps:
        return (translate("GoalCard", "Done") if goal.done
                else translate("GoalCard", "No steps yet: add a first small one below"))
    if len(goal.steps) == 1:
        return translate("GoalCard", "{done} of 1 step done").format(done=goal.steps_done)
    return translate("GoalCard", "{done} of {total} steps done").format(
        done=goal.steps_done, total=len(goal.steps))


def _review_text(goal: Goal) -> str:
    day = goal.review_on
    if day is None or goal.done or goal.archived:
        return ""
    if goal.review_due(today()):
        return " · " + translate("GoalCard", "time to look at how it is going")
    return " · " + translate("GoalCard", "review on {day}").format(day=short_date_year(day))
