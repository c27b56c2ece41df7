"""Synthesise the ambient loops (soft noise, rain) as seamless WAVs: python -m audio.generate_ambient.

Each loop is built as one period of a circular signal: noise is shaped in the frequency
domain of the whole loop and rain drops are added modulo the loop length, so the last
sample flows into the first with no click and no audible seam when a player repeats it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from audio.wav_out import run_generator, write_all

RATE = 22_050  # ambience needs no treble above 11 kHz; half the rate halves the file
LOOP_SECONDS = 8.0
PEAK_DBFS = -9.0  # a background, quieter than the bells by default
SEED = 20_240_601  # fixed, so the files are reproducible byte for byte


def _shaped_noise(rng: np.random.Generator, n: int, slope: float, low: float,
                  high: float) -> np.ndarray:
    """Circular noise with power falling as f**-slope between `low` and `high` Hz."""
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    spectrum = rng.normal(size=freqs.size) + 1j * rng.normal(size=freqs.size)
    gain = np.zeros_like(freqs)
    band = freqs > 0
    gain[band] = freqs[band] ** (-slope / 2)
    # Gentle edges (raised cosine over an octave) instead of a brick wall.
    gain *= np.clip(np.log2(np.maximum(freqs, 1e-9) / (low / 2)), 0, 1)
    gain *= np.clip(np.log2((high * 2) / np.maximum(freqs, 1e-9)), 0, 1)
    return np.fft.irfft(spectrum * gain, n)


def _circular_lowpass(signal: np.ndarray, cutoff: float) -> np.ndarray:
    spectrum = np.fft.rfft(signal)
    freqs = np.fft.rfftfreq(signal.size, 1 / RATE)
    spectrum *= 1 / np.sqrt(1 + (freqs / cutoff) ** 4)
    return np.fft.irfft(spectrum, signal.size)


def soft_noise() -> np.ndarray:
    """Deep, even noise like a distant waterfall: brown-ish, no hiss, a slow swell."""
    rng = np.random.default_rng(SEED)
    n = round(LOOP_SECONDS * RATE)
    noise = _shaped_noise(rng, n, slope=1.6, low=40.0, high=2500.0)
    t = np.arange(n) / RATE
    # Two whole swells per loop, so the swell repeats seamlessly too.
    return noise * (1.0 + 0.12 * np.sin(2 * np.pi * 2 * t / LOOP_SECONDS))


def rain() -> np.ndarray:
    """Steady light rain: a soft wash plus thousands of small, decaying drops."""
    rng = np.random.default_rng(SEED + 1)
    n = round(LOOP_SECONDS * RATE)
    wash = _shaped_noise(rng, n, slope=0.9, low=200.0, high=6000.0)
    wash /= np.max(np.abs(wash))
    drops = np.zeros(n)
    for _ in range(int(LOOP_SECONDS * 220)):
        length = int(rng.uniform(0.004, 0.02) * RATE)
        start = int(rng.integers(n))
        tail = np.exp(-np.arange(length) / (length / 5))
        burst = rng.normal(size=length) * tail * rng.uniform(0.05, 1.0) ** 2
        idx = (start + np.arange(length)) % n  # wraps round: drops near the end spill into the start
        drops[idx] += burst
    drops = _circular_lowpass(drops, 4500.0)
    drops /= np.max(np.abs(drops))
    return 0.55 * wash + 0.45 * drops


LOOPS: dict[str, Callable[[], np.ndarray]] = {
    "ambient_soft_noise.wav": soft_noise,
    "ambient_rain.wav": rain,
}


def generate(out_dir: Path) -> list[Path]:
    return write_all(out_dir, LOOPS, rate=RATE, peak_dbfs=PEAK_DBFS)


def main(argv: list[str] | None = None) -> int:
    return run_generator(argv, description=__doc__.splitlines()[0], generate=generate)


if __name__ == "__main__":
    raise SystemExit(main())
