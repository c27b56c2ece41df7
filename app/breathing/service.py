"""Breathing: the built-in and custom patterns, and logging a breathing session."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.breathing import BUILTIN_PATTERNS, BreathPattern, queries, validate_phases
from app.breathing.patterns import CUSTOM_PREFIX, SavedPattern
from app.errors import UserError
from app.events import EventHub, PatternsChanged
from app.practice.service import PracticeRecord, PracticeService
from app.storage.database import Database

NAME_MAX = 80
# Longest session the app offers: generous, but a typo like 500 should not run all night.
MAX_MINUTES = 180
MAX_CYCLES = 1000


def is_custom(pattern: BreathPattern) -> bool:
    return pattern.key.startswith(CUSTOM_PREFIX)


def timings(pattern: BreathPattern) -> dict[str, float]:
    """The phase seconds, as stored in a session's details."""
    return {"inhale": pattern.inhale, "top_up": pattern.top_up, "hold_in": pattern.hold_in,
            "exhale": pattern.exhale, "hold_out": pattern.hold_out}


def rate_text(breaths_per_minute: float) -> str:
    """A rate for people: 3.75 -> "3.8", 6.0 -> "6"."""
    return f"{round(breaths_per_minute, 1):g}"


def pattern_json(pattern: BreathPattern) -> dict[str, Any]:
    return {
        "key": pattern.key, "name": pattern.name, "custom": is_custom(pattern),
        **timings(pattern),
        "cycle_seconds": pattern.cycle_seconds,
        "breaths_per_minute": round(pattern.breaths_per_minute, 2),
        "suggested_minutes": pattern.suggested_minutes,
        "suggested_cycles": pattern.suggested_cycles,
        "summary": pattern.summary, "source": pattern.source or None,
    }


