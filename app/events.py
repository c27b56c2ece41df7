"""A small hub that announces what changed, so pages showing that data can refresh."""

from __future__ import annotations

import datetime as dt
import inspect
from collections import defaultdict
from collections.abc import Callable
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, dataclass_transform


@dataclass_transform(frozen_default=True)
class Event:
    """An event: a frozen value that compares and hashes by its fields, as with
    @dataclass(frozen=True), but without generating and compiling code for each class when
    this module is imported (it is on the start path: ~10 ms for these classes)."""

    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._fields = tuple(inspect.get_annotations(cls))  # its own, in order
        setattr(cls, "__match_args__", cls._fields)  # noqa: B010 (mypy: a read-only name)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        if len(args) > len(cls._fields):
            raise TypeError(f"{cls.__name__} takes {len(cls._fields)} arguments")
        values = dict(zip(cls._fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in cls._fields or name in values:
                raise TypeError(f"{cls.__name__}: unexpected or repeated argument {name!r}")
            values[name] = value
        for name in cls._fields:
            if name not in values:
                if name not in cls.__dict__:  # no default
                    raise TypeError(f"{cls.__name__} is missing {name!r}")
                values[name] = cls.__dict__[name]
            object.__setattr__(self, name, values[name])

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({inner})"


class MoodChanged(Event):
    day: dt.date


class SettingChanged(Event):
    key: str
    value: Any


class PracticeChanged(Event):
    day: dt.date
    kind: str


class PatternsChanged(Event):
    """Custom patterns were added, edited or deleted."""


class TagsChanged(Event):
    """The tag list changed (added, hidden or shown again)."""


class RegulationChanged(Event):
    """An entry was added, changed, deleted or restored (day is its local day)."""

    day: dt.date | None


class StrategiesChanged(Event):
    """A strategy was added, hidden or shown again."""


class ScriptsChanged(Event):
    """A user script was saved, imported or removed."""

    key: str


class AudioLibraryChanged(Event):
    track_id: int | None  # None: several tracks changed


class JournalChanged(Event):
    """A journal entry was added, edited, deleted or restored (day is its local day)."""

    day: dt.date | None


class GoalsChanged(Event):
    """A goal or step was added, changed, ticked, reviewed, archived, deleted or restored.

    ticked: steps that ticked themselves from the practice log just now."""

    goal_id: int | None = None
    ticked: tuple[int, ...] = ()


class SafetyPlanChanged(Event):
    """A line of the safety plan was added, edited, moved or removed (section is its key)."""

    section: str


class AssessmentsChanged(Event):
    """A self-assessment result was stored, deleted or restored."""

    instrument: str


class TherapyChanged(Event):
    """A flag for the next session was added or removed, the next session's date changed,
    or a session was noted as held (kind and item_id: the one item, when it was one)."""

    kind: str | None = None
    item_id: int | None = None


class DataImported(Event):
    """An import added rows to any table: every page reloads what it shows."""

    added: int


class DataChanged(Event):
    """Another process (the CLI, a restore) changed the database while the window was open:
    pages that show stored data reload it."""


class LockChanged(Event):
    """The app lock was set, changed or removed, or its idle minutes changed (kind: "pin",
    "passphrase", or None when there is no lock; idle_minutes 0 means never on idle)."""

    kind: str | None
    idle_minutes: int


class LockStateChanged(Event):
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

