"""The meditation timer plan: bells, validation, and the state at any moment."""

from __future__ import annotations

import math
import random

import pytest

from app.errors import UserError
from app.meditation.timer import (
    FINISHED,
    SITTING,
    WARMING_UP,
    TimerEvent,
    TimerPlan,
    clock_text,
)


def test_a_plain_sitting_has_a_start_and_an_end_bell():
    plan = TimerPlan(minutes=10, warmup_seconds=10)
    assert plan.events() == [TimerEvent(10.0, "start"), TimerEvent(610.0, "end")]
    assert plan.total_seconds == 610.0


def test_interval_bells_never_coincide_with_the_end():
    plan = TimerPlan(minutes=10, warmup_seconds=0, interval_minutes=2.5)
    assert [e.offset for e in plan.events() if e.kind == "interval"] == [150.0, 300.0, 450.0]
    plan = TimerPlan(minutes=10, warmup_seconds=5, interval_minutes=3)
    assert plan.events() == [TimerEvent(5.0, "start"), TimerEvent(185.0, "interval"),
                             TimerEvent(365.0, "interval"), TimerEvent(545.0, "interval"),
                             TimerEvent(605.0, "end")]
    # In floats 23 * (0.7 * 60) falls a hair short of 16.1 * 60; it is still the end, so no bell.
    assert 23 * (0.7 * 60) < 16.1 * 60
    plan = TimerPlan(minutes=16.1, warmup_seconds=0, interval_minutes=0.7)
    assert [e.kind for e in plan.events()] == ["start"] + ["interval"] * 22 + ["end"]


def test_an_interval_longer_than_the_sitting_rings_nothing_extra():
    assert len(TimerPlan(minutes=5, interval_minutes=20).events()) == 2


def test_custom_bells_merge_with_interval_bells_in_order_without_doubles():
    plan = TimerPlan(minutes=10, warmup_seconds=10, interval_minutes=5,
                     custom_bell_offsets=[420, 60, 300])
    assert plan.events() == [TimerEvent(10.0, "start"), TimerEvent(70.0, "interval"),
                             TimerEvent(310.0, "interval"), TimerEvent(430.0, "interval"),
                             TimerEvent(610.0, "end")]


def test_none_bells_are_silent_and_left_out():
    plan = TimerPlan(minutes=5, interval_minutes=1, start_bell="none", end_bell="gong")
    assert [e.kind for e in plan.events()] == ["interval"] * 4 + ["end"]
    assert plan.bell_for("end") == "gong" and plan.bell_for("interval") == "chime"
    silent = TimerPlan(minutes=5, interval_minutes=1,
                       start_bell="none", interval_bell="none", end_bell="none")
    assert silent.events() == []


def test_long_sittings_have_no_cap_and_no_drift():
    plan = TimerPlan(minutes=600, warmup_seconds=7, interval_minutes=0.1)
    intervals = [e.offset for e in plan.events() if e.kind == "interval"]
    assert len(intervals) == 5999
    # Each bell is computed from the origin: the 5999th is as exact as the first.
    assert intervals[-1] == 7 + 5999 * 6.0
    assert TimerPlan(minutes=24 * 60).state_at(20 * 3600).phase == SITTING


@pytest.mark.parametrize(("kwargs", "reason"), [
    ({"minutes": 0}, "more than 0 minutes"),
    ({"minutes": -3}, "more than 0 minutes"),
    ({"minutes": math.nan}, "more than 0 minutes"),
    ({"minutes": math.inf}, "more than 0 minutes"),
    ({"minutes": 5, "warmup_seconds": -1}, "warm-up must be 0 seconds or longer"),
    ({"minutes": 5, "interval_minutes": 0}, "interval of more than 0 minutes"),
    ({"minutes": 5, "interval_minutes": 0.0001}, "too many bells"),
    ({"minutes": 5, "custom_bell_offsets": [300]},
     "a bell at 5:00 is outside the sitting (0:00 to 5:00)"),
    ({"minutes": 5, "custom_bell_offsets": [0]}, "a bell at 0:00 is outside"),
    ({"minutes": 5, "custom_bell_offsets": [-5]}, "a bell at -0:05 is outside"),
    ({"minutes": 5, "start_bell": ""}, "'' is not a sound name"),
    ({"minutes": 5, "end_bell": "../evil"}, "'../evil' is not a sound name"),
])
def test_invalid_plans_say_why(kwargs, reason):
    with pytest.raises(UserError) as caught:
        TimerPlan(**kwargs)
    assert reason in str(caught.value)


def test_state_through_warm_up_sitting_and_end():
    plan = TimerPlan(minutes=1, warmup_seconds=10)
    assert plan.state_at(-2) == plan.state_at(0)
    start = plan.state_at(0)
    assert (start.phase, start.phase_left, start.total_left) == (WARMING_UP, 10.0, 70.0)
    assert start.progress == 0.0
    assert plan.state_at(9.5).phase_left == 0.5
    sitting = plan.state_at(10)
    assert (sitting.phase, sitting.phase_elapsed, sitting.phase_left) == (SITTING, 0.0, 60.0)
    assert plan.state_at(40).progress == 0.5
    end = plan.state_at(70)
    assert (end.phase, end.phase_left, end.total_left, end.progress) == (FINISHED, 0.0, 0.0, 1.0)
    assert plan.state_at(75).phase_elapsed == 5.0


def test_no_warm_up_starts_sitting_at_once():
    plan = TimerPlan(minutes=1, warmup_seconds=0)
    assert plan.state_at(0).phase == SITTING
    assert plan.due_events(None, 0) == [TimerEvent(0.0, "start")]


def test_polling_at_any_rate_rings_every_bell_exactly_once():
    plan = TimerPlan(minutes=20, warmup_seconds=15, interval_minutes=1, custom_bell_offsets=[90.5])
    rng = random.Random(7)
    for _ in range(20):
        rung, last, now = [], None, 0.0
        while now < plan.total_seconds + 5:
            rung += plan.due_events(last, now)
            last, now = now, now + rng.uniform(0.001, 45)
        rung += plan.due_events(last, now)
        assert rung == plan.events()


def test_plans_are_values():
    assert TimerPlan(minutes=10) == TimerPlan(minutes=10.0, custom_bell_offsets=())
    with_list = TimerPlan(minutes=10, custom_bell_offsets=[60])
    assert hash(with_list) == hash(TimerPlan(10, custom_bell_offsets=(60.0,)))
    with pytest.raises(AttributeError):
        TimerPlan(minutes=10).minutes = 5  # type: ignore[misc]


@pytest.mark.parametrize(("seconds", "text"),
                         [(0, "0:00"), (62.9, "1:02"), (3725, "1:02:05"), (-5, "-0:05")])
def test_clock_text(seconds, text):
    assert clock_text(seconds) == text
