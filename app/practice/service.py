"""The practice log: every breathing, guided, timer and own-audio session, finished or not."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.events import EventHub, PracticeChanged
from app.storage.database import Database
from app.timeutil import Stamp, as_date, as_datetime, now_stamp, stamp_from

KINDS = ("breathing", "visualization", "timer", "audio")
KIND_NAMES = {"breathing": "Breathing", "visualization": "Guided visualization",
              "timer": "Meditation timer", "audio": "Own audio"}


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


_COLUMNS = ("id, kind, ref, title, started_at_utc, utc_offset_min, local_day, planned_seconds, "
            "actual_seconds, completed, cycles_completed, calm_before, calm_after, details")
SQL_ALL = f"SELECT {_COLUMNS} FROM practice_session ORDER BY started_at_utc, id"
SQL_SINCE = (f"SELECT {_COLUMNS} FROM practice_session WHERE local_day >= :since "
             "ORDER BY started_at_utc, id")
SQL_ONE = f"SELECT {_COLUMNS} FROM practice_session WHERE id = :id"


def _record(row: tuple) -> PracticeRecord:
    return PracticeRecord(
        id=row[0], kind=row[1], ref=row[2], title=row[3], started_at_utc=as_datetime(row[4]),
        utc_offset_min=row[5], local_day=as_date(row[6]), planned_seconds=float(row[7]),
        actual_seconds=float(row[8]), completed=bool(row[9]), cycles_completed=row[10],
        calm_before=row[11], calm_after=row[12], details=json.loads(row[13] or "{}"),
    )


def _check_calm(name: str, value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 0 <= value <= 10):
        raise UserError(f"{name} must be a whole number from 0 to 10, not {value}")


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
        from app.storage.models import PracticeSession

        with self._db.transaction() as session:
            row = PracticeSession(
                kind=kind, ref=ref, title=title, started_at_utc=stamp.at_utc,
                utc_offset_min=stamp.offset_min, local_day=stamp.local_day,
                planned_seconds=float(planned_seconds), actual_seconds=float(actual_seconds),
                completed=completed, cycles_completed=cycles_completed,
                calm_before=calm_before, calm_after=calm_after,
                details=json.dumps(details, sort_keys=True) if details else None,
            )
            session.add(row)
            session.flush()
            new_id = row.id
        record = self.get(new_id)
        self._hub.publish(PracticeChanged(day=record.local_day, kind=kind))
        return record

    def rate_calm(self, session_id: int, *, before: int | None = None,
                  after: int | None = None) -> PracticeRecord:
        """Add or change the optional 0-10 calm ratings of a logged session."""
        _check_calm("calm before", before)
        _check_calm("calm after", after)
        from app.storage.models import PracticeSession

        with self._db.transaction() as session:
            row = session.get(PracticeSession, session_id)
            if row is None:
                raise UserError(f"there is no practice session {session_id}")
            if before is not None:
                row.calm_before = before
            if after is not None:
                row.calm_after = after
        record = self.get(session_id)
        self._hub.publish(PracticeChanged(day=record.local_day, kind=record.kind))
        return record

    def get(self, session_id: int) -> PracticeRecord:
        rows = self._db.read(SQL_ONE, id=session_id)
        if not rows:
            raise UserError(f"there is no practice session {session_id}")
        return _record(rows[0])

    def list_sessions(self, *, since: dt.date | None = None,
                      kind: str | None = None) -> list[PracticeRecord]:
        rows = self._db.read(SQL_SINCE, since=since) if since else self._db.read(SQL_ALL)
        records = [_record(r) for r in rows]
        return [r for r in records if kind is None or r.kind == kind]
