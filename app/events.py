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


class EventHub:
    def __init__(self) -> None:
        self._subscribers: dict[type, list[Callable[[Any], None]]] = defaultdict(list)

    def subscribe(self, event_type: type, callback: Callable[[Any], None]) -> None:
        self._subscribers[event_type].append(callback)

    def unsubscribe(self, event_type: type, callback: Callable[[Any], None]) -> None:
        self._subscribers[event_type].remove(callback)

    def publish(self, event: object) -> None:
        for callback in list(self._subscribers[type(event)]):
            callback(event)


@dataclass(frozen=True)
class PracticeChanged:
    day: dt.date
    kind: str
