"""Plain words for mean mood values, for summaries that describe and never judge."""

from __future__ import annotations

from app.i18n import N_, Text

# How helpful a strategy felt, 0-4, as the regulation log asks it.
HELPFULNESS = (N_("not at all helpful"), N_("a little helpful"), N_("somewhat helpful"),
               N_("quite helpful"), N_("very helpful"))
KIND_WORDS = {"breathing": N_("breathing"), "visualization": N_("guided visualization"),
              "timer": N_("the meditation timer"), "audio": N_("your own audio")}


def pleasantness_words(mean: float) -> str:
    if mean <= -3.5:
        return N_("quite unpleasant")
    if mean <= -1.5:
        return N_("somewhat unpleasant")
    if mean < -0.5:
        return N_("a little unpleasant")
    if mean <= 0.5:
        return N_("about neutral")
    if mean < 1.5:
        return N_("a little pleasant")
    if mean < 3.5:
        return N_("fairly pleasant")
    return N_("very pleasant")


def energy_words(mean: float) -> str:
    if mean <= -2.5:
        return N_("low")
    if mean < -0.5:
        return N_("a little low")
    if mean <= 0.5:
        return N_("steady")
    if mean < 2.5:
        return N_("a little lively")
    return N_("lively")


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


# The same words as Text, for sentences the window translates (the weekly review).
def times_text(count: int) -> Text:
    if count in (1, 2):
        return Text(N_("once") if count == 1 else N_("twice"))
    return Text(N_("{count} times"), {"count": count})


def days_text(count: int) -> Text:
    return Text(N_("1 day")) if count == 1 else Text(N_("{count} days"), {"count": count})


def minutes_words(minutes: float) -> Text:
    whole = round(minutes)
    if whole < 1:
        return Text(N_("under a minute"))
    if whole < 60:
        return Text(N_("1 minute")) if whole == 1 else Text(N_("{count} minutes"), {"count": whole})
    hours, rest = divmod(whole, 60)
    hour = Text(N_("1 hour")) if hours == 1 else Text(N_("{count} hours"), {"count": hours})
    return Text(N_("{hours} {minutes} min"), {"hours": hour, "minutes": rest}) if rest else hour
