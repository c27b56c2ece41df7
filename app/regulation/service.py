"""The emotion-regulation log: what happened, how strong the feelings were, what you did,
whether it helped; and the strategy list you can extend and trim."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.events import EventHub, RegulationChanged, StrategiesChanged
from app.i18n import N_
from app.limits import (
    ATTACHMENT_ACTIONS,
    HELPFULNESS_MAX,
    HELPFULNESS_MIN,
    HELPFULNESS_WORDS,
    NOTE_MAX,
    PERSON_MAX,
    SITUATION_MAX,
    STRATEGY_NAME_MAX,
)
from app.mood.vocabulary import check_intensity, did_you_mean, vocabulary
from app.regulation import queries
from app.regulation.types import (
    EmotionChange,
    EmotionInput,
    PracticeChoice,
    PracticeOffer,
    RegulationDraft,
    RegulationEntry,
    Strategy,
)
from app.storage.database import Database
from app.storage.soft_delete import live_row, restore, soft_delete
from app.timeutil import now_stamp, stamp_from

__all__ = ["ATTACHMENT_ACTIONS", "HELPFULNESS_WORDS", "NOTE_MAX", "PERSON_MAX", "SITUATION_MAX",
           "STRATEGY_NAME_MAX", "EmotionChange", "PracticeOffer", "RegulationChanged",
           "RegulationDraft", "RegulationEntry", "RegulationService", "StrategiesChanged",
           "Strategy", "validate_action", "validate_changes", "validate_helpfulness"]

_WHAT = "regulation entry"


@dataclass(frozen=True)
class _Checked:
    """A draft after validation: the entry's columns as stored, and its emotions."""

    situation: str
    strategy_id: int
    helpfulness: int
    note: str | None
    practice_session_id: int | None
    attachment_person: str | None
    attachment_action: str | None
    emotions: list[EmotionChange]

    def apply(self, row: Any) -> None:
        for name in ("situation", "strategy_id", "helpfulness", "note", "practice_session_id",
                     "attachment_person", "attachment_action"):
            setattr(row, name, getattr(self, name))


def _text(name: str, value: str | None, limit: int, *, required: bool = False) -> str | None:
    value = (value or "").strip() or None
    if value is None and required:
        raise UserError(f"write a few words about the {name}")
    if value is not None and len(value) > limit:
        raise UserError(f"the {name} is {len(value)} characters; keep it under {limit}")
    return value


def validate_changes(emotions: Iterable[EmotionInput]) -> list[EmotionChange]:
    result: dict[str, EmotionChange] = {}
    for item in emotions:
        word, before, after = ((item.word, item.before, item.after)
                               if isinstance(item, EmotionChange) else item)
        emotion = vocabulary().require(word)
        if emotion.word in result:
            raise UserError(f"'{emotion.word}' is named twice; give it one intensity")
        check_intensity(emotion.word, before, what="intensity before")
        if after is not None:
            check_intensity(emotion.word, after, what="intensity after")
        result[emotion.word] = EmotionChange(emotion.word, before, after)
    if not result:
        raise UserError(N_("name at least one emotion and how strong it was before"))
    return list(result.values())


def validate_helpfulness(value: object) -> int:
    if (isinstance(value, bool) or not isinstance(value, int)
            or not HELPFULNESS_MIN <= value <= HELPFULNESS_MAX):
        raise UserError(f"helpfulness must be a whole number from {HELPFULNESS_MIN} "
                        f"({HELPFULNESS_WORDS[0]}) to {HELPFULNESS_MAX} "
                        f"({HELPFULNESS_WORDS[-1]}), not '{value}'")
    return value


