"""Mood by sleep: days grouped by the night's sleep, each group's mean pleasantness and
energy, shown only where the groups compared each hold at least MIN_DAYS days."""

from __future__ import annotations

from dataclasses import dataclass

from app.stats.periods import Period
from app.storage.database import Database

MIN_DAYS = 3
# (lower bound inclusive, upper bound exclusive, plain label); bounds in hours.
BANDS = ((0.0, 6.0, "under 6 hours"), (6.0, 7.5, "6 to 7½ hours"),
         (7.5, 24.01, "7½ hours or more"))
# A day's mood is the mean of all its check-ins, as in the mood chart, not only of those
# that gave sleep; AVG skips NULL sleep, and HAVING drops days where none gave it.
SQL_SLEEP_DAYS = (
    "SELECT local_day, AVG(sleep_hours) AS mean_sleep, AVG(pleasantness) AS mean_pleasantness, "
    "AVG(energy) AS mean_energy FROM mood_checkin "
    "WHERE local_day >= :start AND local_day <= :end AND deleted_at_utc IS NULL "
    "GROUP BY local_day HAVING COUNT(sleep_hours) > 0"
)


@dataclass(frozen=True)
class SleepGroup:
    label: str
    low: float
    high: float
    days: int
    pleasantness: float  # mean of the daily means, so a busy day does not outweigh others
    energy: float
    sleep: float         # mean of the days' sleep, to say what the group really held


def mood_by_sleep(db: Database, period: Period) -> list[SleepGroup]:
    """The bands with at least MIN_DAYS days, shortest sleep first; empty unless two or
    more bands qualify, because one group alone compares with nothing."""
    banded: dict[int, list[tuple[float, float, float]]] = {}
    for r in db.rows(SQL_SLEEP_DAYS, start=period.start, end=period.end):
        # Rounded so that float noise in AVG cannot move a day across a band edge.
        hours = round(float(r["mean_sleep"]), 6)
        index = next(i for i, (low, high, _) in enumerate(BANDS) if low <= hours < high)
        banded.setdefault(index, []).append(
            (hours, float(r["mean_pleasantness"]), float(r["mean_energy"])))
    groups = []
    for index, rows in sorted(banded.items()):
        if len(rows) < MIN_DAYS:
            continue
        low, high, text = BANDS[index]
        n = len(rows)
        groups.append(SleepGroup(text, low, high, n, sum(r[1] for r in rows) / n,
                                 sum(r[2] for r in rows) / n, sum(r[0] for r in rows) / n))
    return groups if len(groups) >= 2 else []
