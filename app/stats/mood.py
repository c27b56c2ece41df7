"""Mood per local day (mean, range, count) and the week/year series built from it.

Every query groups by `local_day` inside SQL over an indexed range, so a week costs the
same with ten years stored as with one week. A day's value is the mean of its entries;
a week's value is the mean of its days, so one busy day does not outweigh the others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.stats.periods import Period, week_of
from app.storage.database import Database, Row
from app.timeutil import as_date, as_datetime

SQL_DAILY = (
    "SELECT local_day, COUNT(*) AS entries, AVG(pleasantness) AS mean_pleasantness, "
    "AVG(energy) AS mean_energy, MIN(pleasantness) AS pleasantness_min, "
    "MAX(pleasantness) AS pleasantness_max, MIN(energy) AS energy_min, "
    "MAX(energy) AS energy_max "
    "FROM mood_checkin WHERE local_day >= :start AND local_day <= :end "
    "AND deleted_at_utc IS NULL GROUP BY local_day ORDER BY local_day"
)
SQL_PLANE = (
    "SELECT pleasantness, energy, COUNT(*) AS checkins FROM mood_checkin "
    "WHERE local_day >= :start AND local_day <= :end AND deleted_at_utc IS NULL "
    "GROUP BY pleasantness, energy"
)
SQL_NOTES = (
    "SELECT id, at_utc, utc_offset_min, local_day, pleasantness, energy, note "
    "FROM mood_checkin WHERE local_day >= :start AND local_day <= :end "
    "AND note IS NOT NULL AND deleted_at_utc IS NULL ORDER BY at_utc, id"
)


@dataclass(frozen=True, kw_only=True)
class _MoodRange:
    """mean/low/high of one measure, for a day or a week: both carry the same six fields.

    Keyword-only, so a subclass's own fields (day, entries...) may come without defaults.
    """

    pleasantness: float  # the mean: of a day's entries, or of a week's daily means
    energy: float
    pleasantness_min: int
    pleasantness_max: int
    energy_min: int
    energy_max: int

    def mean(self, measure: str) -> float:
        return self.pleasantness if measure == "pleasantness" else self.energy

    def low(self, measure: str) -> int:
        return self.pleasantness_min if measure == "pleasantness" else self.energy_min

    def high(self, measure: str) -> int:
        return self.pleasantness_max if measure == "pleasantness" else self.energy_max


@dataclass(frozen=True)
class DayMood(_MoodRange):
    day: dt.date
    entries: int


@dataclass(frozen=True)
class MoodSeries:
    """One slot per day of the period, None where nothing was logged."""

    period: Period
    days: list[DayMood | None]

    @property
    def logged(self) -> list[DayMood]:
        return [d for d in self.days if d is not None]

    @property
    def entries(self) -> int:
        return sum(d.entries for d in self.logged)

    def average(self, measure: str) -> float | None:
        values = [d.mean(measure) for d in self.logged]
        return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class WeekMood(_MoodRange):
    """One week in the year view: the mean of its daily means and the range of entries."""

    start: dt.date
    days_logged: int
    entries: int


@dataclass(frozen=True)
class NoteEntry:
    id: int
    local_time: dt.datetime
    day: dt.date
    pleasantness: int
    energy: int
    note: str


def daily_mood(db: Database, start: dt.date, end: dt.date) -> list[DayMood]:
    """Days with at least one check-in between start and end (inclusive), oldest first."""
    return [_day_mood(r) for r in db.rows(SQL_DAILY, start=start, end=end)]


def _day_mood(row: Row) -> DayMood:
    return DayMood(
        day=as_date(row["local_day"]), entries=int(row["entries"]),
        pleasantness=float(row["mean_pleasantness"]), energy=float(row["mean_energy"]),
        pleasantness_min=int(row["pleasantness_min"]),
        pleasantness_max=int(row["pleasantness_max"]),
        energy_min=int(row["energy_min"]), energy_max=int(row["energy_max"]),
    )


def mood_series(db: Database, period: Period) -> MoodSeries:
    found = {d.day: d for d in daily_mood(db, period.start, period.end)}
    return MoodSeries(period, [found.get(day) for day in period.days])


def weekly_series(db: Database, period: Period) -> list[WeekMood]:
    """The weeks (Monday first) that overlap `period`, each from its days inside it."""
    by_week: dict[dt.date, list[DayMood]] = {}
    for day in daily_mood(db, period.start, period.end):
        by_week.setdefault(week_of(day.day).start, []).append(day)
    weeks = []
    for start, days in sorted(by_week.items()):
        weeks.append(WeekMood(
            start=start, days_logged=len(days), entries=sum(d.entries for d in days),
            pleasantness=sum(d.pleasantness for d in days) / len(days),
            energy=sum(d.energy for d in days) / len(days),
            pleasantness_min=min(d.pleasantness_min for d in days),
            pleasantness_max=max(d.pleasantness_max for d in days),
            energy_min=min(d.energy_min for d in days),
            energy_max=max(d.energy_max for d in days),
        ))
    return weeks


def mood_plane(db: Database, period: Period) -> dict[tuple[int, int], int]:
    """How many check-ins fell on each (pleasantness, energy) point of the plane."""
    rows = db.rows(SQL_PLANE, start=period.start, end=period.end)
    return {(int(r["pleasantness"]), int(r["energy"])): int(r["checkins"]) for r in rows}


def notes_in(db: Database, period: Period) -> list[NoteEntry]:
    """Check-ins with a note, for the report's tick list."""
    return [
        NoteEntry(
            id=int(r["id"]),
            local_time=as_datetime(r["at_utc"]) + dt.timedelta(minutes=int(r["utc_offset_min"])),
            day=as_date(r["local_day"]), pleasantness=int(r["pleasantness"]),
            energy=int(r["energy"]), note=str(r["note"]),
        )
        for r in db.rows(SQL_NOTES, start=period.start, end=period.end)
    ]
