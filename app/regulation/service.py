"""The emotion-regulation log: what happened, how strong the feelings were, what you did,
whether it helped; and the strategy list you can extend and trim."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.errors import UserError
from app.events import EventHub, RegulationChanged, StrategiesChanged
from app.mood.vocabulary import check_intensity, did_you_mean, vocabulary
from app.storage.database import Database
from app.storage.starter_lists import family_labels
from app.timeutil import Stamp, as_date, as_datetime, now_stamp, stamp_from

SITUATION_MAX = 2000
NOTE_MAX = 2000
PERSON_MAX = 120
STRATEGY_NAME_MAX = 80
HELPFULNESS_WORDS = ("not at all", "a little", "somewhat", "quite a lot", "very much")
ATTACHMENT_ACTIONS = {
    "reached_out": "reached out",
    "protested": "protested",
    "withdrew": "withdrew",
    "self_soothed": "soothed myself",
    "asked_directly": "asked directly",
}


@dataclass(frozen=True)
class Strategy:
    id: int
    name: str
    family: str
    description: str | None
    practice_kind: str | None = None
    builtin: bool = False
    hidden: bool = False

    @property
    def family_label(self) -> str:
        return family_labels().get(self.family, self.family)

    def to_json(self) -> dict:
        return {"name": self.name, "family": self.family, "description": self.description,
                "practice_kind": self.practice_kind, "builtin": self.builtin,
                "hidden": self.hidden}


@dataclass(frozen=True)
class EmotionChange:
    word: str
    before: int
    after: int | None = None

    def to_json(self) -> dict:
        return {"word": self.word, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class RegulationEntry:
    id: int
    at_utc: dt.datetime
    utc_offset_min: int
    local_day: dt.date
    situation: str
    strategy: Strategy
    helpfulness: int
    note: str | None
    emotions: tuple[EmotionChange, ...]
    practice_session_id: int | None = None
    attachment_person: str | None = None
    attachment_action: str | None = None

    @property
    def local_time(self) -> dt.datetime:
        return Stamp(self.at_utc, self.utc_offset_min).local

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": Stamp(self.at_utc, self.utc_offset_min).iso(),
            "day": self.local_day.isoformat(),
            "situation": self.situation,
            "emotions": [e.to_json() for e in self.emotions],
            "strategy": self.strategy.name,
            "strategy_family": self.strategy.family,
            "helpfulness": self.helpfulness,
            "note": self.note,
            "practice_session_id": self.practice_session_id,
            "attachment": None if not (self.attachment_person or self.attachment_action) else {
                "person": self.attachment_person, "action": self.attachment_action},
        }


@dataclass(frozen=True)
class PracticeOffer:
    """What the app suggests logging after a breathing or guided session."""

    practice_session_id: int
    title: str
    kind: str
    strategy: Strategy | None
    calm_before: int | None
    calm_after: int | None
    already_logged: bool


_STRATEGY_COLUMNS = "s.id, s.name, s.family, s.description, s.practice_kind, s.builtin, s.hidden"
SQL_STRATEGIES = (f"SELECT {_STRATEGY_COLUMNS} FROM regulation_strategy s "
                  "ORDER BY s.position, s.id")
_ENTRY_COLUMNS = ("r.id, r.at_utc, r.utc_offset_min, r.local_day, r.situation, r.helpfulness, "
                  "r.note, r.practice_session_id, r.attachment_person, r.attachment_action, "
                  f"{_STRATEGY_COLUMNS}")
_ENTRY_FROM = "regulation_entry r JOIN regulation_strategy s ON s.id = r.strategy_id"
_LIVE = "r.deleted_at_utc IS NULL"


def _strategy(row: Sequence) -> Strategy:
    return Strategy(id=row[0], name=row[1], family=row[2], description=row[3],
                    practice_kind=row[4], builtin=bool(row[5]), hidden=bool(row[6]))


def _entry(row: tuple, emotions: dict[int, list[EmotionChange]]) -> RegulationEntry:
    return RegulationEntry(
        id=row[0], at_utc=as_datetime(row[1]), utc_offset_min=row[2], local_day=as_date(row[3]),
        situation=row[4], helpfulness=row[5], note=row[6], practice_session_id=row[7],
        attachment_person=row[8], attachment_action=row[9], strategy=_strategy(row[10:]),
        emotions=tuple(emotions.get(row[0], ())),
    )


def _text(name: str, value: str | None, limit: int, *, required: bool = False) -> str | None:
    value = (value or "").strip() or None
    if value is None and required:
        raise UserError(f"write a few words about the {name}")
    if value is not None and len(value) > limit:
        raise UserError(f"the {name} is {len(value)} characters; keep it under {limit}")
    return value


def validate_changes(
    emotions: Iterable[tuple[str, int, int | None] | EmotionChange],
) -> list[EmotionChange]:
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
        raise UserError("name at least one emotion and how strong it was before")
    return list(result.values())


def validate_helpfulness(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4:
        raise UserError(f"helpfulness must be a whole number from 0 (not at all) to "
                        f"4 (very much), not '{value}'")
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
        found = [_strategy(r) for r in self._db.read(SQL_STRATEGIES)]
        return [s for s in found if include_hidden or not s.hidden]

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
            raise UserError("give your strategy a name")
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
    def add_entry(
        self,
        *,
        situation: str,
        emotions: Iterable[tuple[str, int, int | None] | EmotionChange],
        strategy: int | str | None = None,
        helpfulness: int,
        note: str | None = None,
        at: dt.datetime | None = None,
        practice_session_id: int | None = None,
        attachment_person: str | None = None,
        attachment_action: str | None = None,
    ) -> RegulationEntry:
        """strategy is an id or a name; after a practice session it may be left out."""
        fields = self._validated(situation, emotions, strategy, helpfulness, note,
                                 practice_session_id, attachment_person, attachment_action)
        stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import RegulationEntry as Row

        with self._db.transaction() as session:
            row = Row(at_utc=stamp.at_utc, utc_offset_min=stamp.offset_min,
                      local_day=stamp.local_day, **fields["columns"])
            session.add(row)
            session.flush()
            new_id = row.id
            _write_emotions(session, new_id, fields["emotions"])
        entry = self.get(new_id)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def update_entry(
        self,
        entry_id: int,
        *,
        situation: str,
        emotions: Iterable[tuple[str, int, int | None] | EmotionChange],
        strategy: int | str | None = None,
        helpfulness: int,
        note: str | None = None,
        practice_session_id: int | None = None,
        attachment_person: str | None = None,
        attachment_action: str | None = None,
    ) -> RegulationEntry:
        """Replace everything but the time of an entry."""
        fields = self._validated(situation, emotions, strategy, helpfulness, note,
                                 practice_session_id, attachment_person, attachment_action)
        from sqlalchemy import delete

        from app.storage.models import RegulationEmotion

        with self._db.transaction() as session:
            row = _live_row(session, entry_id)
            for key, value in fields["columns"].items():
                setattr(row, key, value)
            session.execute(delete(RegulationEmotion).where(RegulationEmotion.entry_id == entry_id))
            _write_emotions(session, entry_id, fields["emotions"])
        entry = self.get(entry_id)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def delete_entry(self, entry_id: int) -> RegulationEntry:
        """Set the entry aside; restore_entry brings it back unchanged."""
        with self._db.transaction() as session:
            _live_row(session, entry_id).deleted_at_utc = now_stamp().at_utc
        entry = self.get(entry_id, include_deleted=True)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def restore_entry(self, entry_id: int) -> RegulationEntry:
        from app.storage.models import RegulationEntry as Row

        with self._db.transaction() as session:
            row = session.get(Row, entry_id)
            if row is None:
                raise UserError(f"there is no regulation entry {entry_id}")
            row.deleted_at_utc = None
        entry = self.get(entry_id)
        self._hub.publish(RegulationChanged(day=entry.local_day))
        return entry

    def _validated(self, situation, emotions, strategy, helpfulness, note,
                   practice_session_id, person, action) -> dict:
        situation = _text("situation", situation, SITUATION_MAX, required=True)
        changes = validate_changes(emotions)
        validate_helpfulness(helpfulness)
        note = _text("note", note, NOTE_MAX)
        person = _text("person", person, PERSON_MAX)
        action = validate_action(action)
        practice_kind = None
        if practice_session_id is not None:
            rows = self._db.read("SELECT kind FROM practice_session WHERE id = :id",
                                 id=practice_session_id)
            if not rows:
                raise UserError(f"there is no practice session {practice_session_id}")
            practice_kind = rows[0][0]
        if strategy is None:
            chosen = self.strategy_for_practice(practice_kind) if practice_kind else None
            if chosen is None:
                raise UserError("choose the strategy you used")
        elif isinstance(strategy, int) and not isinstance(strategy, bool):
            chosen = self.get_strategy(strategy)
        else:
            chosen = self.find_strategy(str(strategy))
        return {
            "columns": dict(situation=situation, strategy_id=chosen.id, helpfulness=helpfulness,
                            note=note, practice_session_id=practice_session_id,
                            attachment_person=person, attachment_action=action),
            "emotions": changes,
        }

    # -- reading --------------------------------------------------------------------
    def get(self, entry_id: int, *, include_deleted: bool = False) -> RegulationEntry:
        where = "r.id = :id" if include_deleted else f"r.id = :id AND {_LIVE}"
        found = self._select(where, {"id": entry_id}, newest_first=True, limit=None)
        if not found:
            raise UserError(f"there is no regulation entry {entry_id}")
        return found[0]

    def list_entries(self, *, since: dt.date | None = None, until: dt.date | None = None,
                     newest_first: bool = True, limit: int | None = None,
                     ) -> list[RegulationEntry]:
        where, params = [_LIVE], {}
        if since is not None:
            where.append("r.local_day >= :since")
            params["since"] = since
        if until is not None:
            where.append("r.local_day <= :until")
            params["until"] = until
        return self._select(" AND ".join(where), params, newest_first=newest_first, limit=limit)

    def _select(self, where: str, params: dict, *, newest_first: bool,
                limit: int | None) -> list[RegulationEntry]:
        order = "r.at_utc DESC, r.id DESC" if newest_first else "r.at_utc, r.id"
        sql = f"SELECT {_ENTRY_COLUMNS} FROM {_ENTRY_FROM} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._db.read(sql, **params)
        if not rows:
            return []
        emotions: dict[int, list[EmotionChange]] = {}
        ids = [int(r[0]) for r in rows]
        for start in range(0, len(ids), 500):  # keeps the IN list within every driver's limit
            chunk = ", ".join(str(i) for i in ids[start:start + 500])
            for entry_id, word, before, after in self._db.read(
                "SELECT entry_id, word, intensity_before, intensity_after FROM regulation_emotion "
                f"WHERE entry_id IN ({chunk}) ORDER BY entry_id, intensity_before DESC, id"
            ):
                emotions.setdefault(entry_id, []).append(EmotionChange(word, before, after))
        return [_entry(r, emotions) for r in rows]

    # -- after a practice session ---------------------------------------------------
    def recent_practice(self, kind: str, *, limit: int = 10) -> list[tuple[int, str, dt.datetime]]:
        """(id, title, local start) of the latest sessions of a kind, to link an entry to."""
        rows = self._db.read(
            f"{_SQL_PRACTICE_CHOICE} WHERE kind = :kind "
            f"ORDER BY started_at_utc DESC, id DESC LIMIT {int(limit)}", kind=kind)
        return [_practice_choice(r) for r in rows]

    def practice_choice(self, practice_session_id: int) -> tuple[int, str, dt.datetime] | None:
        """One session as recent_practice gives it, so an entry being edited can show the
        session it links to even when that is older or of another kind."""
        rows = self._db.read(f"{_SQL_PRACTICE_CHOICE} WHERE id = :id", id=practice_session_id)
        return _practice_choice(rows[0]) if rows else None

    def practice_offer(self, practice_session_id: int) -> PracticeOffer:
        rows = self._db.read(
            "SELECT id, kind, title, calm_before, calm_after FROM practice_session "
            "WHERE id = :id", id=practice_session_id)
        if not rows:
            raise UserError(f"there is no practice session {practice_session_id}")
        sid, kind, title, calm_before, calm_after = rows[0]
        logged = self._db.read(
            f"SELECT r.id FROM regulation_entry r WHERE r.practice_session_id = :id AND {_LIVE}",
            id=sid)
        return PracticeOffer(sid, title, kind, self.strategy_for_practice(kind), calm_before,
                             calm_after, bool(logged))


_SQL_PRACTICE_CHOICE = "SELECT id, title, started_at_utc, utc_offset_min FROM practice_session"


def _practice_choice(row: Sequence) -> tuple[int, str, dt.datetime]:
    return row[0], row[1], as_datetime(row[2]) + dt.timedelta(minutes=row[3])


def _live_row(session, entry_id: int):
    from app.storage.models import RegulationEntry as Row

    row = session.get(Row, entry_id)
    if row is None or row.deleted_at_utc is not None:
        raise UserError(f"there is no regulation entry {entry_id}")
    return row


def _write_emotions(session, entry_id: int, changes: list[EmotionChange]) -> None:
    from app.storage.models import RegulationEmotion

    session.add_all(RegulationEmotion(entry_id=entry_id, word=c.word, intensity_before=c.before,
                                      intensity_after=c.after) for c in changes)
