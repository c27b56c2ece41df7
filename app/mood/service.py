"""Mood check-ins: a point on the pleasantness x energy plane, emotion words, context, a note."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.errors import UserError
from app.events import EventHub, MoodChanged, TagsChanged
from app.mood.vocabulary import check_intensity, did_you_mean, vocabulary
from app.storage.database import Database
from app.storage.starter_lists import TAG_CATEGORIES
from app.timeutil import Stamp, as_date, as_datetime, now_stamp, stamp_from

SCALE_MIN, SCALE_MAX = -5, 5
NOTE_MAX = 2000
TAG_NAME_MAX = 60
SLEEP_MAX = 24.0


@dataclass(frozen=True)
class EmotionRating:
    word: str
    intensity: int

    def to_json(self) -> dict:
        return {"word": self.word, "intensity": self.intensity}


@dataclass(frozen=True)
class Tag:
    id: int
    name: str
    category: str
    builtin: bool = False
    hidden: bool = False

    @property
    def spec(self) -> str:
        """How the CLI names it when the bare name is ambiguous: 'place:work'."""
        return f"{self.category}:{self.name}"

    def to_json(self) -> dict:
        return {"name": self.name, "category": self.category}


@dataclass(frozen=True)
class Checkin:
    id: int
    at_utc: dt.datetime
    utc_offset_min: int
    local_day: dt.date
    pleasantness: int
    energy: int
    note: str | None
    emotions: tuple[EmotionRating, ...] = ()
    tags: tuple[Tag, ...] = ()
    sleep_hours: float | None = None

    @property
    def local_time(self) -> dt.datetime:
        return Stamp(self.at_utc, self.utc_offset_min).local

    def to_json(self) -> dict:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {
            "id": self.id,
            "at": Stamp(self.at_utc, self.utc_offset_min).iso(),
            "day": self.local_day.isoformat(),
            "pleasantness": self.pleasantness,
            "energy": self.energy,
            "note": self.note,
            "emotions": [e.to_json() for e in self.emotions],
            "tags": [t.to_json() for t in self.tags],
            "sleep_hours": self.sleep_hours,
        }


@dataclass(frozen=True)
class CheckinFilter:
    """What the history shows; every part is optional and they combine with AND."""

    text: str | None = None
    word: str | None = None
    tag_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None


_COLUMNS = ("c.id, c.at_utc, c.utc_offset_min, c.local_day, c.pleasantness, c.energy, c.note, "
            "c.sleep_hours")
_LIVE = "c.deleted_at_utc IS NULL"
# Portable SQL with :named parameters: runs through sqlite3 or SQLAlchemy alike.
SQL_ONE = f"SELECT {_COLUMNS} FROM mood_checkin c WHERE c.id = :id"
SQL_TAGS = ("SELECT id, name, category, builtin, hidden FROM context_tag "
            "ORDER BY category, position, id")


def _checkin(row: tuple, emotions: dict, tags: dict) -> Checkin:
    return Checkin(
        id=row[0],
        at_utc=as_datetime(row[1]),
        utc_offset_min=row[2],
        local_day=as_date(row[3]),
        pleasantness=row[4],
        energy=row[5],
        note=row[6],
        emotions=tuple(emotions.get(row[0], ())),
        tags=tuple(tags.get(row[0], ())),
        sleep_hours=None if row[7] is None else float(row[7]),
    )


def _tag(row: tuple) -> Tag:
    return Tag(id=row[0], name=row[1], category=row[2], builtin=bool(row[3]), hidden=bool(row[4]))


def validate_level(name: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise UserError(f"{name} must be a whole number from {SCALE_MIN} to {SCALE_MAX}")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise UserError(f"{name} must be from {SCALE_MIN} to {SCALE_MAX}, not {value}")
    return value


def validate_emotions(
    emotions: Mapping[str, int] | Iterable[tuple[str, int]],
) -> list[EmotionRating]:
    pairs = emotions.items() if isinstance(emotions, Mapping) else emotions
    result: dict[str, EmotionRating] = {}
    for word, intensity in pairs:
        emotion = vocabulary().require(word)
        if emotion.word in result:
            raise UserError(f"'{emotion.word}' is named twice; give it one intensity")
        result[emotion.word] = EmotionRating(emotion.word, check_intensity(emotion.word, intensity))
    return list(result.values())


def validate_sleep(hours: float | None) -> float | None:
    if hours is None:
        return None
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or math.isnan(hours):
        raise UserError(f"sleep must be a number of hours from 0 to 24, not '{hours}'")
    if not 0 <= hours <= SLEEP_MAX:
        raise UserError(f"sleep must be from 0 to 24 hours, not {hours:g}")
    return round(float(hours), 2)


def validate_note(note: str | None) -> str | None:
    note = (note or "").strip() or None
    if note is not None and len(note) > NOTE_MAX:
        raise UserError(f"the note is {len(note)} characters; keep it under {NOTE_MAX}")
    return note


class MoodService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    # -- writing -------------------------------------------------------------------
    def add_checkin(
        self,
        *,
        pleasantness: int,
        energy: int,
        note: str | None = None,
        at: dt.datetime | None = None,
        emotions: Mapping[str, int] | Iterable[tuple[str, int]] = (),
        tags: Sequence[int | str] = (),
        sleep_hours: float | None = None,
    ) -> Checkin:
        """tags are tag ids or names ('home', or 'place:home' when a name is in two lists)."""
        note, ratings, sleep_hours, tag_ids = self._validated(
            pleasantness, energy, note, emotions, sleep_hours, tags)
        stamp: Stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import MoodCheckin

        with self._db.transaction() as session:
            row = MoodCheckin(
                at_utc=stamp.at_utc,
                utc_offset_min=stamp.offset_min,
                local_day=stamp.local_day,
                pleasantness=pleasantness,
                energy=energy,
                note=note,
                sleep_hours=sleep_hours,
            )
            session.add(row)
            session.flush()
            new_id = row.id
            _write_details(session, new_id, ratings, tag_ids)
        result = self.get(new_id)
        self._announce(result, tag_ids)
        return result

    def update_checkin(
        self,
        checkin_id: int,
        *,
        pleasantness: int,
        energy: int,
        note: str | None = None,
        emotions: Mapping[str, int] | Iterable[tuple[str, int]] = (),
        tags: Sequence[int | str] = (),
        sleep_hours: float | None = None,
    ) -> Checkin:
        """Replace everything but the time of a check-in."""
        note, ratings, sleep_hours, tag_ids = self._validated(
            pleasantness, energy, note, emotions, sleep_hours, tags)
        from sqlalchemy import delete

        from app.storage.models import CheckinEmotion, CheckinTag

        with self._db.transaction() as session:
            row = self._live_row(session, checkin_id)
            row.pleasantness, row.energy, row.note = pleasantness, energy, note
            row.sleep_hours = sleep_hours
            session.execute(delete(CheckinEmotion).where(CheckinEmotion.checkin_id == checkin_id))
            session.execute(delete(CheckinTag).where(CheckinTag.checkin_id == checkin_id))
            _write_details(session, checkin_id, ratings, tag_ids)
        result = self.get(checkin_id)
        self._announce(result, tag_ids)
        return result

    def _validated(
        self, pleasantness: int, energy: int, note: str | None,
        emotions: Mapping[str, int] | Iterable[tuple[str, int]], sleep_hours: float | None,
        tags: Sequence[int | str],
    ) -> tuple[str | None, list[EmotionRating], float | None, list[int | tuple[str, str]]]:
        """Check every field a check-in holds; the note, ratings, sleep and tags as stored."""
        validate_level("pleasantness", pleasantness)
        validate_level("energy", energy)
        return (validate_note(note), validate_emotions(emotions), validate_sleep(sleep_hours),
                self._resolve_tags(tags))

    def _announce(self, result: Checkin, tags: list[int | tuple[str, str]]) -> None:
        if any(isinstance(t, tuple) for t in tags):
            self._hub.publish(TagsChanged())
        self._hub.publish(MoodChanged(day=result.local_day))

    def delete_checkin(self, checkin_id: int) -> Checkin:
        """Set the check-in aside; restore_checkin brings it back with everything it held."""
        with self._db.transaction() as session:
            row = self._live_row(session, checkin_id)
            row.deleted_at_utc = now_stamp().at_utc
        result = self.get(checkin_id, include_deleted=True)
        self._hub.publish(MoodChanged(day=result.local_day))
        return result

    def restore_checkin(self, checkin_id: int) -> Checkin:
        from app.storage.models import MoodCheckin

        with self._db.transaction() as session:
            row = session.get(MoodCheckin, checkin_id)
            if row is None:
                raise UserError(f"there is no check-in {checkin_id}")
            row.deleted_at_utc = None
        result = self.get(checkin_id)
        self._hub.publish(MoodChanged(day=result.local_day))
        return result

    @staticmethod
    def _live_row(session, checkin_id: int):
        from app.storage.models import MoodCheckin

        row = session.get(MoodCheckin, checkin_id)
        if row is None or row.deleted_at_utc is not None:
            raise UserError(f"there is no check-in {checkin_id}")
        return row

    # -- reading -------------------------------------------------------------------
    def get(self, checkin_id: int, *, include_deleted: bool = False) -> Checkin:
        sql = SQL_ONE if include_deleted else f"{SQL_ONE} AND {_LIVE}"
        found = self._select(sql, "c.id = :id", {"id": checkin_id})
        if not found:
            raise UserError(f"there is no check-in {checkin_id}")
        return found[0]

    def list_for_day(self, day: dt.date) -> list[Checkin]:
        return self.list_checkins(since=day, until=day)

    def list_checkins(self, *, since: dt.date | None = None,
                      until: dt.date | None = None) -> list[Checkin]:
        """Check-ins on local days from since to until (both included), oldest first."""
        return self.search(CheckinFilter(since=since, until=until), newest_first=False)

    def search(self, flt: CheckinFilter = CheckinFilter(), *, newest_first: bool = True,
               limit: int | None = None) -> list[Checkin]:
        where, params = [_LIVE], {}
        if flt.since is not None:
            where.append("c.local_day >= :since")
            params["since"] = flt.since
        if flt.until is not None:
            where.append("c.local_day <= :until")
            params["until"] = flt.until
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
        condition = " AND ".join(where)
        order = "c.at_utc DESC, c.id DESC" if newest_first else "c.at_utc, c.id"
        sql = f"SELECT {_COLUMNS} FROM mood_checkin c WHERE {condition} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._select(sql, condition, params, limited=limit is not None)

    def _select(self, sql: str, condition: str, params: dict, *,
                limited: bool = False) -> list[Checkin]:
        rows = self._db.read(sql, **params)
        if not rows:
            return []
        if limited or len(rows) <= 500:
            # Few rows: ask for their details by id rather than by the whole condition.
            ids = ", ".join(str(int(r[0])) for r in rows)
            condition, params = f"c.id IN ({ids})", {}
        emotions: dict[int, list[EmotionRating]] = {}
        for cid, word, intensity in self._db.read(
            "SELECT e.checkin_id, e.word, e.intensity FROM checkin_emotion e "
            f"JOIN mood_checkin c ON c.id = e.checkin_id WHERE {condition} "
            "ORDER BY e.checkin_id, e.intensity DESC, e.id", **params,
        ):
            emotions.setdefault(cid, []).append(EmotionRating(word, intensity))
        tags: dict[int, list[Tag]] = {}
        for row in self._db.read(
            "SELECT t.checkin_id, g.id, g.name, g.category, g.builtin, g.hidden "
            "FROM checkin_tag t JOIN context_tag g ON g.id = t.tag_id "
            f"JOIN mood_checkin c ON c.id = t.checkin_id WHERE {condition} "
            "ORDER BY t.checkin_id, g.category, g.position, g.id", **params,
        ):
            tags.setdefault(row[0], []).append(_tag(row[1:]))
        return [_checkin(r, emotions, tags) for r in rows]

    def words_used(self) -> list[str]:
        """Emotion words on live check-ins, most used first (for the history filter)."""
        rows = self._db.read(
            "SELECT e.word, COUNT(*) FROM checkin_emotion e JOIN mood_checkin c "
            f"ON c.id = e.checkin_id WHERE {_LIVE} GROUP BY e.word ORDER BY COUNT(*) DESC, e.word")
        return [r[0] for r in rows]

    # -- tags ----------------------------------------------------------------------
    def list_tags(self, *, include_hidden: bool = False) -> list[Tag]:
        tags = [_tag(r) for r in self._db.read(SQL_TAGS)]
        order = {c: i for i, c in enumerate(TAG_CATEGORIES)}
        tags.sort(key=lambda t: order.get(t.category, 99))  # stable: keeps position order
        return [t for t in tags if include_hidden or not t.hidden]

    def add_tag(self, *, name: str, category: str) -> Tag:
        name = " ".join(name.split())
        if not name:
            raise UserError("give the tag a name")
        if len(name) > TAG_NAME_MAX:
            raise UserError(f"keep a tag name under {TAG_NAME_MAX} characters")
        if category not in TAG_CATEGORIES:
            raise UserError(f"a tag is one of {', '.join(TAG_CATEGORIES)}, not '{category}'"
                            f"{did_you_mean(category, TAG_CATEGORIES)}")
        existing = [t for t in self.list_tags(include_hidden=True)
                    if t.category == category and t.name.lower() == name.lower()]
        if existing:
            tag = existing[0]
            if tag.hidden:  # adding a hidden tag again simply brings it back
                return self.set_tag_hidden(tag.id, hidden=False)
            return tag
        from sqlalchemy import func, select

        from app.storage.models import ContextTag

        with self._db.transaction() as session:
            last = session.scalar(select(func.max(ContextTag.position))) or 0
            row = ContextTag(name=name, category=category, builtin=False, hidden=False,
                             position=last + 1)
            session.add(row)
            session.flush()
            tag = Tag(row.id, row.name, row.category, False, False)
        self._hub.publish(TagsChanged())
        return tag

    def set_tag_hidden(self, tag_id: int, *, hidden: bool) -> Tag:
        from app.storage.models import ContextTag

        with self._db.transaction() as session:
            row = session.get(ContextTag, tag_id)
            if row is None:
                raise UserError(f"there is no tag {tag_id}")
            row.hidden = hidden
            tag = Tag(row.id, row.name, row.category, row.builtin, row.hidden)
        self._hub.publish(TagsChanged())
        return tag

    def find_tag(self, spec: str) -> Tag:
        """A tag by name ('home') or category and name ('place:home'), hidden ones included."""
        found = self._match_tag(spec, self.list_tags(include_hidden=True))
        if isinstance(found, Tag):
            return found
        raise UserError(self._unknown_tag(spec))

    def _match_tag(self, spec: str, tags: list[Tag]) -> Tag | tuple[str, str] | None:
        """The tag; or (category, name) for a new one spelled 'category:name'; or None."""
        category, _, name = spec.rpartition(":")
        category, name = category.strip().lower(), " ".join(name.split())
        matches = [t for t in tags if t.name.lower() == name.lower()
                   and (not category or t.category == category)]
        if len(matches) > 1:
            raise UserError(f"'{spec}' is in more than one list; write "
                            + " or ".join(f"'{t.spec}'" for t in matches))
        if matches:
            return matches[0]
        if category in TAG_CATEGORIES and name:
            if len(name) > TAG_NAME_MAX:
                raise UserError(f"keep a tag name under {TAG_NAME_MAX} characters")
            return (category, name)
        if category:
            raise UserError(f"'{category}' in '{spec}' is not a tag list; use "
                            f"{', '.join(TAG_CATEGORIES)}{did_you_mean(category, TAG_CATEGORIES)}")
        return None

    def _unknown_tag(self, spec: str) -> str:
        names = [t.name for t in self.list_tags()]
        hint = did_you_mean(spec, names)
        name = spec.strip()
        add = f"to add it, write activity:{name}, person:{name} or place:{name}"
        return f"there is no tag '{name}'{hint} ({add})" if hint else f"there is no tag '{name}'; {add}"

    def _resolve_tags(self, tags: Sequence[int | str]) -> list[int | tuple[str, str]]:
        """Ids of known tags, and (category, name) for new ones to add with the check-in."""
        if not tags:
            return []
        known = self.list_tags(include_hidden=True)
        known_ids = {t.id for t in known}
        resolved: list[int | tuple[str, str]] = []
        for tag in tags:
            if isinstance(tag, int) and not isinstance(tag, bool):
                if tag not in known_ids:
                    raise UserError(f"there is no tag {tag}")
                item: int | tuple[str, str] = tag
            else:
                found = self._match_tag(str(tag), known)
                if found is None:
                    raise UserError(self._unknown_tag(str(tag)))
                item = found.id if isinstance(found, Tag) else found
            if item not in resolved:
                resolved.append(item)
        return resolved


def _write_details(session, checkin_id: int, ratings: list[EmotionRating],
                   tags: list[int | tuple[str, str]]) -> None:
    from sqlalchemy import func, select

    from app.storage.models import CheckinEmotion, CheckinTag, ContextTag

    session.add_all(CheckinEmotion(checkin_id=checkin_id, word=r.word, intensity=r.intensity)
                    for r in ratings)
    for tag in tags:
        if isinstance(tag, tuple):  # a new tag, added in the same transaction
            last = session.scalar(select(func.max(ContextTag.position))) or 0
            row = ContextTag(name=tag[1], category=tag[0], builtin=False, hidden=False,
                             position=last + 1)
            session.add(row)
            session.flush()
            tag = row.id
        session.add(CheckinTag(checkin_id=checkin_id, tag_id=tag))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
