"""Export and import: round trip, duplicates, CSV, and the integrity check."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile

import pytest

from app.context import open_context
from app.errors import UserError
from app.exchange.columns import export_tables
from app.journal.types import JournalDraft
from tests.app.exchange_data import fill_everything


def _without_time(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if '"exported_at"' not in line]


def test_every_table_is_in_the_export(ctx, tmp_path):
    from app.storage.models import Base

    out = tmp_path / "all.json"
    ctx.exchange.export(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "stillpoint-export"
    assert document["version"] == 1
    expected = set(Base.metadata.tables) - {"alembic_version"}
    assert set(document["tables"]) == expected


def test_round_trip_gives_identical_json(ctx, tmp_path):
    fill_everything(ctx)
    first = tmp_path / "first.json"
    ctx.exchange.export(first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    with open_context(str(tmp_path / "empty")) as other:
        summary = other.exchange.import_file(first)
        assert summary.read == summary.added + summary.present
        second = tmp_path / "second.json"
        other.exchange.export(second)
    assert _without_time(first) == _without_time(second)
    document = json.loads(first.read_text(encoding="utf-8"))
    assert all(document["tables"][t.name] for t in export_tables())
    at = document["tables"]["mood_checkin"][0]["at_utc"]
    assert at.endswith("+00:00")


def test_importing_twice_doubles_nothing(ctx, tmp_path):
    fill_everything(ctx)
    out = tmp_path / "x.json"
    ctx.exchange.export(out)
    summary = ctx.exchange.import_file(out)
    assert summary.added == 0
    assert summary.present == summary.read
    again = tmp_path / "again.json"
    ctx.exchange.export(again)
    assert _without_time(out) == _without_time(again)


def test_ids_are_remapped_where_the_target_has_rows(ctx, tmp_path):
    ctx.journal.add_entry(JournalDraft(text="written here first", tags=("here",)))
    with open_context(str(tmp_path / "other")) as other:
        entry = other.journal.add_entry(JournalDraft(text="from elsewhere", tags=("away",)))
        other.therapy.flag("journal", entry.id)
        out = tmp_path / "other.json"
        other.exchange.export(out)
    summary = ctx.exchange.import_file(out)
    assert summary.tables["journal_entry"] == {"added": 1, "already_present": 0}
    rows = ctx.db.rows("SELECT e.id, e.text, t.name FROM journal_entry e "
                       "JOIN journal_tag t ON t.entry_id = e.id ORDER BY e.id")
    assert [(r["text"], r["name"]) for r in rows] == [("written here first", "here"),
                                                      ("from elsewhere", "away")]
    flagged = ctx.db.rows("SELECT item_id FROM session_item")
    assert [r["item_id"] for r in flagged] == [rows[1]["id"]]


def _export_document(ctx, tmp_path):
    fill_everything(ctx)
    out = tmp_path / "good.json"
    ctx.exchange.export(out)
    return json.loads(out.read_text(encoding="utf-8"))


def _snapshot(ctx):
    return {t.name: ctx.db.rows(f"SELECT * FROM {t.name}") for t in export_tables()}


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.update(version=99), "version 99"),
    (lambda d: d.update(format="other"), '"format"'),
    (lambda d: d["tables"]["mood_checkin"][2].update(energy="high"),
     "tables.mood_checkin[3].energy must be a whole number"),
    (lambda d: d["tables"]["mood_checkin"][0].update(energy=42),
     "tables.mood_checkin[1] breaks a rule"),
    (lambda d: d["tables"]["mood_checkin"][1].update(at_utc="2026-11-02T08:00"),
     "tables.mood_checkin[2].at_utc a time needs its UTC offset"),
    (lambda d: d["tables"]["checkin_emotion"][0].update(checkin_id=10**9),
     "tables.checkin_emotion[1].checkin_id points at mood_checkin 1000000000"),
    (lambda d: d["tables"]["goal"][0].pop("title"), "tables.goal[1].title is required"),
    (lambda d: d["tables"]["goal"][0].update(colour="red"), "tables.goal[1].colour: unknown"),
    (lambda d: d["tables"].update(nonsense=[]), 'unknown table "nonsense"'),
])
def test_a_bad_file_changes_nothing_and_names_the_place(ctx, tmp_path, change, expected):
    document = _export_document(ctx, tmp_path)
    # Import into a database that has none of it, so a partial write would show.
    with open_context(str(tmp_path / "target")) as target:
        before = _snapshot(target)
        change(document)
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(UserError) as caught:
            target.exchange.import_file(bad)
        assert expected in caught.value.message
        assert _snapshot(target) == before


def test_broken_json_names_the_line(ctx, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "stillpoint-export",\n "version": 1,\n "tables": {,}}')
    with pytest.raises(UserError, match="line 3"):
        ctx.exchange.import_file(bad)


def test_a_fifo_and_a_huge_file_are_refused(ctx, tmp_path, monkeypatch):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        ctx.exchange.import_file(fifo)
    from app.exchange import files

    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * 2048)
    monkeypatch.setattr(files, "MAX_IMPORT_BYTES", 1024)
    monkeypatch.setattr(files.read_import_file, "__defaults__", (1024,))
    with pytest.raises(UserError, match="larger than"):
        ctx.exchange.import_file(huge)


def test_export_refuses_a_non_regular_target_and_leaves_no_part_file(ctx, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        ctx.exchange.export(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        ctx.exchange.export(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pipe"]


def test_csv_zip_has_one_csv_per_table_with_header(ctx, tmp_path):
    fill_everything(ctx)
    out = tmp_path / "all.zip"
    counts = ctx.exchange.export(out, "csv")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(f"{t.name}.csv" for t in export_tables())
        for table in export_tables():
            text = archive.read(f"{table.name}.csv").decode("utf-8")
            rows = list(csv.reader(io.StringIO(text)))
            assert rows[0] == [c.name for c in table.columns]
            assert len(rows) - 1 == counts[table.name] > 0


def test_check_finds_nothing_on_a_healthy_database(ctx):
    fill_everything(ctx)
    assert ctx.exchange.check() == []


def test_check_finds_a_broken_reference(ctx):
    import contextlib

    fill_everything(ctx)
    with contextlib.closing(ctx.db.raw_connection()) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE checkin_emotion SET checkin_id = 999999 WHERE id = "
                     "(SELECT MIN(id) FROM checkin_emotion)")
        conn.commit()
    found = ctx.exchange.check()
    assert found == [f"checkin_emotion row {_first_emotion(ctx)} points at a missing row "
                     "of mood_checkin"]


def _first_emotion(ctx):
    return ctx.db.rows("SELECT MIN(id) AS id FROM checkin_emotion")[0]["id"]


def test_orphan_query_finds_a_broken_reference(ctx):
    import contextlib

    from app.exchange import check

    fill_everything(ctx)
    assert check._orphans(ctx.db) == []
    with contextlib.closing(ctx.db.raw_connection()) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM goal")
        conn.commit()
    assert [line.split(" row ")[0] for line in check._orphans(ctx.db)] == ["goal_step"] * 2
