"""Breathing patterns: built-in timings, rates, lookup and the plain-language checks."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from app.breathing import BUILTIN_PATTERNS, BreathPattern, find_pattern, validate_phases
from app.errors import UserError


def test_breathing_imports_no_qt():
    # A fresh interpreter: pytest-qt may already have loaded Qt into this one.
    code = (
        "import sys, app.breathing; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'pyqtgraph'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("key", "phases", "bpm"),
    [
        ("box", (4, 0, 4, 4, 4), 3.75),
        ("cyclic-sighing", (2, 1, 0, 6, 0), 60 / 9),
        ("4-7-8", (4, 0, 7, 8, 0), 60 / 19),
        ("resonance", (5.5, 0, 0, 5.5, 0), 60 / 11),
        ("extended-exhale", (4, 0, 0, 6, 0), 6.0),
    ],
)
def test_builtin_timings_and_rate(key, phases, bpm):
    pattern = find_pattern(key)
    assert (pattern.inhale, pattern.top_up, pattern.hold_in, pattern.exhale, pattern.hold_out) == phases
    assert pattern.cycle_seconds == sum(phases)
    assert pattern.breaths_per_minute == pytest.approx(bpm)


def test_rates_match_content_table():
    rates = {p.key: round(p.breaths_per_minute, 2) for p in BUILTIN_PATTERNS}
    assert rates == {
        "box": 3.75,
        "cyclic-sighing": 6.67,
        "4-7-8": 3.16,
        "resonance": 5.45,
        "extended-exhale": 6.0,
    }


def test_builtins_are_complete_and_gentle():
    keys = [p.key for p in BUILTIN_PATTERNS]
    assert len(set(keys)) == len(keys) == 5
    assert not any("hyperventilation" in p.name.casefold() for p in BUILTIN_PATTERNS)
    assert find_pattern("4-7-8").suggested_cycles == 4
    for pattern in BUILTIN_PATTERNS:
        assert pattern.summary and pattern.source
        # One paragraph, written to "you".
        assert "\n" not in pattern.explanation
        assert " you" in f" {pattern.explanation.casefold()}"
        assert len(pattern.explanation) > 150
        assert pattern.suggested_minutes > 0


def test_sighing_exhale_about_twice_the_inhales():
    sigh = find_pattern("cyclic-sighing")
    assert sigh.exhale == 2 * (sigh.inhale + sigh.top_up)
    assert sigh.hold_in == sigh.hold_out == 0


def test_find_by_name_ignores_case_and_spacing():
    assert find_pattern("  Box   BREATHING ").key == "box"
    assert find_pattern("Resonance breathing") is find_pattern("resonance")


def test_find_unknown_names_the_choices():
    with pytest.raises(UserError, match=r"no breathing pattern called 'wim'.*box, cyclic-sighing"):
        find_pattern("wim")


def test_pattern_is_frozen_and_stores_floats():
    pattern = BreathPattern(key="mine", name="Mine", inhale=3, hold_in=0, exhale=7, hold_out=0)
    assert isinstance(pattern.inhale, float) and pattern.cycle_seconds == 10.0
    assert pattern.suggested_cycles is None and pattern.top_up == 0.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        pattern.inhale = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"inhale": 0}, "Breathing in needs to last longer than 0 seconds."),
        ({"exhale": 0}, "Breathing out needs to last longer than 0 seconds."),
        ({"exhale": -2}, "Breathing out needs to last longer than 0 seconds."),
        ({"hold_in": -0.5}, "Holding after breathing in can last from 0 to 60 seconds."),
        ({"hold_out": 60.5}, "Holding after breathing out can last from 0 to 60 seconds."),
        ({"inhale": 61}, "Breathing in can last from 0 to 60 seconds."),
        ({"top_up": 0.3}, "The top-up breath goes in half-second steps, like 4 or 4.5 seconds."),
        ({"inhale": 4.25}, "Breathing in goes in half-second steps"),
        ({"inhale": float("nan")}, "Breathing in needs a number of seconds."),
        ({"hold_in": True}, "Holding after breathing in needs a number of seconds."),
        ({"exhale": "6"}, "Breathing out needs a number of seconds."),
    ],
)
def test_validation_gives_a_plain_reason(kwargs, message):
    phases = {"inhale": 4, "hold_in": 0, "exhale": 6, "hold_out": 0, "top_up": 0} | kwargs
    with pytest.raises(UserError) as caught:
        validate_phases(**phases)
    assert str(caught.value).startswith(message)
    with pytest.raises(UserError):
        BreathPattern(key="x", name="X", **phases)


@pytest.mark.parametrize("seconds", [0.5, 4.5, 60, 60.0])
def test_validation_accepts_half_second_steps_up_to_a_minute(seconds):
    validate_phases(seconds, seconds, seconds, seconds, seconds)
    validate_phases(0.5, 0, 0.5, 0, 0)


def test_pattern_needs_a_name():
    with pytest.raises(UserError, match="needs a name"):
        BreathPattern(key="x", name="  ", inhale=4, hold_in=0, exhale=4, hold_out=0)
