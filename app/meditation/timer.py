"""The meditation timer's plan: a warm-up, then a sitting with start, interval and end bells.

Everything is a function of `elapsed`, the seconds on a monotonic clock since the warm-up
began; bell times are computed by multiplication from that origin, never by adding ticks.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from app.errors import UserError

NO_BELL = "none"
MAX_BELLS = 10_000  # far beyond any real sitting; stops a typo from building a huge list
_TOLERANCE = 1e-6  # seconds; float products such as 0.1 * 60 must still "coincide"
_SOUND_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")

WARMING_UP, SITTING, FINISHED = "warming_up", "sitting", "finished"


class TimerEvent(NamedTuple):
    offset: float  # seconds from the start of the warm-up
    kind: str  # "start", "interval" or "end"


@dataclass(frozen=True)
class TimerState:
    phase: str  # WARMING_UP, SITTING or FINISHED
    phase_elapsed: float
    phase_left: float  # the warm-up countdown, or the sitting time still to go
    total_left: float
    progress: float  # 0..1 through the sitting (0 during the warm-up)


@dataclass(frozen=True)
class TimerPlan:
    """A sitting of `minutes` after `warmup_seconds`; the bells are sound names or 'none'.

    `custom_bell_offsets` are extra interval bells, in seconds after the start bell.
    """

    minutes: float
    warmup_seconds: float = 10.0
    interval_minutes: float | None = None
    custom_bell_offsets: tuple[float, ...] = ()
    start_bell: str = "bell"
    interval_bell: str = "chime"
    end_bell: str = "bowl"

    def __post_init__(self) -> None:
        # Stored as floats so that events and states compare and print the same way.
        set_field = functools.partial(object.__setattr__, self)
        set_field("minutes", float(self.minutes))
        set_field("warmup_seconds", float(self.warmup_seconds))
        if self.interval_minutes is not None:
            set_field("interval_minutes", float(self.interval_minutes))
        set_field("custom_bell_offsets", tuple(float(t) for t in self.custom_bell_offsets))
        if not _positive(self.minutes):
            raise UserError("the sitting needs a length of more than 0 minutes")
        if not (math.isfinite(self.warmup_seconds) and self.warmup_seconds >= 0):
            raise UserError("the warm-up must be 0 seconds or longer")
        if self.interval_minutes is not None:
            if not _positive(self.interval_minutes):
                raise UserError("interval bells need an interval of more than 0 minutes")
            if self.minutes / self.interval_minutes > MAX_BELLS:
                raise UserError("that interval rings too many bells; choose a longer interval")
        for offset in self.custom_bell_offsets:
            if not (math.isfinite(offset) and 0 < offset < self.sitting_seconds - _TOLERANCE):
                raise UserError(f"a bell at {clock_text(offset)} is outside the sitting "
                                f"(0:00 to {clock_text(self.sitting_seconds)}); remove or move it")
        if len(self.custom_bell_offsets) > MAX_BELLS:
            raise UserError("there are too many custom bells")
        for role in ("start_bell", "interval_bell", "end_bell"):
            if not _SOUND_RE.fullmatch(getattr(self, role)):
                raise UserError(f"'{getattr(self, role)}' is not a sound name; use a name "
                                f"such as 'bell', or '{NO_BELL}' for silence")

    @property
    def sitting_seconds(self) -> float:
        return self.minutes * 60.0

    @property
    def total_seconds(self) -> float:
        return self.warmup_seconds + self.sitting_seconds

    def bell_for(self, kind: str) -> str:
        """The sound name for an event kind ('start', 'interval', 'end')."""
        bells = {"start": self.start_bell, "interval": self.interval_bell, "end": self.end_bell}
        return bells[kind]

    def events(self) -> list[TimerEvent]:
        """Every bell that sounds, in order; silent ('none') bells are left out."""
        return list(self._events)

    @functools.cached_property
    def _events(self) -> tuple[TimerEvent, ...]:
        # Computed once per plan: the UI asks for due bells many times a second.
        sitting = self.sitting_seconds
        inside = set(self.custom_bell_offsets)
        if self.interval_minutes is not None:
            step = self.interval_minutes * 60.0
            # k * step, not a running sum, so the hundredth bell is as exact as the first.
            inside.update(k * step for k in range(1, math.ceil(sitting / step) + 1))
        # No interval bell on top of the start or the end, and one bell per moment.
        times = sorted(t for t in inside if _TOLERANCE < t < sitting - _TOLERANCE)
        unique = [t for i, t in enumerate(times) if i == 0 or t - times[i - 1] > _TOLERANCE]
        events = [TimerEvent(self.warmup_seconds, "start")]
        events += [TimerEvent(self.warmup_seconds + t, "interval") for t in unique]
        events.append(TimerEvent(self.total_seconds, "end"))
        return tuple(event for event in events if self.bell_for(event.kind) != NO_BELL)

    def due_events(self, after: float | None, upto: float) -> list[TimerEvent]:
        """Bells with after < offset <= upto: what to ring since the last poll.

        Pass after=None on the first poll, so a start bell at offset 0 rings too.
        """
        offsets = [event.offset for event in self._events]
        first = 0 if after is None else bisect.bisect_right(offsets, after)
        return list(self._events[first:bisect.bisect_right(offsets, upto)])

    def state_at(self, elapsed: float) -> TimerState:
        elapsed = max(0.0, elapsed)
        if elapsed < self.warmup_seconds:
            left = self.warmup_seconds - elapsed
            return TimerState(WARMING_UP, elapsed, left, left + self.sitting_seconds, 0.0)
        sat = elapsed - self.warmup_seconds
        if sat < self.sitting_seconds:
            left = self.sitting_seconds - sat
            return TimerState(SITTING, sat, left, left, sat / self.sitting_seconds)
        return TimerState(FINISHED, elapsed - self.total_seconds, 0.0, 0.0, 1.0)


def clock_text(seconds: float) -> str:
    """62.4 -> '1:02'; 3725 -> '1:02:05' (whole seconds, rounded down)."""
    if seconds < 0:
        return "-" + clock_text(-seconds)
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _positive(value: float) -> bool:
    return math.isfinite(value) and value > 0
