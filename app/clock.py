"""Elapsed session time on a monotonic clock: shared by breathing, guided runs, the timer and own audio."""

from __future__ import annotations

import time
from collections.abc import Callable


class SessionClock:
    """Elapsed session time from a monotonic clock, excluding pauses; never sums ticks."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def started(self) -> bool:
        return self._started_at is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def start(self) -> None:
        """Start (or start again) from zero."""
        self._started_at = self._clock()
        self._paused_at = None
        self._paused_total = 0.0

    def pause(self) -> None:
        # Idempotent: a double click or a second signal must not lose time.
        if self._started_at is not None and self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def elapsed(self) -> float:
        """Seconds of session time so far; 0 before start, frozen while paused."""
        if self._started_at is None:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return now - self._started_at - self._paused_total
