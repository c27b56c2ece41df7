"""A reminder's shape: fixed daily times and/or every N hours inside a daily window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

KINDS = ("checkin", "breathe")
ALL_WEEKDAYS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Monday is 0, as in date.weekday()
WORKDAYS: tuple[int, ...] = (0, 1, 2, 3, 4)
SNOOZE_MINUTES = (10, 30, 60)


@dataclass(frozen=True)
class ReminderDraft:
    kind: str = "checkin"
    pattern: str | None = None  # a breathing pattern key, for kind "breathe"
    times: tuple[time, ...] = ()
    every_hours: int | None = None
    window_start: time | None = None
    window_end: time | None = None
    weekdays: tuple[int, ...] = ALL_WEEKDAYS


@dataclass(frozen=True)
class Reminder(ReminderDraft):
    id: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "pattern": self.pattern,
                "times": [t.strftime("%H:%M") for t in self.times],
                "every_hours": self.every_hours,
                "window_start": _hm(self.window_start), "window_end": _hm(self.window_end),
                "weekdays": list(self.weekdays)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reminder:
        return cls(id=int(data["id"]), kind=str(data["kind"]), pattern=data.get("pattern"),
                   times=tuple(time.fromisoformat(t) for t in data.get("times", [])),
                   every_hours=data.get("every_hours"),
                   window_start=_time_or_none(data.get("window_start")),
                   window_end=_time_or_none(data.get("window_end")),
                   weekdays=tuple(int(d) for d in data.get("weekdays", ALL_WEEKDAYS)))

    def describe(self) -> str:
        what = "check in" if self.kind == "checkin" else f"breathe ({self.pattern or 'box'})"
        parts = []
        if self.times:
            parts.append("at " + ", ".join(t.strftime("%H:%M") for t in self.times))
        if self.every_hours:
            parts.append(f"every {self.every_hours} h from {_hm(self.window_start)} "
                         f"to {_hm(self.window_end)}")
        days = "" if self.weekdays == ALL_WEEKDAYS else (
            " on weekdays" if self.weekdays == WORKDAYS else
            " on " + ",".join("MTWTFSS"[d] for d in self.weekdays))
        return f"{what} {' and '.join(parts)}{days}"


@dataclass(frozen=True)
class Due:
    """The next moment a reminder fires (an aware datetime) and which one it is."""

    at: datetime
    reminder: Reminder = field(compare=False)


def _hm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _time_or_none(text: object) -> time | None:
    return time.fromisoformat(str(text)) if text else None
