"""The emotion vocabulary: size, quadrants that match the points, suggestions, typo hints."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.mood.vocabulary import QUADRANTS, did_you_mean, parse_rating, vocabulary


def test_about_a_hundred_words_in_four_balanced_quadrants():
    vocab = vocabulary()
    assert 95 <= len(vocab.words) <= 110
    assert len(set(vocab.names())) == len(vocab.words)
    for q in QUADRANTS:
        assert sum(e.quadrant == q for e in vocab.words) >= 20, q


def test_every_word_sits_in_its_quadrant():
    vocab = vocabulary()
    for e in vocab.words:
        assert -5 <= e.pleasantness <= 5 and -5 <= e.energy <= 5
        assert vocab.quadrant_of(e.pleasantness, e.energy) == e.quadrant, e.word


def test_attachment_words_are_included_and_marked():
    vocab = vocabulary()
    for word in ("rejected", "abandoned", "clingy", "needy", "guarded", "numb", "safe",
                 "connected", "secure", "reassured"):
        assert vocab.require(word).attachment, word


def test_suggestions_come_from_the_region_of_the_point():
    vocab = vocabulary()
    near_calm = vocab.near(3, -3, count=8)
    assert all(e.quadrant == "low-pleasant" for e in near_calm)
    near_panic = vocab.near(-4, 5, count=5)
    assert all(e.quadrant == "high-unpleasant" for e in near_panic)
    assert vocab.near(0, 0, count=10) == vocab.near(0, 0, count=10)


def test_lookup_ignores_case_and_spaces():
    assert vocabulary().require("  At Ease ").word == "at ease"


def test_unknown_word_names_it_and_suggests_the_closest():
    with pytest.raises(UserError) as err:
        vocabulary().require("anxous")
    assert "'anxous'" in str(err.value) and "'anxious'" in str(err.value)


def test_did_you_mean_is_empty_when_nothing_is_close():
    assert did_you_mean("zzzzzz", ["calm", "sad"]) == ""
    assert did_you_mean("calmm", ["calm", "sad"]) == "; did you mean 'calm'?"


@pytest.mark.parametrize("text, parts, expected", [
    ("calm:6", 1, ("calm", [6])),
    ("At ease:0", 1, ("at ease", [0])),
    ("angry:8:3", 2, ("angry", [8, 3])),
    ("angry:8", 2, ("angry", [8, None])),
])
def test_parse_rating(text, parts, expected):
    assert parse_rating(text, parts=parts) == expected


@pytest.mark.parametrize("text, fragment", [
    ("calm", "WORD:INTENSITY"),
    ("calm:11", "not 11"),
    ("calm:-1", "not -1"),
    ("calm:lots", "'lots'"),
    ("clam:4", "'calm'"),
])
def test_parse_rating_rejects_bad_values_by_name(text, fragment):
    with pytest.raises(UserError) as err:
        parse_rating(text)
    assert fragment in str(err.value)
