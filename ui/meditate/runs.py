"""Running sessions: a guided script and a timer sitting, each read from a monotonic clock.

Neither adds up timer ticks. A guided run asks GuidedSchedule where the script is at the
elapsed time; a sitting asks TimerPlan which bells fell due since the last look. A poll
that comes late (a busy machine) or a fake clock that leaps a minute still lands on the
right step and rings every bell that was due, in order.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clock import SessionClock
from app.meditation import GuidedSchedule, GuidedScript, GuidedState
from app.meditation.timer import FINISHED, TimerPlan, TimerState
from ui.qt import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from ui.sound import Sound

GUIDED_POLL_MS = 100
TIMER_POLL_MS = 250
RESTART_WITHIN = 3.0  # "previous" this far into a step restarts it, as media players do
# The voice cannot tell us when it is done, so a pause counts as cutting words off while
# they would still be spoken at a calm pace (about 150 words a minute), plus a margin.
WORDS_PER_SECOND = 2.5
SPEECH_MARGIN = 1.0


@dataclass(frozen=True)
class RunResult:
    completed: bool
    actual_seconds: float  # time practised, pauses left out
    started_at: dt.datetime
    steps_done: int = 0  # guided: how many steps were fully passed


class GuidedRun(QObject):
    step_changed = Signal(object)  # GuidedState, when a new step begins
    ticked = Signal(object)  # GuidedState, every poll
    pause_changed = Signal(bool)
    finished = Signal(object)  # RunResult

    def __init__(self, script: GuidedScript, sound: Sound, *, clock: Callable[[], float],
                 speak: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.script = script
        self.schedule = GuidedSchedule(script)
        self._sound = sound
        self._clock = clock
        self._speak = speak
        self._practised = SessionClock(clock)
        self._t0 = 0.0
        self._index = -1
        self._unheard = False  # the current step's words or bell are owed at resume
        self.running = False
        self.state: GuidedState | None = None
        self.started_at = dt.datetime.now().astimezone()
        self._timer = QTimer(self)
        self._timer.setInterval(GUIDED_POLL_MS)
        self._timer.timeout.connect(self.poll)

    def elapsed(self) -> float:
        return self._clock() - self._t0

    @property
    def paused(self) -> bool:
        return self.schedule.paused

    def start(self) -> None:
        self._t0 = self._clock()
        self._practised.start()
        self.started_at = dt.datetime.now().astimezone()
        self.running = True
        self._timer.start()
        self.poll()

    def poll(self) -> None:
        if not self.running:
            return
        state = self.schedule.state_at(self.elapsed())
        self.state = state
        if state.index != self._index:
            self._index = state.index
            self._enter(state)
        if self.running:
            self.ticked.emit(state)
        if state.finished and self.running:
            self._finish(True)

    # -- controls ------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if not self.running:
            return
        if self.paused:
            self.schedule.resume(self.elapsed())
            self._practised.resume()
            if self._unheard:
                self._index = -1  # enter the step again, this time out loud
        else:
            self.schedule.pause(self.elapsed())
            self._practised.pause()
            self._voice_stop()
            if self._speaking(self.schedule.state_at(self.elapsed())):
                self._unheard = True
        self.pause_changed.emit(self.paused)
        self.poll()

    def next_step(self) -> None:
        if self.running:
            self.schedule.advance(self.elapsed())
            self.poll()

    def previous_step(self) -> None:
        if not self.running:
            return
        state = self.schedule.state_at(self.elapsed())
        if state.step_elapsed > RESTART_WITHIN or state.index == 0:
            self.schedule.restart_step(self.elapsed())
            self._index = -1  # entering the same step again says its words again
        else:
            self.schedule.previous(self.elapsed())
        self.poll()

    def carry_on(self) -> None:
        """The reader's 'continue' on a step that waits for them."""
        if self.running and self.state is not None and self.state.waiting:
            self.next_step()

    def stop(self) -> None:
        if self.running:
            self._finish(False)

    # -- internals -----------------------------------------------------------------------
    def _enter(self, state: GuidedState) -> None:
        step = state.step
        # A step reached while paused (Next, Previous) is heard when the reader resumes.
        self._unheard = step is not None and state.paused
        if step is not None and not state.paused:
            if step.kind == "say" and self._speak:
                voice = self._sound.voice
                if voice.available:
                    voice.say(step.text)
            elif step.kind == "bell":
                self._sound.cues.play("bell")
        self.step_changed.emit(state)

    def _speaking(self, state: GuidedState) -> bool:
        step = state.step
        if step is None or step.kind != "say" or not self._speak:
            return False
        spoken_for = len(step.text.split()) / WORDS_PER_SECOND + SPEECH_MARGIN
        return state.step_elapsed < spoken_for

    def _voice_stop(self) -> None:
        if self._speak:
            self._sound.voice.stop()

    def _finish(self, completed: bool) -> None:
        self.running = False
        self._timer.stop()
        if not completed:
            self._voice_stop()
        state = self.schedule.state_at(self.elapsed())
        self.finished.emit(RunResult(completed, self._practised.elapsed(), self.started_at,
                                     state.index))