def validate_action(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in ATTACHMENT_ACTIONS:
        raise UserError(f"'{value}' is not one of {', '.join(ATTACHMENT_ACTIONS)}"
                        f"{did_you_mean(key, ATTACHMENT_ACTIONS)}")
    return key


class RegulationService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub

    # -- strategies -----------------------------------------------------------------
    def list_strategies(self, *, include_hidden: bool = False) -> list[Strategy]:
        return queries.list_strategies(self._db, include_hidden=include_hidden)

    def find_strategy(self, name: str) -> Strategy:
        """By name, ignoring case and extra spaces; hidden strategies count too."""
        wanted = " ".join(name.split()).lower()
        strategies = self.list_strategies(include_hidden=True)
        for s in strategies:
            if s.name.lower() == wanted:
                return s
        hint = did_you_mean(wanted, [s.name for s in strategies if not s.hidden])
        raise UserError(f"there is no strategy '{name}'{hint}",
                        hint="`stillpoint regulate strategies` lists them")

    def get_strategy(self, strategy_id: int) -> Strategy:
        for s in self.list_strategies(include_hidden=True):
            if s.id == strategy_id:
                return s
        raise UserError(f"there is no strategy {strategy_id}")

    def strategy_for_practice(self, kind: str) -> Strategy | None:
        return next((s for s in self.list_strategies(include_hidden=True)
                     if s.practice_kind == kind), None)

    def add_strategy(self, *, name: str, description: str | None = None) -> Strategy:
        name = " ".join((name or "").split())
        if not name:
            raise UserError(N_("give your strategy a name"))
        if len(name) > STRATEGY_NAME_MAX:
            raise UserError(f"keep the name under {STRATEGY_NAME_MAX} characters")
        description = _text("description", description, NOTE_MAX)
        for s in self.list_strategies(include_hidden=True):
            if s.name.lower() == name.lower():
                if s.hidden:  # adding it again brings it back
                    return self.set_strategy_hidden(s.id, hidden=False)
                raise UserError(f"'{s.name}' is already in your list")
        from sqlalchemy import func, select

        from app.storage.models import RegulationStrategy

        with self._db.transaction() as session:
            last = session.scalar(select(func.max(RegulationStrategy.position))) or 0
            row = RegulationStrategy(name=name, family="own", description=description,
                                     builtin=False, hidden=False, position=last + 1)
            session.add(row)
            session.flush()
            new_id = row.id
        self._hub.publish(StrategiesChanged())
        return self.get_strategy(new_id)

    def set_strategy_hidden(self, strategy_id: int, *, hidden: bool) -> Strategy:
        from app.storage.models import RegulationStrategy

        with self._db.transaction() as session:
            row = session.get(RegulationStrategy, strategy_id)
            if row is None:
                raise UserError(f"there is no strategy {strategy_id}")
            row.hidden = hidden
        self._hub.publish(StrategiesChanged())
        return self.get_strategy(strategy_id)

    # -- entries --------------------------------------------------------------------
    def add_entry(self, draft: RegulationDraft | None = None, *, at: dt.datetime | None = None,
                  **fields: Any) -> RegulationEntry:
        """Store an entry at `at` (default now). The keyword form (situation=..., ...)
        stands for RegulationDraft(**fields)."""
        checked = self._validated(_draft(draft, fields))
        stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import RegulationEntry as Row

        with self._db.transaction() as session:
            row = Row(at_utc=stamp.at_utc, utc_offset_min=stamp.offset_min,
                      local_day=stamp.local_day)
            checked.apply(row)
            session.add(row)
            session.flush()
            new_id = row.id
            _write_emotions(session, new_id, checked.emotions)
        entry = self.get(new_id)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def update_entry(self, entry_id: int, draft: RegulationDraft | None = None,
                     **fields: Any) -> RegulationEntry:
        """Replace everything but the time of an entry (keyword form as in add_entry)."""
        checked = self._validated(_draft(draft, fields))
        from sqlalchemy import delete

        from app.storage.models import RegulationEmotion
        from app.storage.models import RegulationEntry as Row

        with self._db.transaction() as session:
            checked.apply(live_row(session, Row, entry_id, what=_WHAT))
            session.execute(delete(RegulationEmotion).where(RegulationEmotion.entry_id == entry_id))
            _write_emotions(session, entry_id, checked.emotions)
        entry = self.get(entry_id)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def delete_entry(self, entry_id: int) -> RegulationEntry:
        """Set the entry aside; restore_entry brings it back unchanged."""
        from app.storage.models import RegulationEntry as Row

        with self._db.transaction() as session:
            soft_delete(session, Row, entry_id, what=_WHAT)
        entry = self.get(entry_id, include_deleted=True)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def restore_entry(self, entry_id: int) -> RegulationEntry:
        from app.storage.models import RegulationEntry as Row

        with self._db.transaction() as session:
            restore(session, Row, entry_id, what=_WHAT)
        entry = self.get(entry_id)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def _validated(self, draft: RegulationDraft) -> _Checked:
        """Check every field an entry holds: the one place an entry is validated."""
        situation = _text("situation", draft.situation, SITUATION_MAX, required=True)
        assert situation is not None
        changes = validate_changes(draft.emotions)
        helpfulness = validate_helpfulness(draft.helpfulness)
        note = _text("note", draft.note, NOTE_MAX)
        person = _text("person", draft.attachment_person, PERSON_MAX)
        action = validate_action(draft.attachment_action)
        chosen = self._chosen_strategy(draft.strategy, draft.practice_session_id)
        return _Checked(situation=situation, strategy_id=chosen.id, helpfulness=helpfulness,
                        note=note, practice_session_id=draft.practice_session_id,
                        attachment_person=person, attachment_action=action, emotions=changes)

    def _chosen_strategy(self, strategy: int | str | None,
                         practice_session_id: int | None) -> Strategy:
        practice_kind = None
        if practice_session_id is not None:
            practice_kind = queries.practice_kind(self._db, practice_session_id)
            if practice_kind is None:
                raise UserError(f"there is no practice session {practice_session_id}")
        if strategy is None:
            chosen = self.strategy_for_practice(practice_kind) if practice_kind else None
            if chosen is None:
                raise UserError("choose the strategy you used")
            return chosen
        if isinstance(strategy, int) and not isinstance(strategy, bool):
            return self.get_strategy(strategy)
        return self.find_strategy(str(strategy))

    # -- reading (app/regulation/queries.py) ------------------------------------------
    def get(self, entry_id: int, *, include_deleted: bool = False) -> RegulationEntry:
        found = queries.get_entry(self._db, entry_id, include_deleted=include_deleted)
        if found is None:
            raise UserError(f"there is no regulation entry {entry_id}")
        return found

    def list_entries(self, *, since: dt.date | None = None, until: dt.date | None = None,
                     newest_first: bool = True, limit: int | None = None,
                     ) -> list[RegulationEntry]:
        return queries.list_entries(self._db, since=since, until=until,
                                    newest_first=newest_first, limit=limit)

    # -- after a practice session ---------------------------------------------------
    def recent_practice(self, kind: str, *, limit: int = 10) -> list[PracticeChoice]:
        """(id, title, local start) of the latest sessions of a kind, to link an entry to."""
        return queries.recent_practice(self._db, kind, limit=limit)

    def practice_choice(self, practice_session_id: int) -> PracticeChoice | None:
        """One session as recent_practice gives it, so an entry being edited can show the
        session it links to even when that is older or of another kind."""
        return queries.practice_choice(self._db, practice_session_id)

    def practice_offer(self, practice_session_id: int) -> PracticeOffer:
        row = queries.practice_session(self._db, practice_session_id)
        if row is None:
            raise UserError(f"there is no practice session {practice_session_id}")
        kind = row["kind"]
        return PracticeOffer(row["id"], row["title"], kind, self.strategy_for_practice(kind),
                             row["calm_before"], row["calm_after"],
                             queries.is_logged(self._db, row["id"]))


def _draft(draft: RegulationDraft | None, fields: dict[str, Any]) -> RegulationDraft:
    if draft is None:
        return RegulationDraft(**fields)
    if fields:
        raise TypeError("pass a RegulationDraft or keyword fields, not both")
    return draft


def _write_emotions(session: Any, entry_id: int, changes: list[EmotionChange]) -> None:
    from app.storage.models import RegulationEmotion

    session.add_all(RegulationEmotion(entry_id=entry_id, word=c.word, intensity_before=c.before,
                                      intensity_after=c.after) for c in changes)
