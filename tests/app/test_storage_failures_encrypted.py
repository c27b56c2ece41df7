"""An encrypted database (SQLCipher's own exception classes) fails with the same plain
sentences as a plain one: full, busy, damaged, not a database."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from app.context import open_context
from app.encryption.service import change_key
from app.errors import StorageError
from app.storage import cipher
from app.storage.failures import RESTORE_HINT, storage_problem
from tests.app.test_storage_failures import cap_pages
from tests.passphrase_fixture import no_passphrase  # noqa: F401 (autouse)

KEY = "correct horse"


def _encrypted(data_dir: Path) -> Path:
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1, note="a quiet walk")
    db = data_dir / "stillpoint.db"
    change_key(db, data_dir / "backups", None, KEY, reason="before-encrypt")
    cipher.unlock(KEY)
    return db


def _raw_error(action) -> Exception:
    dbapi2 = cipher.driver()
    with pytest.raises(dbapi2.Error) as caught:
        action(dbapi2)
    assert not isinstance(caught.value, __import__("sqlite3").Error)  # its own classes
    return caught.value


def test_a_full_encrypted_database_says_full(data_dir, monkeypatch):
    db = _encrypted(data_dir)
    with contextlib.closing(cipher.connect(db)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    cap_pages(monkeypatch, pages)
    with open_context(str(data_dir)) as ctx:
        with pytest.raises(StorageError, match="is full; free some space"):
            for _ in range(50):
                ctx.mood.add_checkin(pleasantness=1, energy=1, note="x" * 1900)
        assert 1 <= len(ctx.mood.list_checkins()) < 51


def test_a_busy_encrypted_database_says_busy(data_dir):
    db = _encrypted(data_dir)
    with contextlib.closing(cipher.connect(db, timeout=0)) as holder, \
            contextlib.closing(cipher.connect(db, timeout=0)) as other:
        holder.isolation_level = None
        holder.execute("BEGIN IMMEDIATE")
        other.isolation_level = None
        error = _raw_error(lambda _d: other.execute("BEGIN IMMEDIATE"))
        holder.execute("ROLLBACK")
    problem = storage_problem(error, str(db))
    assert problem is not None and problem.message == (
        f"{db} is busy in another program; try again in a moment")


def test_a_damaged_encrypted_database_says_damaged(data_dir):
    db = _encrypted(data_dir)
    with contextlib.closing(cipher.connect(db)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    assert pages >= 2
    with open(db, "r+b") as f:  # scramble a page past the first: its HMAC fails
        f.seek(4096 + 100)
        f.write(b"\xa5" * 512)

    def read_all(_dbapi2):
        with contextlib.closing(cipher.connect(db)) as conn:
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                        ).fetchall():
                conn.execute(f'SELECT * FROM "{name}"').fetchall()

    problem = storage_problem(_raw_error(read_all), str(db))
    assert problem is not None and problem.hint == RESTORE_HINT
    assert str(db) in problem.message and "backup can bring your entries back" in \
        problem.message


def test_a_file_that_is_not_a_database_says_so(tmp_path):
    text = tmp_path / "notes.db"
    text.write_bytes(b"these are shopping notes, not a database\n" * 200)

    def read(dbapi2):
        with contextlib.closing(dbapi2.connect(text)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    problem = storage_problem(_raw_error(read), str(text))
    assert problem is not None and problem.message.startswith(
        f"{text} cannot be read as a database: it is damaged, or not a Stillpoint file")
