"""A restore while another program is writing the database: it waits a while, then says
the database is busy, with nothing changed and no stray backup (it used to hang forever:
Python's backup() retries a busy target without end)."""

from __future__ import annotations

import contextlib
import sqlite3
import time

import pytest

from app.backup import files
from app.context import open_context
from app.errors import StorageError
from app.mood.types import CheckinDraft


@pytest.fixture
def quick(monkeypatch):
    monkeypatch.setattr(files, "BUSY_SECONDS", 0.5)


def _holding(path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer in the middle of a long save
    return holder


def test_restore_into_a_busy_database_gives_up_and_changes_nothing(data_dir, tmp_path, quick):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1))
        saved = tmp_path / "saved.db"
        ctx.backup.create(saved)
        before = sorted(p.name for p in ctx.location.backups_dir.iterdir())
        holder = _holding(ctx.db.path)
        try:
            started = time.monotonic()
            with pytest.raises(StorageError, match="busy"):
                ctx.backup.restore(saved)
            assert time.monotonic() - started < 30
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert sorted(p.name for p in ctx.location.backups_dir.iterdir()) == before


def test_a_copy_into_a_busy_file_ends(data_dir, tmp_path, quick):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1))
        source = tmp_path / "source.db"
        ctx.backup.create(source)
        path = ctx.db.path
    holder = _holding(path)
    try:
        with pytest.raises(StorageError, match="busy"):
            files.online_copy(source, path, live_target=True)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM mood_checkin").fetchone()[0] == 1
