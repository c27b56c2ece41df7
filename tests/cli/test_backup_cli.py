"""`stillpoint backup`, `backups` and `restore`: output, exit codes, nothing changed on refusal."""

from __future__ import annotations

import json
import sqlite3


def checkins(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM mood_checkin").fetchone()[0]


def test_backup_list_and_restore(cli, data_dir, tmp_path):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "1").code == 0
    out = tmp_path / "mine.db"
    result = cli("backup", "--out", str(out))
    assert result.code == 0 and str(out) in result.out and checkins(out) == 1
    listed = json.loads(cli("backups", "--json").out)["backups"]
    assert len(listed) == 1 and listed[0]["reason"] is None  # the day's automatic one
    assert cli("mood", "add", "--pleasantness", "2", "--energy", "2").code == 0
    result = cli("restore", str(out))
    assert result.code == 0 and "backed up in" in result.out
    assert checkins(data_dir / "stillpoint.db") == 1
    paths = [b["path"] for b in json.loads(cli("backups", "--json").out)["backups"]]
    assert checkins(paths[0]) == 2  # the state before the restore


def test_refusals_exit_2_one_line_nothing_changed(cli, data_dir, tmp_path):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "1").code == 0
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (y)")
    before = (data_dir / "stillpoint.db").read_bytes()
    for args in (("restore", str(foreign)), ("restore", str(tmp_path / "nope.db")),
                 ("backup", "--out", str(foreign)),
                 ("backups", "--database-url", "postgresql://u@localhost/x")):
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert (data_dir / "stillpoint.db").read_bytes() == before


def test_restore_over_a_damaged_file_in_a_real_process(cli, cli_process, data_dir):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "1").code == 0
    good = json.loads(cli("backups", "--json").out)["backups"][0]["path"]
    db = data_dir / "stillpoint.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    damaged = b"\x00garbage" * 5000
    db.write_bytes(damaged)
    assert cli_process("mood", "list").code == 2
    result = cli_process("restore", good)
    assert result.code == 0, result.err
    aside = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert checkins(db) == 0
