"""A stored assessment result, as the service and queries hand it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.timeutil import Stamped


@dataclass(frozen=True)
class AssessmentResult(Stamped):
    id: int
    instrument: str
    at_utc: dt.datetime
    utc_offset_min: int
    local_day: dt.date
    answers: tuple[int, ...]
    scores: dict[str, float | int] = field(hash=False)
    band: str | None
    crisis: bool

    def to_json(self) -> dict[str, Any]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {
            "id": self.id,
            "instrument": self.instrument,
            "at": self.at_iso,
            "day": self.local_day.isoformat(),
            "answers": list(self.answers),
            "scores": dict(self.scores),
            "band": self.band,
            "crisis": self.crisis,
        }
