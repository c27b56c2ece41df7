"""The generated cue and bell WAVs: present, valid, short, soft, distinct and reproducible."""

from __future__ import annotations

import wave
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from audio.generate_sounds import RATE, SOUNDS, generate
from tests.audio.wavtools import dominant_hz, read_mono, rms

SOUND_DIR = Path(str(resources.files("resources.sounds")))
CUES = ["inhale.wav", "hold.wav", "exhale.wav"]
BELLS = ["bell_start.wav", "bell_end.wav", "bell_interval.wav"]


def test_every_sound_is_generated():
    assert sorted(SOUNDS) == sorted(CUES + BELLS)


@pytest.mark.parametrize("name", CUES + BELLS)
def test_sound_is_valid_soft_and_short(name):
    path = SOUND_DIR / name
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
        seconds = wav.getnframes() / RATE
    assert seconds < (1.5 if name in CUES else 6.0)
    assert seconds > 0.5
    samples, _ = read_mono(path)
    peak_db = 20 * np.log10(np.max(np.abs(samples)))
    assert -6.5 < peak_db < -5.5  # about -6 dBFS: loud enough, far from clipping
    # Starts and ends at silence: no click at either edge.
    assert np.max(np.abs(samples[:20])) < 0.01
    assert np.max(np.abs(samples[-20:])) < 0.001


def test_regenerating_gives_identical_bytes(tmp_path):
    for path in generate(tmp_path):
        assert path.read_bytes() == (SOUND_DIR / path.name).read_bytes(), (
            f"{path.name} differs from the committed file; run python -m audio.generate_sounds"
        )


def _pitch(name: str, part: slice) -> float:
    samples, rate = read_mono(SOUND_DIR / name)
    chunk = samples[part]
    return dominant_hz(chunk, rate)


def test_inhale_rises_and_exhale_falls():
    window = int(0.25 * RATE)
    start, end = slice(int(0.1 * RATE), int(0.1 * RATE) + window), slice(-window - 4410, -4410)
    assert _pitch("inhale.wav", end) > _pitch("inhale.wav", start) * 1.2
    assert _pitch("exhale.wav", end) < _pitch("exhale.wav", start) / 1.2


def test_bells_are_told_apart_by_pitch_and_length():
    pitches = {name: _pitch(name, slice(0, RATE)) for name in BELLS}
    assert len({round(p / 10) for p in pitches.values()}) == 3
    assert pitches["bell_end.wav"] < pitches["bell_start.wav"] < pitches["bell_interval.wav"]
    sizes = {name: (SOUND_DIR / name).stat().st_size for name in BELLS}
    assert sizes["bell_end.wav"] > sizes["bell_start.wav"] > sizes["bell_interval.wav"]


@pytest.mark.parametrize("name", BELLS)
def test_bells_decay_slowly(name):
    samples, rate = read_mono(SOUND_DIR / name)
    half = rate // 2
    level = [rms(samples[i:i + half]) for i in range(0, len(samples) - half + 1, half)]
    # Loudest at the strike, still ringing a second and a half in, near silence at the end.
    # (Not strictly falling: the detuned partials beat slowly, as a bowl does.)
    assert level[0] == max(level)
    assert level[3] > level[0] * 0.1
    assert level[-1] < level[0] * 0.1
