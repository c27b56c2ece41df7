"""The one scoring engine: answers in, scores, band and crisis flag out.

check_answers() turns what a person gave (one value per item asked, in order) into
{item id: value}, refusing a wrong count or a value that is not an option; a conditional
item (PHQ-9 item 10) is part of the list only when its condition holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.assessments.instrument import Band, Instrument, Item
from app.errors import UserError


@dataclass(frozen=True)
class Outcome:
    scores: dict[str, float | int]
    band: Band | None
    crisis: bool


def keyed(item: Item, value: int) -> int:
    """The value as scored: a reverse-keyed item counts from the other end of its scale."""
    if not item.reverse:
        return value
    values = [o.value for o in item.options]
    return min(values) + max(values) - value


def scores_of(instrument: Instrument, answers: Mapping[str, int]) -> dict[str, float | int]:
    """Every score from the scored items answered so far (missing ones count as absent)."""
    scoring = instrument.scoring
    result: dict[str, float | int] = {}
    for sub in scoring.subscales:
        values = [keyed(instrument.item(i), answers[i]) for i in sub.items if i in answers]
        if scoring.method == "mean":
            result[sub.id] = round(sum(values) / len(values), 2) if values else 0
        else:
            result[sub.id] = sum(values)
    if scoring.method == "percent":
        raw = sum(result.values())
        most = sum(max(keyed(instrument.item(i), o.value) for o in instrument.item(i).options)
                   for s in scoring.subscales for i in s.items)
        percent = raw * 100 / most
        return {"raw": raw, "percent": int(percent) if percent == int(percent) else
                round(percent, 1)}
    return result


def is_asked(instrument: Instrument, item: Item, answers: Mapping[str, int]) -> bool:
    """Whether the item is asked, given the answers to the items before it."""
    if item.condition is None:
        return True
    before = {k: v for k, v in answers.items()
              if [i.id for i in instrument.items].index(k) < instrument.items.index(item)}
    return scores_of(instrument, before).get(item.condition.score, 0) > item.condition.above


def check_answers(instrument: Instrument, values: Sequence[int]) -> dict[str, int]:
    """{item id: value} for the items asked; UserError for a wrong count or value."""
    answers: dict[str, int] = {}
    given = list(values)
    for item in instrument.items:
        if not is_asked(instrument, item, answers):
            continue
        if not given:
            if item.condition is not None:
                continue  # a follow-up question may be left out
            raise _count_error(instrument, len(values))
        value = given.pop(0)
        allowed = [o.value for o in item.options]
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            raise UserError(f"answer {len(answers) + 1} ({instrument.title} item {item.id}) "
                            f"must be one of {', '.join(map(str, allowed))}, not {value}")
        answers[item.id] = value
    if given:
        raise _count_error(instrument, len(values))
    return answers


def _count_error(instrument: Instrument, count: int) -> UserError:
    required = len(instrument.required_items)
    extra = len(instrument.items) - required
    wanted = f"{required}" if not extra else f"{required} (or {required + extra} with the follow-up question)"
    return UserError(f"{instrument.title} has {required} questions; give {wanted} answers, "
                     f"not {count}")


def score(instrument: Instrument, answers: Mapping[str, int]) -> Outcome:
    scores = scores_of(instrument, answers)
    crisis = any(item.crisis_if_above is not None and item.id in answers
                 and answers[item.id] > item.crisis_if_above for item in instrument.items)
    return Outcome(scores=scores, band=band_for(instrument, scores, answers), crisis=crisis)


def band_for(instrument: Instrument, scores: Mapping[str, float | int],
             answers: Mapping[str, int]) -> Band | None:
    scoring = instrument.scoring
    low_at = scoring.low_if_any_item_at_most
    if low_at is not None and scoring.low_band is not None and any(
            answers.get(i.id, low_at + 1) <= low_at for i in instrument.items if i.scored):
        return instrument.band(scoring.low_band)
    value = scores.get(scoring.band_on)
    if value is None:
        return None
    return next((b for b in instrument.bands if b.min <= value <= b.max), None)
