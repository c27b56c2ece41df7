"""`stillpoint regulate add|list|strategies`; bad values exit 2 and write nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.cli import main

GOOD = ["--situation", "A sharp email", "--emotion", "angry:8:3", "--emotion", "hurt:5",
        "--strategy", "opposite action", "--helpful", "3"]


def run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def entry_rows(data_dir):
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        return (conn.execute("SELECT COUNT(*) FROM regulation_entry").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM regulation_emotion").fetchone()[0])


def test_add_then_list_as_json(capsys, data_dir):
    code, out, _ = run(capsys, data_dir, "regulate", "add", *GOOD, "--note", "breathed first",
                       "--person", "Sam", "--action", "withdrew", "--at", "2026-11-27T18:05")
    assert code == 0 and out == "Saved regulation entry 1 for 2026-11-27.\n"
    code, out, _ = run(capsys, data_dir, "regulate", "list", "--json")
    [entry] = json.loads(out)["entries"]
    assert entry["situation"] == "A sharp email"
    assert entry["emotions"] == [{"word": "angry", "before": 8, "after": 3},
                                 {"word": "hurt", "before": 5, "after": None}]
    assert (entry["strategy"], entry["strategy_family"], entry["helpfulness"]) == (
        "Opposite action", "dbt", 3)
    assert entry["attachment"] == {"person": "Sam", "action": "withdrew"}
    assert entry["at"] == "2026-11-27T18:05:00+01:00"
    code, out, _ = run(capsys, data_dir, "regulate", "list")
    assert "angry 8->3" in out and "helped quite a lot" in out


def test_strategies_lists_names_accepted_by_add(capsys, data_dir):
    _code, out, _ = run(capsys, data_dir, "regulate", "strategies", "--json")
    names = [s["name"] for s in json.loads(out)["strategies"]]
    assert "Check the facts" in names and "Breathing exercise" in names


@pytest.mark.parametrize("change, expected", [
    ({"--strategy": "opposit acton"}, ["'opposit acton'", "'Opposite action'"]),
    ({"--emotion": "angyr:8"}, ["'angyr'", "'angry'"]),
    ({"--emotion": "angry:8:12"}, ["'angry'", "not 12"]),
    ({"--emotion": "angry:-2"}, ["'angry'", "not -2"]),
    ({"--helpful": "5"}, ["helpful", "not 5"]),
    ({"--action": "sulked"}, ["'sulked'", "reached_out"]),
])
def test_bad_values_exit_2_with_one_line_and_write_nothing(capsys, data_dir, change, expected):
    run(capsys, data_dir, "regulate", "add", *GOOD)
    before = entry_rows(data_dir)
    args = [*list(GOOD), "--action", "withdrew"]
    for option, value in change.items():
        index = args.index(option)
        args[index + 1] = value
    code, out, err = run(capsys, data_dir, "regulate", "add", *args)
    assert code == 2 and out == ""
    assert err.startswith("stillpoint: ") and err.count("\n") == 1
    for fragment in expected:
        assert fragment in err
    assert entry_rows(data_dir) == before
