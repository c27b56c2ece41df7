"""The first start: a short, skippable welcome in three steps (CONTENT.md's tone).

What Stillpoint is and is not, where the data lives, and two offers: a daily check-in
reminder and a first one-minute breathing. Shown once: `first_run_done` is set however it
ends, and never in --quit-after-startup, --self-test or tests (application.py decides).
"""

from __future__ import annotations

import os
from datetime import time

from app.context import AppContext
from app.errors import UserError
from app.reminders.types import ReminderDraft
from ui.i18n import app_text, translate
from ui.qt import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTime,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import label

STEPS = ("Welcome", "Your data", "Small habits")


class FirstRunDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FirstRunDialog", "Welcome to Stillpoint"))
        # Wide enough that the title stays on one line and the text reads comfortably.
        self.setMinimumWidth(560)
        self._ctx = ctx
        self.stack = QStackedWidget()
        self.stack.addWidget(_step(
            translate("FirstRunDialog", "Welcome to Stillpoint"),
            translate("FirstRunDialog", "A quiet place to breathe, to sit for a while, and to notice how you "
                                        "feel."),
            translate("FirstRunDialog", "Stillpoint is self-help. It is not therapy and it does not "
                                        "diagnose. If things "
            "feel too heavy, reach out to someone you trust or your doctor; the "
            "\u201cNeed help now?\u201d card in the app lists crisis lines.")))
        self.stack.addWidget(_step(
            translate("FirstRunDialog", "Your data stays with you"),
            translate("FirstRunDialog", "Everything you note is kept on this computer, in this folder:"),
            str(ctx.location.data_dir)))
        habits = _step(translate("FirstRunDialog", "Small habits, if you like"),
                       translate("FirstRunDialog", "Both are optional, and you can change them later in "
                                                   "Settings."))
        self.remind = QCheckBox(translate("FirstRunDialog", "Remind me to check in each day at"))
        self.remind_time = QTimeEdit(QTime(20, 0))
        self.remind_time.setDisplayFormat("HH:mm")
        self.remind_time.setAccessibleName(translate("FirstRunDialog", "Daily check-in time"))
        row = QHBoxLayout()
        row.addWidget(self.remind)
        row.addWidget(self.remind_time)
        row.addStretch(1)
        habits.layout().addLayout(row)  # type: ignore[union-attr]
        self.breathe = QCheckBox(translate("FirstRunDialog", "Breathe with me for one minute now"))
        habits.layout().addWidget(self.breathe)  # type: ignore[union-attr]
        self.stack.addWidget(habits)
        self.skip_button = QPushButton(translate("FirstRunDialog", "&Skip"))
        self.skip_button.clicked.connect(self.reject)
        self.back_button = QPushButton(translate("FirstRunDialog", "&Back"))
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QPushButton(translate("FirstRunDialog", "&Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self._go(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        self.error = label("", "caption")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.error)
        outer.addLayout(buttons)
        self.wants_breathing = False
        self._go(0)

    def _go(self, step: int) -> None:
        index = self.stack.currentIndex() + step
        if index >= self.stack.count():
            self._finish()
            return
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        last = index == self.stack.count() - 1
        self.next_button.setText(translate("FirstRunDialog", "&Done") if last
                                 else translate("FirstRunDialog", "&Next"))

    def _finish(self) -> None:
        if self.remind.isChecked():
            picked = self.remind_time.time()
            try:
                self._ctx.reminders.add(ReminderDraft(
                    kind="checkin", times=(time(picked.hour(), picked.minute()),)))
            except UserError as exc:
                self.error.setText(exc.sentence(app_text))
                return
        self.wants_breathing = self.breathe.isChecked()
        self.accept()

    def done(self, result: int) -> None:
        # Skipped, closed or finished: the welcome is not shown again.
        self._ctx.settings.set("first_run_done", True)
        super().done(result)


def _step(title: str, *texts: str) -> QWidget:
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(label(title, "title"))
    for text in texts:
        box.addWidget(label(text))
    box.addStretch(1)
    return page


def offer_first_run(window, ctx: AppContext) -> FirstRunDialog | None:
    """Opens the welcome on the very first start; a one-minute breathing follows if asked."""
    # The test suite sets STILLPOINT_NO_WELCOME so apps it starts are not interrupted.
    if ctx.settings.get("first_run_done") or os.environ.get("STILLPOINT_NO_WELCOME"):
        return None
    # A folder that already holds check-ins belongs to someone who knows the app (an
    # update, an import, a second machine): the welcome is for a first start only.
    if ctx.db.read("SELECT 1 FROM mood_checkin LIMIT 1"):
        return None
    lock = getattr(window, "lock", None)
    if lock is not None and lock.defer(lambda: offer_first_run(window, ctx)):
        return None  # nothing opens over the lock screen: the welcome follows the unlock
    dialog = FirstRunDialog(ctx, window)

    def closed() -> None:
        # The welcome has been said: Today's welcome card would only say it again.
        today = window.page(window.page_index("today"))
        if hasattr(today, "dismiss_welcome"):
            today.dismiss_welcome()
        if dialog.wants_breathing:
            page = window.show_page("breathe")
            page.setup.by_minutes.setChecked(True)
            page.setup.minutes.setValue(1)
            page.begin()

    dialog.finished.connect(closed)
    dialog.open()
    return dialog
