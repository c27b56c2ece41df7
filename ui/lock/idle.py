"""Minutes without input: an application event filter notes each key, click, wheel or
move while watching, and one single-shot timer fires when the quiet has lasted long enough."""

from __future__ import annotations

import time
from collections.abc import Callable

from ui.qt import QApplication, QEvent, QObject, QTimer, Signal

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.HoverMove, QEvent.Type.InputMethod,
})


def idle_clock() -> float:
    """A monotonic clock that also counts time spent suspended (CLOCK_BOOTTIME on Linux),
    so a laptop closed for an hour does not come back unlocked."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


class IdleWatch(QObject):
    """Emits `idle` once the user has given no input for `seconds`; 0 switches it off."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = idle_clock) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = 0.0
        self._running = False
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._filtering = False

    @property
    def seconds(self) -> float:
        return self._seconds

    def start(self, seconds: float) -> None:
        """Watch for `seconds` of quiet from now (0: do not watch)."""
        self._seconds = max(0.0, seconds)
        self._running = self._seconds > 0
        self._last_input = self._clock()
        if self._running:
            self._filter(True)
            self._schedule(self._seconds)
        else:
            self.stop()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._filter(False)

    def _filter(self, on: bool) -> None:
        """The application filter is there only while watching: a Python filter sees every
        event, and before the first paint it would cost tens of ms (PySide builds the
        Python type of each widget and event it is handed)."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in _INPUT:
            now = self._clock()
            if now - self._last_input >= self._seconds:
                # Back after a long quiet (the timer can lag behind a suspend): lock
                # first, and this key or click does not reach the page (unless the idle
                # handler chose to watch on, as it does while a session runs).
                self._fire()
                return not self._running
            self._last_input = now
        return False

    def _check(self) -> None:
        if not self._running:
            return
        quiet = self._clock() - self._last_input
        if quiet >= self._seconds:
            self._fire()
        else:
            self._schedule(self._seconds - quiet)

    def _schedule(self, seconds: float) -> None:
        self._timer.start(max(10, int(seconds * 1000) + 1))

    def _fire(self) -> None:
        self.stop()
        self.idle.emit()
