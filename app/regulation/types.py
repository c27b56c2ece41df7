"""Regulation domain types: strategies, entries and their emotion changes, the offer after a
practice session, and the draft a person fills in (RegulationService takes a
RegulationDraft, never a dict)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.storage.starter_lists import family_labels
from app.timeutil import Stamped


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

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "family": self.family, "description": self.description,
                "practice_kind": self.practice_kind, "builtin": self.builtin,
                "hidden": self.hidden}


@dataclass(frozen=True)
class EmotionChange:
    word: str
    before: int
    after: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"word": self.word, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class RegulationEntry(Stamped):
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

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at_iso,
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


# (id, title, local start) of a practice session an entry can link to.
PracticeChoice = tuple[int, str, dt.datetime]
# An emotion as entered: (word, intensity before, intensity after or None), or a change.
EmotionInput = tuple[str, int, int | None] | EmotionChange


@dataclass(frozen=True)
class RegulationDraft:
    """Everything but the time of an entry, as entered; RegulationService checks it.

    strategy is an id or a name; after a practice session it may be left out (the
    session's own strategy is used). helpfulness is 0-4; None is refused with a message."""

    situation: str
    emotions: Sequence[EmotionInput]
    helpfulness: int | None
    strategy: int | str | None = None
    note: str | None = None
    practice_session_id: int | None = None
    attachment_person: str | None = None
    attachment_action: str | None = None
