"""The emotion vocabulary: about 100 words on the pleasantness x energy plane, and name matching."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from app.errors import UserError
from app.limits import INTENSITY_MAX, INTENSITY_MIN

__all__ = ["INTENSITY_MAX", "INTENSITY_MIN", "QUADRANTS", "Emotion", "Vocabulary",
           "check_intensity", "did_you_mean", "parse_rating", "vocabulary"]
QUADRANTS = ("high-pleasant", "low-pleasant", "high-unpleasant", "low-unpleasant")


@dataclass(frozen=True)
class Emotion:
    word: str
    quadrant: str
    pleasantness: int
    energy: int
    attachment: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"word": self.word, "quadrant": self.quadrant, "pleasantness": self.pleasantness,
                "energy": self.energy, "attachment": self.attachment}


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[Emotion, ...]
    quadrant_labels: dict[str, str]
    _by_word: dict[str, Emotion] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_word", {e.word: e for e in self.words})

    def get(self, word: str) -> Emotion | None:
        return self._by_word.get(word.strip().lower())

    def require(self, word: str) -> Emotion:
        """The word, or a UserError naming it and the closest words we know."""
        found = self.get(word)
        if found is None:
            raise UserError(f"'{word}' is not in the emotion list{did_you_mean(word, self.names())}",
                            hint="`stillpoint vocab` lists every word")
        return found

    def names(self) -> list[str]:
        return [e.word for e in self.words]

    def quadrant_of(self, pleasantness: float, energy: float) -> str | None:
        """None on an axis, where the point belongs to no quadrant."""
        if pleasantness == 0 or energy == 0:
            return None
        return ("high-" if energy > 0 else "low-") + ("pleasant" if pleasantness > 0 else "unpleasant")

    def near(self, pleasantness: float, energy: float, count: int = 10) -> list[Emotion]:
        """Words whose typical point is closest to the given one, nearest first.

        Ties keep the list order, so the same point always suggests the same words."""
        ranked = sorted(
            self.words,
            key=lambda e: math.hypot(e.pleasantness - pleasantness, e.energy - energy),
        )
        return ranked[:count]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    source = resources.files("resources.lists").joinpath("emotions.json")
    data = json.loads(source.read_text("utf-8"))
    words = tuple(
        Emotion(w["word"], w["quadrant"], int(w["pleasantness"]), int(w["energy"]),
                bool(w.get("attachment", False)))
        for w in data["words"]
    )
    labels = {q["key"]: q["label"] for q in data["quadrants"]}
    return Vocabulary(words, labels)


def did_you_mean(value: str, choices: Iterable[str], count: int = 3) -> str:
    """"; did you mean 'a' or 'b'?" for the closest choices, or "" when none is close."""
    import difflib  # here, not at the top: only an error message needs it, never start-up

    choices = list(choices)
    lowered = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(value.strip().lower(), list(lowered), n=count, cutoff=0.6)
    if not close:
        # A prefix is a strong hint even when the spelling ratio is low ("overwh").
        close = [c for c in lowered if c.startswith(value.strip().lower()[:4])][:count]
    if not close:
        return ""
    quoted = [f"'{lowered[c]}'" for c in close]
    joined = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" or {quoted[-1]}"
    return f"; did you mean {joined}?"


def check_intensity(word: str, value: object, *, what: str = "intensity") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(f"{what} of '{word}' must be a whole number from "
                        f"{INTENSITY_MIN} to {INTENSITY_MAX}, not '{value}'")
    if not INTENSITY_MIN <= value <= INTENSITY_MAX:
        raise UserError(f"{what} of '{word}' must be from {INTENSITY_MIN} to "
                        f"{INTENSITY_MAX}, not {value}")
    return value


def parse_rating(text: str, *, parts: int = 1) -> tuple[str, list[int | None]]:
    """'WORD:N' (parts=1) or 'WORD:N[:M]' (parts=2) into the word and its numbers.

    The word is checked against the vocabulary and each number against 0-10, so a
    bad value is named in the message together with the closest valid words."""
    pieces = text.rsplit(":", parts) if text.count(":") >= parts else text.rsplit(":", 1)
    word = pieces[0].strip()
    numbers = pieces[1:]
    shape = "WORD:INTENSITY" if parts == 1 else "WORD:BEFORE[:AFTER]"
    if not word or not numbers:
        raise UserError(f"'{text}' should look like {shape}, for example 'calm:6'")
    emotion = vocabulary().require(word)
    values: list[int | None] = []
    for raw in numbers:
        try:
            number = int(raw.strip())
        except ValueError:
            raise UserError(f"'{raw.strip()}' in '{text}' is not a whole number from "
                            f"{INTENSITY_MIN} to {INTENSITY_MAX}") from None
        values.append(check_intensity(emotion.word, number))
    while len(values) < parts:
        values.append(None)
    return emotion.word, values
