"""Plain words for mean mood values, for summaries that describe and never judge."""

from __future__ import annotations

# How helpful a strategy felt, 0-4, as the regulation log asks it.
HELPFULNESS = ("not at all helpful", "a little helpful", "somewhat helpful", "quite helpful",
               "very helpful")
KIND_WORDS = {"breathing": "breathing", "visualization": "guided visualization",
              "timer": "the meditation timer", "audio": "your own audio"}


def pleasantness_words(mean: float) -> str:
    if mean <= -3.5:
        return "quite unpleasant"
    if mean <= -1.5:
        return "somewhat unpleasant"
    if mean < -0.5:
        return "a little unpleasant"
    if mean <= 0.5:
        return "about neutral"
    if mean < 1.5:
        return "a little pleasant"
    if mean < 3.5:
        return "fairly pleasant"
    return "very pleasant"


def energy_words(mean: float) -> str:
    if mean <= -2.5:
        return "low"
    if mean < -0.5:
        return "a little low"
    if mean <= 0.5:
        return "steady"
    if mean < 2.5:
        return "a little lively"
    return "lively"


def signed(value: float) -> str:
    """+1.2 / -0.4 / 0.0, as the charts label the scale."""
    text = f"{value:+.1f}"
    return "0.0" if text in ("+0.0", "-0.0") else text


def minutes_text(minutes: float) -> str:
    whole = round(minutes)
    if whole < 1:
        return "under a minute"
    if whole < 60:
        return f"{whole} minute{'s' if whole != 1 else ''}"
    hours, rest = divmod(whole, 60)
    hour_text = f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hour_text} {rest} min" if rest else hour_text


def times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"
