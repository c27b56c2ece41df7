"""Self-assessments: exact scoring of every shipped instrument at every band boundary
(hand-computed), the WHO-5 any-item rule, PHQ-9's crisis item and follow-up, storing,
and user instrument files."""

from __future__ import annotations

import json

import pytest

from app.assessments.library import builtin_instruments, load_library
from app.assessments.scoring import check_answers, score
from app.errors import UserError
from app.events import AssessmentsChanged


def instrument(ident):
    return next(i for i in builtin_instruments() if i.id == ident)


def outcome(ident, values):
    inst = instrument(ident)
    return score(inst, check_answers(inst, values))


def test_shipped_set_and_nothing_unlicensed():
    ids = [i.id for i in builtin_instruments()]
    assert ids == ["who-5", "phq-9", "gad-7", "attachment-reflection"]
    assert not {"ecr-r", "ecr-s", "erq", "ders", "ders-16"} & set(ids)
    licence = ("Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and "
               "colleagues, with an educational grant from Pfizer Inc. No permission "
               "required to reproduce, translate, display or distribute.")
    for ident in ("phq-9", "gad-7"):
        i = instrument(ident)
        assert f"{i.attribution} {i.licence}" == licence


# PHQ-9: nine items 0-3; (answers, total, band), totals at each side of each boundary.
PHQ9 = [
    ([0] * 9, 0, "minimal"),
    ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"),
    ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"),
    ([2, 1, 1, 1, 1, 1, 1, 1, 0], 9, "mild"),
    ([2, 2, 1, 1, 1, 1, 1, 1, 0], 10, "moderate"),
    ([3, 3, 3, 3, 2, 0, 0, 0, 0], 14, "moderate"),
    ([3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "moderately severe"),
    ([3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "moderately severe"),
    ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe"),
    ([3] * 9, 27, "severe"),
]


@pytest.mark.parametrize(("answers", "total", "band"), PHQ9)
def test_phq9_bands(answers, total, band):
    result = outcome("phq-9", answers)
    assert result.scores == {"total": total}
    assert result.band.label == band
    assert result.crisis is (answers[8] > 0)  # item 9 decides, not the total


GAD7 = [
    ([0] * 7, 0, "minimal"),
    ([1, 1, 1, 1, 0, 0, 0], 4, "minimal"),
    ([1, 1, 1, 1, 1, 0, 0], 5, "mild"),
    ([3, 3, 3, 0, 0, 0, 0], 9, "mild"),
    ([3, 3, 3, 1, 0, 0, 0], 10, "moderate"),
    ([2, 2, 2, 2, 2, 2, 2], 14, "moderate"),
    ([3, 2, 2, 2, 2, 2, 2], 15, "severe"),
    ([3] * 7, 21, "severe"),
]


@pytest.mark.parametrize(("answers", "total", "band"), GAD7)
def test_gad7_bands(answers, total, band):
    result = outcome("gad-7", answers)
    assert result.scores == {"total": total}
    assert result.band.label == band


WHO5 = [
    # raw 12 (all items >= 2): low; raw 13 (all items >= 2): not low; percent = raw x 4
    ([3, 3, 2, 2, 2], 12, 48, "low well-being"),
    ([3, 3, 3, 2, 2], 13, 52, "no sign of low well-being"),
    ([5] * 5, 25, 100, "no sign of low well-being"),
    ([0] * 5, 0, 0, "low well-being"),
    # any item at 0 or 1 means low well-being whatever the total
    ([5, 5, 5, 5, 1], 21, 84, "low well-being"),
    ([5, 5, 5, 5, 0], 20, 80, "low well-being"),
    ([5, 5, 5, 5, 2], 22, 88, "no sign of low well-being"),
]


@pytest.mark.parametrize(("answers", "raw", "percent", "band"), WHO5)
def test_who5_scoring_and_any_item_rule(answers, raw, percent, band):
    result = outcome("who-5", answers)
    assert result.scores == {"raw": raw, "percent": percent}
    assert result.band.label == band


def test_who5_low_band_suggests_a_professional_and_high_band_does_not_reassure():
    low = instrument("who-5").band("low well-being").meaning
    high = instrument("who-5").band("no sign of low well-being").meaning
    assert "talking to a professional" in low
    assert "does not mean everything is fine" in high


def test_minimal_bands_are_never_reassurance():
    for ident in ("phq-9", "gad-7"):
        meaning = instrument(ident).band("minimal").meaning
        assert "does not mean everything is fine" in meaning
        assert "reach out" in meaning


def test_attachment_reflection_means_with_reverse_keyed_items():
    inst = instrument("attachment-reflection")
    assert inst.label == "A reflection aid, not a validated test"
    assert not inst.bands  # no style labels
    order = [i.id for i in inst.items]
    values = dict(zip(order, [7, 1, 7, 1, 1, 7, 7, 1, 7, 7, 1, 7], strict=True))
    # anxiety: anx1 7, anx2 7, anx3 1 reversed -> 7, anx4 7, anx5 7, anx6 1 reversed -> 7
    # avoidance: avo1 1, avo2 1 reversed -> 7, avo3 7, avo4 1 reversed -> 7, avo5 7, avo6 7
    result = outcome("attachment-reflection", [values[i] for i in order])
    assert result.scores == {"anxiety": 7.0, "avoidance": 6.0}
    assert result.band is None
    mid = outcome("attachment-reflection", [4] * 12)
    assert mid.scores == {"anxiety": 4.0, "avoidance": 4.0}


def test_phq9_item9_raises_crisis_with_a_low_total():
    result = outcome("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 1])
    assert result.crisis is True
    assert result.scores == {"total": 1}
    assert result.band.label == "minimal"


def test_phq9_follow_up_is_asked_only_above_zero_and_not_scored():
    inst = instrument("phq-9")
    with pytest.raises(UserError, match="give 9"):
        check_answers(inst, [0] * 9 + [2])  # total 0: no follow-up
    answers = check_answers(inst, [1, 0, 0, 0, 0, 0, 0, 0, 0, 3])
    assert answers["10"] == 3
    assert score(inst, answers).scores == {"total": 1}
    assert check_answers(inst, [1] + [0] * 8) == {str(n): v for n, v in
                                                  zip(range(1, 10), [1] + [0] * 8, strict=True)}


@pytest.mark.parametrize(("values", "message"), [
    ([0] * 6, "give 7 answers, not 6"),
    ([0] * 8, "give 7 answers, not 8"),
    ([0, 0, 4, 0, 0, 0, 0], "answer 3 .* must be one of 0, 1, 2, 3, not 4"),
    ([0, 0, -1, 0, 0, 0, 0], "not -1"),
])
def test_wrong_answers_are_refused(values, message):
    with pytest.raises(UserError, match=message):
        check_answers(instrument("gad-7"), values)


def test_take_stores_and_announces(ctx):
    seen = []
    ctx.hub.subscribe(AssessmentsChanged, seen.append)
    result = ctx.assessments.take("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 2, 1])
    assert result.crisis and result.band == "minimal" and result.scores == {"total": 2}
    assert result.answers == (0, 0, 0, 0, 0, 0, 0, 0, 2, 1)
    assert seen == [AssessmentsChanged("phq-9")]
    assert ctx.assessments.history("phq-9") == [result]
    assert ctx.assessments.latest() == {"phq-9": result}
    ctx.assessments.delete(result.id)
    assert ctx.assessments.history("phq-9") == []
    ctx.assessments.restore(result.id)
    assert ctx.assessments.history("phq-9") == [result]


def test_refused_take_stores_nothing(ctx):
    with pytest.raises(UserError):
        ctx.assessments.take("gad-7", [0, 1])
    with pytest.raises(UserError, match="no instrument 'ecr-r'"):
        ctx.assessments.take("ecr-r", [1])
    assert ctx.db.rows("SELECT id FROM assessment_result") == []


def _user_file(data_dir, name, **changes):
    data = json.loads(json.dumps(_minimal()))
    data.update(changes)
    folder = data_dir / "instruments"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def _minimal():
    return {"id": "my-scale", "title": "My scale", "version": 1, "timeframe": "Today",
            "instructions": "Answer each.", "options": [{"value": 0, "label": "No"},
                                                        {"value": 1, "label": "Yes"}],
            "items": [{"id": "a", "text": "One?"}, {"id": "b", "text": "Two?"}],
            "scoring": {"method": "sum"},
            "bands": [{"min": 0, "max": 1, "label": "low", "meaning": "Low."},
                      {"min": 2, "max": 2, "label": "high", "meaning": "High."}],
            "means": "m", "does_not_mean": "d", "attribution": "Me", "licence": "Mine"}


def test_user_instrument_loads_and_scores(ctx, data_dir):
    _user_file(data_dir, "mine.json")
    library = ctx.assessments.library(reload=True)
    assert library.problems == ()
    assert library.instruments[-1].id == "my-scale"
    assert ctx.assessments.take("my-scale", [1, 1]).band == "high"


@pytest.mark.parametrize(("changes", "message"), [
    ({"id": "Bad Id"}, "instruments/bad.json: id: use 1-64 lower-case"),
    ({"id": "phq-9"}, "instruments/bad.json: id: 'phq-9' is already used"),
    ({"title": ""}, "instruments/bad.json: title: missing"),
    ({"items": [{"id": "a"}]}, r"instruments/bad.json: items\[0\].text: missing"),
    ({"options": [{"value": 0, "label": "No"}, {"value": 0, "label": "Yes"}]},
     "options: two options have the same value"),
    ({"scoring": {"method": "median"}}, "scoring.method: must be one of sum, mean, percent"),
    ({"bands": [{"min": 0, "max": 2, "label": "x", "meaning": "y"},
                {"min": 1, "max": 2, "label": "z", "meaning": "w"}]},
     r"bands\[1\].min: overlaps"),
    ({"items": [{"id": "a", "text": "t", "condition": {"score": "nope", "above": 0}}]},
     r"items\[0\].condition.score: 'nope' is not a score"),
])
def test_user_instrument_errors_name_file_and_field(ctx, data_dir, changes, message):
    _user_file(data_dir, "bad.json", **changes)
    library = ctx.assessments.library(reload=True)
    assert [i.id for i in library.instruments][-1] != "my-scale" or not changes
    assert len(library.problems) == 1
    assert __import__("re").search(message, library.problems[0]), library.problems[0]


def test_user_file_that_is_not_json(data_dir):
    (data_dir / "instruments").mkdir(parents=True)
    (data_dir / "instruments" / "x.json").write_text("{oops", encoding="utf-8")
    library = load_library(data_dir)
    assert library.problems == ("instruments/x.json: not valid JSON (line 1, column 2: "
                                "Expecting property name enclosed in double quotes)",)
    assert len(library.instruments) == 4
