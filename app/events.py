"""A small hub that announces what changed, so pages showing that data can refresh."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MoodChanged:
    day: dt.date


@dataclass(frozen=True)
class SettingChanged:
    key: str
    value: Any


@dataclass(frozen=True)
class PracticeChanged:
    day: dt.date
    kind: str


@dataclass(frozen=True)
class PatternsChanged:
    """Custom patterns were added, edited or deleted."""


@dataclass(frozen=True)
class TagsChanged:
    """The tag list changed (added, hidden or shown again)."""


@dataclass(frozen=True)
class RegulationChanged:
    """An entry was added, changed, deleted or restored (day is its local day)."""

    day: dt.date | None


@dataclass(frozen=True)
class StrategiesChanged:
    """A strategy was added, hidden or shown again."""


@dataclass(frozen=True)
class ScriptsChanged:
    """A user script was saved, imported or removed."""

    key: str


@dataclass(frozen=True)
class AudioLibraryChanged:
    track_id: int | None  # None: several tracks changed


@dataclass(frozen=True)
class JournalChanged:
    """A journal entry was added, edited, deleted or restored (day is its local day)."""

    day: dt.date | None


@dataclass(frozen=True)
class GoalsChanged:
    """A goal or step was added, changed, ticked, reviewed, archived, deleted or restored.

    ticked: steps that ticked themselves from the practice log just now."""

    goal_id: int | None = None
    ticked: tuple[int, ...] = ()



@dataclass(frozen=True)
class SafetyPlanChanged:
    """A line of the safety plan was added, edited, moved or removed (section is its key)."""

    section: str


@dataclass(frozen=True)
class AssessmentsChanged:
    """A self-assessment result was stored, deleted or restored."""

    instrument: str


@dataclass(frozen=True)
class TherapyChanged:
    """A flag for the next session was added or removed, the next session's date changed,
    or a session was noted as held (kind and item_id: the one item, when it was one)."""

    kind: str | None = None
    item_id: int | None = None


@dataclass(frozen=True)
class DataImported:
    """An import added rows to any table: every page reloads what it shows."""

    added: int


@dataclass(frozen=True)
class DataChanged:
    """Another process (the CLI, a restore) changed the database while the window was open:
    pages that show stored data reload it."""


@dataclass(frozen=True)
class LockChanged:
    """The app lock was set, changed or removed, or its idle minutes changed (kind: "pin",
    "passphrase", or None when there is no lock; idle_minutes 0 means never on idle)."""

    kind: str | None
    idle_minutes: int


@dataclass(frozen=True)
class LockStateChanged:
    """The window was locked or unlocked (widgets that show entry text elsewhere, such as
    notifications, can hold it back while locked)."""

    locked: bool


class EventHub:
    def __init__(self) -> None:
        self._subscribers: dict[type, list[Callable[[Any], None]]] = defaultdict(list)

    def subscribe(self, event_type: type, callback: Callable[[Any], None]) -> None:
        self._subscribers[event_type].append(callback)

    def unsubscribe(self, event_type: type, callback: Callable[[Any], None]) -> None:
        self._subscribers[event_type].remove(callback)

    def subscriber_count(self) -> int:
        """How many callbacks are listening, over every event type (tests check for leaks)."""
        return sum(len(c) for c in self._subscribers.values())

    def publish(self, event: object) -> None:
        for callback in list(self._subscribers[type(event)]):
            callback(event)

