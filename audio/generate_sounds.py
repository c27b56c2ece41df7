"""Synthesise Stillpoint's cue and bell WAVs (run: python -m audio.generate_sounds [--out DIR])."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from audio.wav_out import run_generator, write_all

RATE = 44_100
PEAK_DBFS = -6.0


def _time(seconds: float) -> np.ndarray:
    return np.arange(round(seconds * RATE)) / RATE


def _fades(signal: np.ndarray, attack: float, release: float) -> np.ndarray:
    """Raised-cosine edges: a hard start or stop is what makes a tone sound like a beep."""
    out = signal.copy()
    a, r = round(attack * RATE), round(release * RATE)
    out[:a] *= 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, a))
    out[len(out) - r:] *= 0.5 + 0.5 * np.cos(np.linspace(0, np.pi, r))
    return out


def _glide(seconds: float, f_from: float, f_to: float) -> np.ndarray:
    """A warm tone sliding in pitch; a few quiet harmonics make it rounder than a pure sine."""
    t = _time(seconds)
    # Exponential glide sounds even to the ear; the phase is the integral of the frequency.
    freq = f_from * (f_to / f_from) ** (t / seconds)
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    tone = np.sin(phase) + 0.25 * np.sin(2 * phase) + 0.08 * np.sin(3 * phase)
    # Swell in the middle of the cue so it breathes rather than switches on.
    swell = np.sin(np.pi * t / seconds) ** 0.8
    return _fades(tone * swell, 0.05, 0.05)


def _bell(seconds: float, f0: float, partials: list[tuple[float, float, float]]) -> np.ndarray:
    """Inharmonic partials (ratio, level, decay time), each a slightly detuned pair.

    The pair beats slowly, which gives singing bowls their gentle shimmer.
    """
    t = _time(seconds)
    out = np.zeros_like(t)
    for ratio, level, decay in partials:
        f = f0 * ratio
        env = level * np.exp(-t / decay)
        out += env * (np.sin(2 * np.pi * f * t) + 0.3 * np.sin(2 * np.pi * (f + 0.5 * ratio) * t))
    # A soft 8 ms onset instead of a click; a long release so the tail ends in silence.
    return _fades(out, 0.008, min(1.0, seconds / 4))


def inhale() -> np.ndarray:
    return _glide(1.2, 262.0, 392.0)  # C4 up to G4


def exhale() -> np.ndarray:
    return _glide(1.3, 392.0, 262.0)  # back down


def hold() -> np.ndarray:
    return _bell(1.2, 196.0, [(1.0, 1.0, 0.45), (2.0, 0.25, 0.25), (3.01, 0.08, 0.15)])


def bell_start() -> np.ndarray:
    return _bell(5.0, 392.0, [(1.0, 1.0, 1.8), (2.71, 0.35, 0.9), (5.15, 0.12, 0.45), (8.42, 0.04, 0.25)])


def bell_end() -> np.ndarray:
    # Lower and longer than the start bell, so the two are told apart without looking.
    return _bell(5.8, 262.0, [(1.0, 1.0, 2.4), (2.0, 0.3, 1.4), (2.92, 0.25, 1.0), (5.4, 0.08, 0.5)])


def bell_interval() -> np.ndarray:
    return _bell(3.0, 587.0, [(1.0, 1.0, 0.9), (2.76, 0.25, 0.45), (5.4, 0.08, 0.2)])


SOUNDS: dict[str, Callable[[], np.ndarray]] = {
    "inhale.wav": inhale,
    "hold.wav": hold,
    "exhale.wav": exhale,
    "bell_start.wav": bell_start,
    "bell_end.wav": bell_end,
    "bell_interval.wav": bell_interval,
}


def generate(out_dir: Path) -> list[Path]:
    """Write every sound into out_dir; same input, same bytes (no randomness, no timestamps)."""
    return write_all(out_dir, SOUNDS, rate=RATE, peak_dbfs=PEAK_DBFS)


def main(argv: list[str] | None = None) -> int:
    return run_generator(argv, description=__doc__, generate=generate)


if __name__ == "__main__":
    raise SystemExit(main())
