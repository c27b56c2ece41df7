"""The weekly review: a few short plain points computed from the week's data.

It describes what was logged and how it compares with the week before; it never names a
condition, never scores the person, and treats a quiet week as a week, not a failure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.i18n import N_, Text, Weekday
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
MAX_POINTS = 5  # a few short points read at a glance; the cards below hold the rest


@dataclass(frozen=True)
class WeeklyReview:
    period: Period
    sentences: list[str]  # English, as the CLI and the report print them
    mood: MoodSeries
    previous: MoodSeries
    practice: Consistency
    minutes_by_kind: dict[str, float] = field(default_factory=dict)
    best_exercise: ExerciseCalm | None = None
    best_strategy: StrategyEffect | None = None
    points: list[Text] = field(default_factory=list)  # the same, for the window to translate

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
    points = _pick(_mood_points(series, previous)
                   + _strategy_points(strategy, strategies)
                   + _practice_points(practice, by_kind, best, week.contains(today)))
    return WeeklyReview(week, [p.render() for p in points], series, previous, practice, by_kind,
                        best, strategy, points)


def _pick(points: list[tuple[int, Text]]) -> list[Text]:
    """At most MAX_POINTS, the most important ones (lowest rank), kept in reading order."""
    keep = sorted(range(len(points)), key=lambda i: (points[i][0], i))[:MAX_POINTS]
    return [points[i][1] for i in sorted(keep)]


def compare_words(mean: float, before: float) -> str:
    """How this week's mean pleasantness compares, worked out from the rounded figures
    the point shows, so the words always agree with the numbers beside them."""
    return compare_text(mean, before).render()


def compare_text(mean: float, before: float) -> Text:
    change = round(round(mean, 1) - round(before, 1), 1)
    values = {"before": words.signed(before), "change": f"{abs(change):.1f}"}
    if abs(change) < SAME:
        return Text(N_("about the same as the week before ({before})"), values)
    if change > 0:
        return Text(N_("{change} higher than the week before ({before})"), values)
    return Text(N_("{change} lower than the week before ({before})"), values)


def _mood_points(series: MoodSeries, previous: MoodSeries) -> list[tuple[int, Text]]:
    logged = series.logged
    if not logged:
        return [(0, Text(N_("No check-ins this week. Whenever you check in, this is where the "
                            "week takes shape.")))]
    values: dict[str, object] = {"times": words.times_text(series.entries),
                                 "days": words.days_text(len(logged))}
    if len(logged) >= 3:
        best = max(logged, key=lambda d: (d.pleasantness, d.entries))
        count = Text(N_("You checked in {times} on {days}. {weekday} felt most pleasant."),
                     {**values, "weekday": Weekday(best.day)})
    else:
        count = Text(N_("You checked in {times} on {days}."), values)
    mean = series.average("pleasantness")
    energy = series.average("energy")
    assert mean is not None and energy is not None
    # Words from the rounded figure shown beside them: +0.52 reads "+0.5", so "neutral".
    mean, energy = round(mean, 1), round(energy, 1)
    before = previous.average("pleasantness")
    felt = {"felt": Text(words.pleasantness_words(mean)), "mean": words.signed(mean)}
    if before is None:
        feel = Text(N_("Your days felt {felt} on average ({mean})."), felt)
    elif round(mean, 1) - round(before, 1) <= -SAME:
        feel = Text(N_("Your days felt {felt} on average ({mean}), {compared}. Weeks rise and "
                       "fall."), {**felt, "compared": compare_text(mean, before)})
    else:
        feel = Text(N_("Your days felt {felt} on average ({mean}), {compared}."),
                    {**felt, "compared": compare_text(mean, before)})
    return [(0, count), (0, feel),
            (2, Text(N_("Your energy was {energy} overall ({value})."),
                     {"energy": Text(words.energy_words(energy)), "value": words.signed(energy)}))]


def _strategy_points(best: StrategyEffect | None,
                     effects: list[StrategyEffect]) -> list[tuple[int, Text]]:
    if best is None:
        return []
    values = {"times": words.times_text(sum(e.uses for e in effects)), "name": best.name,
              "felt": Text(HELPFULNESS[round(best.helpfulness)])}
    if best.drop is not None and best.drop > 0:
        return [(1, Text(N_("You worked with a feeling {times}. {name} felt most helpful "
                            "({felt}); the feeling eased by {drop} points on average."),
                         {**values, "drop": f"{best.drop:.1f}"}))]
    return [(1, Text(N_("You worked with a feeling {times}. {name} felt most helpful "
                        "({felt})."), values))]


def _practice_points(practice: Consistency, by_kind: dict[str, float],
                     best: ExerciseCalm | None, is_current: bool) -> list[tuple[int, Text]]:
    total = sum(by_kind.values())
    if not by_kind:
        out = [(0, Text(N_("No practice logged this week. A minute of slow breathing counts, "
                           "whenever you want it.")))]
    else:
        main_kind = max(by_kind, key=lambda k: by_kind[k])
        out = [(0, Text(N_("You practised for {minutes} on {days}, mostly {kind}."),
                        {"minutes": words.minutes_words(total),
                         "days": words.days_text(practice.days_this_week),
                         "kind": Text(words.KIND_WORDS[main_kind])}))]
    if is_current and practice.habit_strength > 0:
        out.append((1, Text(N_("Habit strength {strength} of 100: how regular your practice "
                               "has been lately. Each day you practise adds a little; it fades "
                               "gently on days you rest."),
                            {"strength": practice.habit_strength})))
    if best is not None:
        out.append((3, Text(N_("Lately, {title} has helped you most: calm rose by {change} on "
                               "average over {count} rated sessions."),
                            {"title": best.title, "change": f"{best.change:.1f}",
                             "count": best.rated_sessions})))
    return out
