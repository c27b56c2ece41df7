"""Reminder writes, kept as JSON in the settings table (one setting call = one transaction)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta, tzinfo

from app.errors import UserError
from app.limits import (
    REMINDER_EVERY_MAX,
    REMINDER_EVERY_MIN,
    REMINDER_PAUSE_MAX_HOURS,
    REMINDER_TIMES_MAX,
    REMINDERS_MAX,
)
from app.reminders.schedule import next_due
from app.reminders.types import KINDS, SNOOZE_MINUTES, Due, Reminder, ReminderDraft
from app.settings.service import SettingsService


def parse_hhmm(text: str) -> time:
    """'9:30' or '09:30' as a time; anything else is a UserError."""
    hour, sep, minute = text.strip().partition(":")
    if (sep and hour.isdigit() and minute.isdigit() and len(minute) == 2
            and int(hour) < 24 and int(minute) < 60):
        return time(int(hour), int(minute))
    raise UserError(f"'{text}' is not a time of day; write it as HH:MM, such as 09:30")


def validate(draft: ReminderDraft) -> None:
    if draft.kind not in KINDS:
        raise UserError(f"a reminder is for one of: {', '.join(KINDS)}")
    if draft.pattern is not None:
        if draft.kind != "breathe":
            raise UserError("a breathing pattern goes only with a 'breathe' reminder")
        from app.breathing.patterns import find_pattern

        find_pattern(draft.pattern)
    if not draft.times and not draft.every_hours:
        raise UserError("give a reminder at least one time, or an interval in hours")
    if len(draft.times) > REMINDER_TIMES_MAX:
        raise UserError(f"a reminder can have at most {REMINDER_TIMES_MAX} times")
    if draft.every_hours is not None:
        if not REMINDER_EVERY_MIN <= draft.every_hours <= REMINDER_EVERY_MAX:
            raise UserError(f"every must be {REMINDER_EVERY_MIN} to {REMINDER_EVERY_MAX} hours")
        if draft.window_start is None or draft.window_end is None:
            raise UserError("an interval needs a window: a start and an end time")
        if draft.window_start >= draft.window_end:
            raise UserError("the window must end later in the day than it starts")
    if not draft.weekdays or any(d not in range(7) for d in draft.weekdays):
        raise UserError("a reminder needs at least one day of the week")


class ReminderService:
    def __init__(self, settings: SettingsService) -> None:
        self._settings = settings

    def all(self) -> list[Reminder]:
        return [Reminder.from_json(item) for item in self._settings.get("reminders")]

    def add(self, draft: ReminderDraft) -> Reminder:
        validate(draft)
        current = self.all()
        if len(current) >= REMINDERS_MAX:
            raise UserError(f"there are already {REMINDERS_MAX} reminders; remove one first")
        draft = replace(draft, times=tuple(sorted(set(draft.times))),
                        weekdays=tuple(sorted(set(draft.weekdays))))
        fields = {name: getattr(draft, name) for name in ReminderDraft.__dataclass_fields__}
        reminder = Reminder(id=max((r.id for r in current), default=0) + 1, **fields)
        self._save([*current, reminder])
        return reminder

    def remove(self, reminder_id: int) -> Reminder:
        current = self.all()
        found = [r for r in current if r.id == reminder_id]
        if not found:
            raise UserError(f"there is no reminder {reminder_id}",
                            hint="`stillpoint remind list` shows them")
        self._save([r for r in current if r.id != reminder_id])
        return found[0]

    def _save(self, reminders: list[Reminder]) -> None:
        self._settings.set("reminders", [r.to_json() for r in reminders])

    def paused_until(self) -> datetime | None:
        raw = self._settings.get("reminders_paused_until")
        return datetime.fromisoformat(raw) if raw else None

    def pause(self, hours: float, now: datetime) -> datetime:
        if not 0 < hours <= REMINDER_PAUSE_MAX_HOURS:
            raise UserError(f"a pause lasts up to {REMINDER_PAUSE_MAX_HOURS // 24} days")
        until = now.astimezone(UTC) + timedelta(hours=hours)
        self._settings.set("reminders_paused_until", until.isoformat())
        return until

    def resume(self) -> None:
        self._settings.set("reminders_paused_until", None)

    def snooze(self, reminder: Reminder, minutes: int, now: datetime) -> datetime:
        if minutes not in SNOOZE_MINUTES:
            raise UserError(f"snooze for {', '.join(map(str, SNOOZE_MINUTES))} minutes")
        until = now.astimezone(UTC) + timedelta(minutes=minutes)
        self._settings.set("reminder_snoozed", {"id": reminder.id, "at": until.isoformat()})
        return until

    def clear_snooze(self) -> None:
        if self._settings.get("reminder_snoozed") is not None:
            self._settings.set("reminder_snoozed", None)

    def snoozed(self) -> Due | None:
        raw = self._settings.get("reminder_snoozed")
        if not raw:
            return None
        found = [r for r in self.all() if r.id == raw["id"]]
        return Due(at=datetime.fromisoformat(raw["at"]), reminder=found[0]) if found else None

    def next_due(self, now: datetime, zone: tzinfo) -> Due | None:
        paused = self.paused_until()
        if paused is not None and paused <= now:
            paused = None
        return next_due(self.all(), now, zone, paused_until=paused, snoozed=self.snoozed())
