"""`stillpoint goal add|step|done|list`; bad input exits 2 and writes nothing."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest


def counts(data_dir):
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("goal", "goal_step"))


def test_add_steps_done_and_list(cli, data_dir):
    result = cli("goal", "add", "--title", "Ask for help at work", "--why", "I carry a lot",
                 "--measure", "once a week", "--review", "2030-01-31")
    assert result.code == 0 and result.out.startswith("Saved goal 1: Ask for help at work.")
    result = cli("goal", "step", "1", "--title", "Breathe before meetings",
                 "--practice", "breathing", "--minutes", "5", "--days", "4")
    assert result.code == 0 and "Saved step 1" in result.out
    assert "0 of 4 days so far" in result.out and "this week" in result.out
    assert cli("goal", "step", "1", "--title", "Ask Sam").code == 0
    result = cli("goal", "done", "2")
    assert result.code == 0 and "Step 2 is done" in result.out
    assert "notice that" not in result.out
    listed = cli("goal", "list")
    assert "Ask for help at work  [1 of 2 steps, review 2030-01-31]" in listed.out
    assert "[x] 2  Ask Sam" in listed.out and "(0 of 4 days: 5 min of breathing" in listed.out
    [goal] = json.loads(cli("goal", "list", "--json").out)["goals"]
    assert (goal["why"], goal["measure"], goal["review_on"]) == (
        "I carry a lot", "once a week", "2030-01-31")
    assert (goal["steps_done"], goal["steps_total"], goal["done"]) == (1, 2, False)
    first, second = goal["steps"]
    assert first["practice"]["days"] == 4 and second["practice"] is None
    assert second["done"] and second["done_at_utc"].endswith("Z")
    monday = dt.date.fromisoformat(first["practice"]["week_start"])
    assert monday.weekday() == 0


def test_finishing_the_last_step_celebrates(cli):
    cli("goal", "add", "--title", "Rest on Sunday")
    cli("goal", "step", "1", "--title", "Nothing planned")
    result = cli("goal", "done", "1")
    assert "You did what you set out to do" in result.out
    assert json.loads(cli("goal", "list", "--json").out)["goals"][0]["done"] is True


def test_empty_list(cli):
    assert "No goals yet" in cli("goal", "list").out
    assert json.loads(cli("goal", "list", "--json").out) == {"goals": []}


@pytest.mark.parametrize("args, message", [
    (("add", "--title", ""), "--title is empty"),
    (("add", "--title", "x" * 201), "under 200"),
    (("add", "--title", "Walk", "--review", "soon"), "not a date"),
    (("step", "1", "--title", "Breathe", "--minutes", "5"), "needs a kind"),
    (("step", "1", "--title", "Breathe", "--practice", "run", "--minutes", "5", "--days", "2"),
     "one of breathing"),
    (("step", "1", "--title", "Breathe", "--practice", "any", "--minutes", "0", "--days", "2"),
     "minutes must be from 1 to 600"),
    (("step", "1", "--title", "Breathe", "--practice", "any", "--minutes", "5", "--days", "8"),
     "days must be from 1 to 7"),
    (("step", "9", "--title", "Breathe"), "there is no goal 9"),
    (("step", "x", "--title", "Breathe"), "goal id must be a whole number"),
    (("done", "7"), "there is no step 7"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(cli, data_dir, args, message):
    cli("goal", "add", "--title", "Walk more")
    before = counts(data_dir)
    result = cli("goal", *args)
    assert result.code == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err and result.out == ""
    assert counts(data_dir) == before
