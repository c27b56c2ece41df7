"""StatsService: the read-only figures pages and commands ask for, over one database."""

from __future__ import annotations

import datetime as dt

from app.stats import emotions, mood, practice, regulation, report, review, sleep, tags
from app.stats.periods import Period
from app.storage.database import Database


class StatsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def mood_series(self, period: Period) -> mood.MoodSeries:
        return mood.mood_series(self._db, period)

    def weekly_mood(self, period: Period) -> list[mood.WeekMood]:
        return mood.weekly_series(self._db, period)

    def mood_plane(self, period: Period) -> dict[tuple[int, int], int]:
        return mood.mood_plane(self._db, period)

    def notes(self, period: Period) -> list[mood.NoteEntry]:
        return mood.notes_in(self._db, period)

    def practice_weeks(self, day: dt.date, weeks: int = 12) -> list[practice.WeekMinutes]:
        return practice.weekly_minutes(self._db, day, weeks)

    def consistency(self, day: dt.date) -> practice.Consistency:
        return practice.consistency(self._db, day)

    def calm_by_exercise(self, period: Period) -> list[practice.ExerciseCalm]:
        return practice.calm_by_exercise(self._db, period)

    def top_words(self, period: Period, limit: int = 8) -> list[emotions.WordCount]:
        return emotions.top_words(self._db, period, limit)

    def strategy_effects(self, period: Period) -> list[regulation.StrategyEffect]:
        return regulation.strategy_effects(self._db, period)

    def strategy_quadrants(self, period: Period) -> list[regulation.StrategyQuadrants]:
        return regulation.strategy_quadrants(self._db, period)

    def tag_effects(self, period: Period) -> list[tags.TagEffect]:
        return tags.tag_effects(self._db, period)

    def mood_by_sleep(self, period: Period) -> list[sleep.SleepGroup]:
        return sleep.mood_by_sleep(self._db, period)

    def weekly_review(self, day: dt.date, *, today: dt.date | None = None) -> review.WeeklyReview:
        return review.weekly_review(self._db, day, today=today)

    def report(self, request: report.ReportRequest) -> report.ReportData:
        return report.gather(self._db, request)
