"""Where a guided script is at any moment, computed from elapsed time alone (no ticks, no drift).

The caller passes `elapsed`: seconds on a monotonic clock since it created the schedule.
The schedule keeps only an *anchor* (a step and the elapsed time at which that step began)
and the moment a pause started. Every control (pause, resume, next, previous, advance past
a step that waits for the reader) moves the anchor to an exact value, so the state after
any sequence of controls is the same however often, or how late, the caller polls.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.meditation.script import GuidedScript, Step


@dataclass(frozen=True)
class GuidedState:
    index: int  # the current step; len(steps) once finished
    step: Step | None  # None once finished
    step_elapsed: float  # seconds spent in the current step (also while it waits)
    step_progress: float | None  # 0..1 through a timed step; None while waiting or finished
    waiting: bool  # a `say wait:` step is showing: call advance() when the reader moves on
    time_left: float  # timed seconds still to come; waiting steps count as zero
    paused: bool
    finished: bool


class GuidedSchedule:
    def __init__(self, script: GuidedScript) -> None:
        self.script = script
        self._steps = script.steps
        self._anchor_index = 0
        self._anchor_time = 0.0
        self._paused_at: float | None = None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def state_at(self, elapsed: float) -> GuidedState:
        now = self._paused_at if self._paused_at is not None else elapsed
        index, into = self._locate(now)
        paused = self._paused_at is not None
        if index >= len(self._steps):
            return GuidedState(len(self._steps), None, 0.0, None, False, 0.0, paused, True)
        step = self._steps[index]
        later = sum(s.seconds or 0.0 for s in self._steps[index + 1:])
        if step.seconds is None:
            return GuidedState(index, step, into, None, True, later, paused, False)
        return GuidedState(index, step, into, into / step.seconds, False,
                           step.seconds - into + later, paused, False)

    def pause(self, elapsed: float) -> None:
        if self._paused_at is None:
            self._paused_at = elapsed

    def resume(self, elapsed: float) -> None:
        if self._paused_at is not None:
            # Re-anchor on the step showing at the pause, shifted by how long the pause was.
            index, into = self._locate(self._paused_at)
            self._anchor_index, self._anchor_time = index, elapsed - into
            self._paused_at = None

    def jump(self, index: int, elapsed: float) -> None:
        """Start step `index` from its beginning now (or at resume, when paused)."""
        self._anchor_index = max(0, min(index, len(self._steps)))
        self._anchor_time = self._paused_at if self._paused_at is not None else elapsed

    def advance(self, elapsed: float) -> None:
        """Move on to the next step: the reader's 'continue', and the 'next' control."""
        self.jump(self.state_at(elapsed).index + 1, elapsed)

    def previous(self, elapsed: float) -> None:
        """Go back to the start of the step before the current one (or of the first step)."""
        self.jump(self.state_at(elapsed).index - 1, elapsed)

    def restart_step(self, elapsed: float) -> None:
        self.jump(self.state_at(elapsed).index, elapsed)

    def _locate(self, now: float) -> tuple[int, float]:
        # A clock read before the anchor (a stale poll) is treated as the anchor itself.
        into = max(0.0, now - self._anchor_time)
        index = self._anchor_index
        while index < len(self._steps):
            seconds = self._steps[index].seconds
            if seconds is None or into < seconds:
                return index, into
            into -= seconds
            index += 1
        return index, 0.0
