"""The breathing schedule: phases from elapsed time, session length, and the pausable clock."""

from __future__ import annotations

import itertools

import pytest

from app.breathing import (
    BreathPattern,
    BreathSchedule,
    Phase,
    due_between,
    find_pattern,
)
from app.clock import SessionClock
from app.errors import UserError


class FakeClock:
    """A monotonic clock that only moves when the test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


BOX_ORDER = [Phase.INHALE, Phase.HOLD_IN, Phase.EXHALE, Phase.HOLD_OUT]


def test_full_twenty_minute_box_session_phase_by_phase():
    clock = FakeClock()
    session = SessionClock(clock)
    schedule = BreathSchedule(find_pattern("box"), minutes=20)
    assert schedule.cycles == 75 and schedule.total == 1200.0
    session.start()
    seen = []
    for cycle in range(75):
        for index, phase in enumerate(BOX_ORDER):
            start = cycle * 16 + index * 4
            # Just after the boundary, in the middle, and just before the next one.
            for into in (0.0, 2.0, 3.999):
                clock.now = 1000.0 + start + into
                state = schedule.state_at(session.elapsed())
                assert state.phase is phase, (cycle, index, into)
                assert state.phase_index == index
                assert state.cycle == state.cycles_completed == cycle
                assert state.phase_progress == pytest.approx(into / 4)
                assert state.phase_remaining == pytest.approx(4 - into)
                assert state.elapsed == pytest.approx(start + into)
                assert state.remaining == pytest.approx(1200 - start - into)
                assert not state.finished
            seen.append(phase)
    assert seen == BOX_ORDER * 75
    clock.now = 1000.0 + 1200
    done = schedule.state_at(session.elapsed())
    assert done.phase is Phase.DONE and done.finished
    assert done.cycles_completed == 75 and done.remaining == 0 and done.phase_progress == 1.0


def test_boundaries_skip_empty_phases_and_end_with_done():
    schedule = BreathSchedule(find_pattern("cyclic-sighing"), cycles=2)
    assert list(schedule.boundaries()) == [
        (0.0, Phase.INHALE, 0),
        (2.0, Phase.TOP_UP, 0),
        (3.0, Phase.EXHALE, 0),
        (9.0, Phase.INHALE, 1),
        (11.0, Phase.TOP_UP, 1),
        (12.0, Phase.EXHALE, 1),
        (18.0, Phase.DONE, 2),
    ]


@pytest.mark.parametrize("key", ["box", "cyclic-sighing", "4-7-8", "resonance", "extended-exhale"])
def test_state_agrees_with_boundaries_at_every_change(key):
    schedule = BreathSchedule(find_pattern(key), minutes=3)
    bounds = list(schedule.boundaries())
    for (offset, phase, cycle), (next_offset, _, _) in itertools.pairwise(bounds):
        at = schedule.state_at(offset)
        assert (at.phase, at.cycle, at.phase_progress) == (phase, cycle, 0.0)
        before_next = schedule.state_at(next_offset - 1e-6)
        assert before_next.phase is phase and before_next.phase_progress == pytest.approx(1.0, abs=1e-5)
    assert schedule.state_at(bounds[-1].offset).phase is Phase.DONE


def test_zero_length_phase_is_never_reported():
    schedule = BreathSchedule(find_pattern("extended-exhale"), cycles=3)
    phases = {schedule.state_at(t / 10).phase for t in range(0, 300)}
    assert phases == {Phase.INHALE, Phase.EXHALE}
    assert schedule.state_at(4.0).phase_index == 1


def test_cycles_give_an_exact_length():
    schedule = BreathSchedule(find_pattern("4-7-8"), cycles=4)
    assert schedule.total == 76.0
    assert schedule.state_at(75.9).phase is Phase.EXHALE
    assert schedule.state_at(75.9).cycle == 3
    assert schedule.state_at(76.0).finished


@pytest.mark.parametrize(
    ("key", "minutes", "cycles"),
    [
        ("box", 20, 75),  # exact
        ("4-7-8", 5, 16),  # 15.8 -> 16: ends 4 s late rather than mid-breath
        ("resonance", 1, 5),  # 5.45 -> 5: ends 5 s early
        ("resonance", 0.1, 1),  # never zero cycles
        ("cyclic-sighing", 5, 33),  # 33.3 -> 33
        ("extended-exhale", 0.75, 5),  # 4.5 rounds half up
    ],
)
def test_minutes_become_the_nearest_whole_cycles(key, minutes, cycles):
    pattern = find_pattern(key)
    schedule = BreathSchedule(pattern, minutes=minutes)
    assert schedule.cycles == cycles
    assert schedule.total == cycles * pattern.cycle_seconds
    if cycles > 1:
        assert abs(schedule.total - minutes * 60) <= pattern.cycle_seconds / 2


def test_session_never_ends_mid_exhale():
    schedule = BreathSchedule(find_pattern("4-7-8"), minutes=5)
    last = list(schedule.boundaries())[-2]
    assert last.phase is Phase.EXHALE
    assert schedule.total - last.offset == 8.0


@pytest.mark.parametrize("bad", [{"minutes": 0}, {"minutes": -1}, {"minutes": float("inf")}, {"cycles": 0}])
def test_length_must_be_positive(bad):
    with pytest.raises(UserError):
        BreathSchedule(find_pattern("box"), **bad)


def test_exactly_one_length_is_required():
    with pytest.raises(ValueError):
        BreathSchedule(find_pattern("box"))
    with pytest.raises(ValueError):
        BreathSchedule(find_pattern("box"), minutes=5, cycles=5)


def test_custom_pattern_with_half_seconds():
    pattern = BreathPattern(key="c", name="C", inhale=3.5, hold_in=0.5, exhale=6.5, hold_out=0)
    schedule = BreathSchedule(pattern, cycles=10)
    assert schedule.total == 105.0
    state = schedule.state_at(3.5 + 0.25 + 10.5 * 7)
    assert (state.phase, state.cycle, state.phase_progress) == (Phase.HOLD_IN, 7, 0.5)


def test_elapsed_outside_the_session_is_clamped():
    schedule = BreathSchedule(find_pattern("box"), cycles=1)
    assert schedule.state_at(-3).phase is Phase.INHALE
    assert schedule.state_at(-3).elapsed == 0
    assert schedule.state_at(10_000).elapsed == 16.0


def test_no_drift_far_into_a_long_session():
    schedule = BreathSchedule(find_pattern("resonance"), minutes=600)
    cycle = schedule.cycles - 1
    state = schedule.state_at(cycle * 11 + 5.5)
    assert (state.phase, state.cycle, state.phase_progress) == (Phase.EXHALE, cycle, 0.0)


def test_pause_and_resume_exclude_paused_time_exactly():
    clock = FakeClock(start=50.0)
    session = SessionClock(clock)
    assert session.elapsed() == 0.0 and not session.started
    session.start()
    clock.advance(7.25)
    session.pause()
    assert session.paused
    clock.advance(300.0)
    assert session.elapsed() == 7.25  # frozen while paused
    session.pause()  # a second pause must not restart the pause
    clock.advance(12.0)
    session.resume()
    session.resume()  # idempotent
    assert session.elapsed() == 7.25
    clock.advance(0.75)
    assert session.elapsed() == 8.0
    session.pause()
    clock.advance(1.0)
    session.resume()
    clock.advance(8.0)
    assert session.elapsed() == 16.0
    schedule = BreathSchedule(find_pattern("box"), cycles=2)
    assert schedule.state_at(session.elapsed()).cycle == 1


def test_elapsed_does_not_accumulate_ticks():
    # A timer that fires every 16 ms, asking 60 000 times, must not add rounding error.
    clock = FakeClock(start=0.0)
    session = SessionClock(clock)
    session.start()
    for _ in range(60_000):
        clock.advance(0.016)
        session.elapsed()
    assert session.elapsed() == clock.now


def test_start_again_resets():
    clock = FakeClock()
    session = SessionClock(clock)
    session.pause()  # before start: nothing to pause
    assert not session.paused
    session.start()
    clock.advance(5)
    session.pause()
    session.start()
    assert session.elapsed() == 0.0 and not session.paused


def test_due_between_finds_each_bell_once():
    bells = [0.0, 60.0, 120.0, 180.0]
    frames = [-0.01, 0.0, 30.0, 60.0, 60.5, 185.0]
    due = [list(due_between(bells, a, b)) for a, b in itertools.pairwise(frames)]
    assert due == [[0], [], [1], [], [2, 3]]
