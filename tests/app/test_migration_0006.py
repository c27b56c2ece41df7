"""Revision 0006 (reflection tables): a 0005 database with entries upgrades without loss,
and the new features work on the upgraded file."""

from __future__ import annotations

import datetime as dt

from app import paths
from app.context import open_context
from app.journal.types import JournalDraft
from app.storage import migrate
from app.storage.database import Database


def test_a_0005_database_with_entries_upgrades_and_the_new_tables_work(data_dir):
    location = paths.resolve(str(data_dir))
    paths.prepare(location)
    db = Database(location.database_url)
    migrate.upgrade(db, "0005")
    with db.engine.begin() as conn:
        for i in range(3):
            conn.exec_driver_sql(
                "INSERT INTO mood_checkin (at_utc, utc_offset_min, local_day, pleasantness,"
                " energy, note, sleep_hours) VALUES (?, 60, ?, ?, 0, ?, 7.5)",
                (f"2026-11-0{i + 1} 08:00:00.000000", f"2026-11-0{i + 1}", i, f"before {i}"))
    db.dispose()

    with open_context(str(data_dir)) as ctx:
        assert (ctx.migration.action, ctx.migration.from_revision) == ("upgraded", "0005")
        assert migrate.current_revision(ctx.db) == "0006"
        kept = ctx.mood.list_checkins()
        assert [(c.pleasantness, c.note, c.sleep_hours) for c in kept] == [
            (i, f"before {i}", 7.5) for i in range(3)]
        entry = ctx.journal.add_entry(JournalDraft(text="after the upgrade", tags=("steady",),
                                                   checkin_id=kept[0].id))
        assert entry.checkin_id == kept[0].id
        flag = ctx.therapy.flag("checkin", kept[1].id)
        assert ctx.therapy.is_flagged("checkin", kept[1].id) and flag.item_id == kept[1].id
        ctx.therapy.set_next_session_day(dt.date(2026, 11, 10))
        assert ctx.therapy.next_session().on_day == dt.date(2026, 11, 10)
