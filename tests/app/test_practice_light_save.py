"""A practice save (the end of every breathing session) and its calm rating go through
Database.write: on a SQLite file the stdlib driver, so the ORM (~47 MiB) stays unloaded,
with the same transaction, checks and plain errors as every other write."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from app.context import open_context
from app.errors import StorageError, UserError
from app.storage import database

SAVE_AND_RATE = """
import sys
from app.context import open_context
with open_context(sys.argv[1]) as ctx:
    record = ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                                      planned_seconds=60, actual_seconds=42.5, completed=False,
                                      cycles_completed=3, details={"pattern": "box"})
    ctx.practice.rate_calm(record.id, after=7)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")))
"""


def test_a_practice_save_and_rating_load_no_orm(data_dir):
    open_context(str(data_dir)).close()  # an existing, up-to-date database
    result = subprocess.run([sys.executable, "-c", SAVE_AND_RATE, str(data_dir)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    with open_context(str(data_dir)) as ctx:
        [saved] = ctx.practice.list_sessions()
    assert (saved.kind, saved.actual_seconds, saved.completed, saved.cycles_completed,
            saved.calm_before, saved.calm_after, saved.details) == (
        "breathing", 42.5, False, 3, None, 7, {"pattern": "box"})
    # Stored as the ORM stores it, so SQL comparisons and the ORM read it alike.
    stored = sqlite3.connect(data_dir / "stillpoint.db").execute(
        "SELECT started_at_utc, local_day, completed FROM practice_session").fetchone()
    assert len(stored[0]) == 26 and stored[0][10] == " " and stored[1] == saved.local_day.isoformat()
    assert stored[2] == 0


def test_rating_keeps_what_is_not_given_and_refuses_a_missing_session(ctx):
    record = ctx.practice.log_session(kind="timer", ref="timer", title="Timer",
                                      planned_seconds=600, actual_seconds=600, completed=True,
                                      calm_before=3)
    assert ctx.practice.rate_calm(record.id, after=8).calm_before == 3
    assert ctx.practice.rate_calm(record.id, before=4).calm_after == 8
    with pytest.raises(UserError, match="no practice session 999"):
        ctx.practice.rate_calm(999, after=1)


def test_a_failed_save_rolls_back_and_a_read_only_file_is_refused(data_dir, monkeypatch):
    with open_context(str(data_dir)) as ctx:
        # A value the CHECK constraint refuses (the service checks first; the schema holds).
        with pytest.raises(sqlite3.IntegrityError):
            ctx.db.write("INSERT INTO practice_session (kind, ref, title, started_at_utc, "
                         "utc_offset_min, local_day, planned_seconds, actual_seconds, "
                         "completed) VALUES ('breathing', 'x', 'x', '2026-01-01 00:00:00', 0, "
                         "'2026-01-01', 1, 1, 1), ('nonsense', 'x', 'x', "
                         "'2026-01-01 00:00:00', 0, '2026-01-01', 1, 1, 1)")
        assert ctx.practice.list_sessions() == []  # the first row went with the second
    os.chmod(data_dir / "stillpoint.db", 0o400)
    with open_context(str(data_dir)) as ctx, pytest.raises(StorageError, match="read-only"):
        ctx.practice.log_session(kind="timer", ref="timer", title="Timer",
                                 planned_seconds=1, actual_seconds=1, completed=True)
    assert database.user_may_write(data_dir / "stillpoint.db") is False
