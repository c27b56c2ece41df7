"""Meditation's reads: the own-audio library, rows mapped by column name."""

from __future__ import annotations

from pathlib import Path

from app.meditation.track import Track, file_problem
from app.storage.database import Database, Row
from app.timeutil import as_datetime

_COLUMNS = "id, title, path, copied, duration_seconds, tags, added_at_utc"
SQL_TRACKS = f"SELECT {_COLUMNS} FROM audio_track ORDER BY lower(title), id"
SQL_TRACK = f"SELECT {_COLUMNS} FROM audio_track WHERE id = :id"


def _track(row: Row) -> Track:
    path = Path(row["path"])
    tags = tuple(t.strip() for t in (row["tags"] or "").split(",") if t.strip())
    seconds = row["duration_seconds"]
    return Track(id=int(row["id"]), title=str(row["title"]), path=path,
                 copied=bool(row["copied"]),
                 duration_seconds=float(seconds) if seconds is not None else None, tags=tags,
                 added_at_utc=as_datetime(row["added_at_utc"]), problem=file_problem(path))


def tracks(db: Database) -> list[Track]:
    """Every track by title, including those whose file is missing (see `problem`)."""
    return [_track(row) for row in db.rows(SQL_TRACKS)]


def track(db: Database, track_id: int) -> Track | None:
    rows = db.rows(SQL_TRACK, id=track_id)
    return _track(rows[0]) if rows else None
