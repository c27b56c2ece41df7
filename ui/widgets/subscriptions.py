"""Hub subscriptions that end with the widget that owns them (STYLE.md 16)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from app.events import EventHub
from ui.qt import QObject


def subscribe(owner: QObject, hub: EventHub, event_type: type,
              callback: Callable[[Any], object]) -> None:
    """Call callback for each event_type on hub until owner is destroyed.

    The hub holds a small wrapper, and the destroyed handler is a closure over that
    wrapper (not a method of owner), so unsubscribing still works once the C++ object
    is gone."""

    def deliver(event: Any) -> None:
        callback(event)

    def end(_obj: object = None) -> None:
        with suppress(ValueError):  # already gone
            hub.unsubscribe(event_type, deliver)

    hub.subscribe(event_type, deliver)
    owner.destroyed.connect(end)
