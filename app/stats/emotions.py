"""Emotion words: how often each was chosen in a period, and this week against the last."""

from __future__ import annotations

from dataclasses import dataclass

from app.stats.periods import Period
from app.storage.database import Database

SQL_WORDS = (
    "SELECT e.word AS word, COUNT(*) AS chosen "
    "FROM checkin_emotion e JOIN mood_checkin c ON c.id = e.checkin_id "
    "WHERE c.local_day >= :start AND c.local_day <= :end AND c.deleted_at_utc IS NULL "
    "GROUP BY e.word"
)


@dataclass(frozen=True)
class WordCount:
    word: str
    count: int
    previous: int  # in the period before, for comparison


def word_counts(db: Database, period: Period) -> dict[str, int]:
    rows = db.rows(SQL_WORDS, start=period.start, end=period.end)
    return {str(r["word"]): int(r["chosen"]) for r in rows}


def top_words(db: Database, period: Period, limit: int = 8) -> list[WordCount]:
    """The most chosen words of `period` (ties alphabetical) with their count the period
    before; words that only appeared before are left out, so the list is about now."""
    now, before = word_counts(db, period), word_counts(db, period.previous)
    ranked = sorted(now.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [WordCount(word, count, before.get(word, 0)) for word, count in ranked]
