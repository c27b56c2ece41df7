"""Journal writes: an entry (free or from a prompt) with tags and an optional check-in link;
edit, delete and restore. One call is one transaction; JournalChanged says what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.events import EventHub, JournalChanged
from app.i18n import N_
from app.journal import queries
from app.journal.prompts import find_prompt
from app.journal.types import JournalDraft, JournalEntry, JournalFilter
from app.limits import JOURNAL_TAG_MAX, JOURNAL_TAGS_MAX, JOURNAL_TEXT_MAX
from app.storage.database import Database
from app.storage.soft_delete import live_row, restore, soft_delete
from app.timeutil import Stamp, now_stamp, stamp_from

__all__ = ["JournalChanged", "JournalDraft", "JournalEntry", "JournalFilter", "JournalService",
           "validate_tags", "validate_text"]


@dataclass(frozen=True)
class _Checked:
    """A draft after validation: the values as they are stored."""

    text: str
    prompt_id: str | None
    prompt_text: str | None
    tags: list[str]
    checkin_id: int | None


def validate_text(text: str) -> str:
    """The entry exactly as typed; it must hold something besides spaces."""
    if not isinstance(text, str) or not text.strip():
        raise UserError(N_("write something first; an entry cannot be empty"))
    if len(text) > JOURNAL_TEXT_MAX:
        raise UserError(N_("the entry is {count} characters; keep it under {limit}"),
                        count=len(text), limit=JOURNAL_TEXT_MAX)
    return text


def validate_tags(tags: Iterable[str]) -> list[str]:
    """Free words, lowercased and trimmed ('#' in front is dropped); repeats count once."""
    found: list[str] = []
    for raw in tags:
        name = " ".join(str(raw).split()).lower().lstrip("#").strip()
        if not name or name in found:
            continue
        if len(name) > JOURNAL_TAG_MAX:
            raise UserError(N_("the tag '{start}…' is too long; keep a tag under {limit} characters"),
                            start=name[:20], limit=JOURNAL_TAG_MAX)
        found.append(name)
    if len(found) > JOURNAL_TAGS_MAX:
        raise UserError(N_("an entry can have up to {limit} tags, not {count}"),
                        limit=JOURNAL_TAGS_MAX, count=len(found))
    return found


def split_tags(text: str) -> list[str]:
    """Tags typed in one field, separated by commas."""
    return [t for t in text.split(",") if t.strip()]


class JournalService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    # -- writing -------------------------------------------------------------------
    def add_entry(self, draft: JournalDraft, *, at: dt.datetime | None = None) -> JournalEntry:
        """Store a new entry at `at` (default now)."""
        checked = self._validated(draft)
        stamp: Stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import JournalEntry as Row

        with self._db.transaction() as session:
            row = Row(at_utc=stamp.at_utc, utc_offset_min=stamp.offset_min,
                      local_day=stamp.local_day, prompt_id=checked.prompt_id,
                      prompt_text=checked.prompt_text, text=checked.text,
                      checkin_id=checked.checkin_id)
            session.add(row)
            session.flush()
            new_id = row.id
            _write_tags(session, new_id, checked.tags)
        return self._announce(self.get(new_id))

    def update_entry(self, entry_id: int, draft: JournalDraft) -> JournalEntry:
        """Replace the text, prompt, tags and link of an entry; its time stays."""
        current = self.get(entry_id)
        # The prompt it started from stays as it was written, even if the file changed since.
        keep = current.prompt_text if draft.prompt_id == current.prompt_id else None
        checked = self._validated(draft, prompt_text=keep)
        from sqlalchemy import delete

        from app.storage.models import JournalEntry as Row
        from app.storage.models import JournalTag

        with self._db.transaction() as session:
            row = live_row(session, Row, entry_id, what="journal entry")
            row.text, row.prompt_id, row.prompt_text = (
                checked.text, checked.prompt_id, checked.prompt_text)
            row.checkin_id = checked.checkin_id
            row.updated_at_utc = now_stamp().at_utc
            session.execute(delete(JournalTag).where(JournalTag.entry_id == entry_id))
            _write_tags(session, entry_id, checked.tags)
        return self._announce(self.get(entry_id))

    def delete_entry(self, entry_id: int) -> JournalEntry:
        """Set the entry aside; restore_entry brings it back with everything it held."""
        from app.storage.models import JournalEntry as Row

        with self._db.transaction() as session:
            soft_delete(session, Row, entry_id, what="journal entry")
        return self._announce(self.get(entry_id, include_deleted=True))

    def restore_entry(self, entry_id: int) -> JournalEntry:
        from app.storage.models import JournalEntry as Row

        with self._db.transaction() as session:
            restore(session, Row, entry_id, what="journal entry")
        return self._announce(self.get(entry_id))

    def _validated(self, draft: JournalDraft, *, prompt_text: str | None = None) -> _Checked:
        """Check every field an entry holds: the one place an entry is validated."""
        text = validate_text(draft.text)
        tags = validate_tags(draft.tags)
        prompt_id = (draft.prompt_id or "").strip() or None
        if prompt_id is not None and prompt_text is None:
            prompt = find_prompt(prompt_id)
            prompt_id, prompt_text = prompt.id, prompt.text
        checkin_id = draft.checkin_id
        if checkin_id is not None and not queries.checkin_exists(self._db, checkin_id):
            raise UserError(f"there is no check-in {checkin_id} to link to")
        return _Checked(text=text, prompt_id=prompt_id, prompt_text=prompt_text, tags=tags,
                        checkin_id=checkin_id)

    def _announce(self, entry: JournalEntry) -> JournalEntry:
        self._hub.publish(JournalChanged(day=entry.local_day))
        return entry

    # -- reading (app/journal/queries.py) --------------------------------------------
    def get(self, entry_id: int, *, include_deleted: bool = False) -> JournalEntry:
        found = queries.get_entry(self._db, entry_id, include_deleted=include_deleted)
        if found is None:
            raise UserError(f"there is no journal entry {entry_id}")
        return found

    def search(self, flt: JournalFilter | None = None, *, newest_first: bool = True,
               limit: int | None = None) -> list[JournalEntry]:
        return queries.search(self._db, flt or JournalFilter(), newest_first=newest_first,
                              limit=limit)

    def tags_used(self) -> list[str]:
        return queries.tags_used(self._db)

    def recent_checkins(self, *, days: int = 3) -> list[tuple[int, dt.datetime]]:
        """Check-ins an entry may link to: today's and those of the days before."""
        since = now_stamp().local_day - dt.timedelta(days=days - 1)
        return queries.recent_checkins(self._db, since)


def _write_tags(session: Any, entry_id: int, tags: list[str]) -> None:
    from app.storage.models import JournalTag

    for name in tags:
        session.add(JournalTag(entry_id=entry_id, name=name))
