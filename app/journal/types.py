"""Journal domain types: a stored entry, the draft a person writes, and the list's filter
(the UI and the CLI hand JournalService a JournalDraft, never a dict)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.timeutil import Stamp, Stamped


@dataclass(frozen=True)
class JournalEntry(Stamped):
    id: int
    at_utc: dt.datetime
    utc_offset_min: int
    local_day: dt.date
    text: str
    prompt_id: str | None = None
    prompt_text: str | None = None  # as it read when the entry was written
    tags: tuple[str, ...] = ()
    checkin_id: int | None = None
    updated_at_utc: dt.datetime | None = None

    @property
    def set_id(self) -> str | None:
        return self.prompt_id.partition("/")[0] if self.prompt_id else None

    @property
    def first_line(self) -> str:
        return next((line.strip() for line in self.text.splitlines() if line.strip()), "")

    def to_json(self) -> dict[str, Any]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {
            "id": self.id,
            "at": self.at_iso,
            "day": self.local_day.isoformat(),
            "prompt_id": self.prompt_id,
            "prompt": self.prompt_text,
            "text": self.text,
            "tags": list(self.tags),
            "checkin_id": self.checkin_id,
            "edited": (None if self.updated_at_utc is None
                       else Stamp(self.updated_at_utc, self.utc_offset_min).iso()),
        }


@dataclass(frozen=True)
class JournalDraft:
    """An entry as written: text (kept exactly as typed), the prompt it started from,
    free tags (stored lowercased and trimmed) and an optional check-in it belongs to."""

    text: str
    prompt_id: str | None = None
    tags: Sequence[str] = ()
    checkin_id: int | None = None


@dataclass(frozen=True)
class JournalFilter:
    """What the list shows; every part is optional and they combine with AND.

    text: every word must appear in the entry, its prompt or its tags."""

    text: str | None = None
    set_id: str | None = None
    tag: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
