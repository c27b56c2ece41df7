"""Practice figures: minutes per week by kind, a forgiving habit strength, calm before/after.

Habit strength is our own formula, an exponentially smoothed share of days practised:
    strength(day) = strength(day - 1) + RATE * (practised(day) - strength(day - 1))
A missed day takes away a tenth of what has been built, never all of it, and one day of
practice wins a tenth of the remaining way back. Today counts only once you practise,
because the day is not over. No streak exists to be broken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.practice.service import KINDS
from app.stats.periods import Period, week_of, weeks_ending
from app.storage.database import Database
from app.timeutil import as_date

RATE = 0.1
# 0.9 ** 120 is about 3e-6: days further back cannot move the score.
HABIT_WINDOW_DAYS = 120

SQL_DAILY_KIND = (
    "SELECT local_day, kind, SUM(actual_seconds) AS seconds, COUNT(*) AS sessions "
    "FROM practice_session "
    "WHERE local_day >= :start AND local_day <= :end GROUP BY local_day, kind"
)
# One row a day (not a day and kind): the habit looks back 120 days on every week shown.
SQL_DAILY_TOTAL = (
    "SELECT local_day, SUM(actual_seconds) AS seconds, COUNT(*) AS sessions "
    "FROM practice_session "
    "WHERE local_day >= :start AND local_day <= :end GROUP BY local_day"
)
SQL_CALM = (
    "SELECT kind, ref, MAX(title) AS title, COUNT(*) AS rated, AVG(calm_before) AS mean_before, "
    "AVG(calm_after) AS mean_after "
    "FROM practice_session WHERE local_day >= :start AND local_day <= :end "
    "AND calm_before IS NOT NULL AND calm_after IS NOT NULL "
    "GROUP BY kind, ref"
)


@dataclass(frozen=True)
class WeekMinutes:
    start: dt.date
    minutes: dict[str, float]  # every kind, 0.0 where nothing was practised

    @property
    def total(self) -> float:
        return sum(self.minutes.values())


@dataclass(frozen=True)
class Consistency:
    habit_strength: int  # 0-100
    days_this_week: int
    minutes_this_week: float
    sessions_this_week: int


@dataclass(frozen=True)
class ExerciseCalm:
    kind: str
    ref: str
    title: str
    rated_sessions: int
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after - self.before


def daily_minutes(db: Database, start: dt.date, end: dt.date) -> dict[dt.date, dict[str, float]]:
    """Minutes per kind for each day with practice (actual time, finished or not)."""
    days: dict[dt.date, dict[str, float]] = {}
    for row in db.rows(SQL_DAILY_KIND, start=start, end=end):
        days.setdefault(as_date(row["local_day"]), {})[str(row["kind"])] = float(row["seconds"]) / 60
    return days


def weekly_minutes(db: Database, day: dt.date, weeks: int = 12) -> list[WeekMinutes]:
    """`weeks` consecutive weeks ending with the week of `day`, empty weeks included."""
    periods = weeks_ending(day, weeks)
    totals = {p.start: dict.fromkeys(KINDS, 0.0) for p in periods}
    for when, kinds in daily_minutes(db, periods[0].start, periods[-1].end).items():
        bucket = totals[week_of(when).start]
        for kind, minutes in kinds.items():
            bucket[kind] = bucket.get(kind, 0.0) + minutes
    return [WeekMinutes(start, minutes) for start, minutes in totals.items()]


def habit_strength(practised: set[dt.date], day: dt.date) -> int:
    """0-100 from the days practised up to `day` (see the module docstring)."""
    last = day if day in practised else day - dt.timedelta(days=1)
    strength = 0.0
    for offset in range(HABIT_WINDOW_DAYS - 1, -1, -1):
        done = 1.0 if last - dt.timedelta(days=offset) in practised else 0.0
        strength += RATE * (done - strength)
    return round(strength * 100)


def consistency(db: Database, day: dt.date) -> Consistency:
    start = day - dt.timedelta(days=HABIT_WINDOW_DAYS)
    by_day = {as_date(r["local_day"]): r for r in db.rows(SQL_DAILY_TOTAL, start=start, end=day)}
    week = week_of(day)
    this_week = [r for when, r in by_day.items() if week.start <= when <= day]
    return Consistency(
        habit_strength=habit_strength(set(by_day), day),
        days_this_week=len(this_week),
        minutes_this_week=sum(float(r["seconds"]) for r in this_week) / 60,
        sessions_this_week=sum(int(r["sessions"]) for r in this_week),
    )


def calm_by_exercise(db: Database, period: Period) -> list[ExerciseCalm]:
    """Mean calm (0-10) before and after each exercise, over sessions rated both ways.

    Most helpful first; ties go to the exercise with more rated sessions.
    """
    found = [
        ExerciseCalm(kind=str(r["kind"]), ref=str(r["ref"]), title=str(r["title"]),
                     rated_sessions=int(r["rated"]), before=float(r["mean_before"]),
                     after=float(r["mean_after"]))
        for r in db.rows(SQL_CALM, start=period.start, end=period.end)
    ]
    return sorted(found, key=lambda e: (-e.change, -e.rated_sessions, e.title))
