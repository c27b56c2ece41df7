"""The regulation log: entries with before/after intensities, strategies, practice links."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from app.errors import UserError
from app.events import RegulationChanged, StrategiesChanged
from app.regulation.service import RegulationDraft


def count(ctx, table):
    with sqlite3.connect(ctx.db.path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def practice(ctx, kind="breathing"):
    return ctx.practice.log_session(kind=kind, ref="box", title="Box breathing",
                                    planned_seconds=300, actual_seconds=300, completed=True)


def test_builtin_strategies_cover_gross_dbt_and_the_apps_exercises(ctx):
    strategies = ctx.regulation.list_strategies()
    by_family = {}
    for s in strategies:
        by_family.setdefault(s.family, []).append(s.name)
        assert s.description and len(s.description) < 160, s.name
    assert {"Situation selection", "Situation modification", "Attentional deployment",
            "Reappraisal", "Response modulation"} <= set(by_family["gross"])
    assert {"Check the facts", "Opposite action", "Problem solving", "Accumulate positives",
            "Build mastery", "Cope ahead", "PLEASE (physical care)",
            "Mindfulness of the current emotion"} == set(by_family["dbt"])
    assert {s.practice_kind for s in strategies if s.family == "stillpoint"} == {
        "breathing", "visualization", "timer", "audio"}


def test_entry_round_trip(ctx):
    events = []
    ctx.hub.subscribe(RegulationChanged, events.append)
    entry = ctx.regulation.add_entry(RegulationDraft(
        situation="  A sharp email from my manager ", emotions=(("Angry", 8, 3), ("hurt", 6, None)),
        strategy="check the FACTS", helpfulness=3, note="Waited an hour before replying",
        attachment_person="Manager", attachment_action="asked directly",
    ), at=dt.datetime(2026, 4, 2, 18, 5))
    assert entry.situation == "A sharp email from my manager"
    assert [(e.word, e.before, e.after) for e in entry.emotions] == [
        ("angry", 8, 3), ("hurt", 6, None)]
    assert entry.strategy.name == "Check the facts" and entry.strategy.family == "dbt"
    assert entry.attachment_action == "asked_directly"
    assert entry.local_day == dt.date(2026, 4, 2)
    assert ctx.regulation.list_entries() == [entry]
    assert events == [RegulationChanged(day=dt.date(2026, 4, 2))]
    doc = entry.to_json()
    assert doc["attachment"] == {"person": "Manager", "action": "asked_directly"}
    assert doc["emotions"][0] == {"word": "angry", "before": 8, "after": 3}


@pytest.mark.parametrize("change, fragment", [
    ({"emotions": [("angyr", 8, 3)]}, "'angry'"),
    ({"emotions": [("angry", 11, 3)]}, "not 11"),
    ({"emotions": [("angry", 5, -1)]}, "not -1"),
    ({"emotions": []}, "at least one emotion"),
    ({"strategy": "oposite action"}, "'Opposite action'"),
    ({"helpfulness": 5}, "0 (not at all) to 4"),
    ({"situation": "   "}, "situation"),
    ({"attachment_action": "sulked"}, "reached_out"),
    ({"practice_session_id": 42}, "no practice session 42"),
])
def test_bad_entries_are_refused_and_nothing_is_written(ctx, change, fragment):
    draft = dataclasses.replace(RegulationDraft(
        situation="Late train", emotions=(("anxious", 6, 2),), strategy="Reappraisal",
        helpfulness=2), **change)
    with pytest.raises(UserError) as err:
        ctx.regulation.add_entry(draft)
    assert fragment in str(err.value)
    assert count(ctx, "regulation_entry") == 0 and count(ctx, "regulation_emotion") == 0


def test_strategy_list_is_editable(ctx):
    seen = []
    ctx.hub.subscribe(StrategiesChanged, seen.append)
    own = ctx.regulation.add_strategy(name="Call my sister", description="She always gets it.")
    assert own.family == "own" and ctx.regulation.list_strategies()[-1] == own
    with pytest.raises(UserError):
        ctx.regulation.add_strategy(name="call my SISTER")
    suppression = ctx.regulation.find_strategy("suppression")
    ctx.regulation.set_strategy_hidden(suppression.id, hidden=True)
    assert suppression.name not in [s.name for s in ctx.regulation.list_strategies()]
    assert suppression.name in [s.name for s in ctx.regulation.list_strategies(include_hidden=True)]
    # A hidden strategy can still be named, e.g. for an old habit noted from the CLI.
    entry = ctx.regulation.add_entry(situation="x", emotions=[("tense", 5, 5)],
                                     strategy="Suppression", helpfulness=1)
    assert entry.strategy.hidden
    assert ctx.regulation.add_strategy(name="suppression").hidden is False
    assert len(seen) == 3


def test_update_delete_and_restore(ctx):
    entry = ctx.regulation.add_entry(situation="Argument", emotions=[("angry", 9, None)],
                                     strategy="Opposite action", helpfulness=1)
    changed = ctx.regulation.update_entry(entry.id, situation="Argument at dinner",
                                          emotions=[("angry", 9, 4), ("guilty", 3, 2)],
                                          strategy="Problem solving", helpfulness=3)
    assert changed.at_utc == entry.at_utc
    assert [(e.word, e.after) for e in changed.emotions] == [("angry", 4), ("guilty", 2)]
    ctx.regulation.delete_entry(entry.id)
    assert ctx.regulation.list_entries() == []
    assert count(ctx, "regulation_emotion") == 2  # set aside, not gone
    assert ctx.regulation.restore_entry(entry.id) == changed


def test_after_a_practice_session_the_offer_knows_the_strategy(ctx):
    session = practice(ctx)
    offer = ctx.regulation.practice_offer(session.id)
    assert offer.title == "Box breathing" and not offer.already_logged
    assert offer.strategy.name == "Breathing exercise"
    entry = ctx.regulation.add_entry(situation="Before the interview",
                                     emotions=[("nervous", 7, 4)], helpfulness=3,
                                     practice_session_id=session.id)
    assert entry.strategy == offer.strategy and entry.practice_session_id == session.id
    assert ctx.regulation.practice_offer(session.id).already_logged
    with pytest.raises(UserError):
        ctx.regulation.add_entry(situation="x", emotions=[("calm", 1, 1)], helpfulness=1)


def test_practice_choice_describes_one_session_like_recent_practice(ctx):
    session = practice(ctx)
    [recent] = ctx.regulation.recent_practice("breathing")
    assert ctx.regulation.practice_choice(session.id) == recent
    assert recent[:2] == (session.id, "Box breathing")
    assert ctx.regulation.practice_choice(session.id + 1) is None


def test_list_filters_by_local_day(ctx):
    for day in (1, 2, 3):
        ctx.regulation.add_entry(situation=f"day {day}", emotions=[("sad", 5, 4)],
                                 strategy="Reappraisal", helpfulness=2,
                                 at=dt.datetime(2026, 6, day, 23, 30))
    entries = ctx.regulation.list_entries(since=dt.date(2026, 6, 2), newest_first=False)
    assert [e.situation for e in entries] == ["day 2", "day 3"]
    assert [e.situation for e in ctx.regulation.list_entries(limit=1)] == ["day 3"]


def test_an_entry_can_be_edited_with_a_draft_and_the_keyword_form_still_works(ctx):
    entry = ctx.regulation.add_entry(situation="Late train", emotions=[("anxious", 6, 2)],
                                     strategy="Reappraisal", helpfulness=2)
    changed = ctx.regulation.update_entry(entry.id, RegulationDraft(
        situation="Late bus", emotions=(("anxious", 7, None),), strategy="Problem solving",
        helpfulness=3))
    assert (changed.situation, changed.strategy.name, changed.helpfulness) == (
        "Late bus", "Problem solving", 3)
    assert changed.at_utc == entry.at_utc
    draft = RegulationDraft(situation="x", emotions=(("sad", 1, None),), helpfulness=1)
    with pytest.raises(TypeError):
        ctx.regulation.add_entry(draft, note="both")
