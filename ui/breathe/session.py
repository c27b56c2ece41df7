"""Drives one breathing session: reads the clock each frame, plays a cue at each phase change."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.breathing import Boundary, BreathSchedule, Phase, PhaseState, due_between
from app.clock import SessionClock
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QGuiApplication, QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from ui.sound import Sound

LEAD_IN_SECONDS = 3.0
FALLBACK_HZ = 60.0

# Said aloud when a voice is on; short, so each fits well inside a half-second phase.
VOICE_LINES = {
    Phase.INHALE: QT_TRANSLATE_NOOP("BreathSession", "breathe in"),
    Phase.TOP_UP: QT_TRANSLATE_NOOP("BreathSession", "a little more"),
    Phase.HOLD_IN: QT_TRANSLATE_NOOP("BreathSession", "hold"),
    Phase.EXHALE: QT_TRANSLATE_NOOP("BreathSession", "breathe out"),
    Phase.HOLD_OUT: QT_TRANSLATE_NOOP("BreathSession", "hold"),
}


@dataclass(frozen=True)
class SessionResult:
    completed: bool
    planned_seconds: float
    actual_seconds: float
    cycles_completed: int
    started_at: dt.datetime

    @property
    def breathed(self) -> bool:
        """False when stopped during the lead-in: nothing was practised yet."""
        return self.actual_seconds > 0


def frame_interval_ms() -> int:
    """One frame of the primary screen (16-17 ms at 60 Hz)."""
    screen = QGuiApplication.primaryScreen()
    hz = screen.refreshRate() if screen is not None else 0.0
    return max(4, round(1000.0 / (hz if hz >= 20 else FALLBACK_HZ)))


class BreathingSession(QObject):
    """A running session. ``state`` is None during the lead-in before the first breath.

    Each frame reads the elapsed time from a SessionClock; ticks are never added up, so
    a late or dropped frame cannot shift the schedule. Cues are found with due_between
    over the boundary offsets, so a frame that jumps over a boundary still sounds it.
    Besides the frames, a one-shot precise timer is aimed at the next boundary: with eyes
    closed the sound is the pacer, so a cue must not wait for the next (possibly late) frame.
    The same tick repaints the pacer's phase change (PacerWidget._on_tick), so the eyes are
    not left to the frames either; the frames only move the circle between boundaries.
    """

    ticked = Signal()
    phase_changed = Signal(object)  # Boundary
    pause_changed = Signal(bool)
    finished = Signal(object)  # SessionResult

    def __init__(self, schedule: BreathSchedule, sound: Sound, *,
                 lead_in: float = LEAD_IN_SECONDS,
                 clock: Callable[[], float] = time.monotonic,
                 cue_timer: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self._sound = sound
        self.lead_in = max(0.0, lead_in)
        self._clock = SessionClock(clock)
        self._boundaries: list[Boundary] = list(schedule.boundaries())
        self._offsets = [b.offset for b in self._boundaries]
        self._seen = float("-inf")
        self._started_wall: dt.datetime | None = None
        self._done = False
        self.state: PhaseState | None = None
        self.lead_in_left = self.lead_in
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._cue_timer: QTimer | None = None
        if cue_timer:  # off only in bench/breathing.py, to measure frame-polled cues
            self._cue_timer = QTimer(self)
            self._cue_timer.setSingleShot(True)
            self._cue_timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._cue_timer.timeout.connect(self.tick)

    # -- control ---------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._clock.started and not self._done

    @property
    def paused(self) -> bool:
        return self._clock.paused

    def start(self) -> None:
        self._prepare()
        self._started_wall = dt.datetime.now().astimezone()
        self._clock.start()
        self._sound.cues.play("bell_start")
        self._timer.start(frame_interval_ms())
        self.tick()

    def _prepare(self) -> None:
        """Do the slow first-use work now, not on a phase boundary where it would stall a frame.

        The cue player writes a volume-scaled copy of each sound on first use, and a voice
        engine may need the lead-in to become ready before the first "breathe in".
        """
        self._sound.voice  # noqa: B018 - building it is the point
        prepare = getattr(self._sound.cues, "path_for", None)
        if prepare is not None:
            for cue in {phase.value for phase, _ in self.schedule.phases} | {"bell_end"}:
                prepare(cue)

    def toggle_pause(self) -> None:
        if not self.running:
            return
        if self.paused:
            self._clock.resume()
            self._timer.start(frame_interval_ms())
        else:
            self._clock.pause()
            # No frames while paused: nothing moves, so nothing needs painting.
            self._timer.stop()
            self._sound.voice.stop()
        self.pause_changed.emit(self.paused)
        self.tick()

    def stop(self) -> None:
        """End early; the part already breathed is reported as a result."""
        if not self.running:
            return
        elapsed = self.session_elapsed()
        state = self.schedule.state_at(max(elapsed, 0.0))
        stop_all = getattr(self._sound.cues, "stop_all", None)
        if stop_all is not None:
            stop_all()
        self._sound.voice.stop()
        self._finish(completed=False, actual=max(0.0, min(elapsed, self.schedule.total)),
                     cycles=state.cycles_completed)

    # -- frames ------------------------------------------------------------------------
    def session_elapsed(self) -> float:
        """Seconds since the first breath (negative during the lead-in)."""
        return self._clock.elapsed() - self.lead_in

    def tick(self) -> None:
        if self._done:
            return
        elapsed = self.session_elapsed()
        if elapsed < 0:
            self.state, self.lead_in_left = None, -elapsed
            self._aim_at_next_boundary(elapsed)
            self.ticked.emit()
            return
        self.lead_in_left = 0.0
        self.state = self.schedule.state_at(elapsed)
        due = due_between(self._offsets, self._seen, elapsed)
        self._seen = elapsed
        if len(due):
            # After a long stall (a suspended laptop) several may be due; sounding them
            # all at once would be noise, and only the newest describes the present.
            self._announce(self._boundaries[due[-1]])
        self.ticked.emit()
        if self.state.finished:
            self._finish(completed=True, actual=self.schedule.total,
                         cycles=self.schedule.cycles)
        else:
            self._aim_at_next_boundary(elapsed)

    def _aim_at_next_boundary(self, elapsed: float) -> None:
        if self._cue_timer is None:
            return
        if self.paused or self._done:
            self._cue_timer.stop()
            return
        index = bisect.bisect_right(self._offsets, self._seen)
        if index < len(self._offsets):
            # Rounded up: a timer that fires a hair early finds nothing due and re-aims.
            wait_ms = math.ceil((self._offsets[index] - elapsed) * 1000)
            self._cue_timer.start(max(0, wait_ms))

    def _announce(self, boundary: Boundary) -> None:
        if boundary.phase is Phase.DONE:
            self._sound.cues.play("bell_end")
            self._sound.voice.say(translate("BreathingSession", "That is the end. Take your time."))
        else:
            self._sound.cues.play(boundary.phase.value)
            self._sound.voice.say(translate("BreathSession", VOICE_LINES[boundary.phase]))
        self.phase_changed.emit(boundary)

    def _finish(self, *, completed: bool, actual: float, cycles: int) -> None:
        self._done = True
        self._timer.stop()
        if self._cue_timer is not None:
            self._cue_timer.stop()
        assert self._started_wall is not None
        result = SessionResult(
            completed=completed, planned_seconds=self.schedule.total, actual_seconds=actual,
            cycles_completed=cycles,
            started_at=self._started_wall + dt.timedelta(seconds=self.lead_in),
        )
        self.finished.emit(result)
