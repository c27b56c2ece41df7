"""Encryption at rest with real SQLCipher files: both read paths, backups, restore, keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.context import open_context
from app.encryption.service import change_key
from app.errors import UserError
from app.storage import cipher
from tests.passphrase_fixture import no_passphrase  # noqa: F401 (autouse)

NOTE = "a walnut under the blue porch"
KEY = "correct horse"


def every_file(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file()]


def note_found(data_dir: Path) -> list[Path]:
    return [p for p in every_file(data_dir) if NOTE.encode() in p.read_bytes()]


def add_note(data_dir: Path, note: str = NOTE) -> None:
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1, note=note)
        ctx.backup.create()  # a manual backup beside the daily one


def encrypt(data_dir: Path, key: str = KEY):
    db = data_dir / "stillpoint.db"
    return change_key(db, data_dir / "backups", None, key, reason="before-encrypt")


def test_encrypt_leaves_no_note_text_anywhere(data_dir):
    add_note(data_dir)
    assert note_found(data_dir)  # the test can fail: plain files hold the note
    outcome = encrypt(data_dir)
    assert outcome.converted >= 3 and not outcome.left  # daily, manual, before-encrypt
    assert not note_found(data_dir), note_found(data_dir)
    db = data_dir / "stillpoint.db"
    assert cipher.looks_encrypted(db)
    assert not db.read_bytes().startswith(cipher.HEADER)
    assert oct(db.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_both_read_paths_and_writes_use_the_key(data_dir):
    add_note(data_dir)
    encrypt(data_dir)
    cipher.forget()
    with pytest.raises(UserError, match="encrypted"):
        open_context(str(data_dir))
    cipher.unlock(KEY)
    with open_context(str(data_dir)) as ctx:
        # the stdlib-style fast path (Database.rows) and the SQLAlchemy engine (writes)
        assert [c.note for c in ctx.mood.list_checkins()] == [NOTE]
        ctx.mood.add_checkin(pleasantness=1, energy=1, note="second " + NOTE)
        assert len(ctx.mood.list_checkins()) == 2
        assert ctx.exchange.check() == []
        wal = data_dir / "stillpoint.db-wal"
        assert not wal.exists() or NOTE.encode() not in wal.read_bytes()
        made = ctx.backup.create()
    assert cipher.looks_encrypted(made) and not note_found(data_dir)


def test_wrong_passphrase_is_refused_and_changes_nothing(data_dir):
    add_note(data_dir)
    encrypt(data_dir)
    before = {p: p.read_bytes() for p in every_file(data_dir)}
    cipher.unlock("not it")
    with pytest.raises(UserError, match="wrong passphrase"):
        open_context(str(data_dir))
    assert not cipher.has_passphrase()  # may be typed again
    db = data_dir / "stillpoint.db"
    with pytest.raises(UserError, match="wrong passphrase"):
        change_key(db, data_dir / "backups", "not it", None, reason="before-decrypt")
    assert {p: p.read_bytes() for p in every_file(data_dir)} == before


def test_rekey_then_decrypt_round_trip_with_backups(data_dir):
    add_note(data_dir)
    encrypt(data_dir)
    db, backups = data_dir / "stillpoint.db", data_dir / "backups"
    change_key(db, backups, KEY, "new one", reason="before-rekey")
    for path in [db, *backups.iterdir()]:
        assert cipher.integrity_ok(path, "new one"), path
        assert not cipher.integrity_ok(path, KEY), path
    outcome = change_key(db, backups, "new one", None, reason="before-decrypt")
    assert not outcome.left and not cipher.has_passphrase()
    assert all(not cipher.looks_encrypted(p) for p in [db, *backups.iterdir()])
    with open_context(str(data_dir)) as ctx:
        assert [c.note for c in ctx.mood.list_checkins()] == [NOTE]


def test_restore_of_an_encrypted_backup(data_dir):
    add_note(data_dir)
    encrypt(data_dir)
    with open_context(str(data_dir)) as ctx:
        saved = ctx.backup.create()
        ctx.mood.add_checkin(pleasantness=0, energy=0, note="after the backup")
        assert len(ctx.mood.list_checkins()) == 2
        ctx.backup.restore(saved)
        assert [c.note for c in ctx.mood.list_checkins()] == [NOTE]
        assert ctx.exchange.check() == []
    assert cipher.looks_encrypted(data_dir / "stillpoint.db") and not note_found(data_dir)


def test_backup_with_another_key_is_left_untouched(data_dir):
    add_note(data_dir)
    stranger = data_dir / "backups" / "stillpoint-20200101-000000.db"
    key_file = data_dir.parent / "stranger.db"
    change_key_copy = cipher.open_keyed(key_file, "someone else's")
    change_key_copy.execute("CREATE TABLE t (x)")
    change_key_copy.commit()
    change_key_copy.close()
    stranger.write_bytes(key_file.read_bytes())
    before = stranger.read_bytes()
    outcome = encrypt(data_dir)
    assert outcome.left == [stranger] and stranger.read_bytes() == before


def test_encrypted_state_is_detected_cheaply(tmp_path):
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    assert not cipher.looks_encrypted(plain) and not cipher.looks_encrypted(junk)
    assert not cipher.looks_encrypted(tmp_path / "missing.db")
    with pytest.raises(UserError, match="empty"):
        cipher.unlock("")


def test_restoring_a_plain_copy_keeps_the_database_encrypted(data_dir, tmp_path):
    add_note(data_dir)
    with open_context(str(data_dir)) as ctx:
        plain_copy = ctx.backup.create(tmp_path / "outside.db")  # outside the data folder
        ctx.mood.add_checkin(pleasantness=0, energy=0, note="not in the copy")
    encrypt(data_dir)
    with open_context(str(data_dir)) as ctx:
        assert len(ctx.mood.list_checkins()) == 2
        ctx.backup.restore(plain_copy)
        assert [c.note for c in ctx.mood.list_checkins()] == [NOTE]
        assert ctx.exchange.check() == []
    assert cipher.looks_encrypted(data_dir / "stillpoint.db") and not note_found(data_dir)
