"""Backups: the online backup API, verified copies, rotation, restore and moving aside."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import stat

import pytest

from app.backup import files
from app.backup.service import BackupService, check_restorable
from app.errors import UserError


def checkins(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM mood_checkin").fetchone()[0]


def service(ctx, start=dt.datetime(2030, 3, 1, 9, tzinfo=dt.UTC), keep=3):
    # Later than the real daily backup the first write takes, so these are the newest.
    clock = {"now": start}

    def now():
        clock["now"] += dt.timedelta(hours=1)
        return clock["now"]

    return BackupService(ctx.db, ctx.location.backups_dir, keep=lambda: keep, now=now)


def test_first_write_of_the_day_backs_up_once_private(ctx):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    ctx.mood.add_checkin(pleasantness=2, energy=1)
    found = ctx.backup.backups()
    assert len(found) == 1 and found[0].reason is None
    assert checkins(found[0].path) == 0  # taken before the day's first write
    assert stat.S_IMODE(found[0].path.stat().st_mode) == 0o600
    assert stat.S_IMODE(ctx.location.backups_dir.stat().st_mode) == 0o700
    assert sorted(p.name for p in ctx.location.backups_dir.iterdir()) == [found[0].path.name]


def test_rotation_keeps_n_plain_backups_and_pre_upgrade_copies(ctx):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    pre = ctx.location.backups_dir / "stillpoint-20200101-000000-123456-before-upgrade-from-0005.db"
    files.online_copy(ctx.db.path, pre)
    svc = service(ctx, keep=3)
    made = [svc.create() for _ in range(5)]
    names = [b.path for b in svc.backups()]
    assert names[:3] == made[:-4:-1]  # the three newest, newest first
    assert pre in names and len(names) == 4
    assert svc.backups()[-1].reason == "before-upgrade-from-0005"


def test_a_failed_backup_rotates_nothing(ctx, monkeypatch):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    svc = service(ctx, keep=2)
    kept = [svc.create(), svc.create()]
    monkeypatch.setattr(files, "integrity_ok", lambda _path: False)
    with pytest.raises(UserError, match="did not pass"):
        svc.create()
    assert sorted(b.path for b in svc.backups()) == sorted(kept)
    assert not [p for p in ctx.location.backups_dir.iterdir() if "partial" in p.name]


def test_restore_backs_up_first_then_restores(ctx):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    svc = service(ctx)
    good = svc.create()
    ctx.mood.add_checkin(pleasantness=2, energy=2)
    saved = svc.restore(good)
    assert checkins(saved) == 2 and checkins(ctx.db.path) == 1
    ctx.mood.add_checkin(pleasantness=3, energy=3)  # the restored database is usable
    assert checkins(ctx.db.path) == 2


def _damage(path, data_dir):
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    raw = bytearray(path.read_bytes())
    raw[200:4096 * 3] = b"\xa5" * (4096 * 3 - 200)
    path.write_bytes(bytes(raw))
    return bytes(raw)


@pytest.mark.parametrize("kind", ["foreign", "newer", "corrupt", "missing", "empty"])
def test_restore_refuses_and_changes_nothing(ctx, tmp_path, kind):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    svc = service(ctx)
    bad = tmp_path / "bad.db"
    if kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE notes (x)")
    elif kind == "newer":
        files.online_copy(ctx.db.path, bad)
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    elif kind == "corrupt":
        files.online_copy(ctx.db.path, bad)
        _damage(bad, tmp_path)
    elif kind == "empty":
        bad.write_bytes(b"")
    before = ctx.db.path.read_bytes()
    listed = svc.backups()
    with pytest.raises(UserError, match="newer Stillpoint" if kind == "newer" else "."):
        svc.restore(bad)
    assert ctx.db.path.read_bytes() == before and svc.backups() == listed


def test_restore_over_a_damaged_database_keeps_it_aside_byte_identical(ctx, tmp_path):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    svc = service(ctx)
    good = svc.create()
    ctx.db.dispose()
    damaged = _damage(ctx.db.path, tmp_path)
    assert files.is_damaged(ctx.db.path)
    assert svc.newest_good().path == good
    aside = svc.restore(good)
    assert aside.name.startswith("stillpoint.db.damaged-")
    assert aside.read_bytes() == damaged
    assert checkins(ctx.db.path) == 1


def test_move_aside_never_overwrites(tmp_path):
    db = tmp_path / "stillpoint.db"
    now = dt.datetime(2026, 1, 2, 3, 4, 5)
    db.write_bytes(b"one")
    first = files.move_aside(db, now)
    db.write_bytes(b"two")
    second = files.move_aside(db, now)
    assert first != second and first.read_bytes() == b"one" and second.read_bytes() == b"two"


def test_check_restorable_accepts_an_older_revision(ctx):
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    assert check_restorable(ctx.backup.backups()[0].path) == "0006"


def test_two_backups_at_the_same_instant_both_land_whole(ctx):
    # "Back up now" and the daily backup (another thread) choosing a name at the same
    # microsecond: each copy keeps its own file, neither replaces the other.
    import threading

    ctx.mood.add_checkin(pleasantness=1, energy=1)
    both_chose = threading.Barrier(2)
    at = dt.datetime(2030, 3, 1, 9, tzinfo=dt.UTC)

    def same_instant():
        with contextlib.suppress(threading.BrokenBarrierError):
            both_chose.wait(timeout=5)
        return at

    svc = BackupService(ctx.db, ctx.location.backups_dir, keep=lambda: 10, now=same_instant)
    made, failed = [], []

    def back_up():
        try:
            made.append(svc.create())
        except Exception as exc:  # the test says what went wrong, not a thread's traceback
            failed.append(exc)

    threads = [threading.Thread(target=back_up) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failed == [] and len(set(made)) == 2, (made, failed)
    for path in made:
        assert files.integrity_ok(path) and checkins(path) == 1
    leftovers = [p.name for p in ctx.location.backups_dir.iterdir() if "partial" in p.name]
    assert leftovers == []
