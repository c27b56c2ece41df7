"""One single-shot timer aimed at the next due reminder (no polling loop).

The aim is recomputed after each reminder, when reminders change, and when the timer
fires early: it never waits longer than `_MAX_WAIT`, because a timer does not count time a
laptop spends asleep and does not notice the clock or the zone changing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo

from app.events import EventHub, SettingChanged
from app.reminders.schedule import local_zone
from app.reminders.service import ReminderService
from app.reminders.types import Due, Reminder
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QObject, QTimer, Signal
from ui.reminders.notifier import Notifier
from ui.widgets.subscriptions import subscribe

log = logging.getLogger(__name__)
_MAX_WAIT_MS = 15 * 60 * 1000
_KEYS = ("reminders", "reminders_paused_until", "reminder_snoozed")
TEXTS = {
    "checkin": (QT_TRANSLATE_NOOP("Reminders", "A moment for yourself"),
                QT_TRANSLATE_NOOP("Reminders", "How are you, right now? A short check-in.")),
    "breathe": (QT_TRANSLATE_NOOP("Reminders", "A moment for yourself"),
                QT_TRANSLATE_NOOP("Reminders", "A minute of calm breathing, if you like.")),
}


def _now() -> datetime:
    return datetime.now().astimezone()


class ReminderScheduler(QObject):
    """`open_requested(kind, pattern)` asks the window for the Today or Breathe page."""

    open_requested = Signal(str, str)

    def __init__(self, service: ReminderService, hub: EventHub, notifier: Notifier,
                 session_running: Callable[[], bool], *,
                 clock: Callable[[], datetime] = _now,
                 zone: Callable[[], tzinfo] = local_zone, snooze_minutes: int = 10,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._notifier = notifier
        self._session_running = session_running
        self._clock = clock
        self._zone = zone
        self._snooze_minutes = snooze_minutes
        self.due: Due | None = None
        self.shown: Reminder | None = None  # the reminder on screen, if any
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fire)
        notifier.activated.connect(self._on_action)
        notifier.closed.connect(self._on_closed)
        subscribe(self, hub, SettingChanged, self._on_setting)

    def reschedule(self) -> None:
        now = self._clock()
        self.due = self._service.next_due(now, self._zone())
        if self.due is None:
            self.timer.stop()
            return
        wait_ms = max(0, int((self.due.at - now).total_seconds() * 1000))
        self.timer.start(min(wait_ms, _MAX_WAIT_MS))

    def fire(self) -> None:
        due, now = self.due, self._clock()
        if due is None or due.at > now:  # woke early (the cap, a clock change): aim again
            self.reschedule()
            return
        self._service.clear_snooze()
        # Never while a session runs, never a second one on top: this one is skipped.
        if not self._session_running() and not self._notifier.pending:
            self.shown = due.reminder
            title, body = TEXTS.get(due.reminder.kind, TEXTS["checkin"])
            self._notifier.show(translate("Reminders", title), translate("Reminders", body))
        self.reschedule()

    def session_started(self) -> None:
        """A breathing or meditation session began: a reminder on screen goes away."""
        self._notifier.dismiss()
        self.shown = None

    def _on_action(self, key: str) -> None:
        reminder = self.shown
        self.shown = None
        if reminder is None:
            return
        if key == "later":
            self._service.snooze(reminder, self._snooze_minutes, self._clock())
        elif key == "breathe" or (key == "open" and reminder.kind == "breathe"):
            self.open_requested.emit("breathe", reminder.pattern or "")
        else:
            self.open_requested.emit("checkin", "")

    def _on_closed(self) -> None:
        self.shown = None

    def _on_setting(self, event: SettingChanged) -> None:
        if event.key in _KEYS:
            self.reschedule()
