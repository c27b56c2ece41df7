"""The app lock's settings stay on their machine: never exported, never imported."""

from __future__ import annotations

import io
import json
import zipfile

from app.context import open_context
from app.lock.service import LockService, make_verifier

SECRET = "quiet harbour 7"


def _lock(ctx):
    lock = LockService(ctx.settings, ctx.hub)
    lock.set_lock(kind="passphrase", secret=SECRET)
    lock.set_idle_minutes(5)
    return lock


def test_json_and_csv_exports_leave_the_lock_out(ctx, tmp_path):
    _lock(ctx)
    ctx.settings.set("backups_keep", 9)
    out = tmp_path / "all.json"
    ctx.exchange.export(out)
    keys = [row["key"] for row in json.loads(out.read_text("utf-8"))["tables"]["setting"]]
    assert "backups_keep" in keys
    assert not [k for k in keys if k.startswith("lock_")]
    assert b"argon2" not in out.read_bytes()
    zipped = tmp_path / "all.zip"
    ctx.exchange.export(zipped, "csv")
    with zipfile.ZipFile(zipped) as archive:
        settings_csv = archive.read("setting.csv").decode("utf-8")
    assert "backups_keep" in settings_csv
    assert "lock_" not in settings_csv and "argon2" not in settings_csv


def _export_with_lock_rows(tmp_path, verifier):
    """An export as an older Stillpoint wrote it: the lock's settings inside."""
    document = {"format": "stillpoint-export", "version": 1,
                "exported_at": "2026-12-01T08:00:00+00:00",
                "tables": {"setting": [
                    {"key": "lock_verifier", "value": json.dumps(verifier)},
                    {"key": "lock_kind", "value": json.dumps("pin")},
                    {"key": "lock_idle_minutes", "value": "1"},
                    {"key": "backups_keep", "value": "4"}]}}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_an_import_never_sets_a_lock(tmp_path):
    path = _export_with_lock_rows(tmp_path, make_verifier("1234"))
    with open_context(str(tmp_path / "fresh")) as fresh:
        summary = fresh.exchange.import_file(path)
        assert summary.added == 1  # backups_keep only
        assert fresh.settings.get("backups_keep") == 4
        assert LockService(fresh.settings, fresh.hub).state().is_set is False
        assert fresh.settings.get("lock_verifier") is None


def test_an_import_never_replaces_a_lock(ctx, tmp_path):
    lock = _lock(ctx)
    mine = ctx.settings.get("lock_verifier")
    ctx.exchange.import_file(_export_with_lock_rows(tmp_path, make_verifier("1234")))
    assert ctx.settings.get("lock_verifier") == mine
    assert lock.state().kind == "passphrase" and lock.state().idle_minutes == 5
    lock.verify(SECRET)


def test_round_trip_still_identical_with_a_lock_set(ctx, tmp_path):
    _lock(ctx)
    first = tmp_path / "first.json"
    ctx.exchange.export(first)
    with open_context(str(tmp_path / "empty")) as other:
        other.exchange.import_file(first)
        second = tmp_path / "second.json"
        other.exchange.export(second)
    strip = [line for line in io.StringIO(first.read_text("utf-8")) if "exported_at" not in line]
    again = [line for line in io.StringIO(second.read_text("utf-8"))
             if "exported_at" not in line]
    assert strip == again
