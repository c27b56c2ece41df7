"""Between sessions: flag check-ins, journal entries, regulation entries and assessment
results for the next therapy session, set its date, and note what was worked on."""

from __future__ import annotations

import datetime as dt
import time
from functools import cache
from typing import Any

from app.errors import UserError
from app.events import EventHub, TherapyChanged
from app.limits import THERAPY_KIND_NAMES, THERAPY_KINDS, THERAPY_NOTE_MAX, THERAPY_TEXT_MAX
from app.storage.database import Database
from app.storage.soft_delete import live_row, restore, soft_delete
from app.therapy import queries
from app.therapy.types import Flag, TherapySession
from app.timeutil import now_stamp

FLAGS_FRESH_S = 2.0  # how long one read of the flags answers is_flagged

__all__ = ["Flag", "TherapyService", "TherapySession", "check_kind", "instrument_title"]


def check_kind(kind: str) -> str:
    if kind not in THERAPY_KINDS:
        raise UserError(f"the kind is one of {', '.join(THERAPY_KINDS)}, not '{kind}'")
    return kind


def _text(name: str, value: str | None, limit: int) -> str | None:
    text = (value or "").strip() or None
    if text is not None and len(text) > limit:
        raise UserError(f"{name} is {len(text)} characters; keep it under {limit}")
    return text


@cache
def _titles() -> dict[str, str]:
    from app.assessments.library import builtin_instruments

    return {i.id: i.title for i in builtin_instruments()}


def instrument_title(ident: str) -> str:
    """A result's instrument by its title (an instrument of the user's own: its id)."""
    try:
        return _titles().get(ident, ident)
    except (OSError, ValueError, UserError):  # a damaged install still lists the flag
        return ident


class TherapyService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub
        # A page of 150 rows asks "is this flagged?" 150 times in one go: one read answers
        # them all. Kept briefly (another process may flag too) and dropped on every change.
        self._flags: dict[tuple[str, int], int] | None = None
        self._flags_read = 0.0
        hub.subscribe(TherapyChanged, self._forget)

    @property
    def hub(self) -> EventHub:
        """The hub it announces on (widgets that show a flag listen there)."""
        return self._hub

    def _forget(self, _event: object = None) -> None:
        self._flags = None

    # -- flags ---------------------------------------------------------------------
    def flag(self, kind: str, item_id: int, note: str | None = None) -> Flag:
        """Bring the item to the next session. Flagging it again returns the same flag
        (with the new note, if one is given)."""
        check_kind(kind)
        checked = _text("the note", note, THERAPY_NOTE_MAX)
        if not queries.item_is_live(self._db, kind, item_id):
            raise UserError(f"there is no {THERAPY_KIND_NAMES[kind]} {item_id}")
        from app.storage.models import SessionItem

        existing = queries.pending_flag(self._db, kind, item_id)
        with self._db.transaction() as session:
            row: Any
            if existing is not None:
                row = live_row(session, SessionItem, existing, what="flag")
                if checked is not None:
                    row.note = checked
            else:
                row = SessionItem(kind=kind, item_id=item_id, note=checked,
                                  flagged_at_utc=now_stamp().at_utc)
                session.add(row)
            session.flush()
            flag_id = row.id
        self._hub.publish(TherapyChanged(kind, item_id))
        return self.get_flag(flag_id)

    def unflag(self, flag_id: int) -> Flag:
        """Take the flag off (restore_flag puts it back)."""
        from app.storage.models import SessionItem

        with self._db.transaction() as session:
            row = soft_delete(session, SessionItem, flag_id, what="flag")
            kind, item_id = row.kind, row.item_id
        self._hub.publish(TherapyChanged(kind, item_id))
        return self.get_flag(flag_id)

    def restore_flag(self, flag_id: int) -> Flag:
        from app.storage.models import SessionItem

        with self._db.transaction() as session:
            row = restore(session, SessionItem, flag_id, what="flag")
            kind, item_id = row.kind, row.item_id
        self._hub.publish(TherapyChanged(kind, item_id))
        return self.get_flag(flag_id)

    def is_flagged(self, kind: str, item_id: int) -> bool:
        return self.pending_flag(kind, item_id) is not None

    def pending_flag(self, kind: str, item_id: int) -> int | None:
        """The id of the item's flag for the next session, or None."""
        check_kind(kind)
        now = time.monotonic()
        if self._flags is None or now - self._flags_read > FLAGS_FRESH_S:
            self._flags, self._flags_read = queries.pending_map(self._db), now
        return self._flags.get((kind, item_id))

    def get_flag(self, flag_id: int) -> Flag:
        found = queries.get_flag(self._db, flag_id, instrument_title)
        if found is None:
            raise UserError(f"there is no flag {flag_id}")
        return found

    def pending(self) -> list[Flag]:
        return queries.pending(self._db, instrument_title)

    # -- sessions ------------------------------------------------------------------
    def set_next_session_day(self, day: dt.date | None) -> TherapySession:
        from app.storage.models import TherapySession as SessionRow

        open_id = queries.open_session_id(self._db)
        with self._db.transaction() as session:
            if open_id is None:
                session.add(SessionRow(on_day=day, created_at_utc=now_stamp().at_utc))
            else:
                live_row(session, SessionRow, open_id, what="session").on_day = day
        self._hub.publish(TherapyChanged())
        return self.next_session()

    def next_session(self) -> TherapySession:
        """The coming session: its date (if set) and what waits for it."""
        return queries.next_session(self._db, instrument_title)

    def record_session(self, worked_on: str | None, homework: str | None = None) -> TherapySession:
        """Note the open session as held: what you worked on, any homework, and every item
        waiting for it. The next session starts empty."""
        worked = _text("what you worked on", worked_on, THERAPY_TEXT_MAX)
        if worked is None:
            raise UserError("write a few words about what you worked on")
        tasks = _text("the homework", homework, THERAPY_TEXT_MAX)
        from sqlalchemy import update

        from app.storage.models import SessionItem
        from app.storage.models import TherapySession as SessionRow

        stamp = now_stamp()
        open_id = queries.open_session_id(self._db)
        # The items the person sees in the list: a flag on a deleted item stays behind.
        waiting = [f.id for f in self.pending()]
        with self._db.transaction() as session:
            row = None if open_id is None else session.get(SessionRow, open_id)
            if row is None or row.held_at_utc is not None:
                row = SessionRow(created_at_utc=stamp.at_utc)
                session.add(row)
            row.on_day = row.on_day or stamp.local_day
            row.worked_on, row.homework, row.held_at_utc = worked, tasks, stamp.at_utc
            session.flush()
            held_id = row.id
            if waiting:
                session.execute(update(SessionItem).where(SessionItem.id.in_(waiting))
                                .where(SessionItem.therapy_session_id.is_(None))
                                .values(therapy_session_id=held_id))
        self._hub.publish(TherapyChanged())
        return next(s for s in self.past_sessions() if s.id == held_id)

    def past_sessions(self) -> list[TherapySession]:
        """Held sessions, the newest first."""
        return queries.past_sessions(self._db, instrument_title)

    def latest_session(self) -> TherapySession | None:
        found = queries.past_sessions(self._db, instrument_title, limit=1)
        return found[0] if found else None