class TimerRun(QObject):
    ticked = Signal(object)  # TimerState
    bell_rang = Signal(object)  # TimerEvent
    pause_changed = Signal(bool)
    finished = Signal(object)  # RunResult

    def __init__(self, plan: TimerPlan, sound: Sound, *, clock: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._sound = sound
        self._clock = SessionClock(clock)
        self._seen: float | None = None  # elapsed time of the last look; None before the first
        self.running = False
        self.rung: list[tuple[float, str]] = []  # (elapsed when rung, sound): what was heard
        self.state: TimerState = plan.state_at(0.0)
        self.started_at = dt.datetime.now().astimezone()
        self._display = QTimer(self)
        self._display.setInterval(TIMER_POLL_MS)
        self._display.timeout.connect(self.poll)
        # The next bell gets its own precise wake-up, so it is not late by up to a poll.
        self._bell_timer = QTimer(self)
        self._bell_timer.setSingleShot(True)
        self._bell_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._bell_timer.timeout.connect(self.poll)

    @property
    def paused(self) -> bool:
        return self._clock.paused

    def elapsed(self) -> float:
        return self._clock.elapsed()

    def sat_seconds(self) -> float:
        return max(0.0, min(self.elapsed(), self.plan.total_seconds) - self.plan.warmup_seconds)

    def start(self) -> None:
        self._clock.start()
        self.started_at = dt.datetime.now().astimezone()
        self.running = True
        self._display.start()
        self.poll()

    def poll(self) -> None:
        if not self.running:
            return
        elapsed = self.elapsed()
        for event in self.plan.due_events(self._seen, elapsed):
            sound = self.plan.bell_for(event.kind)
            self._sound.cues.play(sound)
            self.rung.append((elapsed, sound))
            self.bell_rang.emit(event)
        self._seen = elapsed
        self.state = self.plan.state_at(elapsed)
        self.ticked.emit(self.state)
        if self.state.phase == FINISHED:
            self._finish(True)
            return
        self._arm_bell_timer(elapsed)

    def toggle_pause(self) -> None:
        if not self.running:
            return
        if self.paused:
            self._clock.resume()
            self.poll()
        else:
            self._clock.pause()
            self._bell_timer.stop()
        self.pause_changed.emit(self.paused)

    def stop(self) -> None:
        if self.running:
            self._finish(False)

    def _arm_bell_timer(self, elapsed: float) -> None:
        if self.paused:
            return
        upcoming = [e.offset for e in self.plan.events() if e.offset > elapsed]
        if upcoming:
            self._bell_timer.start(max(0, math.ceil((upcoming[0] - elapsed) * 1000)))

    def _finish(self, completed: bool) -> None:
        self.running = False
        self._display.stop()
        self._bell_timer.stop()
        self.finished.emit(RunResult(completed, self.sat_seconds(), self.started_at))
