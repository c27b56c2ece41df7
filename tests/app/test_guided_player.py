"""The guided schedule: a pure function of elapsed time, exact under pause, skip and wait."""

from __future__ import annotations

import random

import pytest

from app.meditation.player import GuidedSchedule
from app.meditation.script import GuidedScript, Step

SCRIPT = GuidedScript(
    key="t", title="T", kind="meditation", minutes=1, summary="s", intro="i",
    steps=(
        Step("say", "Hello.", 10.0),     # 0: 0..10
        Step("pause", "", 5.0),          # 1: 10..15
        Step("say", "Go on?", None),     # 2: waits from 15
        Step("bell", "", 5.0),           # 3: 5 s after the reader goes on
    ),
)


@pytest.fixture
def schedule() -> GuidedSchedule:
    return GuidedSchedule(SCRIPT)


def where(schedule: GuidedSchedule, elapsed: float) -> tuple[int, float]:
    state = schedule.state_at(elapsed)
    return state.index, state.step_elapsed


def test_timed_steps_follow_each_other(schedule):
    first = schedule.state_at(0)
    assert (first.index, first.step, first.step_progress) == (0, SCRIPT.steps[0], 0.0)
    assert first.time_left == 20.0
    assert schedule.state_at(2.5).step_progress == 0.25
    assert where(schedule, 9.999) == (0, pytest.approx(9.999))
    assert where(schedule, 10) == (1, 0.0)
    assert schedule.state_at(12).time_left == 8.0


def test_a_waiting_step_waits_until_advance(schedule):
    for elapsed in (15, 16, 1000):
        state = schedule.state_at(elapsed)
        assert (state.index, state.waiting, state.step_progress) == (2, True, None)
        assert state.step_elapsed == elapsed - 15 and state.time_left == 5.0
    schedule.advance(100)
    assert where(schedule, 100) == (3, 0.0)
    assert where(schedule, 104) == (3, 4.0)
    finished = schedule.state_at(105)
    assert finished.finished and finished.index == 4 and finished.step is None
    assert finished.time_left == 0.0 and not finished.waiting


def test_state_does_not_depend_on_how_often_or_in_what_order_it_is_asked(schedule):
    schedule.advance(40)  # jumps from the waiting step at 40
    times = [t / 7 for t in range(0, 7 * 60)]
    in_order = [schedule.state_at(t) for t in times]
    shuffled = times[:]
    random.Random(3).shuffle(shuffled)
    by_time = {t: schedule.state_at(t) for t in shuffled}
    assert in_order == [by_time[t] for t in times]


def test_pause_freezes_and_resume_continues_exactly(schedule):
    schedule.pause(4)
    assert schedule.paused
    assert where(schedule, 4) == where(schedule, 500) == (0, 4.0)
    assert schedule.state_at(500).paused
    schedule.resume(500)
    assert not schedule.paused
    assert where(schedule, 506) == (1, 0.0)
    assert where(schedule, 510.5) == (1, 4.5)


def test_many_pauses_do_not_drift(schedule):
    elapsed = 0.0
    for _ in range(1000):
        elapsed += 0.001  # 1000 ms of playing in total, split into 1000 slices
        schedule.pause(elapsed)
        elapsed += 0.37
        schedule.resume(elapsed)
    # Only float rounding (about 1e-11 s here) remains; there is no per-pause error.
    assert where(schedule, elapsed + 2) == (0, pytest.approx(3.0, abs=1e-9))
    assert where(schedule, elapsed + 9.5) == (1, pytest.approx(0.5, abs=1e-9))


def test_pause_and_resume_twice_are_harmless(schedule):
    schedule.resume(1)  # not paused: nothing to do
    schedule.pause(2)
    schedule.pause(3)  # the first pause counts
    schedule.resume(10)
    schedule.resume(11)
    assert where(schedule, 10) == (0, 2.0)


def test_next_and_previous_start_steps_from_their_beginning(schedule):
    schedule.advance(3)
    assert where(schedule, 3) == (1, 0.0)
    schedule.advance(4)
    assert where(schedule, 4) == (2, 0.0)
    schedule.previous(6)
    assert where(schedule, 6) == (1, 0.0)
    schedule.previous(7)
    schedule.previous(8)  # already at the first step: start it again
    assert where(schedule, 9) == (0, 1.0)
    schedule.restart_step(9.5)
    assert where(schedule, 9.5) == (0, 0.0)


def test_skipping_while_paused_stays_paused_and_starts_at_resume(schedule):
    schedule.pause(5)
    schedule.advance(8)
    assert where(schedule, 30) == (1, 0.0) and schedule.state_at(30).paused
    schedule.resume(30)
    assert where(schedule, 33) == (1, 3.0)


def test_jumps_are_clamped_and_finished_can_go_back(schedule):
    schedule.jump(99, 1)
    assert schedule.state_at(1).finished
    schedule.advance(2)
    assert schedule.state_at(2).index == 4
    schedule.previous(3)
    assert where(schedule, 3) == (3, 0.0)
    schedule.jump(-5, 4)
    assert where(schedule, 4) == (0, 0.0)


def test_a_stale_clock_reading_is_read_as_the_step_start(schedule):
    schedule.advance(50)
    assert where(schedule, 49) == (3, 0.0)
