"""Emotion words, regulation strategies and tags, against values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from app.regulation.service import RegulationService
from app.stats.emotions import top_words
from app.stats.periods import span, week_of
from app.stats.regulation import strategy_effects, strategy_quadrants
from app.stats.tags import tag_effects
from tests.app.stats_helpers import berlin

WEEK = week_of(dt.date(2026, 10, 21))


def test_top_words_this_week_against_last(ctx):
    for when, words in (("2026-10-20T09:00", {"calm": 5, "tired": 3}),
                        ("2026-10-21T09:00", {"calm": 4}),
                        ("2026-10-13T09:00", {"calm": 2, "anxious": 7}),
                        ("2026-10-14T09:00", {"tired": 2})):
        ctx.mood.add_checkin(pleasantness=1, energy=-1, at=berlin(when), emotions=words)
    words = top_words(ctx.db, WEEK)
    assert [(w.word, w.count, w.previous) for w in words] == [("calm", 2, 1), ("tired", 1, 1)]


def test_strategy_effects_and_quadrants(ctx):
    reg = RegulationService(ctx.db, ctx.hub)
    reg.add_entry(situation="late reply", emotions=[("anxious", 8, 4), ("lonely", 5, 4)],
                  strategy="Reappraisal", helpfulness=3, at=berlin("2026-10-20T20:00"))
    reg.add_entry(situation="meeting", emotions=[("angry", 6, 5)], strategy="Reappraisal",
                  helpfulness=1, at=berlin("2026-10-22T11:00"))
    reg.add_entry(situation="evening", emotions=[("sad", 7, 3)], strategy="Opposite action",
                  helpfulness=4, at=berlin("2026-10-23T19:00"))
    gone = reg.add_entry(situation="x", emotions=[("sad", 9, 0)], strategy="Opposite action",
                         helpfulness=0, at=berlin("2026-10-23T20:00"))
    reg.delete_entry(gone.id)
    effects = {e.name: e for e in strategy_effects(ctx.db, WEEK)}
    assert list(effects) == ["Opposite action", "Reappraisal"]
    reappraisal = effects["Reappraisal"]
    assert reappraisal.uses == 2 and reappraisal.helpfulness == pytest.approx(2.0)
    # Each rated emotion counts once: drops 4, 1 and 1.
    assert reappraisal.drop == pytest.approx(2.0) and reappraisal.rated_emotions == 3
    assert effects["Opposite action"].drop == pytest.approx(4.0)
    quadrants = {q.name: q.counts for q in strategy_quadrants(ctx.db, WEEK)}
    # anxious (the strongest) and angry are high-energy unpleasant; sad is low-energy.
    assert quadrants["Reappraisal"]["high-unpleasant"] == 2
    assert quadrants["Opposite action"] == {"high-pleasant": 0, "low-pleasant": 0,
                                            "high-unpleasant": 0, "low-unpleasant": 1}


def test_tags_need_three_days_on_each_side(ctx):
    days = [dt.date(2026, 10, 1) + dt.timedelta(days=i) for i in range(7)]
    for i, day in enumerate(days):
        tags = ["outdoors"] if i < 3 else []
        if i < 2:
            tags.append("working")
        ctx.mood.add_checkin(pleasantness=3 if i < 3 else -1, energy=0, tags=tags,
                             at=berlin(f"{day.isoformat()}T10:00"))
    effects = tag_effects(ctx.db, span(days[0], days[-1]))
    assert [t.name for t in effects] == ["outdoors"]  # "working" has only two days
    outdoors = effects[0]
    assert (outdoors.days_with, outdoors.days_without) == (3, 4)
    assert (outdoors.mood_with, outdoors.mood_without) == (3.0, -1.0)
