"""What the start path may load: the window must not wait for modules its first frame does
not need. The app writes sys.modules at the first paint of the start page (ui/startup.py)."""

from __future__ import annotations

import os
import subprocess
import sys

from app.context import open_context
from ui.startup import MODULES_ENV

# The tray and the icon loader come after the first paint; the ORM, migrations and charts
# are not needed to show an up-to-date database's start page, nor the lock screen without a
# lock, nor difflib (only "did you mean" in error messages uses it), nor the tag picker
# (the check-in details start hidden).
NOT_BEFORE_FIRST_PAINT = ("ui.tray", "ui.icons", "sqlalchemy", "alembic", "pyqtgraph",
                          "numpy", "ui.lock.screen", "difflib", "ui.widgets.tag_picker")


def _modules_at_first_paint(data_dir, tmp_path) -> set[str]:
    listing = tmp_path / "modules.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{MODULES_ENV: str(listing)})
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir),
         "--quit-after-startup"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return set(listing.read_text("utf-8").split())


def test_first_paint_of_an_existing_database_loads_no_tray_icons_orm_or_charts(
        data_dir, tmp_path):
    open_context(str(data_dir)).close()  # an existing, up-to-date database
    loaded = _modules_at_first_paint(data_dir, tmp_path)
    assert "ui.today.page" in loaded  # the start page really was built
    early = sorted(m for m in loaded if m.split(".")[0] in NOT_BEFORE_FIRST_PAINT
                   or m in NOT_BEFORE_FIRST_PAINT)
    assert early == []


def test_window_icons_and_tray_follow_the_first_paint(window, qtbot):
    assert window.windowIcon().isNull()  # nothing rendered while the window is built
    window.load_icons()
    assert not window.windowIcon().isNull()
    assert not window.nav.item(0).icon().isNull()
