"""Mood check-ins: a point on the pleasantness x energy plane, emotion words, context, a note."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.events import EventHub, MoodChanged, TagsChanged
from app.i18n import N_
from app.limits import NOTE_MAX, SCALE_MAX, SCALE_MIN, SLEEP_MAX, SLEEP_MIN, TAG_CATEGORIES, TAG_NAME_MAX
from app.mood import queries
from app.mood.types import Checkin, CheckinDraft, CheckinFilter, EmotionRating, Tag
from app.mood.vocabulary import check_intensity, did_you_mean, vocabulary
from app.storage.database import Database
from app.storage.soft_delete import live_row, restore, soft_delete
from app.timeutil import Stamp, now_stamp, stamp_from

__all__ = ["NOTE_MAX", "SCALE_MAX", "SCALE_MIN", "SLEEP_MAX", "TAG_NAME_MAX", "Checkin",
           "CheckinDraft", "CheckinFilter", "EmotionRating", "MoodService", "Tag",
           "validate_emotions", "validate_level", "validate_note", "validate_sleep"]

# A tag as a check-in will store it: the id of a known tag, or (category, name) of a new one.
TagRef = int | tuple[str, str]


@dataclass(frozen=True)
class _Checked:
    """A draft after validation: the values as they are stored."""

    pleasantness: int
    energy: int
    note: str | None
    ratings: list[EmotionRating]
    sleep_hours: float | None
    tags: list[TagRef]


def validate_level(name: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise UserError(f"{name} must be a whole number from {SCALE_MIN} to {SCALE_MAX}")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise UserError(f"{name} must be from {SCALE_MIN} to {SCALE_MAX}, not {value}")
    return value


def validate_emotions(
    emotions: Mapping[str, int] | Iterable[tuple[str, int]],
) -> list[EmotionRating]:
    pairs: Iterable[tuple[str, int]] = (
        emotions.items() if isinstance(emotions, Mapping) else emotions)
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
        raise UserError(f"sleep must be a number of hours from {SLEEP_MIN} to {SLEEP_MAX}, "
                        f"not '{hours}'")
    if not SLEEP_MIN <= hours <= SLEEP_MAX:
        raise UserError(f"sleep must be from {SLEEP_MIN} to {SLEEP_MAX} hours, not {hours:g}")
    return round(float(hours), 2)


def validate_note(note: str | None) -> str | None:
    note = (note or "").strip() or None
    if note is not None and len(note) > NOTE_MAX:
        raise UserError(N_("the note is {count} characters; keep it under {limit}"),
                        count=len(note), limit=NOTE_MAX)
    return note


class MoodService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    # -- writing -------------------------------------------------------------------
    def add_checkin(self, draft: CheckinDraft | None = None, *, at: dt.datetime | None = None,
                    **fields: Any) -> Checkin:
        """Store a check-in at `at` (default now). The keyword form
        (pleasantness=..., energy=..., ...) stands for CheckinDraft(**fields)."""
        checked = self._validated(_draft(draft, fields))
        stamp: Stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import MoodCheckin

        with self._db.transaction() as session:
            row = MoodCheckin(
                at_utc=stamp.at_utc,
                utc_offset_min=stamp.offset_min,
                local_day=stamp.local_day,
                pleasantness=checked.pleasantness,
                energy=checked.energy,
                note=checked.note,
                sleep_hours=checked.sleep_hours,
            )
            session.add(row)
            session.flush()
            new_id = row.id
            _write_details(session, new_id, checked)
        result = self.get(new_id)
        self._announce(result, checked.tags)
        return result

    def add_checkins(self, entries: Sequence[tuple[dt.datetime, CheckinDraft]]) -> list[int]:
        """Store many check-ins (time, draft) in ONE transaction: all or none (an import).

        Every draft is checked before anything is written; the new ids, in order."""
        checked = [(stamp_from(at), self._validated(draft)) for at, draft in entries]
        from app.storage.models import MoodCheckin

        ids: list[int] = []
        with self._db.transaction() as session:
            for stamp, item in checked:
                row = MoodCheckin(at_utc=stamp.at_utc, utc_offset_min=stamp.offset_min,
                                  local_day=stamp.local_day, pleasantness=item.pleasantness,
                                  energy=item.energy, note=item.note,
                                  sleep_hours=item.sleep_hours)
                session.add(row)
                session.flush()
                ids.append(row.id)
                _write_details(session, row.id, item)
        if any(isinstance(t, tuple) for _, item in checked for t in item.tags):
            self._hub.publish(TagsChanged())
        for day in sorted({stamp.local_day for stamp, _ in checked}):
            self._hub.publish(MoodChanged(day=day))
        return ids

    def update_checkin(self, checkin_id: int, draft: CheckinDraft | None = None,
                       **fields: Any) -> Checkin:
        """Replace everything but the time of a check-in (keyword form as in add_checkin)."""
        checked = self._validated(_draft(draft, fields))
        from sqlalchemy import delete

        from app.storage.models import CheckinEmotion, CheckinTag, MoodCheckin

        with self._db.transaction() as session:
            row = live_row(session, MoodCheckin, checkin_id, what="check-in")
            row.pleasantness, row.energy, row.note = (
                checked.pleasantness, checked.energy, checked.note)
            row.sleep_hours = checked.sleep_hours
            session.execute(delete(CheckinEmotion).where(CheckinEmotion.checkin_id == checkin_id))
            session.execute(delete(CheckinTag).where(CheckinTag.checkin_id == checkin_id))
            _write_details(session, checkin_id, checked)
        result = self.get(checkin_id)
        self._announce(result, checked.tags)
        return result

    def _validated(self, draft: CheckinDraft) -> _Checked:
        """Check every field a check-in holds: the one place a check-in is validated."""
        return _Checked(
            pleasantness=validate_level("pleasantness", draft.pleasantness),
            energy=validate_level("energy", draft.energy),
            note=validate_note(draft.note),
            ratings=validate_emotions(draft.emotions),
            sleep_hours=validate_sleep(draft.sleep_hours),
            tags=self._resolve_tags(draft.tags),
        )

    def _announce(self, result: Checkin, tags: list[TagRef]) -> None:
        if any(isinstance(t, tuple) for t in tags):
            self._hub.publish(TagsChanged())
        self._hub.publish(MoodChanged(day=result.local_day))

    def delete_checkin(self, checkin_id: int) -> Checkin:
        """Set the check-in aside; restore_checkin brings it back with everything it held."""
        from app.storage.models import MoodCheckin

        with self._db.transaction() as session:
            soft_delete(session, MoodCheckin, checkin_id, what="check-in")
        result = self.get(checkin_id, include_deleted=True)
        self._hub.publish(MoodChanged(day=result.local_day))
        return result

    def restore_checkin(self, checkin_id: int) -> Checkin:
        from app.storage.models import MoodCheckin

        with self._db.transaction() as session:
            restore(session, MoodCheckin, checkin_id, what="check-in")
        result = self.get(checkin_id)
        self._hub.publish(MoodChanged(day=result.local_day))
        return result

    # -- reading (app/mood/queries.py) -----------------------------------------------
    def get(self, checkin_id: int, *, include_deleted: bool = False) -> Checkin:
        found = queries.get_checkin(self._db, checkin_id, include_deleted=include_deleted)
        if found is None:
            raise UserError(f"there is no check-in {checkin_id}")
        return found

    def list_for_day(self, day: dt.date) -> list[Checkin]:
        return self.list_checkins(since=day, until=day)

    def list_checkins(self, *, since: dt.date | None = None,
                      until: dt.date | None = None) -> list[Checkin]:
        """Check-ins on local days from since to until (both included), oldest first."""
        return self.search(CheckinFilter(since=since, until=until), newest_first=False)

    def search(self, flt: CheckinFilter | None = None, *, newest_first: bool = True,
               limit: int | None = None) -> list[Checkin]:
        return queries.search(self._db, flt or CheckinFilter(), newest_first=newest_first,
                              limit=limit)

    def words_used(self) -> list[str]:
        """Emotion words on live check-ins, most used first (for the history filter)."""
        return queries.words_used(self._db)

    # -- tags ----------------------------------------------------------------------
    def list_tags(self, *, include_hidden: bool = False) -> list[Tag]:
        return queries.list_tags(self._db, include_hidden=include_hidden)

    def add_tag(self, *, name: str, category: str) -> Tag:
        name = " ".join(name.split())
        if not name:
            raise UserError(N_("give the tag a name"))
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
        from app.storage.models import ContextTag

        with self._db.transaction() as session:
            # Another process may have added the same tag since the look-up above.
            row = session.get(ContextTag, get_or_create_tag(session, category, name))
            assert row is not None
            if row.hidden:
                row.hidden = False
            tag = Tag(row.id, row.name, row.category, row.builtin, row.hidden)
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

    def _resolve_tags(self, tags: Sequence[int | str | tuple[str, str]]) -> list[TagRef]:
        """Ids of known tags, and (category, name) for new ones to add with the check-in."""
        if not tags:
            return []
        known = self.list_tags(include_hidden=True)
        known_ids = {t.id for t in known}
        resolved: list[TagRef] = []
        for tag in tags:
            if isinstance(tag, int) and not isinstance(tag, bool):
                if tag not in known_ids:
                    raise UserError(f"there is no tag {tag}")
                item: TagRef = tag
            elif isinstance(tag, tuple):
                item = _exact_tag(*tag)
            else:
                found = self._match_tag(str(tag), known)
                if found is None:
                    raise UserError(self._unknown_tag(str(tag)))
                item = found.id if isinstance(found, Tag) else found
            if item not in resolved:
                resolved.append(item)
        return resolved


def _exact_tag(category: str, name: str) -> tuple[str, str]:
    """A (category, name) tag taken as written: an imported name may hold ':'."""
    name = " ".join(str(name).split())
    if category not in TAG_CATEGORIES:
        raise UserError(f"a tag is one of {', '.join(TAG_CATEGORIES)}, not '{category}'")
    if not name or len(name) > TAG_NAME_MAX:
        raise UserError(f"a tag name needs 1 to {TAG_NAME_MAX} characters, not '{name}'")
    return (category, name)


def _draft(draft: CheckinDraft | None, fields: dict[str, Any]) -> CheckinDraft:
    if draft is None:
        return CheckinDraft(**fields)
    if fields:
        raise TypeError("pass a CheckinDraft or keyword fields, not both")
    return draft


def _write_details(session: Any, checkin_id: int, checked: _Checked) -> None:
    from app.storage.models import CheckinEmotion, CheckinTag

    session.add_all(CheckinEmotion(checkin_id=checkin_id, word=r.word, intensity=r.intensity)
                    for r in checked.ratings)
    for tag in checked.tags:
        # a new tag is added in the same transaction (or found, if another process won)
        tag_id = get_or_create_tag(session, *tag) if isinstance(tag, tuple) else tag
        session.add(CheckinTag(checkin_id=checkin_id, tag_id=tag_id))


def get_or_create_tag(session: Any, category: str, name: str) -> int:
    """The id of the tag (category, name), matched without case, added if missing.

    Two processes may add the same new tag at once: the loser's INSERT breaks the unique
    constraint. It runs in a savepoint, so only the INSERT is undone, and the winner's row
    (committed by then) is read back: both processes succeed with the one tag.
    """
    from sqlalchemy import func, or_, select
    from sqlalchemy.exc import IntegrityError

    from app.storage.models import ContextTag

    def existing() -> int | None:
        # The exact name too: SQLite's lower() leaves non-ASCII letters as they are.
        same_name = or_(ContextTag.name == name, func.lower(ContextTag.name) == name.lower())
        found: int | None = session.scalar(
            select(ContextTag.id).where(ContextTag.category == category, same_name)
            .order_by(ContextTag.id).limit(1))
        return found

    found = existing()
    if found is not None:
        return found
    last = session.scalar(select(func.max(ContextTag.position))) or 0
    row = ContextTag(name=name, category=category, builtin=False, hidden=False,
                     position=last + 1)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        found = existing()
        if found is None:
            raise
        return found
    new_id: int = row.id
    return new_id

