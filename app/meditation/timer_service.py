"""The meditation timer's service: reading bell times as typed, remembering a set-up, the log."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.errors import UserError
from app.meditation.timer import NO_BELL, TimerPlan, clock_text
from app.practice.service import PracticeRecord, PracticeService

BELLS = ("bell", "chime", "bowl", NO_BELL)  # cue names in audio/cues.py (aliases there)


def parse_bell_times(text: str) -> tuple[float, ...]:
    """'5, 12:30, 1:05:00' -> seconds after the start bell (minutes, m:ss or h:mm:ss), sorted."""
    offsets = []
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        pieces = part.split(":")
        try:
            if len(pieces) == 1:
                seconds = float(pieces[0]) * 60
            elif len(pieces) == 2:
                seconds = int(pieces[0]) * 60 + _seconds(pieces[1])
            elif len(pieces) == 3:
                seconds = int(pieces[0]) * 3600 + int(pieces[1]) * 60 + _seconds(pieces[2])
            else:
                raise ValueError
        except ValueError:
            raise UserError(f"'{part}' is not a time; write minutes like 5, or minutes and "
                            "seconds like 12:30") from None
        offsets.append(seconds)
    return tuple(sorted(set(offsets)))


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 <= value < 60 or len(text.split(".")[0]) != 2:
        raise ValueError(text)
    return value


def bell_times_text(offsets: tuple[float, ...]) -> str:
    return ", ".join(clock_text(offset) for offset in offsets)


def plan_to_json(plan: TimerPlan) -> dict[str, Any]:
    return {"minutes": plan.minutes, "warmup_seconds": plan.warmup_seconds,
            "interval_minutes": plan.interval_minutes,
            "custom_bell_offsets": list(plan.custom_bell_offsets),
            "start_bell": plan.start_bell, "interval_bell": plan.interval_bell,
            "end_bell": plan.end_bell}


def plan_from_json(data: Any) -> TimerPlan | None:
    """A remembered set-up, or None when there is none or it no longer makes sense."""
    if not isinstance(data, dict):
        return None
    try:
        return TimerPlan(**{key: data[key] for key in plan_to_json(TimerPlan(1)) if key in data})
    except (UserError, TypeError, ValueError):
        return None


def describe(plan: TimerPlan) -> str:
    """'20 minutes, a bell every 5 minutes' for the log and the after view."""
    minutes = f"{plan.minutes:g} minute{'s' if plan.minutes != 1 else ''}"
    intervals = sum(1 for event in plan.events() if event.kind == "interval")
    if not intervals:
        return minutes
    if plan.interval_minutes and not plan.custom_bell_offsets:
        return f"{minutes}, a bell every {plan.interval_minutes:g} min"
    return f"{minutes}, {intervals} bell{'s' if intervals != 1 else ''} along the way"


class TimerService:
    def __init__(self, practice: PracticeService) -> None:
        self._practice = practice

    def log_sitting(self, plan: TimerPlan, *, sat_seconds: float, completed: bool,
                    started_at: dt.datetime | None = None, calm_before: int | None = None,
                    calm_after: int | None = None, ambient: str | None = None) -> PracticeRecord:
        """Store one sitting (kind 'timer'); the warm-up is not counted as practice."""
        details: dict[str, Any] = {"plan": plan_to_json(plan)}
        if ambient:
            details["ambient"] = ambient
        return self._practice.log_session(
            kind="timer", ref="timer", title=f"Meditation timer, {describe(plan)}",
            planned_seconds=plan.sitting_seconds,
            actual_seconds=min(max(0.0, sat_seconds), plan.sitting_seconds),
            completed=completed, started_at=started_at, calm_before=calm_before,
            calm_after=calm_after, details=details,
        )
