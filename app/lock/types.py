"""The app lock's kinds, limits and the state a settings card shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LockKind = Literal["pin", "passphrase"]
KINDS: tuple[LockKind, ...] = ("pin", "passphrase")

PIN_MIN_DIGITS = 4
PASSPHRASE_MIN_CHARS = 6
SECRET_MAX_CHARS = 1024  # far beyond any real passphrase; keeps a paste from hashing a book

# Minutes without input before the window locks itself; 0 means never.
IDLE_CHOICES: tuple[int, ...] = (0, 1, 5, 15, 30, 60)

# Wrong tries in a row before a pause, and how long that pause is.
TRIES_BEFORE_PAUSE = 5
PAUSE_SECONDS = 30.0


@dataclass(frozen=True)
class LockState:
    """What is set: the kind (None when there is no lock) and the idle minutes."""

    kind: LockKind | None
    idle_minutes: int

    @property
    def is_set(self) -> bool:
        return self.kind is not None


def noun(kind: LockKind | None) -> str:
    """"PIN" or "passphrase", for sentences a person reads."""
    return "PIN" if kind == "pin" else "passphrase"
