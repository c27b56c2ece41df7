"""Therapy reads: flags with a one-line summary of each item, the open session, past ones.

Portable SQL with :named parameters, rows mapped by column name (Database.rows). Summaries
are read per kind with id lists (one SELECT per kind, not one per flag); a flag whose item
was deleted drops out of every list, and comes back if the item is restored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from app.limits import THERAPY_PAST_MAX, THERAPY_SUMMARY_MAX
from app.stats.words import energy_words, pleasantness_words
from app.storage.database import Database, Row, id_chunks
from app.therapy.types import Flag, TherapySession
from app.timeutil import as_date, as_datetime

_FLAG_COLUMNS = "id, kind, item_id, note, flagged_at_utc, therapy_session_id"
_SESSION_COLUMNS = "id, on_day, worked_on, homework, held_at_utc"
# Per kind: SELECT of live items (id, local_day and the columns its summary is made from).
_ITEM_SQL = {
    "checkin": "SELECT id, local_day, pleasantness, energy, note FROM mood_checkin "
               "WHERE deleted_at_utc IS NULL AND id IN ({ids})",
    "journal": "SELECT id, local_day, text FROM journal_entry "
               "WHERE deleted_at_utc IS NULL AND id IN ({ids})",
    "regulation": "SELECT r.id AS id, r.local_day AS local_day, r.situation AS situation, "
                  "s.name AS strategy FROM regulation_entry r JOIN regulation_strategy s "
                  "ON s.id = r.strategy_id WHERE r.deleted_at_utc IS NULL AND r.id IN ({ids})",
    "assessment": "SELECT id, local_day, instrument, band FROM assessment_result "
                  "WHERE deleted_at_utc IS NULL AND id IN ({ids})",
}

Titles = Callable[[str], str]  # an instrument id -> its title


def one_line(text: str | None, limit: int = THERAPY_SUMMARY_MAX) -> str:
    """The first line that holds words, shortened to `limit` characters with an ellipsis."""
    first = next((ln.strip(" -*#\t") for ln in (text or "").splitlines() if ln.strip(" -*#\t")),
                 "")
    first = first.replace("**", "")
    return first if len(first) <= limit else first[:limit - 1].rstrip() + "\u2026"


def _summary(kind: str, row: Row, titles: Titles) -> str:
    if kind == "checkin":
        mood = (f"{pleasantness_words(row['pleasantness']).capitalize()}, energy "
                f"{energy_words(row['energy'])}")
        return one_line(f"{mood}: {row['note']}" if row["note"] else mood)
    if kind == "journal":
        return one_line(row["text"])
    if kind == "regulation":
        return one_line(f"{row['situation']} ({row['strategy']})")
    title = titles(row["instrument"])
    return one_line(f"{title}: {row['band']}" if row["band"] else title)


def item_summaries(db: Database, kind: str, ids: Iterable[int],
                   titles: Titles = str) -> dict[int, tuple[str, dt.date]]:
    """Live items of one kind by id: (summary, local day)."""
    found: dict[int, tuple[str, dt.date]] = {}
    for chunk in id_chunks(ids):
        for row in db.rows(_ITEM_SQL[kind].format(ids=chunk)):
            found[row["id"]] = (_summary(kind, row, titles), as_date(row["local_day"]))
    return found


def item_is_live(db: Database, kind: str, item_id: int) -> bool:
    return bool(item_summaries(db, kind, [item_id]))


def _flags(db: Database, rows: list[Row], titles: Titles) -> list[Flag]:
    """Flags for rows of session_item, in the rows' order, leaving out deleted items."""
    by_kind: dict[str, set[int]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], set()).add(row["item_id"])
    items = {kind: item_summaries(db, kind, ids, titles) for kind, ids in by_kind.items()}
    flags = []
    for row in rows:
        found = items[row["kind"]].get(row["item_id"])
        if found is not None:
            flags.append(Flag(id=row["id"], kind=row["kind"], item_id=row["item_id"],
                              note=row["note"], summary=found[0], day=found[1],
                              flagged_at_utc=as_datetime(row["flagged_at_utc"]),
                              therapy_session_id=row["therapy_session_id"]))
    return flags


