"""Goal domain types: a goal with its small steps, and the drafts a person fills in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

KIND_WORDS = {"breathing": "breathing", "visualization": "guided visualization",
              "timer": "meditation timer", "audio": "own audio", "any": "any practice"}


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The local week (Monday to Sunday) that holds day."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def week_text(week: tuple[dt.date, dt.date]) -> str:
    """'Mon 30 Nov to Sun 6 Dec': the days a practice-linked step counts."""
    start, end = week
    return f"{start:%a} {start.day} {start:%b} to {end:%a} {end.day} {end:%b}"


@dataclass(frozen=True)
class PracticeLink:
    """'breathe 5 minutes on 4 days': kind ('any' for every kind), minutes a day, days."""

    kind: str
    minutes: int
    days: int

    def describe(self) -> str:
        day_word = "day" if self.days == 1 else "days"
        return f"{self.minutes} min of {KIND_WORDS.get(self.kind, self.kind)} " \
               f"on {self.days} {day_word}"


@dataclass(frozen=True)
class GoalStep:
    id: int
    goal_id: int
    title: str
    position: int
    created_local_day: dt.date
    done_at_utc: dt.datetime | None = None
    practice: PracticeLink | None = None
    therapy_session_id: int | None = None
    days_met: int | None = None  # practice-linked: days of its week that count so far

    @property
    def done(self) -> bool:
        return self.done_at_utc is not None

    @property
    def week(self) -> tuple[dt.date, dt.date]:
        """The week a practice-linked step counts: the one it was made in."""
        return week_of(self.created_local_day)

    def progress_text(self) -> str:
        """'3 of 4 days' for a practice-linked step; '' for others."""
        if self.practice is None:
            return ""
        met = min(self.days_met or 0, self.practice.days)
        return f"{met} of {self.practice.days} {'day' if self.practice.days == 1 else 'days'}"

    def to_json(self) -> dict[str, Any]:
        link = self.practice
        start, end = self.week
        return {
            "id": self.id, "title": self.title, "position": self.position,
            "done": self.done,
            "done_at_utc": _iso(self.done_at_utc),
            "created_day": self.created_local_day.isoformat(),
            "practice": None if link is None else {
                "kind": link.kind, "minutes": link.minutes, "days": link.days,
                "days_met": self.days_met or 0, "week_start": start.isoformat(),
                "week_end": end.isoformat()},
            "therapy_session_id": self.therapy_session_id,
        }


@dataclass(frozen=True)
class Goal:
    id: int
    title: str
    why: str | None
    measure: str | None
    review_on: dt.date | None
    created_at_utc: dt.datetime
    local_day: dt.date
    reviewed_on: dt.date | None = None
    review_note: str | None = None
    done_at_utc: dt.datetime | None = None
    archived_at_utc: dt.datetime | None = None
    steps: tuple[GoalStep, ...] = ()

    @property
    def done(self) -> bool:
        return self.done_at_utc is not None

    @property
    def archived(self) -> bool:
        return self.archived_at_utc is not None

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)

    @property
    def progress(self) -> float:
        """0.0-1.0: steps done out of steps; a goal without steps is 0 or 1 (done)."""
        if not self.steps:
            return 1.0 if self.done else 0.0
        return self.steps_done / len(self.steps)

    def review_due(self, today: dt.date) -> bool:
        """On or after the review date, until a review on or after that date is recorded."""
        if self.review_on is None or self.archived or today < self.review_on:
            return False
        return self.reviewed_on is None or self.reviewed_on < self.review_on

    def to_json(self) -> dict[str, Any]:
        # Fields are only ever added here: scripts read this format (docs/cli.md).
        return {
            "id": self.id, "title": self.title, "why": self.why, "measure": self.measure,
            "review_on": _day(self.review_on), "created_day": self.local_day.isoformat(),
            "reviewed_on": _day(self.reviewed_on), "review_note": self.review_note,
            "done": self.done, "done_at_utc": _iso(self.done_at_utc),
            "archived": self.archived,
            "steps_done": self.steps_done, "steps_total": len(self.steps),
            "steps": [s.to_json() for s in self.steps],
        }


@dataclass(frozen=True)
class GoalDraft:
    """What a person writes about a goal; GoalService checks it."""

    title: str
    why: str | None = None
    measure: str | None = None
    review_on: dt.date | None = None


@dataclass(frozen=True)
class Completion:
    """What ticking a step did: the step, its goal after it, and whether that finished it."""

    step: GoalStep
    goal: Goal
    goal_finished: bool


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
