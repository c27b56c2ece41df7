"""The practice log: every breathing, guided, timer and own-audio session, finished or not."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.errors import UserError
from app.events import EventHub, PracticeChanged
from app.i18n import N_
from app.limits import CALM_MAX, CALM_MIN, PRACTICE_KINDS
from app.practice import queries
from app.practice.types import PracticeRecord
from app.storage.database import Database
from app.timeutil import now_stamp, stamp_from

__all__ = ["KINDS", "KIND_NAMES", "PracticeRecord", "PracticeService"]

KINDS = PRACTICE_KINDS
# Marked for translation: the window shows them through ui/i18n.py app_text.
KIND_NAMES = {"breathing": N_("Breathing"), "visualization": N_("Guided visualization"),
              "timer": N_("Meditation timer"), "audio": N_("Own audio")}


def _check_calm(name: str, value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not CALM_MIN <= value <= CALM_MAX):
        raise UserError(f"{name} must be a whole number from {CALM_MIN} to {CALM_MAX}, "
                        f"not {value}")


class PracticeService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    def log_session(
        self, *, kind: str, ref: str, title: str, planned_seconds: float,
        actual_seconds: float, completed: bool, started_at: dt.datetime | None = None,
        cycles_completed: int | None = None, calm_before: int | None = None,
        calm_after: int | None = None, details: dict[str, Any] | None = None,
    ) -> PracticeRecord:
        if kind not in KINDS:
            raise UserError(f"practice kind must be one of {', '.join(KINDS)}, not '{kind}'")
        if planned_seconds < 0 or actual_seconds < 0:
            raise UserError("durations cannot be negative")
        _check_calm("calm before", calm_before)
        _check_calm("calm after", calm_after)
        stamp = stamp_from(started_at) if started_at is not None else now_stamp()
        new_id = queries.insert_session(
            self._db, kind=kind, ref=ref, title=title, started_at_utc=stamp.at_utc,
            utc_offset_min=stamp.offset_min, local_day=stamp.local_day,
            planned_seconds=float(planned_seconds), actual_seconds=float(actual_seconds),
            completed=bool(completed), cycles_completed=cycles_completed,
            calm_before=calm_before, calm_after=calm_after,
            details=json.dumps(details, sort_keys=True) if details else None)
        record = self.get(new_id)
        self._hub.publish(PracticeChanged(day=record.local_day, kind=kind))
        return record

    def rate_calm(self, session_id: int, *, before: int | None = None,
                  after: int | None = None) -> PracticeRecord:
        """Add or change the optional 0-10 calm ratings of a logged session."""
        _check_calm("calm before", before)
        _check_calm("calm after", after)
        if not queries.rate_session(self._db, session_id, before=before, after=after):
            raise UserError(f"there is no practice session {session_id}")
        record = self.get(session_id)
        self._hub.publish(PracticeChanged(day=record.local_day, kind=record.kind))
        return record

    # -- reading (app/practice/queries.py) --------------------------------------------
    def get(self, session_id: int) -> PracticeRecord:
        found = queries.get_session(self._db, session_id)
        if found is None:
            raise UserError(f"there is no practice session {session_id}")
        return found

    def list_sessions(self, *, since: dt.date | None = None,
                      kind: str | None = None) -> list[PracticeRecord]:
        return queries.list_sessions(self._db, since=since, kind=kind)