def check_length(*, minutes: float | None, cycles: int | None) -> None:
    """Raise UserError unless exactly one sensible session length is given."""
    if (minutes is None) == (cycles is None):
        raise UserError("Choose a length in minutes or in breath cycles, not both.")
    if minutes is not None and not 0 < minutes <= MAX_MINUTES:
        raise UserError(f"A session can last from a few seconds up to {MAX_MINUTES} minutes.")
    if cycles is not None and not 1 <= cycles <= MAX_CYCLES:
        raise UserError(f"Choose from 1 to {MAX_CYCLES} breath cycles.")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class BreathingService:
    def __init__(self, db: Database, practice: PracticeService,
                 hub: EventHub) -> None:
        self._db = db
        self._practice = practice
        self._hub = hub

    # -- patterns ------------------------------------------------------------------
    def list_custom(self) -> list[SavedPattern]:
        return queries.custom_patterns(self._db)

    def list_patterns(self) -> list[BreathPattern]:
        """Built-in patterns first, then the user's own in the order they were made."""
        return list(BUILTIN_PATTERNS) + [s.to_pattern() for s in self.list_custom()]

    def find_pattern(self, key_or_name: str) -> BreathPattern:
        """A pattern by key or name, built-in or custom (case and spacing ignored)."""
        wanted = _fold(key_or_name)
        for pattern in self.list_patterns():
            if wanted in (pattern.key.casefold(), _fold(pattern.name)):
                return pattern
        known = ", ".join(p.key for p in BUILTIN_PATTERNS)
        raise UserError(f"There is no breathing pattern called '{key_or_name.strip()}'. "
                        f"Try one of: {known}, or a pattern of your own by its name.")

    def create_pattern(self, *, name: str, inhale: float, hold_in: float, exhale: float,
                       hold_out: float, top_up: float = 0.0) -> SavedPattern:
        name = self._check(None, name, inhale, hold_in, exhale, hold_out, top_up)
        from app.storage.models import CustomPattern

        with self._db.transaction() as session:
            row = CustomPattern(
                name=name, inhale=float(inhale), top_up=float(top_up), hold_in=float(hold_in),
                exhale=float(exhale), hold_out=float(hold_out),
                created_at_utc=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
            session.add(row)
            session.flush()
            new_id = row.id
        self._hub.publish(PatternsChanged())
        return self.get_custom(new_id)

    def update_pattern(self, pattern_id: int, *, name: str, inhale: float, hold_in: float,
                       exhale: float, hold_out: float, top_up: float = 0.0) -> SavedPattern:
        name = self._check(pattern_id, name, inhale, hold_in, exhale, hold_out, top_up)
        from app.storage.models import CustomPattern

        with self._db.transaction() as session:
            row = session.get(CustomPattern, pattern_id)
            if row is None:
                raise UserError("That pattern is no longer there; it may have been deleted.")
            row.name, row.inhale, row.top_up = name, float(inhale), float(top_up)
            row.hold_in, row.exhale, row.hold_out = float(hold_in), float(exhale), float(hold_out)
        self._hub.publish(PatternsChanged())
        return self.get_custom(pattern_id)

    def delete_pattern(self, pattern_id: int) -> SavedPattern:
        """Delete one custom pattern; returns it so the UI can offer to undo."""
        saved = self.get_custom(pattern_id)
        from app.storage.models import CustomPattern

        with self._db.transaction() as session:
            row = session.get(CustomPattern, pattern_id)
            if row is not None:
                session.delete(row)
        self._hub.publish(PatternsChanged())
        return saved

    def restore_pattern(self, saved: SavedPattern) -> SavedPattern:
        """Undo a delete: the same id, so sessions logged with its key still point at it.
        If another pattern took its name meanwhile it comes back as "Name (2)": refusing
        would leave it deleted for good."""
        name = self._free_name(saved.name)
        self._check(None, name, saved.inhale, saved.hold_in, saved.exhale,
                    saved.hold_out, saved.top_up)
        from app.storage.models import CustomPattern

        with self._db.transaction() as session:
            session.add(CustomPattern(
                id=saved.id, name=name, inhale=saved.inhale, top_up=saved.top_up,
                hold_in=saved.hold_in, exhale=saved.exhale, hold_out=saved.hold_out,
                created_at_utc=saved.created_at_utc,
            ))
        self._hub.publish(PatternsChanged())
        return self.get_custom(saved.id)

    def _free_name(self, name: str) -> str:
        taken = {s.name.casefold() for s in self.list_custom()}
        candidate, n = name, 2
        while candidate.casefold() in taken:
            suffix = f" ({n})"
            candidate = name[:NAME_MAX - len(suffix)].rstrip() + suffix
            n += 1
        return candidate

    def get_custom(self, pattern_id: int) -> SavedPattern:
        saved = queries.custom_pattern(self._db, pattern_id)
        if saved is not None:
            return saved
        raise UserError("That pattern is no longer there; it may have been deleted.")

    def _check(self, pattern_id: int | None, name: str, inhale: float, hold_in: float,
               exhale: float, hold_out: float, top_up: float) -> str:
        name = " ".join((name or "").split())
        if not name:
            raise UserError("Give your pattern a name, so you can find it again.")
        if len(name) > NAME_MAX:
            raise UserError(f"Keep the name under {NAME_MAX} characters.")
        wanted = name.casefold()
        for pattern in BUILTIN_PATTERNS:
            if wanted in (pattern.key.casefold(), pattern.name.casefold()):
                raise UserError(f"'{name}' is the name of a built-in pattern; "
                                "choose another name.")
        for saved in self.list_custom():
            if saved.id != pattern_id and saved.name.casefold() == wanted:
                raise UserError(f"You already have a pattern called '{saved.name}'.")
        validate_phases(inhale, hold_in, exhale, hold_out, top_up)
        return name

    # -- sessions ------------------------------------------------------------------
    def log_session(
        self, *, pattern: BreathPattern, planned_seconds: float, actual_seconds: float,
        completed: bool, cycles_completed: int, minutes: float | None = None,
        cycles: int | None = None, started_at: dt.datetime | None = None,
        calm_before: int | None = None, calm_after: int | None = None,
    ) -> PracticeRecord:
        """Store one session, finished or stopped early, with the timings it used."""
        details: dict[str, Any] = {"pattern": timings(pattern), "pattern_name": pattern.name}
        if minutes is not None:
            details["minutes"] = minutes
        if cycles is not None:
            details["cycles"] = cycles
        return self._practice.log_session(
            kind="breathing", ref=pattern.key, title=pattern.name,
            planned_seconds=planned_seconds, actual_seconds=actual_seconds,
            completed=completed, started_at=started_at, cycles_completed=cycles_completed,
            calm_before=calm_before, calm_after=calm_after, details=details,
        )

    def rate_calm(self, session_id: int, *, before: int | None = None,
                  after: int | None = None) -> PracticeRecord:
        return self._practice.rate_calm(session_id, before=before, after=after)

    def list_sessions(self, *, since: dt.date | None = None) -> list[PracticeRecord]:
        return self._practice.list_sessions(since=since, kind="breathing")
