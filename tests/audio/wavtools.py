"""Small WAV analysis helpers for the audio tests (stdlib wave + numpy)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np


def read_mono(path: Path) -> tuple[np.ndarray, int]:
    """Samples as float mono in -1..1, and the sample rate."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2, "expected 16-bit audio"
        channels, rate = wav.getnchannels(), wav.getframerate()
        data = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(float)
    return data.reshape(-1, channels).mean(axis=1) / 32768.0, rate


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2))) if len(samples) else 0.0


def bursts(samples: np.ndarray, rate: int, *, threshold: float = 0.002, gap: float = 0.2):
    """(start, end) seconds of stretches louder than threshold, joining gaps under ``gap``."""
    hop = rate // 100  # 10 ms frames
    frames = len(samples) // hop
    loud = [rms(samples[i * hop:(i + 1) * hop]) > threshold for i in range(frames)]
    found: list[list[float]] = []
    for i, on in enumerate(loud):
        if not on:
            continue
        t = i / 100
        if found and t - found[-1][1] <= gap:
            found[-1][1] = t + 0.01
        else:
            found.append([t, t + 0.01])
    return [(start, end) for start, end in found]


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])
