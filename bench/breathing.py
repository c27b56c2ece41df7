"""Benchmark: how late a 60 Hz pacer sees each phase change in a simulated 20-minute session.

The clock is simulated (no 20-minute sleep) but anchored on the real time.monotonic(),
with timer jitter, occasional dropped frames and a pause, as a QTimer-driven pacer sees.
Baseline in the same run: a naive pacer that adds 16 ms per tick instead of reading a clock.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from app.breathing import BUILTIN_PATTERNS, BreathPattern, BreathSchedule, SessionClock  # noqa: E402

FRAME = 1 / 60
MINUTES = 20
PAUSE_AT, PAUSE_FOR = 600.0, 37.3  # seconds of session time, seconds of wall time


class SimClock:
    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


def run(pattern: BreathPattern, rng: random.Random) -> dict[str, float]:
    schedule = BreathSchedule(pattern, minutes=MINUTES)
    clock = SimClock()
    session = SessionClock(clock)
    session.start()
    truth = list(schedule.boundaries())[1:]  # the start is shown at once, not "detected"
    next_bound = 0
    errors: list[float] = []
    naive_elapsed = 0.0
    paused_once = False
    frames, worst_gap, cpu = 0, 0.0, 0.0
    last = (schedule.state_at(0).phase, 0)
    while next_bound < len(truth):
        # A timer tick: nominally one frame, woken 0-3 ms late, and 1 in 400 ticks a hitch.
        gap = FRAME * (2 if rng.random() < 1 / 400 else 1) + rng.uniform(0, 0.003)
        clock.now += gap
        worst_gap = max(worst_gap, gap)
        naive_elapsed += 0.016  # QTimer(16): the integer-millisecond tick a naive pacer adds
        if not paused_once and session.elapsed() >= PAUSE_AT:
            paused_once = True
            session.pause()
            clock.now += PAUSE_FOR
            session.resume()
        t0 = time.perf_counter()
        elapsed = session.elapsed()
        state = schedule.state_at(elapsed)
        cpu += time.perf_counter() - t0
        frames += 1
        key = (state.phase, state.cycle)
        if key != last:
            bound = truth[next_bound]
            assert key == (bound.phase, bound.cycle), f"skipped a phase at {elapsed:.3f}s"
            errors.append(elapsed - bound.offset)
            next_bound += 1
            last = key
    # How far the naive pacer's idea of time has drifted by the end (it pauses too).
    naive_worst = abs(naive_elapsed - session.elapsed())
    return {
        "worst": max(errors), "mean": sum(errors) / len(errors), "boundaries": len(errors),
        "frames": frames, "worst_gap": worst_gap, "cpu_per_frame": cpu / frames,
        "naive_drift": naive_worst,
    }


def main() -> int:
    rng = random.Random(20_24)
    started = time.perf_counter()
    print(f"{MINUTES}-minute sessions at 60 Hz; frame budget {FRAME * 1000:.1f} ms")
    print(f"{'pattern':<18}{'changes':>8}{'worst ms':>10}{'/budget':>9}{'/worst gap':>11}"
          f"{'mean ms':>9}{'us/frame':>10}{'naive drift s':>15}")
    overall = 0.0
    for pattern in BUILTIN_PATTERNS:
        r = run(pattern, rng)
        overall = max(overall, r["worst"])
        print(f"{pattern.key:<18}{r['boundaries']:>8}{r['worst'] * 1000:>10.2f}"
              f"{r['worst'] / FRAME:>9.2f}{r['worst'] / r['worst_gap']:>11.2f}"
              f"{r['mean'] * 1000:>9.2f}{r['cpu_per_frame'] * 1e6:>10.2f}{r['naive_drift']:>15.1f}")
    print(f"worst phase-change detection error: {overall * 1000:.2f} ms = "
          f"{overall / FRAME:.2f} x the {FRAME * 1000:.1f} ms frame budget "
          f"(run took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
