"""Breathing service: custom patterns (create, edit, refuse, delete, undo) and session logging."""

from __future__ import annotations

import pytest

from app.breathing import BreathSchedule
from app.breathing.service import check_length, pattern_json
from app.errors import UserError
from app.events import PatternsChanged


def test_all_patterns_are_builtins_then_custom(ctx):
    keys = [p.key for p in ctx.breathing.list_patterns()]
    assert keys == ["box", "cyclic-sighing", "4-7-8", "resonance", "extended-exhale"]
    saved = ctx.breathing.create_pattern(name="  Evening   wind-down ", inhale=4, hold_in=0,
                                         exhale=7.5, hold_out=1, top_up=0.5)
    assert saved.name == "Evening wind-down"
    patterns = ctx.breathing.list_patterns()
    assert [p.key for p in patterns][-1] == saved.key == f"custom-{saved.id}"
    custom = patterns[-1]
    assert (custom.inhale, custom.top_up, custom.hold_in, custom.exhale, custom.hold_out) == (
        4.0, 0.5, 0.0, 7.5, 1.0)
    assert custom.cycle_seconds == 13.0
    assert pattern_json(custom)["custom"] is True
    assert ctx.breathing.find_pattern("EVENING wind-down").key == saved.key
    assert ctx.breathing.find_pattern("4-7-8").name == "4-7-8 breathing"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (dict(inhale=0, hold_in=0, exhale=4, hold_out=0), "Breathing in needs to last longer"),
        (dict(inhale=4, hold_in=0, exhale=0, hold_out=0), "Breathing out needs to last longer"),
        (dict(inhale=4, hold_in=61, exhale=4, hold_out=0), "from 0 to 60 seconds"),
        (dict(inhale=4.2, hold_in=0, exhale=4, hold_out=0), "half-second steps"),
        (dict(inhale=4, hold_in=-1, exhale=4, hold_out=0), "from 0 to 60 seconds"),
    ],
)
def test_impossible_timings_are_refused_with_a_reason(ctx, fields, reason):
    with pytest.raises(UserError, match=reason):
        ctx.breathing.create_pattern(name="Mine", **fields)
    assert ctx.breathing.list_custom() == []


def test_names_must_be_given_and_unique(ctx):
    ctx.breathing.create_pattern(name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    for name, reason in (("", "Give your pattern a name"), ("mine", "already have"),
                         ("Box breathing", "built-in"), ("resonance", "built-in"),
                         ("x" * 81, "under 80")):
        with pytest.raises(UserError, match=reason):
            ctx.breathing.create_pattern(name=name, inhale=4, hold_in=0, exhale=6, hold_out=0)
    assert len(ctx.breathing.list_custom()) == 1


def test_edit_delete_and_undo_announce_the_change(ctx):
    seen = []
    ctx.hub.subscribe(PatternsChanged, seen.append)
    first = ctx.breathing.create_pattern(name="One", inhale=4, hold_in=0, exhale=6, hold_out=0)
    second = ctx.breathing.create_pattern(name="Two", inhale=3, hold_in=0, exhale=3, hold_out=0)
    edited = ctx.breathing.update_pattern(first.id, name="One, slower", inhale=5, hold_in=1,
                                          exhale=7, hold_out=0)
    assert (edited.name, edited.inhale, edited.hold_in, edited.exhale) == ("One, slower", 5, 1, 7)
    with pytest.raises(UserError, match="already have"):
        ctx.breathing.update_pattern(first.id, name="two", inhale=5, hold_in=0, exhale=7,
                                     hold_out=0)
    # Keeping its own name while changing timings is fine.
    ctx.breathing.update_pattern(second.id, name="Two", inhale=3, hold_in=0, exhale=4,
                                 hold_out=0)
    deleted = ctx.breathing.delete_pattern(first.id)
    assert [s.name for s in ctx.breathing.list_custom()] == ["Two"]
    restored = ctx.breathing.restore_pattern(deleted)
    assert restored == deleted
    assert [s.name for s in ctx.breathing.list_custom()] == ["One, slower", "Two"]
    assert len(seen) == 6


def test_undo_after_a_new_pattern_keeps_both_and_old_sessions_point_at_the_old_one(ctx):
    mine = ctx.breathing.create_pattern(name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    logged = ctx.breathing.log_session(pattern=mine.to_pattern(), planned_seconds=60,
                                       actual_seconds=60, completed=True, cycles_completed=6)
    gone = ctx.breathing.delete_pattern(mine.id)
    other = ctx.breathing.create_pattern(name="Other", inhale=3, hold_in=3, exhale=3,
                                         hold_out=3)
    assert other.id != gone.id
    assert ctx.breathing.restore_pattern(gone) == mine
    assert ctx.breathing.list_custom() == [mine, other]
    assert ctx.breathing.find_pattern(logged.ref) == mine.to_pattern()


def test_undo_when_the_name_was_taken_meanwhile_brings_it_back_renamed(ctx):
    first = ctx.breathing.create_pattern(name="Mine", inhale=4, hold_in=0, exhale=6, hold_out=0)
    gone = ctx.breathing.delete_pattern(first.id)
    ctx.breathing.create_pattern(name="Mine", inhale=3, hold_in=0, exhale=3, hold_out=0)
    ctx.breathing.create_pattern(name="Mine (2)", inhale=3, hold_in=0, exhale=5, hold_out=0)
    restored = ctx.breathing.restore_pattern(gone)
    assert (restored.id, restored.name, restored.exhale) == (first.id, "Mine (3)", 6.0)
    long = ctx.breathing.create_pattern(name="x" * 80, inhale=4, hold_in=0, exhale=6,
                                        hold_out=0)
    gone = ctx.breathing.delete_pattern(long.id)
    ctx.breathing.create_pattern(name="x" * 80, inhale=3, hold_in=0, exhale=3, hold_out=0)
    assert ctx.breathing.restore_pattern(gone).name == "x" * 76 + " (2)"


def test_sessions_are_logged_with_pattern_and_timings(ctx):
    pattern = ctx.breathing.find_pattern("box")
    schedule = BreathSchedule(pattern, minutes=5)
    stopped = ctx.breathing.log_session(
        pattern=pattern, planned_seconds=schedule.total, actual_seconds=70.5, completed=False,
        cycles_completed=4, minutes=5, calm_before=3)
    assert (stopped.kind, stopped.ref, stopped.title) == ("breathing", "box", "Box breathing")
    assert (stopped.planned_seconds, stopped.actual_seconds) == (304.0, 70.5)
    assert (stopped.completed, stopped.cycles_completed, stopped.calm_before) == (False, 4, 3)
    assert stopped.details["pattern"] == {"inhale": 4.0, "top_up": 0.0, "hold_in": 4.0,
                                          "exhale": 4.0, "hold_out": 4.0}
    assert stopped.details["minutes"] == 5
    rated = ctx.breathing.rate_calm(stopped.id, after=8)
    assert (rated.calm_before, rated.calm_after) == (3, 8)
    assert [s.id for s in ctx.breathing.list_sessions()] == [stopped.id]


def test_length_must_be_one_sensible_choice():
    check_length(minutes=2.5, cycles=None)
    check_length(minutes=None, cycles=4)
    for minutes, cycles in ((None, None), (5, 4), (0, None), (181, None), (None, 0),
                            (None, 1001)):
        with pytest.raises(UserError):
            check_length(minutes=minutes, cycles=cycles)
