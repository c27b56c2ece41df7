"""A write that waited while encrypt, rekey, decrypt or restore renamed a new file over the
database must not commit into the old, unlinked file (where nobody reads it again): it
saves nothing, says so, and the next try reaches the new file."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
import time

import pytest

from app.context import open_context
from app.errors import StorageError
from app.mood.types import CheckinDraft
from app.storage.database import REPLACED


def _swap(path) -> None:
    """What encrypt and restore do: a copy written beside the file, renamed over it."""
    copy = path.with_name(path.name + ".new")
    with contextlib.closing(sqlite3.connect(path)) as src, \
            contextlib.closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    os.replace(copy, path)


def _count(path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_pooled_connection_to_a_replaced_file_saves_nothing(data_dir):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1))  # pools a connection
        path = ctx.db.path
        _swap(path)
        with pytest.raises(StorageError) as refused:
            ctx.mood.add_checkin(CheckinDraft(pleasantness=2, energy=2))
        assert refused.value.message == REPLACED
        ctx.mood.add_checkin(CheckinDraft(pleasantness=3, energy=3))  # the try again
    assert _count(path, "mood_checkin") == 2


def test_a_write_waiting_for_the_lock_sees_the_file_was_replaced(data_dir):
    with open_context(str(data_dir)) as ctx:
        path = ctx.db.path
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # as convert_file holds writers while it copies
        outcome: list[BaseException | int] = []

        def write() -> None:
            try:
                outcome.append(len(ctx.db.write(
                    "INSERT INTO practice_session (kind, ref, title, started_at_utc, "
                    "utc_offset_min, local_day, planned_seconds, actual_seconds, completed, "
                    "cycles_completed) VALUES ('timer', 'x', 'x', '2026-01-01 00:00:00', 0, "
                    "'2026-01-01', 60, 60, 1, 0) RETURNING id")))
            except BaseException as exc:
                outcome.append(exc)

        waiter = threading.Thread(target=write)
        waiter.start()
        time.sleep(0.5)  # the writer has opened the file and waits for the lock
        shutil.copyfile(path, path.with_name("new.db"))
        os.replace(path.with_name("new.db"), path)
        holder.execute("ROLLBACK")
        holder.close()
        waiter.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], StorageError), outcome
    assert outcome[0].message == REPLACED
