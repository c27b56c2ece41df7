"""The weekly review: plain sentences from the data, comparisons, and never a diagnosis."""

from __future__ import annotations

import datetime as dt

from app.regulation.service import RegulationService
from app.stats.review import weekly_review
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
    # Days: Tue 2, Wed (3+1)/2 = 2, Fri 0 -> mean 4/3 = +1.3 against -2.0 the week before.
    assert "(+1.3), a little more pleasant than the week before (-2.0)" in text
    assert "Check the facts felt most helpful (quite helpful)" in text
    assert "eased by 4.0 points" in text
    assert "You practised for 10 minutes on 1 day, mostly breathing." in text
    assert "Box breathing has helped you most: calm rose by 3.0" in text
    assert not any(w in text.lower() for w in WORDS_NEVER_USED)


def test_a_lower_week_is_described_gently(ctx):
    ctx.mood.add_checkin(pleasantness=3, energy=0, at=berlin("2026-10-13T09:00"))
    ctx.mood.add_checkin(pleasantness=-3, energy=0, at=berlin("2026-10-20T09:00"))
    text = weekly_review(ctx.db, dt.date(2026, 10, 20), today=dt.date(2026, 10, 20)).text
    assert "a little less pleasant than the week before (+3.0)" in text
    assert "Weeks rise and fall" in text
