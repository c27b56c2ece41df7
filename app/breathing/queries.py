"""Breathing's reads: the user's own patterns, rows mapped by column name."""

from __future__ import annotations

from app.breathing.patterns import SavedPattern
from app.storage.database import Database, Row
from app.timeutil import as_datetime

_COLUMNS = "id, name, inhale, top_up, hold_in, exhale, hold_out, created_at_utc"
SQL_CUSTOM = f"SELECT {_COLUMNS} FROM custom_pattern ORDER BY created_at_utc, id"
SQL_CUSTOM_ONE = f"SELECT {_COLUMNS} FROM custom_pattern WHERE id = :id"


def _saved(row: Row) -> SavedPattern:
    return SavedPattern(
        id=int(row["id"]), name=str(row["name"]), inhale=float(row["inhale"]),
        top_up=float(row["top_up"]), hold_in=float(row["hold_in"]),
        exhale=float(row["exhale"]), hold_out=float(row["hold_out"]),
        created_at_utc=as_datetime(row["created_at_utc"]),
    )


def custom_patterns(db: Database) -> list[SavedPattern]:
    """The user's own patterns in the order they were made."""
    return [_saved(row) for row in db.rows(SQL_CUSTOM)]


def custom_pattern(db: Database, pattern_id: int) -> SavedPattern | None:
    rows = db.rows(SQL_CUSTOM_ONE, id=pattern_id)
    return _saved(rows[0]) if rows else None
