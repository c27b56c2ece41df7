"""When the next reminder is due: a pure function of the reminders, the moment and the zone.

Times are wall-clock times in the user's zone, so "09:00" stays 09:00 across DST. A time
that does not exist on a spring-forward day fires at the same instant the clock jumps to
(02:30 becomes 03:30); a time that happens twice on a fall-back day fires once, the first
time.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.reminders.types import Due, Reminder

# A week and a day covers every weekday set, whatever today is.
_LOOKAHEAD_DAYS = 8


def local_zone() -> tzinfo:
    """The user's time zone with its DST rules: $TZ, else /etc/localtime, else the offset now."""
    names = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        names.append(str(Path("/etc/localtime").resolve()).partition("zoneinfo/")[2])
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    fixed = datetime.now().astimezone().tzinfo
    return fixed if fixed is not None else UTC


def wall_times(reminder: Reminder) -> list[time]:
    """The reminder's local times in one day, sorted, each once."""
    found = set(reminder.times)
    if reminder.every_hours and reminder.window_start and reminder.window_end:
        start = reminder.window_start.hour * 60 + reminder.window_start.minute
        end = reminder.window_end.hour * 60 + reminder.window_end.minute
        for minute in range(start, end + 1, reminder.every_hours * 60):
            found.add(time(minute // 60, minute % 60))
    return sorted(found)


def local_moment(day: date, wall: time, zone: tzinfo) -> datetime:
    """`wall` on `day` in `zone`, as an aware datetime that really exists."""
    naive = datetime.combine(day, wall)
    # fold=0 picks the first of two repeated times; the UTC round trip moves a time in a
    # spring-forward gap onto the instant it stands for (its offset from before the jump).
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def moments(reminder: Reminder, after: datetime, zone: tzinfo) -> Iterator[datetime]:
    """The reminder's moments strictly after `after`, in order, for the next week."""
    first_day = after.astimezone(zone).date()
    walls = wall_times(reminder)
    for offset in range(_LOOKAHEAD_DAYS):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in reminder.weekdays:
            continue
        for wall in walls:
            moment = local_moment(day, wall, zone)
            if moment > after:
                yield moment


def next_due(reminders: Iterable[Reminder], now: datetime, zone: tzinfo, *,
             paused_until: datetime | None = None,
             snoozed: Due | None = None) -> Due | None:
    """The earliest moment any reminder fires after `now` (and not before a pause ends).

    A snoozed reminder comes back at its snooze time, unless reminders are paused then.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    floor = max(now, paused_until) if paused_until is not None else now
    best: Due | None = None
    if snoozed is not None and (paused_until is None or snoozed.at >= paused_until):
        best = snoozed  # one already past (the app was closed) is simply due now
    for reminder in reminders:
        moment = next(moments(reminder, floor, zone), None)
        if moment is not None and (best is None or moment < best.at):
            best = Due(at=moment, reminder=reminder)
    return best
