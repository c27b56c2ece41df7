"""The command line: exit codes, one-line errors, nothing written on bad input, JSON output."""

from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest

from app import __version__, paths


def _count(data_dir) -> int:
    db = data_dir / paths.DB_FILENAME
    if not db.exists():
        return 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM mood_checkin").fetchone()[0]


def test_version(cli_process):
    result = cli_process("--version")
    assert result.code == 0
    assert result.out.strip() == f"stillpoint {__version__}"


def test_add_then_list_as_json(cli, data_dir):
    assert cli("mood", "add", "--pleasantness", "3", "--energy", "-2", "--note", "tea",
               "--at", "2026-03-29T09:15:00+02:00").code == 0
    assert cli("mood", "add", "--pleasantness", "-1", "--energy", "0",
               "--at", "2026-03-28T23:30").code == 0
    result = cli("mood", "list", "--json")
    assert result.code == 0 and result.err == ""
    doc = json.loads(result.out)
    expected = {"id": 2, "at": "2026-03-28T23:30:00+01:00", "day": "2026-03-28",
                "pleasantness": -1, "energy": 0, "note": None}
    first = doc["checkins"][0]
    assert {key: first[key] for key in expected} == expected  # later issues may add fields
    assert doc["checkins"][1]["at"] == "2026-03-29T09:15:00+02:00"
    assert doc["checkins"][1]["day"] == "2026-03-29"
    since = json.loads(cli("mood", "list", "--json", "--since", "2026-03-29").out)
    assert [c["note"] for c in since["checkins"]] == ["tea"]


def test_plain_list_and_empty_state(cli):
    assert "No check-ins yet" in cli("mood", "list").out
    cli("mood", "add", "--pleasantness", "2", "--energy", "1", "--at", "2026-01-05T10:00")
    assert "2026-01-05 10:00  pleasantness +2  energy +1" in cli("mood", "list").out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("mood", "add", "--pleasantness", "6", "--energy", "0"), "pleasantness must be from -5 to 5"),
        (("mood", "add", "--pleasantness", "1", "--energy", "x"), "energy must be a whole number"),
        (("mood", "add", "--pleasantness", "1", "--energy", "0", "--at", "soon"),
         "'soon' is not a date and time"),
        (("mood", "add", "--pleasantness", "1", "--energy", "0", "--colour", "blue"),
         "unrecognized arguments: --colour"),
        (("mood", "list", "--since", "2026-02-30"), "'2026-02-30' is not a date"),
        (("mood", "add", "--energy", "0"), "required: --pleasantness"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(cli, data_dir, args, message):
    cli("mood", "add", "--pleasantness", "0", "--energy", "0")
    result = cli(*args)
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("stillpoint: ")
    assert message in lines[0]
    assert "Traceback" not in result.err and result.out == ""
    assert _count(data_dir) == 1


def test_unwritable_data_dir(cli_process, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = cli_process("mood", "list", "--data-dir", str(blocker / "data"))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "cannot use data folder" in result.err


def test_too_new_database_is_refused_untouched(cli, data_dir):
    cli("mood", "add", "--pleasantness", "1", "--energy", "1")
    db = data_dir / paths.DB_FILENAME
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
    before = db.read_bytes()
    result = cli("mood", "add", "--pleasantness", "1", "--energy", "1")
    assert result.code == 2 and "newer Stillpoint" in result.err
    assert result.err.count("\n") == 1
    assert db.read_bytes() == before


def test_corrupt_database_is_refused_untouched(cli, data_dir):
    data_dir.mkdir(mode=0o700)
    db = data_dir / paths.DB_FILENAME
    db.write_bytes(b"\x00garbage" * 512)
    result = cli("mood", "list")
    assert result.code == 2 and "cannot be read as a database" in result.err
    assert db.read_bytes() == b"\x00garbage" * 512


def test_env_var_chooses_the_data_dir(cli_process, data_dir):
    # conftest's data_dir fixture sets STILLPOINT_DATA_DIR; no --data-dir given here.
    assert cli_process("mood", "add", "--pleasantness", "4", "--energy", "2").code == 0
    assert _count(data_dir) == 1


def test_database_url_option(cli, tmp_path):
    other = tmp_path / "elsewhere.db"
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "1",
               "--database-url", f"sqlite:///{other}").code == 0
    with contextlib.closing(sqlite3.connect(other)) as conn:
        assert conn.execute("SELECT count(*) FROM mood_checkin").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], False),
        (["--data-dir", "mood"], False),  # a folder called "mood" is not the command
        (["--database-url", "sqlite:///x.db", "--self-test"], False),
        (["mood", "list"], True),
        (["--data-dir", "d", "vocab"], True),
        (["--help"], True),
    ],
)
def test_window_start_only_parses_window_options(args, expected):
    from app.cli.parser import wants_command

    assert wants_command(args) is expected


def test_unknown_command_is_still_refused(cli):
    result = cli("moood")
    assert result.code == 2 and "invalid choice: 'moood'" in result.err
