"""`stillpoint stats week` and `stillpoint demo-data`: values, JSON shape, bad input."""

from __future__ import annotations

import datetime as dt
import json

from tests.app.stats_helpers import by_day, expected_day


def test_stats_week_json_matches_the_stored_rows(cli, ctx, data_dir):
    for when, p, e in (("2026-10-25T00:30+02:00", 1, 2), ("2026-10-25T23:30+01:00", 4, -2),
                       ("2026-10-21T08:00+02:00", -3, 0), ("2026-10-26T00:10+01:00", 5, 5)):
        assert cli("mood", "add", "--pleasantness", str(p), "--energy", str(e),
                   "--at", when).code == 0
    ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                             planned_seconds=300, actual_seconds=270, completed=False,
                             started_at=dt.datetime.fromisoformat("2026-10-25T09:00+01:00"))
    result = cli("stats", "week", "--date", "2026-10-22", "--json")
    assert result.code == 0 and result.err == ""
    doc = json.loads(result.out)
    assert doc["week"] == {"start": "2026-10-19", "end": "2026-10-25"}
    expected = by_day(data_dir)
    for row in doc["days"]:
        day = dt.date.fromisoformat(row["date"])
        if day not in expected:
            assert row["entries"] == 0 and row["pleasantness"] is None
            continue
        want = expected_day(expected[day])
        assert row["entries"] == want["entries"]
        assert row["pleasantness"] == round(want["pleasantness"], 2)
        assert row["energy"] == round(want["energy"], 2)
        assert (row["pleasantness_min"], row["pleasantness_max"]) == (want["p_min"], want["p_max"])
    sunday = doc["days"][6]
    assert sunday["entries"] == 2 and sunday["practice_minutes"] == 4.5
    assert sunday["practice_by_kind"] == {"breathing": 4.5}
    assert doc["totals"]["entries"] == 3 and doc["totals"]["practice_minutes"] == 4.5


def test_stats_week_plain_table(cli):
    cli("mood", "add", "--pleasantness", "2", "--energy", "-1", "--at", "2026-01-07T10:00")
    out = cli("stats", "week", "--date", "2026-01-07").out
    assert "Week of 5 – 11 January 2026" in out
    assert "2026-01-07         1     +2.00   -1.00   +2   +2      0.0m" in out


def test_stats_week_bad_date_is_one_line_exit_2(cli):
    result = cli("stats", "week", "--date", "next tuesday")
    assert result.code == 2 and result.out == ""
    assert result.err.strip().count("\n") == 0 and "YYYY-MM-DD" in result.err


def test_demo_data_needs_its_own_folder(cli_process, tmp_path):
    result = cli_process("demo-data", "--years", "0.2")
    assert result.code == 2 and "--data-dir" in result.err
    target = tmp_path / "demo"
    made = cli_process("demo-data", "--years", "0.2", "--data-dir", str(target))
    assert made.code == 0 and "demo check-ins" in made.out
    again = cli_process("demo-data", "--years", "0.2", "--data-dir", str(target))
    assert again.code == 2 and "already holds" in again.err
    week = cli_process("stats", "week", "--json", "--data-dir", str(target))
    assert json.loads(week.out)["totals"]["entries"] > 0


def test_demo_years_out_of_range(cli):
    result = cli("demo-data", "--years", "99")
    assert result.code == 2 and "years must be from 0.1 to 30" in result.err
