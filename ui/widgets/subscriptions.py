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

    def end() -> None:
        with suppress(ValueError):  # already gone
            hub.unsubscribe(event_type, deliver)

    hub.subscribe(event_type, deliver)
    on_destroyed(owner, end)


def on_destroyed(owner: QObject, callback: Callable[[], object]) -> None:
    """Call back when owner's C++ object goes, through destroyed() without its argument:
    with it, PySide wraps the dying object for the call, and at exit, when its wrapper is
    already gone, builds every Qt type to find its class (~20 ms of enum types)."""
    owner.destroyed[()].connect(callback)  # type: ignore[index]  # stubs omit overloads
