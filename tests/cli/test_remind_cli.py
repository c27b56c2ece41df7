"""`stillpoint remind list|add|remove`: scripting reminders; bad input exits 2 and writes nothing."""

from __future__ import annotations

import json

import pytest


def test_add_list_remove_round_trip(cli):
    first = cli("remind", "add", "--time", "9:00", "--time", "21:30")
    assert first.code == 0 and "Added reminder 1" in first.out
    second = cli("remind", "add", "--kind", "breathe", "--pattern", "4-7-8", "--every", "3",
                 "--from", "09:00", "--to", "18:00", "--weekdays", "--json")
    assert second.code == 0
    assert json.loads(second.out) == {
        "id": 2, "kind": "breathe", "pattern": "4-7-8", "times": [], "every_hours": 3,
        "window_start": "09:00", "window_end": "18:00", "weekdays": [0, 1, 2, 3, 4]}
    listed = json.loads(cli("remind", "list", "--json").out)
    assert [r["id"] for r in listed["reminders"]] == [1, 2]
    assert listed["reminders"][0]["times"] == ["09:00", "21:30"]
    assert listed["paused_until"] is None
    assert "on weekdays" in cli("remind", "list").out
    removed = cli("remind", "remove", "1", "--json")
    assert removed.code == 0 and json.loads(removed.out)["id"] == 1
    assert [r["id"] for r in json.loads(cli("remind", "list", "--json").out)["reminders"]] == [2]


def test_empty_list_says_how_to_add(cli):
    result = cli("remind", "list")
    assert result.code == 0 and "remind add" in result.out


@pytest.mark.parametrize("args", [
    ("add",),
    ("add", "--time", "25:00"),
    ("add", "--time", "9"),
    ("add", "--time", ""),
    ("add", "--every", "2"),
    ("add", "--every", "0", "--from", "09:00", "--to", "17:00"),
    ("add", "--every", "2", "--from", "17:00", "--to", "09:00"),
    ("add", "--from", "09:00", "--time", "10:00"),
    ("add", "--kind", "nap", "--time", "10:00"),
    ("add", "--kind", "breathe", "--pattern", "nope", "--time", "10:00"),
    ("add", "--pattern", "box", "--time", "10:00"),
    ("remove", "5"),
    ("remove", "x"),
])
def test_bad_input_exits_2_one_line_nothing_written(cli, args):
    result = cli("remind", *args)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert json.loads(cli("remind", "list", "--json").out)["reminders"] == []


def test_real_process_json(cli_process, data_dir):
    added = cli_process("--data-dir", str(data_dir), "remind", "add", "--time", "07:15")
    assert added.code == 0, added.err
    listed = cli_process("--data-dir", str(data_dir), "remind", "list", "--json")
    assert json.loads(listed.out)["reminders"][0]["times"] == ["07:15"]
