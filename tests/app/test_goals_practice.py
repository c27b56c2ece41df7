"""A practice-linked step ticks itself from the practice log, counted in local days."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.errors import UserError
from app.events import GoalsChanged

BERLIN = ZoneInfo("Europe/Berlin")
# Monday 23 March 2026; clocks go forward on Sunday 29 March (02:00 -> 03:00).
MONDAY = dt.date(2026, 3, 23)


def breathe(ctx, day: dt.date, hour: int, minutes: float, *, minute: int = 0):
    pattern = ctx.breathing.find_pattern("box")
    started = dt.datetime.combine(day, dt.time(hour, minute), BERLIN)
    return ctx.breathing.log_session(
        pattern=pattern, planned_seconds=minutes * 60, actual_seconds=minutes * 60,
        completed=True, cycles_completed=int(minutes * 4), minutes=minutes,
        started_at=started)


def linked_step(ctx, days=2, minutes=5, kind="breathing"):
    goal = ctx.goals.add_goal(title="Calmer evenings")
    at = dt.datetime.combine(MONDAY + dt.timedelta(days=2), dt.time(9), BERLIN)
    step = ctx.goals.add_step(goal.id, "Breathe 5 minutes", practice_kind=kind,
                              minutes=minutes, days=days, at=at)
    return goal, step


def test_step_ticks_itself_after_a_breathing_session(ctx):
    assert ctx.goals is not None  # made first, so its hub subscription sees the session as it is logged
    goal, step = linked_step(ctx)
    seen: list[GoalsChanged] = []
    ctx.hub.subscribe(GoalsChanged, seen.append)
    breathe(ctx, MONDAY, 21, 5)
    assert not ctx.goals.get_step(step.id).done
    assert ctx.goals.get_step(step.id).progress_text() == "1 of 2 days"
    # Sunday of the clock change, just before local midnight: still that Sunday.
    breathe(ctx, MONDAY + dt.timedelta(days=6), 23, 5, minute=50)
    assert seen[-1].ticked == (step.id,)
    ticked = ctx.goals.get_goal(goal.id)
    assert ticked.steps[0].done and ticked.done
    assert ticked.steps[0].progress_text() == "2 of 2 days"


def test_days_outside_the_week_or_too_short_do_not_count(ctx):
    _goal, step = linked_step(ctx, days=2)
    breathe(ctx, MONDAY - dt.timedelta(days=1), 12, 10)  # Sunday before
    breathe(ctx, MONDAY + dt.timedelta(days=7), 0, 10, minute=10)  # Monday after
    breathe(ctx, MONDAY + dt.timedelta(days=1), 8, 3)  # too short alone...
    assert ctx.goals.get_step(step.id).days_met == 0
    breathe(ctx, MONDAY + dt.timedelta(days=1), 20, 2)  # ...but the day adds up
    assert ctx.goals.get_step(step.id).days_met == 1
    ctx.practice.log_session(kind="timer", ref="timer", title="Sit", planned_seconds=600,
                             actual_seconds=600, completed=True,
                             started_at=dt.datetime.combine(MONDAY, dt.time(7), BERLIN))
    assert ctx.goals.get_step(step.id).days_met == 1  # a timer sitting is not breathing
    assert not ctx.goals.get_step(step.id).done


def test_any_kind_counts_every_practice(ctx):
    _goal, step = linked_step(ctx, days=1, kind="any")
    ctx.practice.log_session(kind="visualization", ref="calm-place", title="A calm place",
                             planned_seconds=480, actual_seconds=480, completed=True,
                             started_at=dt.datetime.combine(MONDAY, dt.time(7), BERLIN))
    assert ctx.goals.get_step(step.id).done


def test_sessions_logged_before_the_service_existed_tick_on_read(data_dir):
    from app.context import open_context

    with open_context(str(data_dir)) as first:
        _goal, step = linked_step(first, days=1)
    with open_context(str(data_dir)) as other:  # another process: no goals service yet
        breathe(other, MONDAY + dt.timedelta(days=3), 9, 6)
    with open_context(str(data_dir)) as later:
        assert later.goals.list_goals()[0].steps[0].done
        assert later.goals.get_step(step.id).done_at_utc is not None


def test_a_ticked_practice_step_stays_ticked(ctx):
    _goal, step = linked_step(ctx, days=1)
    breathe(ctx, MONDAY, 9, 5)
    assert ctx.goals.get_step(step.id).done
    with pytest.raises(UserError, match="stays ticked"):
        ctx.goals.set_step_done(step.id, False)
