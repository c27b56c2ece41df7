"""GUI test fixtures: the real main window on a fresh data dir, with silent audio."""

from __future__ import annotations

import pytest


@pytest.fixture
def window(qtbot, ctx):
    from ui.application import build_window

    win = build_window(ctx, silent=True)
    win.persist_geometry = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
