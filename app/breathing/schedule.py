"""Where a breathing session is at any moment, computed from elapsed time alone."""

from __future__ import annotations

import bisect
import enum
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.breathing.patterns import BreathPattern
from app.errors import UserError

# Floor a little above an exact multiple so that 19.0 / 19.0 does not become 0.999... cycles.
_EPS = 1e-9


class Phase(enum.StrEnum):
    INHALE = "inhale"
    TOP_UP = "top_up"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"
    DONE = "done"


@dataclass(frozen=True)
class PhaseState:
    """A snapshot; phase_index counts only this pattern's non-empty phases (DONE: one past)."""

    phase: Phase
    phase_index: int
    phase_progress: float
    phase_remaining: float
    cycle: int
    cycles_completed: int
    elapsed: float
    total: float
    remaining: float
    finished: bool


class Boundary(NamedTuple):
    offset: float
    phase: Phase
    cycle: int


class BreathSchedule:
    """The phases of a session as a pure function of seconds since it started.

    Give either ``cycles`` or ``minutes``. A session always ends on a whole cycle, so no
    breath is cut off mid-exhale: ``minutes`` becomes the whole number of cycles nearest
    to that time (at least one), so the session ends within half a cycle of it.
    """

    def __init__(
        self,
        pattern: BreathPattern,
        *,
        minutes: float | None = None,
        cycles: int | None = None,
    ) -> None:
        if (minutes is None) == (cycles is None):
            raise ValueError("give exactly one of minutes= or cycles=")
        self.pattern = pattern
        self.phases: tuple[tuple[Phase, float], ...] = tuple(
            (phase, seconds)
            for phase, seconds in (
                (Phase.INHALE, pattern.inhale),
                (Phase.TOP_UP, pattern.top_up),
                (Phase.HOLD_IN, pattern.hold_in),
                (Phase.EXHALE, pattern.exhale),
                (Phase.HOLD_OUT, pattern.hold_out),
            )
            if seconds > 0
        )
        self.cycle_seconds = pattern.cycle_seconds
        if cycles is not None:
            if isinstance(cycles, bool) or not isinstance(cycles, int) or cycles < 1:
                raise UserError("Choose at least one breath cycle.")
            self.cycles = cycles
        else:
            assert minutes is not None
            if not isinstance(minutes, (int, float)) or not math.isfinite(minutes) or minutes <= 0:
                raise UserError("Choose a session longer than 0 minutes.")
            # Round half up, not Python's banker's rounding, so 2.5 cycles gives 3.
            self.cycles = max(1, math.floor(minutes * 60.0 / self.cycle_seconds + 0.5))
        self.total = self.cycles * self.cycle_seconds
        # Phase start offsets within one cycle, for an O(1) lookup per frame.
        starts, offset = [], 0.0
        for _, seconds in self.phases:
            starts.append(offset)
            offset += seconds
        self._starts = tuple(starts)

    def state_at(self, elapsed: float) -> PhaseState:
        """The state ``elapsed`` seconds after the start; a boundary belongs to the new phase."""
        t = min(max(float(elapsed), 0.0), self.total)
        if t >= self.total:
            return PhaseState(
                phase=Phase.DONE, phase_index=len(self.phases), phase_progress=1.0,
                phase_remaining=0.0, cycle=self.cycles, cycles_completed=self.cycles,
                elapsed=self.total, total=self.total, remaining=0.0, finished=True,
            )
        cycle = min(math.floor(t / self.cycle_seconds + _EPS), self.cycles - 1)
        within = max(t - cycle * self.cycle_seconds, 0.0)
        index = bisect.bisect_right(self._starts, within + _EPS) - 1
        phase, seconds = self.phases[index]
        into = min(max(within - self._starts[index], 0.0), seconds)
        return PhaseState(
            phase=phase, phase_index=index, phase_progress=into / seconds,
            phase_remaining=seconds - into, cycle=cycle, cycles_completed=cycle,
            elapsed=t, total=self.total, remaining=self.total - t, finished=False,
        )

    def boundaries(self) -> Iterator[Boundary]:
        """Every phase change, from (0, first phase, 0) to (total, DONE, cycles)."""
        for cycle in range(self.cycles):
            base = cycle * self.cycle_seconds
            for start, (phase, _) in zip(self._starts, self.phases, strict=True):
                yield Boundary(base + start, phase, cycle)
        yield Boundary(self.total, Phase.DONE, self.cycles)


def due_between(offsets: Sequence[float], after: float, upto: float) -> range:
    """Indexes of sorted ``offsets`` in (after, upto]: the bells or cues due since last frame."""
    return range(bisect.bisect_right(offsets, after), bisect.bisect_right(offsets, upto))
