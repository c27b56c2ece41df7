"""Mood reads: check-ins with their words and tags, the tag list, the words in use.

Portable SQL with :named parameters, rows mapped by column name (Database.rows)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import Any

from app.limits import TAG_CATEGORIES
from app.mood.types import Checkin, CheckinFilter, EmotionRating, Tag
from app.storage.database import ID_CHUNK, Database, Row, day_range, id_chunks, local_iso
from app.storage.paging import keyset_pages
from app.timeutil import as_date, as_datetime

_COLUMNS = ("c.id, c.at_utc, c.utc_offset_min, c.local_day, c.pleasantness, c.energy, c.note, "
            "c.sleep_hours")
LIVE = "c.deleted_at_utc IS NULL"
SQL_ONE = f"SELECT {_COLUMNS} FROM mood_checkin c WHERE c.id = :id"
SQL_TAGS = ("SELECT id, name, category, builtin, hidden FROM context_tag "
            "ORDER BY category, position, id")
_TAG_COLUMNS = ("t.checkin_id AS checkin_id, g.id AS id, g.name AS name, "
                "g.category AS category, g.builtin AS builtin, g.hidden AS hidden")

Details = tuple[dict[int, list[EmotionRating]], dict[int, list[Tag]]]
# Check-ins read per round trip when streaming: memory stays flat, round trips stay few.
STREAM_CHUNK = 1000


def tag_from(row: Row) -> Tag:
    return Tag(id=row["id"], name=row["name"], category=row["category"],
               builtin=bool(row["builtin"]), hidden=bool(row["hidden"]))


def checkin_from(row: Row, details: Details) -> Checkin:
    emotions, tags = details
    sleep = row["sleep_hours"]
    return Checkin(
        id=row["id"],
        at_utc=as_datetime(row["at_utc"]),
        utc_offset_min=row["utc_offset_min"],
        local_day=as_date(row["local_day"]),
        pleasantness=row["pleasantness"],
        energy=row["energy"],
        note=row["note"],
        emotions=tuple(emotions.get(row["id"], ())),
        tags=tuple(tags.get(row["id"], ())),
        sleep_hours=None if sleep is None else float(sleep),
    )


def list_tags(db: Database, *, include_hidden: bool = False) -> list[Tag]:
    """Tags in the order of TAG_CATEGORIES, then by position."""
    tags = [tag_from(r) for r in db.rows(SQL_TAGS)]
    order = {c: i for i, c in enumerate(TAG_CATEGORIES)}
    tags.sort(key=lambda t: order.get(t.category, 99))  # stable: keeps position order
    return [t for t in tags if include_hidden or not t.hidden]


def get_checkin(db: Database, checkin_id: int, *, include_deleted: bool = False) -> Checkin | None:
    sql = SQL_ONE if include_deleted else f"{SQL_ONE} AND {LIVE}"
    found = _select(db, sql, "c.id = :id", {"id": checkin_id}, limited=True)
    return found[0] if found else None


def search(db: Database, flt: CheckinFilter, *, newest_first: bool = True,
           limit: int | None = None) -> list[Checkin]:
    condition, params = _condition(flt)
    order = "c.at_utc DESC, c.id DESC" if newest_first else "c.at_utc, c.id"
    sql = f"SELECT {_COLUMNS} FROM mood_checkin c WHERE {condition} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _select(db, sql, condition, params, limited=limit is not None)


def stream(db: Database, flt: CheckinFilter, *, limit: int | None = None,
           chunk: int = STREAM_CHUNK) -> Iterator[Checkin]:
    """Like search(newest_first=False), read lazily in chunks of check-ins by (at_utc, id),
    so that output of any length needs the memory of one chunk."""
    tags = _TagTable(db)
    for rows, ids in _chunks(db, flt, limit, chunk):
        details = _emotions_of(db, ids), tags.of(ids)
        yield from (checkin_from(r, details) for r in rows)


def stream_json(db: Database, flt: CheckinFilter, *, limit: int | None = None,
                chunk: int = STREAM_CHUNK) -> Iterator[str]:
    """The check-ins of stream() as JSON text, a chunk at a time: each check-in exactly as
    json.dumps(checkin.to_json(), ensure_ascii=False) writes it, items joined by ", ".
    Built straight from the rows from pieces encoded once (a tag, a word at an intensity),
    because a long export spent most of its time making and encoding objects.
    tests/cli/test_list_streaming.py holds this to the same bytes as to_json()."""
    if db.is_sqlite_file:
        yield from _sqlite_json(db, flt, limit, chunk)
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode
    tags = _TagTable(db)
    tag_text = {i: encode(t.to_json()) for i, t in tags.by_id.items()}
    pieces: dict[tuple[str, int], str] = {}  # (word, intensity) -> its JSON
    zones: dict[int, dt.timezone] = {}
    for rows, ids in _chunks(db, flt, limit, chunk):
        emotions: dict[int, list[str]] = {}
        for e in _emotion_rows(db, ids):
            key = (e["word"], e["intensity"])
            text = pieces.get(key) or pieces.setdefault(key, encode(EmotionRating(*key).to_json()))
            emotions.setdefault(e["checkin_id"], []).append(text)
        tagged = tags.ids_of(ids)
        items = []
        for r in rows:
            offset = r["utc_offset_min"]
            zone = zones.get(offset) or zones.setdefault(
                offset, dt.timezone(dt.timedelta(minutes=offset)))
            at = (as_datetime(r["at_utc"]) + dt.timedelta(minutes=offset)).replace(tzinfo=zone)
            day, note, sleep = r["local_day"], r["note"], r["sleep_hours"]
            items.append(_ITEM.format(
                id=int(r["id"]), at=at.isoformat(timespec="seconds"),
                # SQLite gives the day as ISO text already; other drivers give a date.
                day=day if isinstance(day, str) and len(day) == 10 else as_date(day).isoformat(),
                pleasantness=int(r["pleasantness"]), energy=int(r["energy"]),
                note="null" if note is None else encode_basestring(note),
                emotions=", ".join(emotions.get(r["id"], ())),
                tags=", ".join(tag_text[t] for t in tagged.get(r["id"], ())),
                # json writes a float as repr() does; sleep is never NaN (a CHECK says 0-24).
                sleep="null" if sleep is None else repr(float(sleep))))
        yield ", ".join(items)


# SQLite writes each check-in's JSON itself, up to its sleep hours: json_quote escapes as
# json.dumps(ensure_ascii=False) does, the at_utc text is cut to whole seconds as
# isoformat(timespec="seconds") cuts them, and words and tags come in the order of
# _details. Only the sleep hours are left to Python: repr() writes a float as json does.
_SQLITE_ITEM = f"""'{{"id": ' || c.id || ', "at": "' || {local_iso("c")} || '", "day": "'
 || c.local_day || '", "pleasantness": ' || c.pleasantness || ', "energy": ' || c.energy
 || ', "note": ' || json_quote(c.note) || ', "emotions": [' || coalesce((
   SELECT group_concat(j, ', ') FROM (
     SELECT '{{"word": ' || json_quote(e.word) || ', "intensity": ' || e.intensity || '}}' AS j
     FROM checkin_emotion e WHERE e.checkin_id = c.id ORDER BY e.intensity DESC, e.id)), '')
 || '], "tags": [' || coalesce((
   SELECT group_concat(j, ', ') FROM (
     SELECT '{{"name": ' || json_quote(g.name) || ', "category": ' || json_quote(g.category)
       || '}}' AS j
     FROM checkin_tag t JOIN context_tag g ON g.id = t.tag_id WHERE t.checkin_id = c.id
     ORDER BY g.category, g.position, g.id)), '')
 || '], "sleep_hours": '"""


def _sqlite_json(db: Database, flt: CheckinFilter, limit: int | None,
                 chunk: int) -> Iterator[str]:
    """stream_json on a SQLite file: one query over one cursor, JSON built by SQLite."""
    condition, params = _condition(flt)
    sql = (f"SELECT {_SQLITE_ITEM}, c.sleep_hours FROM mood_checkin c WHERE {condition} "
           "ORDER BY c.at_utc, c.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    for batch in db.read_batches(sql, max(chunk, 1) * 5, **params):
        yield ", ".join([f"{head}null}}" if sleep is None else f"{head}{float(sleep)!r}}}"
                         for head, sleep in batch])


# Checkin.to_json() as json.dumps writes it; the values are already JSON text.
_ITEM = ('{{"id": {id}, "at": "{at}", "day": "{day}", "pleasantness": {pleasantness}, '
         '"energy": {energy}, "note": {note}, "emotions": [{emotions}], "tags": [{tags}], '
         '"sleep_hours": {sleep}}}')


def _chunks(db: Database, flt: CheckinFilter, limit: int | None,
            chunk: int) -> Iterator[tuple[list[Row], str]]:
    """Rows of live check-ins matching flt, oldest first, chunk by chunk (keyset paging by
    (at_utc, id)), each with its ids as a literal list (integers, never bound) for IN."""
    condition, params = _condition(flt)
    for rows in keyset_pages(db, f"SELECT {_COLUMNS} FROM mood_checkin c", "c", condition,
                             params, limit=limit, chunk=chunk):
        yield rows, ", ".join(str(int(r["id"])) for r in rows)


def _emotion_rows(db: Database, ids: str) -> list[Row]:
    return db.rows("SELECT e.checkin_id AS checkin_id, e.word AS word, e.intensity AS intensity "
                   f"FROM checkin_emotion e WHERE e.checkin_id IN ({ids}) "
                   "ORDER BY e.checkin_id, e.intensity DESC, e.id")


def _emotions_of(db: Database, ids: str) -> dict[int, list[EmotionRating]]:
    found: dict[int, list[EmotionRating]] = {}
    for row in _emotion_rows(db, ids):
        found.setdefault(row["checkin_id"], []).append(
            EmotionRating(row["word"], row["intensity"]))
    return found


class _TagTable:
    """Every tag read once, so a chunk needs only its (check-in, tag) pairs."""

    def __init__(self, db: Database) -> None:
        self._db = db
        rows = db.rows("SELECT id, name, category, builtin, hidden FROM context_tag "
                       "ORDER BY category, position, id")
        self.by_id = {r["id"]: tag_from(r) for r in rows}
        self._rank = {r["id"]: i for i, r in enumerate(rows)}

    def ids_of(self, ids: str) -> dict[int, list[int]]:
        """Tag ids by check-in id, ordered as _details orders tags: category, position, id."""
        found: dict[int, list[int]] = {}
        for row in self._db.rows("SELECT t.checkin_id AS checkin_id, t.tag_id AS tag_id "
                                 f"FROM checkin_tag t WHERE t.checkin_id IN ({ids})"):
            found.setdefault(row["checkin_id"], []).append(row["tag_id"])
        for tag_ids in found.values():
            tag_ids.sort(key=self._rank.__getitem__)
        return found

    def of(self, ids: str) -> dict[int, list[Tag]]:
        return {checkin: [self.by_id[t] for t in tag_ids]
                for checkin, tag_ids in self.ids_of(ids).items()}


def _condition(flt: CheckinFilter) -> tuple[str, dict[str, Any]]:
    where: list[str] = [LIVE]
    params: dict[str, Any] = {}
    day_range("c", flt.since, flt.until, where, params)
    if flt.word:
        where.append("EXISTS (SELECT 1 FROM checkin_emotion e "
                     "WHERE e.checkin_id = c.id AND e.word = :word)")
        params["word"] = flt.word.strip().lower()
    if flt.tag_id is not None:
        where.append("EXISTS (SELECT 1 FROM checkin_tag t "
                     "WHERE t.checkin_id = c.id AND t.tag_id = :tag_id)")
        params["tag_id"] = flt.tag_id
    if flt.text and flt.text.strip():
        where.append(
            "(LOWER(c.note) LIKE :pattern ESCAPE '\\' "
            "OR EXISTS (SELECT 1 FROM checkin_emotion e WHERE e.checkin_id = c.id "
            "AND e.word LIKE :pattern ESCAPE '\\') "
            "OR EXISTS (SELECT 1 FROM checkin_tag t JOIN context_tag g ON g.id = t.tag_id "
            "WHERE t.checkin_id = c.id AND LOWER(g.name) LIKE :pattern ESCAPE '\\'))")
        params["pattern"] = f"%{_like_escape(flt.text.strip().lower())}%"
    return " AND ".join(where), params


def _select(db: Database, sql: str, condition: str, params: dict[str, Any], *,
            limited: bool = False) -> list[Checkin]:
    rows = db.rows(sql, **params)
    if not rows:
        return []
    if limited or len(rows) <= ID_CHUNK:
        # Few rows: ask for their details by id rather than by the whole condition.
        details = _details_by_ids(db, [r["id"] for r in rows])
    else:
        details = _details(db, condition, params)
    return [checkin_from(r, details) for r in rows]


def _details_by_ids(db: Database, ids: list[int]) -> Details:
    emotions: dict[int, list[EmotionRating]] = {}
    tags: dict[int, list[Tag]] = {}
    for chunk in id_chunks(ids):
        found_emotions, found_tags = _details(db, f"c.id IN ({chunk})", {})
        emotions.update(found_emotions)
        tags.update(found_tags)
    return emotions, tags


def _details(db: Database, condition: str, params: dict[str, Any]) -> Details:
    """Emotion words and tags of the check-ins matching condition, by check-in id."""
    emotions: dict[int, list[EmotionRating]] = {}
    for row in db.rows(
        "SELECT e.checkin_id AS checkin_id, e.word AS word, e.intensity AS intensity "
        f"FROM checkin_emotion e JOIN mood_checkin c ON c.id = e.checkin_id WHERE {condition} "
        "ORDER BY e.checkin_id, e.intensity DESC, e.id", **params,
    ):
        emotions.setdefault(row["checkin_id"], []).append(
            EmotionRating(row["word"], row["intensity"]))
    tags: dict[int, list[Tag]] = {}
    for row in db.rows(
        f"SELECT {_TAG_COLUMNS} FROM checkin_tag t JOIN context_tag g ON g.id = t.tag_id "
        f"JOIN mood_checkin c ON c.id = t.checkin_id WHERE {condition} "
        "ORDER BY t.checkin_id, g.category, g.position, g.id", **params,
    ):
        tags.setdefault(row["checkin_id"], []).append(tag_from(row))
    return emotions, tags


def words_used(db: Database) -> list[str]:
    """Emotion words on live check-ins, most used first (for the history filter)."""
    rows = db.rows(
        "SELECT e.word AS word, COUNT(*) AS uses FROM checkin_emotion e JOIN mood_checkin c "
        f"ON c.id = e.checkin_id WHERE {LIVE} GROUP BY e.word ORDER BY COUNT(*) DESC, e.word")
    return [r["word"] for r in rows]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
