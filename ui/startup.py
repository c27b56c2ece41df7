"""The first paint of the start page: what waits for it, and --quit-after-startup.

Anything the first frame does not show (the tray, the icons, the crisis-card wiring) runs
once the start page has really been painted, so the window appears as early as a bare Qt
window allows; bench/startup.py measures that against one.
"""

from __future__ import annotations

import os
import sys
import weakref
from collections.abc import Callable

from ui.qt import QEvent, QObject, QScrollArea, QTimer

# Tests set this to a file name: the modules loaded at the first paint are written there,
# one a line, so CI sees a module that slips onto the start path (tests/ui/test_startup_imports.py).
MODULES_ENV = "STILLPOINT_STARTUP_MODULES"


class _PaintWatcher(QObject):
    """One per watched widget, however many callbacks wait: each Python filter on the start
    page is handed every event it gets, so one is cheaper than several."""

    def __init__(self, target) -> None:
        super().__init__(target)
        self.callbacks: list[Callable[[], None]] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            _watchers.pop(watched, None)  # a later caller waits for the next paint
            # After this paint has finished, not inside it; one call each and in order
            # (zero timers run first in, first out), so one that fails stops no other.
            for callback in self.callbacks:
                QTimer.singleShot(0, lambda callback=callback: _unless_quitting(callback))
            QTimer.singleShot(0, self.deleteLater)
        return False


def _unless_quitting(callback: Callable[[], None]) -> None:
    if not _quitting:  # --quit-after-startup: the paint was all that was wanted
        callback()


_quitting = False
_watchers: weakref.WeakKeyDictionary[QObject, _PaintWatcher] = weakref.WeakKeyDictionary()


def after_first_paint(page, callback: Callable[[], None], *, first: bool = False) -> None:
    """Call back once, after the page's first paint (first: before the others waiting)."""
    # A scroll area paints through its viewport; its content widget paints in the same pass,
    # last. Watch that: asking for the viewport (a widget Qt made, not Python) would make
    # PySide look up its type among every widget class, ~80 enum types built before the
    # first paint (~40 ms).
    content = page.widget() if isinstance(page, QScrollArea) else None
    target = content if content is not None else page
    watcher = _watchers.get(target)  # not target.children(): PySide would wrap each child
    if watcher is None:
        watcher = _watchers[target] = _PaintWatcher(target)
        target.installEventFilter(watcher)
    watcher.callbacks.insert(0 if first else len(watcher.callbacks), callback)


def record_modules() -> None:
    path = os.environ.get(MODULES_ENV)
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(sys.modules)) + "\n")


def quit_when_painted(app, page) -> int:
    """Quit at the first paint, as bench/bare_window.py does: what waits for the paint (the
    icons, the input filters) is not run, so the bench times the paint alone."""

    def done() -> None:
        global _quitting
        _quitting = True
        record_modules()
        app.exit(0)  # not quit(): that would close the window first (its closeEvent)

    global _quitting
    after_first_paint(page, done, first=True)
    try:
        return app.exec()
    finally:
        _quitting = False  # a test may start another window in this process
