"""Reminders joined to the running window: notifier, scheduler and the pages they open."""

from __future__ import annotations

from app.context import AppContext
from ui.reminders.notifier import Notifier
from ui.reminders.scheduler import ReminderScheduler


def install_reminders(window, ctx: AppContext) -> ReminderScheduler:
    """Starts the reminder timer for this window; it ends with the window."""
    notifier = Notifier(getattr(window, "tray", None), parent=window)
    scheduler = ReminderScheduler(ctx.reminders, ctx.hub, notifier, window.session_running,
                                  parent=window)

    def open_page(kind: str, pattern: str) -> None:
        from ui import tray

        if kind == "breathe":
            tray.bring_to_front(window)
            window.show_target("breathe", pattern)
        else:
            tray.start_checkin(window)

    scheduler.open_requested.connect(open_page)
    scheduler.reschedule()
    window.reminders = scheduler
    return scheduler
