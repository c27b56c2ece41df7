"""The first paint of the start page: what waits for it, and --quit-after-startup.

Anything the first frame does not show (the tray, the icons, the crisis-card wiring) runs
once the start page has really been painted, so the window appears as early as a bare Qt
window allows; bench/startup.py measures that against one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from ui.qt import QEvent, QObject, QScrollArea, QTimer

# Tests set this to a file name: the modules loaded at the first paint are written there,
# one a line, so CI sees a module that slips onto the start path (tests/ui/test_startup_imports.py).
MODULES_ENV = "STILLPOINT_STARTUP_MODULES"


class _PaintWatcher(QObject):
    def __init__(self, target, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has finished, not inside it.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(page, callback: Callable[[], None]) -> None:
    """Call back once, after the page's first paint."""
    # A scroll area paints through its viewport; its content widget paints in the same pass,
    # last. Watch that: asking for the viewport (a widget Qt made, not Python) would make
    # PySide look up its type among every widget class, ~80 enum types built before the
    # first paint (~40 ms).
    content = page.widget() if isinstance(page, QScrollArea) else None
    target = content if content is not None else page
    target.installEventFilter(_PaintWatcher(target, callback))


def record_modules() -> None:
    path = os.environ.get(MODULES_ENV)
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(sys.modules)) + "\n")


def quit_when_painted(app, page) -> int:
    def done() -> None:
        record_modules()
        app.quit()

    after_first_paint(page, done)
    return app.exec()
