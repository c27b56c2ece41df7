"""A WAV file's length read from its header (stdlib only), for the audio library and players."""

from __future__ import annotations

import wave
from pathlib import Path


def wav_seconds(path: Path) -> float | None:
    """The length of a WAV from its header; None for other formats, measured by the player."""
    if path.suffix.lower() != ".wav":
        return None
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / float(wav.getframerate())
    except (wave.Error, EOFError, OSError, ZeroDivisionError):
        return None
