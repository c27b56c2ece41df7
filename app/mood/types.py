"""Mood domain types: a stored check-in, its emotion words and tags, filters, and the draft
a person fills in (the UI and the CLI hand MoodService a CheckinDraft, never a dict)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.timeutil import Stamped


@dataclass(frozen=True)
class EmotionRating:
    word: str
    intensity: int

    def to_json(self) -> dict[str, Any]:
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

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "category": self.category}


@dataclass(frozen=True)
class Checkin(Stamped):
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

    def to_json(self) -> dict[str, Any]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {
            "id": self.id,
            "at": self.at_iso,
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


Emotions = Mapping[str, int] | Sequence[tuple[str, int]]


@dataclass(frozen=True)
class CheckinDraft:
    """Everything but the time of a check-in, as entered; MoodService checks it.

    emotions are (word, intensity) pairs or a {word: intensity} mapping; tags are tag ids
    or names ('home', or 'place:home' when a name is in two lists; a new tag is written
    'activity:NAME', 'person:NAME' or 'place:NAME')."""

    pleasantness: int
    energy: int
    note: str | None = None
    emotions: Emotions = ()
    tags: Sequence[int | str | tuple[str, str]] = ()  # (category, name): taken as written
    sleep_hours: float | None = None
