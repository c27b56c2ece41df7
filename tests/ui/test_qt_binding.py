"""The installed Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from ui.qt import QPushButton


def test_void_qt_calls_keep_none_alive(qtbot):
    # PySide6 6.12.0 dropped one reference to None per void call on Python < 3.12, and the
    # interpreter aborted after a few thousand calls (a breathing session makes ~50 a second).
    # pyproject.toml keeps that release out; this catches any binding that brings it back.
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(5000):
        button.update()
    assert abs(sys.getrefcount(None) - before) < 100
