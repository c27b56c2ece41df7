"""Revision 0004 upgrades a 0003 database with data in it: nothing lost, a backup made."""

from __future__ import annotations

import contextlib
import sqlite3

from app import paths
from app.context import open_context
from app.mood.types import CheckinDraft
from app.regulation.types import RegulationDraft
from app.storage import migrate
from app.storage.database import Database


def _db_at_0003(data_dir) -> Database:
    location = paths.resolve(str(data_dir))
    paths.prepare(location)
    db = Database(location.database_url)
    migrate.upgrade(db, "0003")
    with contextlib.closing(sqlite3.connect(db.path)) as conn, conn:
        for i in range(4):
            conn.execute(
                "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness,"
                " energy, note) VALUES (?, 60, ?, ?, ?, ?)",
                (f"2026-03-2{i} 08:00:00.000000", f"2026-03-2{i}", i - 2, 2 - i, f"row {i}"))
        conn.execute(
            "INSERT INTO practice_session (kind, ref, title, started_at_utc, utc_offset_min,"
            " local_day, planned_seconds, actual_seconds, completed) VALUES ('breathing',"
            " 'box', 'Box breathing', '2026-03-20 09:00:00.000000', 60, '2026-03-20', 300,"
            " 300, 1)")
    return db


def _dump(path, table):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def test_upgrade_from_0003_keeps_every_row_and_backs_up(data_dir):
    db = _db_at_0003(data_dir)
    moods_before = _dump(db.path, "mood_checkin")
    practice_before = _dump(db.path, "practice_session")

    ctx = open_context(str(data_dir))
    try:
        assert ctx.migration.action == "upgraded" and ctx.migration.from_revision == "0003"
        assert migrate.current_revision(db) == migrate.HEAD
        backup = ctx.migration.backup
        assert backup is not None and backup.exists()
        assert _dump(backup, "mood_checkin") == moods_before  # the backup is the old file

        # Old columns unchanged; the new ones empty.
        assert [r[:7] for r in _dump(db.path, "mood_checkin")] == moods_before
        assert all(r[7:] == (None, None) for r in _dump(db.path, "mood_checkin"))
        assert _dump(db.path, "practice_session") == practice_before
        assert [c.note for c in ctx.mood.list_checkins()] == [f"row {i}" for i in range(4)]

        # The starter lists arrived, and the new tables work with the old rows.
        assert len(ctx.regulation.list_strategies()) >= 18
        assert {t.category for t in ctx.mood.list_tags()} == {"activity", "person", "place"}
        first = ctx.mood.list_checkins()[0]
        updated = ctx.mood.update_checkin(first.id, CheckinDraft(
            pleasantness=first.pleasantness, energy=first.energy, note=first.note,
            emotions={"calm": 4}, tags=("home",), sleep_hours=8))
        assert updated.emotions[0].word == "calm" and updated.sleep_hours == 8
        entry = ctx.regulation.add_entry(RegulationDraft(
            situation="old session", emotions=(("tense", 6, 3),), helpfulness=3,
            practice_session_id=practice_before[0][0]))
        assert entry.strategy.name == "Breathing exercise"
    finally:
        ctx.close()


def test_upgraded_and_new_databases_start_with_the_same_lists(data_dir, tmp_path):
    _db_at_0003(data_dir)
    upgraded = open_context(str(data_dir))
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        assert fresh.migration.action == "created"
        assert upgraded.regulation.list_strategies() == fresh.regulation.list_strategies()
        assert upgraded.mood.list_tags() == fresh.mood.list_tags()
    finally:
        upgraded.close()
        fresh.close()


def test_downgrade_to_0003_and_up_again_keeps_checkins(data_dir):
    db = _db_at_0003(data_dir)
    before = _dump(db.path, "mood_checkin")
    migrate.upgrade(db, "0004")
    with db.engine.begin() as conn:
        migrate._run_alembic(conn, "downgrade", "0003")
    assert _dump(db.path, "mood_checkin") == before
    migrate.upgrade(db, "0004")
    assert [r[:7] for r in _dump(db.path, "mood_checkin")] == before
    db.dispose()
