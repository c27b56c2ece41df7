"""Journal reads: entries with their tags, the tags in use, recent check-ins to link to.

Portable SQL with :named parameters, rows mapped by column name (Database.rows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.journal.types import JournalEntry, JournalFilter
from app.storage.database import Database, Row, day_range, id_chunks
from app.storage.paging import ordered_rows
from app.timeutil import Stamp, as_date, as_datetime

_COLUMNS = ("j.id AS id, j.at_utc AS at_utc, j.utc_offset_min AS utc_offset_min, "
            "j.local_day AS local_day, j.prompt_id AS prompt_id, j.prompt_text AS prompt_text, "
            "j.text AS text, j.checkin_id AS checkin_id, j.updated_at_utc AS updated_at_utc")
LIVE = "j.deleted_at_utc IS NULL"


def entry_from(row: Row, tags: dict[int, list[str]]) -> JournalEntry:
    updated = row["updated_at_utc"]
    return JournalEntry(
        id=row["id"], at_utc=as_datetime(row["at_utc"]), utc_offset_min=row["utc_offset_min"],
        local_day=as_date(row["local_day"]), text=row["text"], prompt_id=row["prompt_id"],
        prompt_text=row["prompt_text"], tags=tuple(tags.get(row["id"], ())),
        checkin_id=row["checkin_id"],
        updated_at_utc=None if updated is None else as_datetime(updated),
    )


def get_entry(db: Database, entry_id: int, *,
              include_deleted: bool = False) -> JournalEntry | None:
    where = "j.id = :id" if include_deleted else f"j.id = :id AND {LIVE}"
    found = _select(db, where, {"id": entry_id}, newest_first=True, limit=None)
    return found[0] if found else None


def search(db: Database, flt: JournalFilter, *, newest_first: bool = True,
           limit: int | None = None) -> list[JournalEntry]:
    condition, params = _condition(flt)
    return _select(db, condition, params, newest_first=newest_first, limit=limit)


def tags_used(db: Database) -> list[str]:
    """Tags on live entries, most used first (for the list's filter)."""
    rows = db.rows(
        "SELECT t.name AS name, COUNT(*) AS uses FROM journal_tag t "
        f"JOIN journal_entry j ON j.id = t.entry_id WHERE {LIVE} "
        "GROUP BY t.name ORDER BY COUNT(*) DESC, t.name")
    return [r["name"] for r in rows]


def checkin_exists(db: Database, checkin_id: int) -> bool:
    rows = db.rows("SELECT id FROM mood_checkin WHERE id = :id AND deleted_at_utc IS NULL",
                   id=checkin_id)
    return bool(rows)


def recent_checkins(db: Database, since: dt.date) -> list[tuple[int, dt.datetime]]:
    """(id, local time) of live check-ins from `since` on, newest first: what an entry may
    be linked to."""
    rows = db.rows("SELECT id, at_utc, utc_offset_min FROM mood_checkin "
                   "WHERE deleted_at_utc IS NULL AND local_day >= :since "
                   "ORDER BY at_utc DESC, id DESC LIMIT 30", since=since)
    return [(r["id"], Stamp(as_datetime(r["at_utc"]), r["utc_offset_min"]).local) for r in rows]


def _select(db: Database, condition: str, params: dict[str, Any], *, newest_first: bool,
            limit: int | None) -> list[JournalEntry]:
    rows = ordered_rows(db, f"SELECT {_COLUMNS} FROM journal_entry j", "j", condition, params,
                        newest_first=newest_first, limit=limit)
    tags: dict[int, list[str]] = {}
    for chunk in id_chunks(r["id"] for r in rows):
        for t in db.rows("SELECT t.entry_id AS entry_id, t.name AS name FROM journal_tag t "
                         f"WHERE t.entry_id IN ({chunk}) ORDER BY t.entry_id, t.id"):
            tags.setdefault(t["entry_id"], []).append(t["name"])
    return [entry_from(r, tags) for r in rows]


def _condition(flt: JournalFilter) -> tuple[str, dict[str, Any]]:
    where: list[str] = [LIVE]
    params: dict[str, Any] = {}
    day_range("j", flt.since, flt.until, where, params)
    if flt.set_id:
        where.append("j.prompt_id LIKE :set_prefix ESCAPE '\\'")
        params["set_prefix"] = f"{_like_escape(flt.set_id)}/%"
    if flt.tag:
        where.append("EXISTS (SELECT 1 FROM journal_tag t "
                     "WHERE t.entry_id = j.id AND t.name = :tag)")
        params["tag"] = flt.tag.strip().lower()
    # Every word must appear somewhere: in the text, the prompt or a tag.
    for i, word in enumerate((flt.text or "").lower().split()):
        key = f"word{i}"
        where.append(
            f"(LOWER(j.text) LIKE :{key} ESCAPE '\\' "
            f"OR LOWER(COALESCE(j.prompt_text, '')) LIKE :{key} ESCAPE '\\' "
            "OR EXISTS (SELECT 1 FROM journal_tag t WHERE t.entry_id = j.id "
            f"AND t.name LIKE :{key} ESCAPE '\\'))")
        params[key] = f"%{_like_escape(word)}%"
    return " AND ".join(where), params


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
