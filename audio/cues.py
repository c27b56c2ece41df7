"""Short sound cues (phase tones, bells): a Qt-free protocol, a null player and playsound3."""

from __future__ import annotations

import array
import contextlib
import logging
import shutil
import sys
import tempfile
import threading
import wave
import weakref
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger(__name__)

# Cue name -> file in resources/sounds. The timer's names (bell, chime, bowl) are aliases.
CUE_FILES: dict[str, str] = {
    "inhale": "inhale.wav",
    "top_up": "inhale.wav",
    "hold": "hold.wav",
    "hold_in": "hold.wav",
    "hold_out": "hold.wav",
    "exhale": "exhale.wav",
    "bell_start": "bell_start.wav",
    "bell_end": "bell_end.wav",
    "bell_interval": "bell_interval.wav",
    "bell": "bell_start.wav",
    "bowl": "bell_end.wav",
    "chime": "bell_interval.wav",
}
SILENT_CUES = frozenset({"none", ""})
VOLUME_STEPS = 10  # pre-scaled copies in 10% steps: enough to hear, few files to write
DEFAULT_VOLUME = 0.6


def _clamp(volume: float) -> float:
    return min(max(float(volume), 0.0), 1.0)


@runtime_checkable
class CuePlayer(Protocol):
    """Plays a named cue without blocking; must never raise into the caller."""

    volume: float
    muted: bool

    def play(self, cue: str) -> None: ...


class NullCuePlayer:
    """Plays nothing and remembers what it was asked to play (tests, silent mode)."""

    available = True
    last_error: str | None = None

    def __init__(self, volume: float = DEFAULT_VOLUME, muted: bool = False) -> None:
        self.volume = _clamp(volume)
        self.muted = muted
        self.played: list[str] = []

    def play(self, cue: str) -> None:
        self.played.append(cue)
        if len(self.played) > KEEP_PLAYED:  # silent mode can run for days (self-test loops)
            del self.played[0]

    def close(self) -> None:
        pass


KEEP_PLAYED = 50


def _scaled_copy(source: Path, target: Path, gain: float) -> None:
    """Write a 16-bit WAV at a lower level; stdlib only, since numpy is not a runtime need."""
    with wave.open(str(source), "rb") as wav:
        params = wav.getparams()
        if params.sampwidth != 2:
            raise ValueError(f"{source.name}: expected 16-bit samples")
        samples = array.array("h", wav.readframes(params.nframes))
    if sys.byteorder == "big":
        samples.byteswap()
    scaled = array.array("h", (round(s * gain) for s in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    partial = target.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setparams(params)
        out.writeframes(scaled.tobytes())
    partial.replace(target)  # a concurrent play never sees a half-written file


def _cleanup(files: contextlib.ExitStack, dirs: list[Path]) -> None:
    files.close()
    for folder in dirs:
        shutil.rmtree(folder, ignore_errors=True)


class PlaysoundCuePlayer:
    """Fire-and-forget cues through playsound3; volume by pre-scaled copies in a temp dir.

    ``available`` is False when no playback backend exists or starting one failed; the
    reason is in ``last_error``. A player that starts but has no device (e.g. gst-play
    without a sound server) cannot be detected from here and stays silent.
    """

    def __init__(
        self,
        volume: float = DEFAULT_VOLUME,
        *,
        muted: bool = False,
        backend: str | None = None,
    ) -> None:
        self.volume = _clamp(volume)
        self.muted = muted
        self.last_error: str | None = None
        self._backend = backend
        self._files = contextlib.ExitStack()
        self._sources: dict[str, Path] = {}
        self._cache_dirs: list[Path] = []  # shared with the finalizer, which removes them
        self._sounds: list[Any] = []
        self._lock = threading.Lock()
        self._finalizer = weakref.finalize(self, _cleanup, self._files, self._cache_dirs)
        try:
            from playsound3 import playsound3 as backend_module

            if backend is None and backend_module.DEFAULT_BACKEND is None:
                self.last_error = "No sound player was found on this system."
        except Exception as error:  # an import-time failure must not stop the app
            self.last_error = f"Sound playback is unavailable: {error}"

    @property
    def available(self) -> bool:
        return self.last_error is None

    def play(self, cue: str) -> None:
        if self.muted or cue in SILENT_CUES or not self.available:
            return
        try:
            path = self._path_for(cue, self.volume)
            if path is None:
                return
            from playsound3 import playsound

            sound = playsound(path, block=False, backend=self._backend)
            with self._lock:
                # Poll finished players so their processes are reaped, not left as zombies.
                self._sounds = [s for s in self._sounds if s.is_alive()] + [sound]
        except Exception as error:
            self._fail(f"Could not play the '{cue}' sound: {error}")

    def stop_all(self) -> None:
        """Silence every cue still sounding (e.g. when a session is stopped)."""
        with self._lock:
            sounds, self._sounds = self._sounds, []
        for sound in sounds:
            with contextlib.suppress(Exception):
                sound.stop()

    def close(self) -> None:
        self.stop_all()
        self._finalizer()

    def path_for(self, cue: str, volume: float | None = None) -> Path | None:
        """The file that would be played for this cue at this volume (None: silent/unknown)."""
        try:
            return self._path_for(cue, self.volume if volume is None else volume)
        except Exception as error:
            self._fail(f"Could not prepare the '{cue}' sound: {error}")
            return None

    def _path_for(self, cue: str, volume: float) -> Path | None:
        name = CUE_FILES.get(cue)
        if name is None:
            # A typo in a cue name is a bug, not a reason to stop a session: log, stay quiet.
            log.warning("unknown sound cue %r", cue)
            return None
        step = round(_clamp(volume) * VOLUME_STEPS)
        if step == 0:
            return None
        with self._lock:
            source = self._sources.get(name)
            if source is None:
                # as_file is a no-op for a plain folder, and unpacks once from a zip.
                ref = resources.files("resources.sounds") / name
                source = self._sources[name] = self._files.enter_context(resources.as_file(ref))
            if step == VOLUME_STEPS:
                return source
            if not self._cache_dirs:
                self._cache_dirs.append(Path(tempfile.mkdtemp(prefix="stillpoint-cues-")))
            target = self._cache_dirs[0] / f"{Path(name).stem}-{step * 10:03d}.wav"
            if not target.exists():
                _scaled_copy(source, target, step / VOLUME_STEPS)
        return target

    def _fail(self, message: str) -> None:
        if self.last_error is None:
            log.warning("%s", message)
        self.last_error = message
