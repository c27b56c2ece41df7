"""Start-up migrations: create, upgrade with a backup and without loss, refuse newer or foreign files."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat

import pytest

from app import paths
from app.context import open_context
from app.errors import StorageError, UserError
from app.storage import migrate
from app.storage.database import Database


def _db_at(data_dir, revision: str) -> Database:
    """A database built by running the real revisions up to `revision` only."""
    location = paths.resolve(str(data_dir))
    paths.prepare(location)
    db = Database(location.database_url)
    migrate.upgrade(db, revision)
    return db


def _snapshot(path) -> bytes:
    return path.read_bytes()


def test_new_database_is_created_stamped_and_private(data_dir):
    ctx = open_context(str(data_dir))
    ctx.close()
    db_file = data_dir / paths.DB_FILENAME
    assert ctx.migration.action == "created"
    assert migrate.current_revision(Database(ctx.location.database_url)) == migrate.HEAD
    assert stat.S_IMODE(os.stat(db_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_engine_connections_have_foreign_keys_and_busy_timeout(ctx):
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_revision_list_matches_alembic_scripts():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == migrate.REVISIONS
    assert scripts.get_current_head() == migrate.HEAD


def test_created_schema_matches_migrated_schema(tmp_path):
    """create_all + stamp (new users) and the revision chain (upgrades) agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.models import Base

    db = _db_at(tmp_path / "chain", migrate.HEAD)
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_older_database_is_backed_up_then_upgraded_without_loss(data_dir):
    db = _db_at(data_dir, "0001")
    with db.engine.begin() as conn:
        for i in range(5):
            conn.exec_driver_sql(
                "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness,"
                " energy, note) VALUES (?, 60, '2026-03-2' || ?, ?, ?, ?)",
                (f"2026-03-2{i} 08:00:00.000000", str(i), i - 2, 2 - i, f"row {i}"),
            )
    db.dispose()

    ctx = open_context(str(data_dir))
    try:
        assert ctx.migration.action == "upgraded"
        assert ctx.migration.from_revision == "0001"
        rows = ctx.mood.list_checkins()
        assert [(r.pleasantness, r.energy, r.note) for r in rows] == [
            (i - 2, 2 - i, f"row {i}") for i in range(5)
        ]
        assert migrate.current_revision(ctx.db) == migrate.HEAD
        ctx.settings.set("theme", "dark")  # a table added by a later revision works
        assert ctx.settings.get("theme") == "dark"
    finally:
        ctx.close()
    backup = ctx.migration.backup
    assert backup is not None and backup.parent == data_dir / "backups"
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM mood_checkin").fetchone()[0] == 5


@pytest.mark.parametrize("start", migrate.REVISIONS[:-1])
def test_every_earlier_revision_upgrades(tmp_path, start):
    db = _db_at(tmp_path / start, start)
    db.dispose()
    result = migrate.ensure_schema(db, backups_dir=tmp_path / start / "backups")
    assert (result.action, result.from_revision) == ("upgraded", start)
    assert migrate.current_revision(db) == migrate.HEAD


def test_newer_schema_is_refused_and_file_untouched(data_dir):
    open_context(str(data_dir)).close()
    db_file = data_dir / paths.DB_FILENAME
    with contextlib.closing(sqlite3.connect(db_file)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _snapshot(db_file)
    with pytest.raises(StorageError, match="newer Stillpoint"):
        open_context(str(data_dir))
    assert _snapshot(db_file) == before
    assert not (data_dir / "backups").exists()


def test_corrupt_file_is_refused_and_untouched(data_dir):
    data_dir.mkdir(mode=0o700)
    db_file = data_dir / paths.DB_FILENAME
    db_file.write_bytes(b"this is not sqlite at all\n" * 100)
    before = _snapshot(db_file)
    with pytest.raises(StorageError, match="cannot be read as a database"):
        open_context(str(data_dir))
    assert _snapshot(db_file) == before


def test_foreign_database_is_refused(data_dir):
    data_dir.mkdir(mode=0o700)
    with contextlib.closing(sqlite3.connect(data_dir / paths.DB_FILENAME)) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StorageError, match="not a Stillpoint database"):
        open_context(str(data_dir))


