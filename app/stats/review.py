"""The weekly review: a few plain sentences computed from the week's data.

It describes what was logged and how it compares with the week before; it never names a
condition, never scores the person, and treats a quiet week as a week, not a failure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.stats import words
from app.stats.mood import MoodSeries, mood_series
from app.stats.periods import Period, week_of
from app.stats.practice import (
    Consistency,
    ExerciseCalm,
    calm_by_exercise,
    consistency,
    daily_minutes,
)
from app.stats.regulation import StrategyEffect, strategy_effects
from app.stats.words import HELPFULNESS
from app.storage.database import Database

SAME = 0.3  # a change in weekly mean smaller than this reads as "about the same"


@dataclass(frozen=True)
class WeeklyReview:
    period: Period
    sentences: list[str]
    mood: MoodSeries
    previous: MoodSeries
    practice: Consistency
    minutes_by_kind: dict[str, float] = field(default_factory=dict)
    best_exercise: ExerciseCalm | None = None
    best_strategy: StrategyEffect | None = None

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


def weekly_review(db: Database, day: dt.date, *, today: dt.date | None = None) -> WeeklyReview:
    week = week_of(day)
    today = today or dt.date.today()
    series = mood_series(db, week)
    previous = mood_series(db, week.previous)
    practice = consistency(db, min(week.end, max(today, week.start)))
    by_kind: dict[str, float] = {}
    for kinds in daily_minutes(db, week.start, week.end).values():
        for kind, minutes in kinds.items():
            by_kind[kind] = by_kind.get(kind, 0.0) + minutes
    # "What works" needs more than one week of ratings to mean anything.
    calm = calm_by_exercise(db, Period("span", week.end - dt.timedelta(days=89), week.end))
    best = next((c for c in calm if c.rated_sessions >= 2 and c.change > 0), None)
    strategies = strategy_effects(db, week)
    strategy = strategies[0] if strategies else None
    sentences = (_mood_sentences(series, previous) + _strategy_sentences(strategy, strategies)
                 + _practice_sentences(practice, by_kind, best, week.contains(today)))
    return WeeklyReview(week, sentences, series, previous, practice, by_kind, best, strategy)


def _strategy_sentences(best: StrategyEffect | None,
                        effects: list[StrategyEffect]) -> list[str]:
    if best is None:
        return []
    uses = sum(e.uses for e in effects)
    out = [f"You noted {uses} moment{'s' if uses != 1 else ''} of working with a feeling."]
    felt = HELPFULNESS[round(best.helpfulness)]
    drop = (f", and the feeling eased by {best.drop:.1f} points on average"
            if best.drop is not None and best.drop > 0 else "")
    out.append(f"{best.name} felt most helpful ({felt}){drop}.")
    return out


def _mood_sentences(series: MoodSeries, previous: MoodSeries) -> list[str]:
    logged = series.logged
    if not logged:
        return ["No check-ins this week. Whenever you check in, this is where the week "
                "takes shape."]
    out = [f"You checked in {words.times(series.entries)} on {words.days(len(logged))}."]
    mean = series.average("pleasantness")
    assert mean is not None
    before = previous.average("pleasantness")
    feel = (f"On average your days felt {words.pleasantness_words(mean)} "
            f"({words.signed(mean)})")
    if before is None:
        out.append(feel + ".")
    elif abs(mean - before) < SAME:
        out.append(feel + f", about the same as the week before ({words.signed(before)}).")
    elif mean > before:
        out.append(feel + f", a little more pleasant than the week before "
                   f"({words.signed(before)}).")
    else:
        out.append(feel + f", a little less pleasant than the week before "
                   f"({words.signed(before)}). Weeks rise and fall; noticing is what counts.")
    energy = series.average("energy")
    assert energy is not None
    out.append(f"Your energy was {words.energy_words(energy)} overall ({words.signed(energy)}).")
    if len(logged) >= 3:
        best = max(logged, key=lambda d: (d.pleasantness, d.entries))
        out.append(f"{best.day:%A} was your most pleasant day.")
    return out


def _practice_sentences(practice: Consistency, by_kind: dict[str, float],
                        best: ExerciseCalm | None, is_current: bool) -> list[str]:
    total = sum(by_kind.values())
    if not by_kind:
        out = ["No practice logged this week. A minute of slow breathing counts, "
               "whenever you want it."]
    else:
        main_kind = max(by_kind, key=lambda k: by_kind[k])
        out = [f"You practised for {words.minutes_text(total)} on "
               f"{words.days(practice.days_this_week)}, mostly {words.KIND_WORDS[main_kind]}."]
    if best is not None:
        out.append(f"Lately, {best.title} has helped you most: calm rose by "
                   f"{best.change:.1f} on average over {best.rated_sessions} rated sessions.")
    if is_current and practice.habit_strength > 0:
        out.append(f"Your habit strength is {practice.habit_strength} out of 100. It grows a "
                   "little with each day you practise and fades gently on days you rest.")
    return out
