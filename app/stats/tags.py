"""Tags: mood on days with a tag against days without it, only where both sides have
enough days to say anything (at least MIN_DAYS each)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.stats.mood import daily_mood
from app.stats.periods import Period
from app.storage.database import Database
from app.timeutil import as_date

MIN_DAYS = 3
SQL_TAG_DAYS = (
    "SELECT t.id AS tag_id, t.name AS name, t.category AS category, c.local_day AS local_day "
    "FROM checkin_tag ct "
    "JOIN mood_checkin c ON c.id = ct.checkin_id JOIN context_tag t ON t.id = ct.tag_id "
    "WHERE c.local_day >= :start AND c.local_day <= :end AND c.deleted_at_utc IS NULL "
    "GROUP BY t.id, t.name, t.category, c.local_day"
)


@dataclass(frozen=True)
class TagEffect:
    name: str
    category: str
    days_with: int
    days_without: int
    mood_with: float       # mean of the daily mean pleasantness
    mood_without: float

    @property
    def difference(self) -> float:
        return self.mood_with - self.mood_without


def tag_effects(db: Database, period: Period) -> list[TagEffect]:
    """Largest difference first, either way; a tag is on a day if any check-in has it."""
    daily = {d.day: d.pleasantness for d in daily_mood(db, period.start, period.end)}
    tagged: dict[tuple[int, str, str], set[dt.date]] = {}
    for r in db.rows(SQL_TAG_DAYS, start=period.start, end=period.end):
        key = (int(r["tag_id"]), str(r["name"]), str(r["category"]))
        tagged.setdefault(key, set()).add(as_date(r["local_day"]))
    found = []
    for (_tag_id, name, category), days in tagged.items():
        with_tag = [daily[d] for d in days if d in daily]
        without = [v for d, v in daily.items() if d not in days]
        if len(with_tag) >= MIN_DAYS and len(without) >= MIN_DAYS:
            found.append(TagEffect(name, category, len(with_tag), len(without),
                                   sum(with_tag) / len(with_tag), sum(without) / len(without)))
    return sorted(found, key=lambda t: (-abs(t.difference), t.name))
