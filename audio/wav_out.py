"""Writing synthesised mono signals as 16-bit WAVs: the part the sound generators share."""

from __future__ import annotations

import argparse
import wave
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path

import numpy as np


def to_pcm16(signal: np.ndarray, *, peak_dbfs: float) -> bytes:
    """Normalise to the target peak and quantise to little-endian 16-bit."""
    peak = 10 ** (peak_dbfs / 20)
    scaled = signal / np.max(np.abs(signal)) * peak * 32767
    return bytes(np.rint(scaled).astype("<i2").tobytes())


def write_wav(path: Path, pcm: bytes, *, rate: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)


def write_all(out_dir: Path, makers: Mapping[str, Callable[[], np.ndarray]], *, rate: int,
              peak_dbfs: float) -> list[Path]:
    """Write each named signal into out_dir; the bytes depend only on the makers."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in makers.items():
        path = out_dir / name
        write_wav(path, to_pcm16(make(), peak_dbfs=peak_dbfs), rate=rate)
        written.append(path)
    return written


def run_generator(argv: list[str] | None, *, description: str,
                  generate: Callable[[Path], list[Path]]) -> int:
    """The command line of a generator: --out DIR, then one line per file written."""
    parser = argparse.ArgumentParser(description=description)
    default = Path(str(resources.files("resources.sounds")))
    parser.add_argument("--out", type=Path, default=default, help=f"folder (default: {default})")
    args = parser.parse_args(argv)
    for path in generate(args.out):
        print(f"{path}  {path.stat().st_size // 1024} KiB")
    return 0
