"""The weekly review: plain sentences from the data, comparisons, and never a diagnosis."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from app.regulation.service import RegulationService
from app.stats.review import MAX_POINTS, SAME, compare_words, weekly_review
from app.stats.words import pleasantness_words
from tests.app.stats_helpers import berlin

WORDS_NEVER_USED = ("depress", "disorder", "diagnos", "symptom", "failed", "streak", "broke",
                    "should", "bad week")


def test_an_empty_week_invites(ctx):
    review = weekly_review(ctx.db, dt.date(2026, 10, 21), today=dt.date(2026, 10, 21))
    assert "No check-ins this week" in review.text
    assert "A minute of slow breathing counts" in review.text
    assert not any(w in review.text.lower() for w in WORDS_NEVER_USED)


def test_review_compares_with_the_week_before_and_names_what_helped(ctx):
    for when, p in (("2026-10-13T09:00", -2), ("2026-10-20T09:00", 2), ("2026-10-21T09:00", 3),
                    ("2026-10-21T20:00", 1), ("2026-10-23T09:00", 0)):
        ctx.mood.add_checkin(pleasantness=p, energy=1, at=berlin(when))
    for when in ("2026-09-01T08:00", "2026-10-20T08:00"):
        ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                                 planned_seconds=600, actual_seconds=600, completed=True,
                                 started_at=berlin(when), calm_before=3, calm_after=6)
    RegulationService(ctx.db, ctx.hub).add_entry(
        situation="call", emotions=[("anxious", 7, 3)], strategy="Check the facts",
        helpfulness=3, at=berlin("2026-10-22T18:00"))
    review = weekly_review(ctx.db, dt.date(2026, 10, 22), today=dt.date(2026, 10, 25))
    text = review.text
    assert "You checked in 4 times on 3 days." in text
    assert 3 <= len(review.sentences) <= 5
    # Days: Tue 2, Wed (3+1)/2 = 2, Fri 0 -> mean 4/3 = +1.3 against -2.0 the week before.
    assert "(+1.3), 3.3 higher than the week before (-2.0)." in text
    assert "Check the facts felt most helpful (quite helpful)" in text
    assert "eased by 4.0 points" in text
    assert "You practised for 10 minutes on 1 day, mostly breathing." in text
    assert not any(w in text.lower() for w in WORDS_NEVER_USED)


def test_a_lower_week_is_described_gently(ctx):
    ctx.mood.add_checkin(pleasantness=3, energy=0, at=berlin("2026-10-13T09:00"))
    ctx.mood.add_checkin(pleasantness=-3, energy=0, at=berlin("2026-10-20T09:00"))
    text = weekly_review(ctx.db, dt.date(2026, 10, 20), today=dt.date(2026, 10, 20)).text
    assert "(-3.0), 6.0 lower than the week before (+3.0)." in text
    assert "Weeks rise and fall" in text


def test_points_stay_few_and_the_habit_figure_is_explained(ctx):
    for day in range(19, 26):
        ctx.mood.add_checkin(pleasantness=1, energy=1, at=berlin(f"2026-10-{day}T09:00"))
        ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                                 planned_seconds=300, actual_seconds=300, completed=True,
                                 started_at=berlin(f"2026-10-{day}T08:00"), calm_before=3,
                                 calm_after=6)
    RegulationService(ctx.db, ctx.hub).add_entry(
        situation="call", emotions=[("anxious", 7, 3)], strategy="Check the facts",
        helpfulness=3, at=berlin("2026-10-22T18:00"))
    review = weekly_review(ctx.db, dt.date(2026, 10, 22), today=dt.date(2026, 10, 25))
    assert 3 <= len(review.sentences) <= MAX_POINTS
    habit = next(p for p in review.sentences if p.startswith("Habit strength"))
    assert "how regular your practice has been" in habit
    assert all(len(p) <= 170 for p in review.sentences)


POINT = re.compile(r"on average \(([-+]?\d+\.\d)\), (?:(\d+\.\d) (higher|lower) than|about "
                   r"the same as) the week before \(([-+]?\d+\.\d)\)")


@pytest.mark.parametrize("seed", range(4))
def test_over_many_weeks_the_words_agree_with_the_numbers(ctx, seed):
    """Random weeks, each read against the one before: the direction and size in words
    match the two figures shown, and the feeling word matches the week's own figure."""
    rng = random.Random(seed)
    start = dt.date(2026, 1, 5) + dt.timedelta(weeks=seed * 10)
    for day in range(70):
        when = start + dt.timedelta(days=day)
        for hour in range(rng.choice((0, 1, 1, 2, 3))):
            ctx.mood.add_checkin(pleasantness=rng.randint(-5, 5), energy=rng.randint(-5, 5),
                                 at=berlin(f"{when.isoformat()}T{9 + hour * 3:02d}:00"))
    compared = 0
    for week in range(1, 10):
        day = start + dt.timedelta(weeks=week)
        review = weekly_review(ctx.db, day, today=day + dt.timedelta(days=6))
        assert len(review.sentences) <= MAX_POINTS
        match = POINT.search(review.text)
        if match is None:
            continue
        compared += 1
        now, size, side, before = match.groups()
        change = round(float(now) - float(before), 1)
        if size is None:
            assert abs(change) < SAME
        else:
            assert float(size) == abs(change) and abs(change) >= SAME
            assert side == ("higher" if change > 0 else "lower")
        assert ("Weeks rise and fall" in review.text) == (side == "lower")
        feel = pleasantness_words(float(now))
        assert f"felt {feel} on average ({now})" in review.text
        assert not any(w in review.text.lower() for w in WORDS_NEVER_USED)
    assert compared >= 5


@pytest.mark.parametrize(("mean", "before", "expected"), [
    (0.7, -0.8, "1.5 higher than"), (-0.8, 0.7, "1.5 lower than"), (0.74, 0.5, "about the same"),
    (0.04, -0.04, "about the same"), (2.0, 1.7, "0.3 higher")])
def test_compare_words_follow_the_rounded_figures(mean, before, expected):
    assert expected in compare_words(mean, before)