def test_unwritable_data_dir_is_a_user_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot use data folder"):
        open_context(str(blocker / "data"))


def test_up_to_date_start_does_not_import_alembic(data_dir):
    """The fast path: an already-current database must not pay for importing Alembic."""
    import subprocess
    import sys

    open_context(str(data_dir)).close()
    code = (
        "import sys; from app.context import open_context; "
        f"c = open_context({str(data_dir)!r}); c.mood.list_checkins(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_failed_creation_leaves_no_half_built_schema(data_dir, monkeypatch):
    """Schema creation is one transaction: after a failure, the next start simply works."""

    def broken(*_args, **_kwargs):
        raise RuntimeError("stamp failed")

    monkeypatch.setattr(migrate, "_run_alembic", broken)
    with pytest.raises(RuntimeError):
        open_context(str(data_dir))
    monkeypatch.undo()
    ctx = open_context(str(data_dir))
    try:
        assert ctx.migration.action == "created"
        assert ctx.mood.list_checkins() == []
    finally:
        ctx.close()


def test_a_failed_upgrade_keeps_the_old_schema_and_data(data_dir, monkeypatch):
    db = _db_at(data_dir, "0001")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness, energy)"
            " VALUES ('2026-01-01 10:00:00.000000', 60, '2026-01-01', 1, 1)")
    db.dispose()
    real = migrate._run_alembic

    def upgrade_then_fail(conn, command_name, revision):
        real(conn, command_name, revision)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrate, "_run_alembic", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        open_context(str(data_dir))
    assert migrate.current_revision(Database(db.url)) == "0001"
    with contextlib.closing(sqlite3.connect(data_dir / paths.DB_FILENAME)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "setting" not in tables
        assert conn.execute("SELECT count(*) FROM mood_checkin").fetchone()[0] == 1


def test_ids_of_deleted_patterns_and_tracks_are_never_handed_out_again(data_dir):
    """Revision 0005: old practice sessions must not start pointing at a new item."""
    db = _db_at(data_dir, "0004")
    insert = ("INSERT INTO custom_pattern (name, inhale, top_up, hold_in, exhale, hold_out,"
              " created_at_utc) VALUES (?, 4, 0, 0, 6, 0, '2026-01-01 10:00:00.000000')")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(insert, ("Kept",))
        conn.exec_driver_sql(insert, ("Deleted later",))
    db.dispose()
    ctx = open_context(str(data_dir))  # upgrades 0004 -> head
    ctx.close()
    with contextlib.closing(sqlite3.connect(data_dir / paths.DB_FILENAME)) as conn, conn:
        assert [r[0] for r in conn.execute("SELECT name FROM custom_pattern ORDER BY id")] == [
            "Kept", "Deleted later"]
        conn.execute("DELETE FROM custom_pattern WHERE name = 'Deleted later'")
        conn.execute(insert, ("New",))
        conn.execute("INSERT INTO audio_track (title, path, copied, tags, added_at_utc)"
                     " VALUES ('a', '/x', 0, '', '2026-01-01 10:00:00.000000')")
        conn.execute("DELETE FROM audio_track")
        conn.execute("INSERT INTO audio_track (title, path, copied, tags, added_at_utc)"
                     " VALUES ('b', '/y', 0, '', '2026-01-01 10:00:00.000000')")
        new_pattern_id = conn.execute("SELECT id FROM custom_pattern WHERE name='New'").fetchone()
        track_id = conn.execute("SELECT id FROM audio_track").fetchone()
    assert new_pattern_id[0] == 3
    assert track_id[0] == 2
