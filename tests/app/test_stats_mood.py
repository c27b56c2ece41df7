"""Mood per local day: chart series match values recomputed from the stored rows, across a
DST change, with several check-ins a day, and the SQL reads only the days shown."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections import Counter

import pytest

from app.stats.mood import SQL_DAILY, SQL_PLANE, mood_plane, mood_series, weekly_series
from app.stats.periods import month_of, span, week_of, year_of
from tests.app.stats_helpers import berlin, by_day, expected_day, stored_checkins

# Europe/Berlin leaves summer time on Sunday 25 October 2026 at 03:00 (back to 02:00).
DST_WEEK = week_of(dt.date(2026, 10, 21))
ENTRIES = [
    ("2026-10-19T07:10", 2, 1), ("2026-10-19T12:00", -1, 3), ("2026-10-19T22:40", 4, -2),
    ("2026-10-20T09:00", 0, 0),
    ("2026-10-22T23:59", -3, -4),
    ("2026-10-25T00:30", 1, 1),        # summer time, +02:00
    ("2026-10-25T02:30", 3, -1),       # the repeated hour; Python picks the first (+02:00)
    ("2026-10-25T23:30", 5, 2),        # winter time, +01:00: still Sunday
    ("2026-10-26T00:15", -2, 0),       # Monday: next week, not this one
    ("2026-10-12T10:00", -4, -1), ("2026-10-12T18:00", -2, 2),   # the week before
]


@pytest.fixture
def logged(ctx):
    for when, p, e in ENTRIES:
        ctx.mood.add_checkin(pleasantness=p, energy=e, at=berlin(when))
    gone = ctx.mood.add_checkin(pleasantness=-5, energy=-5, at=berlin("2026-10-21T08:00"))
    ctx.mood.delete_checkin(gone.id)  # deleted entries never count
    return ctx


def test_week_series_matches_rows_recomputed_across_dst(logged, data_dir):
    series = mood_series(logged.db, DST_WEEK)
    expected = by_day(data_dir)
    assert len(series.days) == 7
    for day, slot in zip(DST_WEEK.days, series.days, strict=True):
        if day not in expected:
            assert slot is None, day
            continue
        want = expected_day(expected[day])
        assert slot is not None and slot.day == day
        assert slot.entries == want["entries"]
        assert slot.pleasantness == pytest.approx(want["pleasantness"])
        assert slot.energy == pytest.approx(want["energy"])
        assert (slot.pleasantness_min, slot.pleasantness_max) == (want["p_min"], want["p_max"])
        assert (slot.energy_min, slot.energy_max) == (want["e_min"], want["e_max"])


def test_dst_sunday_keeps_its_late_entry_and_monday_moves_on(logged):
    sunday = mood_series(logged.db, DST_WEEK).days[6]
    assert sunday is not None and sunday.entries == 3
    assert sunday.pleasantness == pytest.approx((1 + 3 + 5) / 3)
    monday = mood_series(logged.db, DST_WEEK.next).days[0]
    assert monday is not None and monday.entries == 1 and monday.pleasantness == -2


def test_several_a_day_mean_and_range(logged):
    monday = mood_series(logged.db, DST_WEEK).days[0]
    assert monday.entries == 3
    assert monday.pleasantness == pytest.approx(5 / 3)
    assert (monday.pleasantness_min, monday.pleasantness_max) == (-1, 4)
    assert (monday.energy_min, monday.energy_max) == (-2, 3)


def test_week_average_counts_each_day_once(logged, data_dir):
    series = mood_series(logged.db, DST_WEEK)
    days = by_day(data_dir)
    means = [expected_day(days[d])["pleasantness"] for d in DST_WEEK.days if d in days]
    assert series.average("pleasantness") == pytest.approx(sum(means) / len(means))
    assert series.entries == sum(len(days[d]) for d in DST_WEEK.days if d in days)


def test_year_view_weeks_are_means_of_daily_means(logged, data_dir):
    weeks = {w.start: w for w in weekly_series(logged.db, year_of(dt.date(2026, 6, 1)))}
    days = by_day(data_dir)
    for start in (dt.date(2026, 10, 12), DST_WEEK.start, dt.date(2026, 10, 26)):
        inside = [d for d in days if start <= d <= start + dt.timedelta(days=6)]
        means = [expected_day(days[d])["pleasantness"] for d in inside]
        week = weeks[start]
        assert week.days_logged == len(inside)
        assert week.entries == sum(len(days[d]) for d in inside)
        assert week.pleasantness == pytest.approx(sum(means) / len(means))
        assert week.pleasantness_min == min(p for d in inside for p, _ in days[d])
    assert set(weeks) == {dt.date(2026, 10, 12), DST_WEEK.start, dt.date(2026, 10, 26)}


def test_plane_counts_every_live_checkin_once(logged, data_dir):
    october = month_of(dt.date(2026, 10, 1))
    expected = Counter((p, e) for day, p, e in stored_checkins(data_dir)
                       if october.contains(day))
    assert mood_plane(logged.db, october) == dict(expected)
    assert (-5, -5) not in mood_plane(logged.db, october)  # the deleted one


def test_empty_period_gives_empty_slots(ctx):
    series = mood_series(ctx.db, week_of(dt.date(2030, 1, 1)))
    assert series.days == [None] * 7 and series.average("energy") is None


@pytest.mark.parametrize("sql", [SQL_DAILY, SQL_PLANE])
def test_queries_read_through_the_local_day_index(ctx, data_dir, sql):
    # A range scan of the index: the cost follows the days shown, not all rows stored.
    with contextlib.closing(sqlite3.connect(data_dir / "stillpoint.db")) as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(
            f"EXPLAIN QUERY PLAN {sql}", {"start": "2026-01-01", "end": "2026-01-07"}))
    assert "ix_mood_checkin_local_day" in plan and "local_day>?" in plan.replace(" ", "")


def test_periods_step_and_title():
    week = week_of(dt.date(2026, 1, 1))
    assert (week.start, week.end) == (dt.date(2025, 12, 29), dt.date(2026, 1, 4))
    assert week.title() == "29 December 2025 – 4 January 2026"
    assert week.next.start == dt.date(2026, 1, 5)
    month = month_of(dt.date(2026, 1, 31))
    assert month.shifted(1).end == dt.date(2026, 2, 28)
    assert month.shifted(-13).title() == "December 2024"
    assert year_of(dt.date(2024, 5, 5)).length == 366
    assert span(dt.date(2026, 3, 1), dt.date(2026, 3, 10)).previous.end == dt.date(2026, 2, 28)
