"""Practice reads: logged sessions, mapped by column name (Database.rows)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.practice.types import PracticeRecord
from app.storage.database import Database, Row
from app.timeutil import as_date, as_datetime

_COLUMNS = ("id, kind, ref, title, started_at_utc, utc_offset_min, local_day, planned_seconds, "
            "actual_seconds, completed, cycles_completed, calm_before, calm_after, details")
SQL_ALL = f"SELECT {_COLUMNS} FROM practice_session ORDER BY started_at_utc, id"
SQL_SINCE = (f"SELECT {_COLUMNS} FROM practice_session WHERE local_day >= :since "
             "ORDER BY started_at_utc, id")
SQL_ONE = f"SELECT {_COLUMNS} FROM practice_session WHERE id = :id"
# Saves go through Database.write (the stdlib driver on a SQLite file): the end of a
# breathing session must not load the ORM. The CHECK constraints hold the same limits.
SQL_INSERT = ("INSERT INTO practice_session (kind, ref, title, started_at_utc, utc_offset_min, "
              "local_day, planned_seconds, actual_seconds, completed, cycles_completed, "
              "calm_before, calm_after, details) VALUES (:kind, :ref, :title, :started_at_utc, "
              ":utc_offset_min, :local_day, :planned_seconds, :actual_seconds, :completed, "
              ":cycles_completed, :calm_before, :calm_after, :details) RETURNING id")
SQL_RATE = ("UPDATE practice_session SET calm_before = COALESCE(:before, calm_before), "
            "calm_after = COALESCE(:after, calm_after) WHERE id = :id RETURNING id")


def record_from(row: Row) -> PracticeRecord:
    return PracticeRecord(
        id=row["id"], kind=row["kind"], ref=row["ref"], title=row["title"],
        started_at_utc=as_datetime(row["started_at_utc"]), utc_offset_min=row["utc_offset_min"],
        local_day=as_date(row["local_day"]), planned_seconds=float(row["planned_seconds"]),
        actual_seconds=float(row["actual_seconds"]), completed=bool(row["completed"]),
        cycles_completed=row["cycles_completed"], calm_before=row["calm_before"],
        calm_after=row["calm_after"], details=json.loads(row["details"] or "{}"),
    )


def get_session(db: Database, session_id: int) -> PracticeRecord | None:
    rows = db.rows(SQL_ONE, id=session_id)
    return record_from(rows[0]) if rows else None


def insert_session(db: Database, **values: Any) -> int:
    """A new practice_session row (values named as its columns); its id."""
    return int(db.write(SQL_INSERT, **values)[0]["id"])


def rate_session(db: Database, session_id: int, *, before: int | None,
                 after: int | None) -> bool:
    """Set the calm ratings given (None keeps what is stored); False if there is no row."""
    return bool(db.write(SQL_RATE, id=session_id, before=before, after=after))


def list_sessions(db: Database, *, since: dt.date | None = None,
                  kind: str | None = None) -> list[PracticeRecord]:
    """Sessions from the local day since on (all without it), oldest first."""
    rows = db.rows(SQL_SINCE, since=since) if since else db.rows(SQL_ALL)
    records = [record_from(r) for r in rows]
    return [r for r in records if kind is None or r.kind == kind]
