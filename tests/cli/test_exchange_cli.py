"""`stillpoint export`, `import` and `check` from the command line."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import stat


def test_export_import_round_trip(cli, data_dir, tmp_path):
    assert cli("mood", "add", "--pleasantness", "2", "--energy", "-1",
               "--emotion", "calm:4", "--note", "a quiet day").code == 0
    out = tmp_path / "mine.json"
    result = cli("export", "--format", "json", "--out", str(out))
    assert result.code == 0
    assert "plain text" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = cli("import", str(out), "--json")
    assert again.code == 0
    summary = json.loads(again.out)
    assert summary["added"] == 0
    assert summary["already_present"] == summary["read"]


def test_import_into_another_folder(cli, cli_process, tmp_path):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "1").code == 0
    out = tmp_path / "mine.json"
    assert cli("export", "--out", str(out)).code == 0
    other = tmp_path / "other"
    result = cli_process("--data-dir", str(other), "import", str(out))
    assert result.code == 0, result.err
    assert "1 added" in result.out or " added" in result.out
    listed = cli_process("--data-dir", str(other), "mood", "list", "--json")
    assert len(json.loads(listed.out)["checkins"]) == 1


def test_a_bad_file_exits_2_with_one_line(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "stillpoint-export", "version": 1, "tables": '
                   '{"mood_checkin": [{"id": 1, "energy": "x"}]}}')
    result = cli("import", str(bad))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "tables.mood_checkin[1]" in result.err
    assert "Traceback" not in result.err


def test_csv_export(cli, tmp_path):
    out = tmp_path / "all.zip"
    result = cli("export", "--format", "csv", "--out", str(out), "--json")
    assert result.code == 0
    assert json.loads(result.out)["format"] == "csv"
    assert out.read_bytes()[:2] == b"PK"


def test_bad_format_is_a_usage_error(cli, tmp_path):
    result = cli("export", "--format", "xml", "--out", str(tmp_path / "x"))
    assert result.code == 2


def test_check_exit_codes(cli, data_dir):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "1",
               "--emotion", "calm:3").code == 0
    healthy = cli("check")
    assert healthy.code == 0
    assert healthy.out.strip() == "No problems found."
    with contextlib.closing(sqlite3.connect(data_dir / "stillpoint.db")) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM mood_checkin")
        conn.commit()
    broken = cli("check")
    assert broken.code == 1
    assert "checkin_emotion row" in broken.out


def test_export_never_writes_over_an_existing_file_unless_asked(cli, tmp_path):
    precious = tmp_path / "passwd"
    precious.write_text("root:x:0:0:root:/root:/bin/bash\n")
    result = cli("export", "--format", "json", "--out", str(precious))
    assert result.code == 2 and "already exists" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert precious.read_text() == "root:x:0:0:root:/root:/bin/bash\n"
    assert cli("export", "--format", "json", "--out", str(precious), "--force").code == 0
    assert json.loads(precious.read_text())["format"] == "stillpoint-export"


def test_export_to_a_name_too_long_is_one_line(cli):
    result = cli("export", "--format", "json", "--out", "a" * 5000)
    assert result.code == 2 and "File name too long" in result.err
    assert len(result.err.strip().splitlines()) == 1
