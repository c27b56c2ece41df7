"""Breathing patterns: phase timings, their checks, and the built-in set."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from app.errors import UserError

MAX_PHASE_SECONDS = 60.0
STEP_SECONDS = 0.5
CUSTOM_PREFIX = "custom-"
CUSTOM_SUGGESTED_MINUTES = 5.0


def _check_phase(label: str, value: object, *, required: bool) -> None:
    # bool is an int subclass; True seconds is never what anyone meant.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise UserError(f"{label} needs a number of seconds.")
    if required and value <= 0:
        raise UserError(f"{label} needs to last longer than 0 seconds.")
    if not 0 <= value <= MAX_PHASE_SECONDS:
        raise UserError(f"{label} can last from 0 to 60 seconds.")
    # Half-second steps keep every boundary exactly representable as a float.
    if not float(value * 2).is_integer():
        raise UserError(f"{label} goes in half-second steps, like 4 or 4.5 seconds.")


def validate_phases(
    inhale: float,
    hold_in: float,
    exhale: float,
    hold_out: float,
    top_up: float = 0.0,
) -> None:
    """Raise UserError with a plain reason when the timings cannot be breathed as given."""
    _check_phase("Breathing in", inhale, required=True)
    _check_phase("The top-up breath", top_up, required=False)
    _check_phase("Holding after breathing in", hold_in, required=False)
    _check_phase("Breathing out", exhale, required=True)
    _check_phase("Holding after breathing out", hold_out, required=False)


@dataclass(frozen=True)
class BreathPattern:
    """One breathing pattern; a cycle is inhale, top-up, hold, exhale, hold (zeros skipped)."""

    key: str
    name: str
    inhale: float
    hold_in: float
    exhale: float
    hold_out: float
    top_up: float = 0.0
    summary: str = ""
    explanation: str = ""
    suggested_minutes: float = 5.0
    suggested_cycles: int | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if not self.key.strip() or not self.name.strip():
            raise UserError("A breathing pattern needs a name.")
        validate_phases(self.inhale, self.hold_in, self.exhale, self.hold_out, self.top_up)
        # Store floats so offsets, totals and exports look the same whatever was passed in.
        for field in ("inhale", "hold_in", "exhale", "hold_out", "top_up"):
            object.__setattr__(self, field, float(getattr(self, field)))

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.top_up + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds


BOX = BreathPattern(
    key="box",
    name="Box breathing",
    inhale=4, hold_in=4, exhale=4, hold_out=4,
    summary="Four even sides: in, hold, out, hold.",
    explanation=(
        "You breathe in for a count of four, rest with your lungs full for four, "
        "breathe out for four and rest empty for four, like tracing the sides of a square. "
        "The even rhythm gives your mind something simple to follow, and your breathing "
        "settles to under four breaths a minute. If a hold feels strained, shorten it; "
        "the steadiness matters more than the count."
    ),
    suggested_minutes=5,
    source="Equal-phase breathing; Balban et al. 2023, Cell Reports Medicine 4:100895.",
)

CYCLIC_SIGHING = BreathPattern(
    key="cyclic-sighing",
    name="Cyclic sighing",
    inhale=2, top_up=1, hold_in=0, exhale=6, hold_out=0,
    summary="Two breaths in, one long, slow breath out.",
    explanation=(
        "You take a comfortable breath in through your nose, then a short extra sip of "
        "air on top, and let it all go in a long, unhurried breath out through your mouth. "
        "The breath out is about twice as long as the two breaths in together. In a study, "
        "five minutes of this a day lifted people's mood and slowed their breathing more "
        "than box breathing or mindfulness did. Let the timing follow your own body; the "
        "guide is only a suggestion."
    ),
    suggested_minutes=5,
    source="Balban et al. 2023, Cell Reports Medicine 4:100895.",
)

FOUR_SEVEN_EIGHT = BreathPattern(
    key="4-7-8",
    name="4-7-8 breathing",
    inhale=4, hold_in=7, exhale=8, hold_out=0,
    summary="In for 4, hold for 7, out for 8.",
    explanation=(
        "You breathe in quietly for four, hold gently for seven, and breathe out slowly "
        "for eight. The long breath out invites your body to slow down. Start with four "
        "rounds; as it grows familiar you can build up to eight, but there is no hurry. "
        "If you feel light-headed, stop and breathe normally for a while."
    ),
    suggested_minutes=2,
    suggested_cycles=4,
    source="Andrew Weil; start with 4 cycles, at most 8 later.",
)

RESONANCE = BreathPattern(
    key="resonance",
    name="Resonance breathing",
    inhale=5.5, hold_in=0, exhale=5.5, hold_out=0,
    summary="Slow, even waves of about five and a half breaths a minute.",
    explanation=(
        "You breathe in for five and a half seconds and out for five and a half, with no "
        "pauses, so each breath flows into the next like a slow wave. Around six breaths a "
        "minute is where heart rhythm and breathing tend to move together for many people. "
        "Breathe softly rather than deeply; you are aiming for ease, not for full lungs."
    ),
    suggested_minutes=10,
    source=(
        "Steffen et al. 2017, Frontiers in Public Health; "
        "Shaffer & Meehan 2020, Frontiers in Neuroscience."
    ),
)

EXTENDED_EXHALE = BreathPattern(
    key="extended-exhale",
    name="Extended exhale",
    inhale=4, hold_in=0, exhale=6, hold_out=0,
    summary="A short breath in, a longer breath out.",
    explanation=(
        "You breathe in for four and out for six, letting the breath out take a little "
        "longer each time. A short breath in with a long breath out helps you relax more "
        "than the other way round. If six feels long, let it be a gentle sigh; if it feels "
        "easy, you can try three in and seven out."
    ),
    suggested_minutes=5,
    source="Van Diest et al. 2014, Applied Psychophysiology and Biofeedback.",
)

BUILTIN_PATTERNS: tuple[BreathPattern, ...] = (
    BOX,
    CYCLIC_SIGHING,
    FOUR_SEVEN_EIGHT,
    RESONANCE,
    EXTENDED_EXHALE,
)


def find_pattern(key_or_name: str) -> BreathPattern:
    """The built-in pattern with this key or name (case and spacing ignored)."""
    wanted = " ".join(key_or_name.split()).casefold()
    for pattern in BUILTIN_PATTERNS:
        if wanted in (pattern.key.casefold(), pattern.name.casefold()):
            return pattern
    known = ", ".join(p.key for p in BUILTIN_PATTERNS)
    raise UserError(f"There is no breathing pattern called '{key_or_name}'. Try one of: {known}.")


@dataclass(frozen=True)
class SavedPattern:
    """A custom pattern as the user stored it."""

    id: int
    name: str
    inhale: float
    top_up: float
    hold_in: float
    exhale: float
    hold_out: float
    created_at_utc: dt.datetime

    @property
    def key(self) -> str:
        return f"{CUSTOM_PREFIX}{self.id}"

    def to_pattern(self) -> BreathPattern:
        return BreathPattern(
            key=self.key, name=self.name, inhale=self.inhale, top_up=self.top_up,
            hold_in=self.hold_in, exhale=self.exhale, hold_out=self.hold_out,
            summary="Your own pattern.", suggested_minutes=CUSTOM_SUGGESTED_MINUTES,
        )
