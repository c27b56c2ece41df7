"""What goes into the therapist report: plain data gathered for a chosen period.

The PDF itself is drawn in ui/report (Qt's PDF writer); this module decides the content,
so the CLI and the dialog produce the same report from the same figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.errors import UserError
from app.i18n import N_
from app.safety.types import SafetyPlan
from app.stats.emotions import WordCount, top_words
from app.stats.mood import (
    MoodSeries,
    NoteEntry,
    WeekMood,
    mood_plane,
    mood_series,
    notes_in,
    weekly_series,
)
from app.stats.periods import Period, span, week_of
from app.stats.practice import (
    ExerciseCalm,
    WeekMinutes,
    calm_by_exercise,
    weekly_minutes,
)
from app.stats.regulation import (
    StrategyEffect,
    StrategyQuadrants,
    strategy_effects,
    strategy_quadrants,
)
from app.storage.database import Database
from app.therapy.types import TherapySession

SECTIONS = ("mood", "emotions", "regulation", "practice", "notes", "therapy", "safety")
# The safety plan is the most private page a person writes: it goes in only when asked.
DEFAULT_SECTIONS = tuple(s for s in SECTIONS if s != "safety")
SECTION_TITLES = {"mood": N_("Mood"), "emotions": N_("Emotions"),
                  "regulation": N_("Regulation strategies"), "practice": N_("Practice"),
                  "notes": N_("Notes"), "therapy": N_("Bring to my next session"),
                  "safety": N_("My safety plan")}
MAX_DAYS = 3 * 366 + 1
# Up to about three months the mood chart shows days; longer periods show weeks.
DAILY_CHART_MAX_DAYS = 92


@dataclass(frozen=True)
class ReportRequest:
    start: dt.date
    end: dt.date
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    note_ids: tuple[int, ...] | None = ()  # None: every note in the period

    def period(self) -> Period:
        return span(self.start, self.end)


@dataclass
class ReportData:
    period: Period
    sections: tuple[str, ...]
    mood: MoodSeries
    weeks: list[WeekMood]
    plane: dict[tuple[int, int], int]
    practice_weeks: list[WeekMinutes]
    calm: list[ExerciseCalm]
    words: list[WordCount] = field(default_factory=list)
    strategies: list[StrategyEffect] = field(default_factory=list)
    quadrants: list[StrategyQuadrants] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)
    # "therapy": what waits for the next session (whatever its day) and the latest notes.
    next_session: TherapySession | None = None
    last_session: TherapySession | None = None
    # "safety": the person's safety plan, section by section.
    safety_plan: SafetyPlan | None = None

    @property
    def daily_chart(self) -> bool:
        return self.period.length <= DAILY_CHART_MAX_DAYS

    def has(self, section: str) -> bool:
        return section in self.sections


def check_request(request: ReportRequest) -> None:
    if request.start > request.end:
        raise UserError(f"the report starts on {request.start} but ends earlier, on "
                        f"{request.end}; swap the dates")
    if (request.end - request.start).days + 1 > MAX_DAYS:
        raise UserError("a report covers at most three years; choose a shorter period")
    unknown = [s for s in request.sections if s not in SECTIONS]
    if unknown:
        raise UserError(f"there is no report section '{unknown[0]}'; choose from "
                        f"{', '.join(SECTIONS)}")
    if not request.sections:
        raise UserError("choose at least one section for the report")


def gather(db: Database, request: ReportRequest) -> ReportData:
    check_request(request)
    period = request.period()
    weeks = len({week_of(day).start for day in period.days})
    notes: list[NoteEntry] = []
    if "notes" in request.sections:
        notes = notes_in(db, period)
        if request.note_ids is not None:
            wanted = set(request.note_ids)
            notes = [n for n in notes if n.id in wanted]
    return ReportData(
        period=period,
        sections=tuple(s for s in SECTIONS if s in request.sections),
        mood=mood_series(db, period),
        weeks=weekly_series(db, period),
        plane=mood_plane(db, period),
        practice_weeks=[w for w in weekly_minutes(db, period.end, weeks)
                        if w.start + dt.timedelta(days=6) >= period.start],
        calm=calm_by_exercise(db, period),
        words=top_words(db, period, limit=12),
        strategies=strategy_effects(db, period),
        quadrants=strategy_quadrants(db, period),
        notes=notes,
        **_therapy(db, request),
        safety_plan=_safety_plan(db, request),
    )


def _safety_plan(db: Database, request: ReportRequest) -> SafetyPlan | None:
    if "safety" not in request.sections:
        return None
    from app.safety import queries

    return queries.plan(db)


def _therapy(db: Database, request: ReportRequest) -> dict[str, TherapySession | None]:
    if "therapy" not in request.sections:
        return {}
    from app.therapy import queries
    from app.therapy.service import instrument_title

    latest = queries.past_sessions(db, instrument_title, limit=1)
    return {"next_session": queries.next_session(db, instrument_title),
            "last_session": latest[0] if latest else None}
