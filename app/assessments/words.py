"""How a result is put into words, the same in the window and on the command line."""

from __future__ import annotations

from app.assessments.instrument import Instrument
from app.assessments.scoring import keyed
from app.assessments.types import AssessmentResult


def score_range(instrument: Instrument) -> tuple[float, float]:
    """The lowest and highest value the score a person sees first can take."""
    scoring = instrument.scoring
    if scoring.method == "percent":
        return 0.0, 100.0
    sub = next((s for s in scoring.subscales if s.id == scoring.show), scoring.subscales[0])
    ranges = [[keyed(instrument.item(i), o.value) for o in instrument.item(i).options]
              for i in sub.items]
    if scoring.method == "mean":
        return float(min(min(r) for r in ranges)), float(max(max(r) for r in ranges))
    return float(sum(min(r) for r in ranges)), float(sum(max(r) for r in ranges))


def shown_value(instrument: Instrument, result: AssessmentResult) -> float:
    return float(result.scores.get(instrument.scoring.show, 0))


def headline(instrument: Instrument, result: AssessmentResult) -> str:
    """The score as a person reads it first: "56%", "7 of 27", or both averages."""
    scoring = instrument.scoring
    if scoring.method == "percent":
        return f"{result.scores.get('percent')}%"
    if len(scoring.subscales) > 1:
        return " · ".join(f"{s.label} {result.scores.get(s.id)}" for s in scoring.subscales)
    _low, high = score_range(instrument)
    return f"{result.scores.get(scoring.show)} of {high:g}"


def score_text(instrument: Instrument, result: AssessmentResult) -> str:
    """One line: the score(s) and the band."""
    scoring = instrument.scoring
    if scoring.method == "percent":
        text = f"{result.scores.get('percent')}% (raw {result.scores.get('raw')})"
    elif len(scoring.subscales) > 1:
        text = ", ".join(f"{s.label.lower()} {result.scores.get(s.id)}"
                         for s in scoring.subscales)
    else:
        text = f"score {result.scores.get(scoring.show)}"
    return f"{text}, {result.band}" if result.band else text


def change_text(instrument: Instrument, history: list[AssessmentResult]) -> str | None:
    """How the newest result compares with the one before, in plain and neutral words."""
    if len(history) < 2 or len(instrument.scoring.subscales) > 1:
        return None
    now, before = history[-1], history[-2]
    delta = shown_value(instrument, now) - shown_value(instrument, before)
    unit = " points" if instrument.scoring.method == "percent" else ""
    when = day_text(before.local_day)
    if delta == 0:
        text = f"The same as last time ({when})."
    else:
        way = "higher" if delta > 0 else "lower"
        text = f"{abs(delta):g}{unit} {way} than last time ({when})."
    limit = instrument.scoring.meaningful_change
    if limit is not None:
        if abs(delta) >= limit:
            text += f" A change of {limit:g}{unit} or more is a meaningful change."
        else:
            text += f" Changes under {limit:g}{unit} are within the usual ups and downs."
    return text


def day_text(day: object, *, long: bool = False) -> str:
    """"2 Dec 2026" (or "2 December 2026"): no leading zero, as people write dates."""
    import datetime as dt

    assert isinstance(day, dt.date)
    return f"{day.day} {day:%B %Y}" if long else f"{day.day} {day:%b %Y}"
