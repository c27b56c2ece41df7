"""Writing a read Daylio export: moods mapped to pleasantness, activities as tags, one
transaction for the whole file, and nothing twice when the same file is imported again.

Daylio has no energy axis, so every imported check-in has energy 0 (docs/cli.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from app.exchange.daylio import STANDARD_MOODS, DaylioEntry, DaylioFile, mood_key
from app.limits import NOTE_MAX, SCALE_MAX, SCALE_MIN, TAG_CATEGORIES, TAG_NAME_MAX
from app.mood.service import MoodService
from app.mood.types import CheckinDraft
from app.timeutil import stamp_from

DEFAULT_TAG_KIND = "activity"


@dataclass(frozen=True)
class DaylioSummary:
    rows_read: int
    added: int
    already_present: int
    skipped: list[tuple[int, str]]

    def to_json(self) -> dict[str, Any]:
        return {"rows_read": self.rows_read, "added": self.added,
                "already_present": self.already_present,
                "skipped": [{"line": line, "reason": why} for line, why in self.skipped]}

    def sentence(self) -> str:
        text = (f"Read {self.rows_read} entries: {self.added} added, "
                f"{self.already_present} already here")
        return text + (f", {len(self.skipped)} skipped." if self.skipped else ".")


def parse_mood_option(text: str) -> tuple[str, int]:
    """'NAME=VALUE' (the last '=' splits, so a name may hold one); ValueError if not."""
    name, sep, value = text.rpartition("=")
    name = " ".join(name.split())
    try:
        number = int(value.strip())
    except ValueError:
        number = None
    if not sep or not name or number is None or not SCALE_MIN <= number <= SCALE_MAX:
        raise ValueError(f"--mood '{text}' should be NAME=VALUE with VALUE a whole number "
                         f"from {SCALE_MIN} to {SCALE_MAX}, such as 'ok but sleepy=1'")
    return name, number


def full_mapping(chosen: Mapping[str, int]) -> dict[str, int]:
    """The standard moods' defaults overlaid with the user's choices, keyed by mood_key."""
    mapping = dict(STANDARD_MOODS)
    mapping.update({mood_key(name): value for name, value in chosen.items()})
    for name, value in mapping.items():
        if isinstance(value, bool) or not isinstance(value, int) \
                or not SCALE_MIN <= value <= SCALE_MAX:
            raise UserError(f"the mood '{name}' needs a pleasantness from {SCALE_MIN} to "
                            f"{SCALE_MAX}, not {value}")
    return mapping


def unmapped_moods(parsed: DaylioFile, mapping: Mapping[str, int]) -> dict[str, int]:
    """Mood names (with counts) that have no pleasantness yet."""
    return {name: n for name, n in parsed.mood_counts().items()
            if mood_key(name) not in mapping}


def checked_moods(parsed: DaylioFile, chosen: Mapping[str, int]) -> dict[str, int]:
    """The full mapping; UserError naming every mood of the file that has no value."""
    mapping = full_mapping(chosen)
    missing = unmapped_moods(parsed, mapping)
    if missing:
        names = ", ".join(f"'{name}' ({n})" for name, n in missing.items())
        example = next(iter(missing))
        raise UserError(f"these Daylio moods have no pleasantness yet: {names}",
                        hint=f"map each one with --mood 'NAME=VALUE', VALUE from {SCALE_MIN} "
                             f"to {SCALE_MAX}, e.g. --mood '{example}=0'")
    return mapping


def import_daylio(mood: MoodService, parsed: DaylioFile, chosen: Mapping[str, int], *,
                  tag_kind: str = DEFAULT_TAG_KIND) -> DaylioSummary:
    """Add the file's new check-ins in one transaction; UserError (nothing written) when a
    mood name has no value or the tag kind is unknown."""
    if tag_kind not in TAG_CATEGORIES:
        raise UserError(f"activities become tags of one kind: {', '.join(TAG_CATEGORIES)}; "
                        f"not '{tag_kind}'")
    mapping = checked_moods(parsed, chosen)
    skipped = list(parsed.skipped)
    present = _present(mood, parsed.entries)
    writes: list[tuple[dt.datetime, CheckinDraft]] = []
    already = 0
    for entry in sorted(parsed.entries, key=lambda e: (e.local, e.line)):
        problem = _problem(entry)
        if problem:
            skipped.append((entry.line, problem))
            continue
        value = mapping[mood_key(entry.mood)]
        key = (stamp_from(entry.local).local, value, entry.note)
        if key in present:
            already += 1
            continue
        present.add(key)
        tags = [(tag_kind, name) for name in entry.activities]
        writes.append((entry.local, CheckinDraft(pleasantness=value, energy=0,
                                                 note=entry.note, tags=tags)))
    if writes:
        mood.add_checkins(writes)
    return DaylioSummary(parsed.rows_read, len(writes), already, sorted(skipped))


def _problem(entry: DaylioEntry) -> str | None:
    if entry.note is not None and len(entry.note) > NOTE_MAX:
        return f"its note is {len(entry.note)} characters; Stillpoint keeps up to {NOTE_MAX}"
    for name in entry.activities:
        if len(name) > TAG_NAME_MAX:
            return f"the activity '{name[:20]}…' is longer than {TAG_NAME_MAX} characters"
    return None


def _present(mood: MoodService, entries: list[DaylioEntry]
             ) -> set[tuple[dt.datetime, int, str | None]]:
    """(local time, pleasantness, note) of the check-ins already stored on those days."""
    if not entries:
        return set()
    days = [e.local.date() for e in entries]
    since, until = min(days) - dt.timedelta(days=1), max(days) + dt.timedelta(days=1)
    return {(c.local_time, c.pleasantness, c.note)
            for c in mood.list_checkins(since=since, until=until)}
