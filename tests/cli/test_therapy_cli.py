"""`stillpoint therapy list|flag|unflag|next|held`; bad values exit 2 and write nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest


def counts(data_dir) -> tuple[int, int]:
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        return (conn.execute("SELECT COUNT(*) FROM session_item").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM therapy_session").fetchone()[0])


def test_flag_next_held_and_list(cli):
    assert cli("mood", "add", "--pleasantness", "-2", "--energy", "3", "--note", "Panicky",
               "--at", "2026-11-27T08:00").code == 0
    result = cli("therapy", "flag", "checkin", "1", "--note", "the mornings")
    assert result.code == 0 and result.out.startswith("Flag 1:")
    assert cli("therapy", "flag", "checkin", "1").out.startswith("Flag 1:")  # the same flag
    assert cli("therapy", "next", "--date", "2026-12-03").code == 0
    doc = json.loads(cli("therapy", "list", "--json").out)
    assert doc["next_session"]["day"] == "2026-12-03"
    assert doc["next_session"]["items"] == [{
        "id": 1, "kind": "checkin", "item_id": 1, "day": "2026-11-27",
        "summary": "Somewhat unpleasant, energy lively: Panicky",
        "note": "the mornings"}]
    result = cli("therapy", "held", "--worked-on", "Mornings", "--homework", "Breathe\nWalk")
    assert result.code == 0
    doc = json.loads(cli("therapy", "list", "--json").out)
    assert doc["next_session"]["items"] == [] and doc["next_session"]["day"] is None
    [past] = doc["past_sessions"]
    assert (past["day"], past["worked_on"], past["homework"]) == (
        "2026-12-03", "Mornings", "Breathe\nWalk")
    assert [i["id"] for i in past["items"]] == [1]
    text = cli("therapy", "list").out
    assert "Session on 2026-12-03" in text and "homework: Walk" in text


def test_unflag(cli, data_dir):
    cli("mood", "add", "--pleasantness", "1", "--energy", "1")
    cli("therapy", "flag", "checkin", "1")
    assert cli("therapy", "unflag", "1").code == 0
    assert json.loads(cli("therapy", "list", "--json").out)["next_session"]["items"] == []
    result = cli("therapy", "unflag", "1")
    assert result.code == 2 and result.err == "stillpoint: there is no flag 1\n"


@pytest.mark.parametrize("args", [
    ("flag", "mood", "1"),
    ("flag", "checkin", "7"),
    ("flag", "checkin", "x"),
    ("flag", "journal", "1", "--note", "n" * 2001),
    ("next", "--date", "2026-02-30"),
    ("next",),
    ("held", "--worked-on", "   "),
    ("held",),
])
def test_bad_input_exits_2_and_writes_nothing(cli, data_dir, args):
    cli("mood", "add", "--pleasantness", "1", "--energy", "1")
    before = counts(data_dir)
    result = cli("therapy", *args)
    assert result.code == 2, result
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert counts(data_dir) == before
