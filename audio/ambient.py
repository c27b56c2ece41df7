"""The ambient backgrounds (generated loops in resources/sounds) and where their files are."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import NamedTuple

NONE = "none"
FADE_SECONDS = 3.0  # in and out: ambience should arrive and leave without being noticed


class Ambient(NamedTuple):
    key: str
    label: str
    file: str | None


AMBIENTS: tuple[Ambient, ...] = (
    Ambient(NONE, "Silence", None),
    Ambient("soft-noise", "Soft noise", "ambient_soft_noise.wav"),
    Ambient("rain", "Gentle rain", "ambient_rain.wav"),
)


def ambient(key: str) -> Ambient:
    """The ambient called `key`; an unknown key (e.g. from an older setting) means silence."""
    return next((a for a in AMBIENTS if a.key == key), AMBIENTS[0])


def ambient_path(key: str) -> Path | None:
    """The loop's file on disk, or None for silence."""
    chosen = ambient(key)
    if chosen.file is None:
        return None
    # resources.sounds is a plain folder in a checkout and in the frozen app.
    return Path(str(resources.files("resources.sounds").joinpath(chosen.file)))
