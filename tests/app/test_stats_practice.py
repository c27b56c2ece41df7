"""Practice figures: minutes per week by kind, the forgiving habit strength, calm effect."""

from __future__ import annotations

import datetime as dt

import pytest

from app.stats.periods import span, week_of
from app.stats.practice import (
    RATE,
    calm_by_exercise,
    consistency,
    daily_minutes,
    habit_strength,
    weekly_minutes,
)
from tests.app.stats_helpers import berlin

SESSIONS = [  # (local start, kind, ref, title, actual seconds, calm before, after)
    ("2026-03-23T07:00", "breathing", "box", "Box breathing", 300, 4, 6),
    ("2026-03-23T21:00", "breathing", "box", "Box breathing", 240, 5, 6),
    ("2026-03-28T23:50", "timer", "timer", "Meditation timer", 1200, None, None),
    ("2026-03-29T03:30", "visualization", "calm-place", "A calm place", 480, 3, 7),  # after DST
    ("2026-03-30T00:10", "audio", "1", "Rain", 600, 6, 6),   # next week
    ("2026-03-16T08:00", "breathing", "resonance", "Resonance breathing", 600, 2, 6),
]


@pytest.fixture
def practised(ctx):
    for when, kind, ref, title, seconds, before, after in SESSIONS:
        ctx.practice.log_session(kind=kind, ref=ref, title=title, planned_seconds=seconds,
                                 actual_seconds=seconds, completed=True,
                                 started_at=berlin(when), calm_before=before, calm_after=after)
    return ctx


def test_weekly_minutes_by_kind_across_the_spring_dst_change(practised):
    weeks = weekly_minutes(practised.db, dt.date(2026, 3, 29), weeks=3)
    assert [w.start for w in weeks] == [dt.date(2026, 3, 9), dt.date(2026, 3, 16),
                                        dt.date(2026, 3, 23)]
    last = weeks[-1].minutes
    # Independent: the sessions whose local start falls Mon 23 - Sun 29 March.
    assert last == {"breathing": 9.0, "visualization": 8.0, "timer": 20.0, "audio": 0.0}
    assert weeks[1].minutes["breathing"] == 10.0 and weeks[0].total == 0.0


def test_daily_minutes_put_a_late_session_on_its_local_day(practised):
    days = daily_minutes(practised.db, dt.date(2026, 3, 28), dt.date(2026, 3, 30))
    assert days[dt.date(2026, 3, 28)] == {"timer": 20.0}
    assert days[dt.date(2026, 3, 30)] == {"audio": 10.0}


def test_calm_effect_per_exercise_most_helpful_first(practised):
    rows = calm_by_exercise(practised.db, span(dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
    assert [r.ref for r in rows] == ["calm-place", "resonance", "box", "1"]
    box = rows[2]
    assert (box.rated_sessions, box.before, box.after) == (2, 4.5, 6.0)
    assert box.change == pytest.approx(1.5)
    assert all(r.kind != "timer" for r in rows)  # unrated sessions say nothing


def _expected_strength(practised: set[dt.date], last: dt.date) -> int:
    value = 0.0
    day = last - dt.timedelta(days=400)
    while day <= last:
        value = value + RATE * ((1.0 if day in practised else 0.0) - value)
        day += dt.timedelta(days=1)
    return round(value * 100)


def test_habit_strength_forgives_a_missed_day():
    today = dt.date(2026, 5, 31)
    every_day = {today - dt.timedelta(days=i) for i in range(200)}
    assert habit_strength(every_day, today) == 100
    missed_yesterday = every_day - {today - dt.timedelta(days=1)}
    assert habit_strength(missed_yesterday, today) == _expected_strength(missed_yesterday, today)
    assert 88 <= habit_strength(missed_yesterday, today) < 100  # a dip, never a reset
    # The day is not over: not having practised yet today does not lower the score.
    not_yet = every_day - {today}
    assert habit_strength(not_yet, today) == 100
    assert habit_strength(set(), today) == 0


def test_habit_strength_matches_the_formula_for_a_mixed_history():
    today = dt.date(2026, 5, 31)
    history = {today - dt.timedelta(days=i) for i in range(0, 90, 3)}
    assert habit_strength(history, today) == _expected_strength(history, today)


def test_consistency_for_a_week(practised):
    figures = consistency(practised.db, dt.date(2026, 3, 29))
    assert figures.days_this_week == 3 and figures.sessions_this_week == 4
    assert figures.minutes_this_week == pytest.approx(37.0)
    assert week_of(dt.date(2026, 3, 29)).start == dt.date(2026, 3, 23)
