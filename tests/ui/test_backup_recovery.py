"""A damaged database at start-up: the recovery dialog restores the newest good backup and
keeps the damaged file aside, byte-identical."""

from __future__ import annotations

import sqlite3

import pytest

from app.context import open_context
from app.errors import UserError
from ui.qt import Qt
from ui.recovery import recovery_dialog


def _damage(data_dir) -> bytes:
    db = data_dir / "stillpoint.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    damaged = b"\x13not a database any more" * 4000
    db.write_bytes(damaged)
    return damaged


def test_restore_through_the_dialog(qtbot, data_dir):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1)  # the day's backup is taken first
        ctx.mood.add_checkin(pleasantness=3, energy=1)
    damaged = _damage(data_dir)
    with pytest.raises(UserError):
        open_context(str(data_dir))
    dialog = recovery_dialog(str(data_dir), None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.kept_aside.name.startswith("stillpoint.db.damaged-")
    assert dialog.kept_aside.read_bytes() == damaged
    with open_context(str(data_dir)) as ctx:  # start-up continues
        assert ctx.db.read("SELECT COUNT(*) FROM mood_checkin") == [(0,)]


def test_no_good_backup_offers_only_quit(qtbot, data_dir):
    with open_context(str(data_dir)):
        pass
    damaged = _damage(data_dir)
    dialog = recovery_dialog(str(data_dir), None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert (data_dir / "stillpoint.db").read_bytes() == damaged
    assert not [p for p in data_dir.iterdir() if "damaged" in p.name]


def test_other_problems_get_no_dialog(data_dir, tmp_path):
    foreign = data_dir / "stillpoint.db"
    data_dir.mkdir()
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (y)")
    assert recovery_dialog(str(data_dir), None) is None
