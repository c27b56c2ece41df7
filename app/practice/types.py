"""Practice domain types: one logged session of any kind."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.timeutil import Stamp


@dataclass(frozen=True)
class PracticeRecord:
    id: int
    kind: str
    ref: str
    title: str
    started_at_utc: dt.datetime
    utc_offset_min: int
    local_day: dt.date
    planned_seconds: float
    actual_seconds: float
    completed: bool
    cycles_completed: int | None
    calm_before: int | None
    calm_after: int | None
    details: dict[str, Any]

    @property
    def local_start(self) -> dt.datetime:
        return Stamp(self.started_at_utc, self.utc_offset_min).local

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "ref": self.ref, "title": self.title,
            "started": Stamp(self.started_at_utc, self.utc_offset_min).iso(),
            "day": self.local_day.isoformat(),
            "planned_seconds": round(self.planned_seconds, 3),
            "actual_seconds": round(self.actual_seconds, 3),
            "completed": self.completed, "cycles_completed": self.cycles_completed,
            "calm_before": self.calm_before, "calm_after": self.calm_after,
            "details": self.details,
        }
