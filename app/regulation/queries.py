"""Regulation reads: strategies, entries with their emotions, practice sessions to link.

Portable SQL with :named parameters, rows mapped by column name (Database.rows)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from typing import Any

from app.regulation.types import EmotionChange, PracticeChoice, RegulationEntry, Strategy
from app.storage.database import Database, Row, day_range, id_chunks, local_iso
from app.storage.paging import keyset_pages, ordered_rows
from app.timeutil import as_date, as_datetime

_STRATEGY_COLUMNS = ("s.id AS s_id, s.name AS s_name, s.family AS s_family, "
                     "s.description AS s_description, s.practice_kind AS s_practice_kind, "
                     "s.builtin AS s_builtin, s.hidden AS s_hidden")
SQL_STRATEGIES = (f"SELECT {_STRATEGY_COLUMNS} FROM regulation_strategy s "
                  "ORDER BY s.position, s.id")
_ENTRY_COLUMNS = ("r.id AS id, r.at_utc AS at_utc, r.utc_offset_min AS utc_offset_min, "
                  "r.local_day AS local_day, r.situation AS situation, "
                  "r.helpfulness AS helpfulness, r.note AS note, "
                  "r.practice_session_id AS practice_session_id, "
                  "r.attachment_person AS attachment_person, "
                  f"r.attachment_action AS attachment_action, {_STRATEGY_COLUMNS}")
_ENTRY_FROM = "regulation_entry r JOIN regulation_strategy s ON s.id = r.strategy_id"
LIVE = "r.deleted_at_utc IS NULL"
# Entries read per round trip when streaming: memory stays flat, round trips stay few.
STREAM_CHUNK = 1000
_SQL_PRACTICE_CHOICE = "SELECT id, title, started_at_utc, utc_offset_min FROM practice_session"


def strategy_from(row: Row) -> Strategy:
    return Strategy(id=row["s_id"], name=row["s_name"], family=row["s_family"],
                    description=row["s_description"], practice_kind=row["s_practice_kind"],
                    builtin=bool(row["s_builtin"]), hidden=bool(row["s_hidden"]))


def entry_from(row: Row, emotions: dict[int, list[EmotionChange]]) -> RegulationEntry:
    return RegulationEntry(
        id=row["id"], at_utc=as_datetime(row["at_utc"]), utc_offset_min=row["utc_offset_min"],
        local_day=as_date(row["local_day"]), situation=row["situation"],
        helpfulness=row["helpfulness"], note=row["note"],
        practice_session_id=row["practice_session_id"],
        attachment_person=row["attachment_person"],
        attachment_action=row["attachment_action"], strategy=strategy_from(row),
        emotions=tuple(emotions.get(row["id"], ())),
    )


def list_strategies(db: Database, *, include_hidden: bool = False) -> list[Strategy]:
    found = [strategy_from(r) for r in db.rows(SQL_STRATEGIES)]
    return [s for s in found if include_hidden or not s.hidden]


def get_entry(db: Database, entry_id: int, *,
              include_deleted: bool = False) -> RegulationEntry | None:
    where = "r.id = :id" if include_deleted else f"r.id = :id AND {LIVE}"
    found = select_entries(db, where, {"id": entry_id}, newest_first=True, limit=None)
    return found[0] if found else None


def list_entries(db: Database, *, since: dt.date | None = None, until: dt.date | None = None,
                 newest_first: bool = True, limit: int | None = None) -> list[RegulationEntry]:
    where: list[str] = [LIVE]
    params: dict[str, Any] = {}
    day_range("r", since, until, where, params)
    return select_entries(db, " AND ".join(where), params, newest_first=newest_first,
                          limit=limit)


def stream_entries(db: Database, *, since: dt.date | None = None,
                   until: dt.date | None = None, limit: int | None = None,
                   chunk: int = STREAM_CHUNK) -> Iterator[RegulationEntry]:
    """Like list_entries(newest_first=False), read lazily in chunks by (at_utc, id), so
    that output of any length needs the memory of one chunk."""
    where: list[str] = [LIVE]
    params: dict[str, Any] = {}
    day_range("r", since, until, where, params)
    for rows in keyset_pages(db, f"SELECT {_ENTRY_COLUMNS} FROM {_ENTRY_FROM}", "r",
                             " AND ".join(where), params, limit=limit, chunk=chunk):
        yield from _with_emotions(db, rows)


def stream_json(db: Database, *, since: dt.date | None = None, until: dt.date | None = None,
                limit: int | None = None, chunk: int = STREAM_CHUNK) -> Iterator[str]:
    """The entries of stream_entries() as JSON text, a chunk at a time: each entry exactly
    as json.dumps(entry.to_json(), ensure_ascii=False) writes it, items joined by ", ".
    On a SQLite file SQLite writes the JSON itself (as app/mood/queries.stream_json)."""
    if not db.is_sqlite_file:
        encode = json.JSONEncoder(ensure_ascii=False).encode
        found = stream_entries(db, since=since, until=until, limit=limit, chunk=chunk)
        while batch := [e.to_json() for e in itertools.islice(found, chunk)]:
            yield encode(batch)[1:-1]
        return
    where: list[str] = [LIVE]
    params: dict[str, Any] = {}
    day_range("r", since, until, where, params)
    sql = (f"SELECT {_SQLITE_ITEM} FROM {_ENTRY_FROM} WHERE {' AND '.join(where)} "
           "ORDER BY r.at_utc, r.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for batch in db.read_batches(sql, max(chunk, 1) * 5, **params):
        yield ", ".join([text for (text,) in batch])


# RegulationEntry.to_json() as json.dumps writes it, built by SQLite; json_quote escapes as
# json.dumps(ensure_ascii=False) does. "attachment" is null when both parts are empty.
_SQLITE_ITEM = f"""'{{"id": ' || r.id || ', "at": "' || {local_iso("r")} || '", "day": "'
 || r.local_day || '", "situation": ' || json_quote(r.situation) || ', "emotions": ['
 || coalesce((SELECT group_concat(j, ', ') FROM (
     SELECT '{{"word": ' || json_quote(x.word) || ', "before": ' || x.intensity_before
       || ', "after": ' || coalesce(x.intensity_after, 'null') || '}}' AS j
     FROM regulation_emotion x WHERE x.entry_id = r.id ORDER BY x.intensity_before DESC, x.id)),
   '')
 || '], "strategy": ' || json_quote(s.name) || ', "strategy_family": '
 || json_quote(s.family) || ', "helpfulness": ' || r.helpfulness || ', "note": '
 || json_quote(r.note) || ', "practice_session_id": ' || coalesce(r.practice_session_id, 'null')
 || ', "attachment": ' || CASE WHEN coalesce(r.attachment_person, '') = ''
   AND coalesce(r.attachment_action, '') = '' THEN 'null' ELSE '{{"person": '
   || json_quote(r.attachment_person) || ', "action": ' || json_quote(r.attachment_action)
   || '}}' END || '}}'"""


def select_entries(db: Database, where: str, params: dict[str, Any], *, newest_first: bool,
                   limit: int | None) -> list[RegulationEntry]:
    return _with_emotions(db, ordered_rows(
        db, f"SELECT {_ENTRY_COLUMNS} FROM {_ENTRY_FROM}", "r", where, params,
        newest_first=newest_first, limit=limit))


def _with_emotions(db: Database, rows: list[Row]) -> list[RegulationEntry]:
    if not rows:
        return []
    emotions: dict[int, list[EmotionChange]] = {}
    for chunk in id_chunks(r["id"] for r in rows):  # within every driver's limits
        for row in db.rows(
            "SELECT entry_id, word, intensity_before, intensity_after FROM regulation_emotion "
            f"WHERE entry_id IN ({chunk}) ORDER BY entry_id, intensity_before DESC, id"
        ):
            emotions.setdefault(row["entry_id"], []).append(EmotionChange(
                row["word"], row["intensity_before"], row["intensity_after"]))
    return [entry_from(r, emotions) for r in rows]


def practice_kind(db: Database, practice_session_id: int) -> str | None:
    """The kind of a practice session, or None when there is no such session."""
    rows = db.rows("SELECT kind FROM practice_session WHERE id = :id", id=practice_session_id)
    return str(rows[0]["kind"]) if rows else None


def practice_session(db: Database, practice_session_id: int) -> Row | None:
    """id, kind, title, calm_before, calm_after of a practice session."""
    rows = db.rows("SELECT id, kind, title, calm_before, calm_after FROM practice_session "
                   "WHERE id = :id", id=practice_session_id)
    return rows[0] if rows else None


def is_logged(db: Database, practice_session_id: int) -> bool:
    """Whether a live entry links to the practice session."""
    return bool(db.rows(
        f"SELECT r.id FROM regulation_entry r WHERE r.practice_session_id = :id AND {LIVE}",
        id=practice_session_id))


def recent_practice(db: Database, kind: str, *, limit: int = 10) -> list[PracticeChoice]:
    rows = db.rows(f"{_SQL_PRACTICE_CHOICE} WHERE kind = :kind "
                   f"ORDER BY started_at_utc DESC, id DESC LIMIT {int(limit)}", kind=kind)
    return [_practice_choice(r) for r in rows]


def practice_choice(db: Database, practice_session_id: int) -> PracticeChoice | None:
    rows = db.rows(f"{_SQL_PRACTICE_CHOICE} WHERE id = :id", id=practice_session_id)
    return _practice_choice(rows[0]) if rows else None


def _practice_choice(row: Row) -> PracticeChoice:
    local = as_datetime(row["started_at_utc"]) + dt.timedelta(minutes=row["utc_offset_min"])
    return row["id"], row["title"], local
