"""Every earlier revision, with data in every table it has, upgrades to the head through
the app's own start-up path on SQLite and on PostgreSQL: each row keeps its values, and
the schema is then the same as a freshly created one."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app import paths
from app.context import open_context
from app.storage import migrate
from app.storage.database import Database
from app.storage.models import Base


def _at(day: int, hour: int, micro: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, 15, 30, micro)


# (the revision that made the table, table, row). Ids are far from the starter rows.
ROWS: list[tuple[str, str, dict[str, object]]] = [
    ("0001", "mood_checkin", {"id": 101, "at_utc": _at(1, 6, 123456), "utc_offset_min": 60,
                              "local_day": dt.date(2026, 3, 1), "pleasantness": -5,
                              "energy": 5, "note": "Frühling «ü» 🌱\nzwei Zeilen"}),
    ("0001", "mood_checkin", {"id": 102, "at_utc": _at(2, 23), "utc_offset_min": -330,
                              "local_day": dt.date(2026, 3, 2), "pleasantness": 0,
                              "energy": -3, "note": None}),
    ("0002", "setting", {"key": "theme", "value": "dark"}),
    ("0002", "setting", {"key": "volume", "value": "0.6"}),
    ("0003", "practice_session", {
        "id": 201, "kind": "breathing", "ref": "box", "title": "Box breathing",
        "started_at_utc": _at(3, 7, 500), "utc_offset_min": 60, "local_day": dt.date(2026, 3, 3),
        "planned_seconds": 300.0, "actual_seconds": 287.25, "completed": True,
        "cycles_completed": 18, "calm_before": 3, "calm_after": 7,
        "details": '{"pattern": "box"}'}),
    ("0003", "practice_session", {
        "id": 202, "kind": "timer", "ref": "timer", "title": "Quiet sitting",
        "started_at_utc": _at(4, 21), "utc_offset_min": 0, "local_day": dt.date(2026, 3, 4),
        "planned_seconds": 600.0, "actual_seconds": 12.5, "completed": False,
        "cycles_completed": None, "calm_before": None, "calm_after": None, "details": None}),
    ("0003", "custom_pattern", {"id": 301, "name": "Slow evening", "inhale": 4.0,
                                "top_up": 0.0, "hold_in": 1.5, "exhale": 6.5,
                                "hold_out": 0.0, "created_at_utc": _at(5, 8)}),
    ("0003", "audio_track", {"id": 401, "title": "Rain", "path": "/music/rain.ogg",
                             "copied": False, "duration_seconds": 61.5, "tags": "calm",
                             "added_at_utc": _at(5, 9, 42)}),
    ("0004", "checkin_emotion", {"id": 501, "checkin_id": 101, "word": "calm",
                                 "intensity": 7}),
    ("0004", "context_tag", {"id": 601, "name": "my garden", "category": "place",
                             "builtin": False, "hidden": False, "position": 99}),
    ("0004", "checkin_tag", {"checkin_id": 101, "tag_id": 601}),
    ("0004", "regulation_strategy", {"id": 701, "name": "My own way", "family": "own",
                                     "description": "a slow walk", "practice_kind": None,
                                     "builtin": False, "hidden": False, "position": 99}),
    ("0004", "regulation_entry", {
        "id": 801, "at_utc": _at(6, 18), "utc_offset_min": 60, "local_day": dt.date(2026, 3, 6),
        "situation": "A hard call", "strategy_id": 701, "practice_session_id": 201,
        "helpfulness": 3, "note": "better after", "attachment_person": "Sam",
        "attachment_action": "reached_out", "deleted_at_utc": None}),
    ("0004", "regulation_emotion", {"id": 901, "entry_id": 801, "word": "anxious",
                                    "intensity_before": 8, "intensity_after": 4}),
]
# Columns 0004 added to a table an earlier revision made: (value given, value after an
# upgrade from before 0004).
LATER = {("0004", "mood_checkin"): {"sleep_hours": (7.5, None),
                                    "deleted_at_utc": (_at(7, 10), None)}}
STARTS = [r for r in migrate.REVISIONS if r != migrate.HEAD]


def _given(revision: str) -> list[tuple[str, dict[str, object], dict[str, object]]]:
    """(table, row to insert at `revision`, row expected at the head)."""
    out = []
    for made, table, row in ROWS:
        if made > revision:
            continue
        given, expected = dict(row), dict(row)
        for (added, name), columns in LATER.items():
            if name != table:
                continue
            for column, (value, default) in columns.items():
                if added <= revision:
                    given[column] = value
                expected[column] = value if added <= revision else default
        out.append((table, given, expected))
    return out


def _insert(db: Database, revision: str) -> None:
    with db.engine.begin() as conn:
        for table, row, _expected in _given(revision):
            model = Base.metadata.tables[table]
            plain = sa.table(table, *[sa.column(name, model.c[name].type) for name in row])
            conn.execute(sa.insert(plain).values(**row))


def _check_rows(db: Database, revision: str) -> None:
    with db.engine.connect() as conn:
        for table, _row, expected in _given(revision):
            model = Base.metadata.tables[table]
            keys = [model.c[c.name] == expected[c.name] for c in model.primary_key.columns]
            found = conn.execute(sa.select(model).where(*keys)).mappings().all()
            assert len(found) == 1, (table, expected)
            kept = {name: found[0][name] for name in expected}
            assert kept == expected, table


def _schema(url: str) -> dict[str, object]:
    """Tables, columns, keys, indexes and constraints, as the database itself reports."""
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        shape: dict[str, object] = {}
        for table in sorted(inspector.get_table_names()):
            shape[table] = {
                "columns": [(c["name"], str(c["type"]), c["nullable"])
                            for c in inspector.get_columns(table)],
                "primary key": inspector.get_pk_constraint(table)["constrained_columns"],
                "foreign keys": sorted((tuple(f["constrained_columns"]), f["referred_table"],
                                        tuple(f["referred_columns"]))
                                       for f in inspector.get_foreign_keys(table)),
                "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                                  for i in inspector.get_indexes(table)),
                "unique": sorted(tuple(u["column_names"])
                                 for u in inspector.get_unique_constraints(table)),
                "checks": sorted(str(c["name"]) for c in inspector.get_check_constraints(table)),
            }
        return shape
    finally:
        engine.dispose()


def _upgrade_and_check(data_dir, url: str, fresh_url: str, revision: str) -> None:
    db = Database(url)
    migrate.upgrade(db, revision)
    _insert(db, revision)
    db.dispose()
    with open_context(str(data_dir), None if url.startswith("sqlite") else url) as ctx:
        assert (ctx.migration.action, ctx.migration.from_revision) == ("upgraded", revision)
        assert migrate.current_revision(ctx.db) == migrate.HEAD
        _check_rows(ctx.db, revision)
        ctx.settings.set("theme", "light")  # the upgraded database takes new writes
    with open_context(str(data_dir.parent / "fresh"),
                      None if fresh_url.startswith("sqlite") else fresh_url) as fresh:
        assert fresh.migration.action == "created"
    upgraded = _schema(url)
    assert {"mood_checkin", "journal_entry", "alembic_version"} <= set(upgraded)
    assert upgraded == _schema(fresh_url)


@pytest.mark.parametrize("revision", STARTS)
def test_sqlite_upgrades_from_every_revision_with_data(data_dir, revision):
    location = paths.resolve(str(data_dir))
    paths.prepare(location)
    fresh = paths.resolve(str(data_dir.parent / "fresh"))
    _upgrade_and_check(data_dir, location.database_url, fresh.database_url, revision)


@pytest.mark.parametrize("revision", STARTS)
def test_postgres_upgrades_from_every_revision_with_data(data_dir, postgres_server, revision):
    _upgrade_and_check(data_dir, postgres_server.new_database(),
                       postgres_server.new_database(), revision)


def test_every_table_of_every_earlier_revision_gets_rows():
    """A revision that adds a table must add rows here too, or its upgrade goes untested."""
    db_tables = {t for _made, t, _row in ROWS}
    later = {t for t in Base.metadata.tables if t not in db_tables}
    from_head = {"journal_entry", "journal_tag", "therapy_session", "session_item", "goal",
                 "goal_step", "assessment_result", "safety_plan_item"}
    assert later <= from_head, sorted(later - from_head)
