"""Therapy-session types: a flagged item ("bring to my next session") and a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.limits import THERAPY_KIND_NAMES


@dataclass(frozen=True)
class Flag:
    """Something flagged for a session; summary and day describe the item it points at."""

    id: int
    kind: str
    item_id: int
    note: str | None
    summary: str
    day: dt.date
    flagged_at_utc: dt.datetime
    therapy_session_id: int | None = None

    @property
    def kind_name(self) -> str:
        return THERAPY_KIND_NAMES.get(self.kind, self.kind)

    def to_json(self) -> dict[str, Any]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {"id": self.id, "kind": self.kind, "item_id": self.item_id,
                "day": self.day.isoformat(), "summary": self.summary, "note": self.note}


@dataclass(frozen=True)
class TherapySession:
    """A session: the open one (held_at_utc None; id None until it has a date) or a past one."""

    id: int | None
    on_day: dt.date | None
    worked_on: str | None = None
    homework: str | None = None
    held_at_utc: dt.datetime | None = None
    items: tuple[Flag, ...] = ()

    @property
    def homework_lines(self) -> list[str]:
        """Homework as the person wrote it, one task a line."""
        return [line.strip(" -*\t") for line in (self.homework or "").splitlines()
                if line.strip(" -*\t")]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "day": self.on_day and self.on_day.isoformat(),
                "held": self.held_at_utc is not None, "worked_on": self.worked_on,
                "homework": self.homework, "items": [i.to_json() for i in self.items]}