def pending(db: Database, titles: Titles = str) -> list[Flag]:
    """What waits for the next session, in the order it was flagged."""
    rows = db.rows(f"SELECT {_FLAG_COLUMNS} FROM session_item WHERE therapy_session_id IS NULL "
                   "AND deleted_at_utc IS NULL ORDER BY flagged_at_utc, id")
    return _flags(db, rows, titles)


def pending_flag(db: Database, kind: str, item_id: int) -> int | None:
    """The id of the live pending flag on this item, if there is one."""
    rows = db.rows("SELECT id FROM session_item WHERE kind = :kind AND item_id = :item_id "
                   "AND therapy_session_id IS NULL AND deleted_at_utc IS NULL ORDER BY id",
                   kind=kind, item_id=item_id)
    return rows[0]["id"] if rows else None


def pending_map(db: Database) -> dict[tuple[str, int], int]:
    """Every live pending flag: (kind, item id) -> flag id."""
    rows = db.rows("SELECT id, kind, item_id FROM session_item WHERE therapy_session_id IS "
                   "NULL AND deleted_at_utc IS NULL ORDER BY id DESC")
    return {(r["kind"], r["item_id"]): r["id"] for r in rows}


def get_flag(db: Database, flag_id: int, titles: Titles = str) -> Flag | None:
    rows = db.rows(f"SELECT {_FLAG_COLUMNS} FROM session_item WHERE id = :id", id=flag_id)
    found = _flags(db, rows, titles)
    return found[0] if found else None


def _session_from(row: Row, items: tuple[Flag, ...] = ()) -> TherapySession:
    return TherapySession(
        id=row["id"], on_day=None if row["on_day"] is None else as_date(row["on_day"]),
        worked_on=row["worked_on"], homework=row["homework"],
        held_at_utc=None if row["held_at_utc"] is None else as_datetime(row["held_at_utc"]),
        items=items)


def open_session_id(db: Database) -> int | None:
    rows = db.rows("SELECT id FROM therapy_session WHERE held_at_utc IS NULL "
                   "AND deleted_at_utc IS NULL ORDER BY id DESC")
    return rows[0]["id"] if rows else None


def next_session(db: Database, titles: Titles = str) -> TherapySession:
    """The open session with what waits for it (id None while it has no row yet)."""
    rows = db.rows(f"SELECT {_SESSION_COLUMNS} FROM therapy_session WHERE held_at_utc IS NULL "
                   "AND deleted_at_utc IS NULL ORDER BY id DESC")
    items = tuple(pending(db, titles))
    if not rows:
        return TherapySession(id=None, on_day=None, items=items)
    return _session_from(rows[0], items)


def past_sessions(db: Database, titles: Titles = str,
                  limit: int = THERAPY_PAST_MAX) -> list[TherapySession]:
    """Held sessions, the newest first, each with the items brought to it."""
    rows = db.rows(f"SELECT {_SESSION_COLUMNS} FROM therapy_session WHERE held_at_utc IS NOT "
                   f"NULL AND deleted_at_utc IS NULL ORDER BY held_at_utc DESC, id DESC "
                   f"LIMIT {int(limit)}")
    if not rows:
        return []
    flags: list[Row] = []
    for chunk in id_chunks(r["id"] for r in rows):
        flags += db.rows(f"SELECT {_FLAG_COLUMNS} FROM session_item WHERE deleted_at_utc IS "
                         f"NULL AND therapy_session_id IN ({chunk}) ORDER BY flagged_at_utc, id")
    by_session: dict[int, list[Flag]] = {}
    for flag in _flags(db, flags, titles):
        assert flag.therapy_session_id is not None
        by_session.setdefault(flag.therapy_session_id, []).append(flag)
    return [_session_from(r, tuple(by_session.get(r["id"], ()))) for r in rows]
