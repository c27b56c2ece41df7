"""The fields a goal and a step are written with, shared by the add forms and the edit
dialogs, and the dialogs themselves."""

from __future__ import annotations

import datetime as dt

from app.goals.types import KIND_WORDS, GoalDraft, week_of, week_text
from app.limits import (
    GOAL_TITLE_MAX,
    STEP_DAYS_MAX,
    STEP_DAYS_MIN,
    STEP_MINUTES_MAX,
    STEP_MINUTES_MIN,
    STEP_PRACTICE_KINDS,
)
from app.timeutil import today
from ui.i18n import translate
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons
from ui.widgets.layouts import dialog_column
from ui.widgets.status_line import StatusLine

REVIEW_AFTER_DAYS = 14  # a first review two weeks out: long enough to try, short enough to adjust


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class GoalFields(QWidget):
    """What / why / how you will know / review date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setMaxLength(GOAL_TITLE_MAX)
        self.title.setPlaceholderText(translate("GoalFields", "e.g. Ask for help when work piles up"))
        self.why = QLineEdit()
        self.why.setPlaceholderText(translate("GoalFields", "What it would give you"))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(translate("GoalFields", "e.g. I ask a colleague once a week"))
        self.has_review = QCheckBox(translate("GoalFields", "Look at how it is going on"))
        self.review = QDateEdit()
        self.review.setCalendarPopup(True)
        self.review.setDisplayFormat("d MMM yyyy")
        self.review.setAccessibleName(translate("GoalFields", "Review date"))
        self.has_review.setChecked(True)
        self.has_review.toggled.connect(self.review.setEnabled)
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        for name, widget in ((translate("GoalFields", "What you want"), self.title),
                             (translate("GoalFields", "Why it matters"), self.why),
                             (translate("GoalFields", "How you will know"), self.measure)):
            widget.setAccessibleName(name)
            form.addRow(name, widget)
        form.addRow(translate("GoalFields", "Review"), review_row)
        align_form_labels(form)
        self.clear()

    def clear(self) -> None:
        for edit in (self.title, self.why, self.measure):
            edit.clear()
        self.has_review.setChecked(True)
        self.review.setDate(to_qdate(today() + dt.timedelta(days=REVIEW_AFTER_DAYS)))

    def load(self, draft: GoalDraft) -> None:
        self.title.setText(draft.title)
        self.why.setText(draft.why or "")
        self.measure.setText(draft.measure or "")
        self.has_review.setChecked(draft.review_on is not None)
        if draft.review_on is not None:
            self.review.setDate(to_qdate(draft.review_on))

    def draft(self) -> GoalDraft:
        review = from_qdate(self.review.date()) if self.has_review.isChecked() else None
        return GoalDraft(title=self.title.text(), why=self.why.text(),
                         measure=self.measure.text(), review_on=review)


class PracticeFields(QWidget):
    """"Tick it from my practice": kind, minutes a day, days this week."""

    def __init__(self, week_day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.linked = QCheckBox(translate("PracticeFields", "Tick it from my practice log"))
        box.addWidget(self.linked)
        self.details = QWidget()
        row = QHBoxLayout(self.details)
        row.setContentsMargins(28, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("PracticeFields", "Practice"))
        for kind in STEP_PRACTICE_KINDS:
            self.kind.addItem(KIND_WORDS[kind].capitalize(), kind)
        self.minutes = QSpinBox()
        self.minutes.setRange(STEP_MINUTES_MIN, STEP_MINUTES_MAX)
        self.minutes.setValue(5)
        self.minutes.setSuffix(translate("PracticeFields", " min"))
        self.minutes.setAccessibleName(translate("PracticeFields", "Minutes a day"))
        self.days = QSpinBox()
        self.days.setRange(STEP_DAYS_MIN, STEP_DAYS_MAX)
        self.days.setValue(3)
        self.days.setAccessibleName(translate("PracticeFields", "Days this week"))
        for widget in (
            self.kind,
            label(translate("PracticeFields", "for")),
            self.minutes,
            label(translate("PracticeFields", "on")),
            self.days,
            label(translate("PracticeFields", "days")),
        ):
            row.addWidget(widget)
        row.addStretch(1)
        box.addWidget(self.details)
        # Counted over one local week, Monday to Sunday: say which, so it is never a guess.
        self.week = label(
            translate("PracticeFields", "Counts this week: {week_text}.").format(
                week_text=week_text(week_of(week_day or today()))
            ),
            "caption",
        )
        self.week.setContentsMargins(28, 0, 0, 0)
        box.addWidget(self.week)
        self.linked.toggled.connect(self._show)
        self._show(False)

    def _show(self, on: bool) -> None:
        self.details.setVisible(on)
        self.week.setVisible(on)

    def values(self) -> tuple[str | None, int | None, int | None]:
        if not self.linked.isChecked():
            return None, None, None
        return str(self.kind.currentData()), self.minutes.value(), self.days.value()

    def load(self, kind: str | None, minutes: int | None, days: int | None) -> None:
        self.linked.setChecked(kind is not None)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.minutes.setValue(minutes or 5)
            self.days.setValue(days or 3)

    def reset(self) -> None:
        self.linked.setChecked(False)


class EditDialog(QDialog):
    """Edit a goal (GoalFields) or a step (a title and PracticeFields); `save` is called
    with the dialog and raises UserError to keep it open with the reason shown."""

    def __init__(self, title: str, body: QWidget, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.body = body
        self._save = save
        box = dialog_column(self, spacing=16)
        box.addWidget(body)
        self.status = StatusLine(translate("EditDialog", "Problem"))
        box.addWidget(self.status)
        row, _cancel, self.save_button = dialog_buttons(self, translate("EditDialog", "Save"), self._confirm)
        box.addLayout(row)

    def _confirm(self) -> None:
        from app.errors import UserError

        try:
            self._save(self)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.accept()


class StepFields(QWidget):
    def __init__(self, created: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setMaxLength(GOAL_TITLE_MAX)
        self.title.setAccessibleName(translate("StepFields", "Step"))
        box.addWidget(self.title)
        self.practice = PracticeFields(created)
        box.addWidget(self.practice)
