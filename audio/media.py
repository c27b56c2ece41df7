"""Players with pause, seek, volume, loop and fades (own tracks, ambient loops): Qt and null.

The interface is polled rather than signalled, so a page reads one state each tick and a
test can drive the null player with a fake clock. Fades are computed from a monotonic
clock (gain = where we are between start and end), never by adding up timer steps.
QtMultimedia is imported on first use: it costs start-up time no page should pay.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from app.wav import wav_seconds

log = logging.getLogger(__name__)

FADE_TICK_MS = 30
# Plain words for what went wrong, by QMediaPlayer.Error name; shown where the track is.
ERROR_WORDS = {
    "ResourceError": "The file could not be opened. It may have been moved or deleted.",
    "FormatError": "This file cannot be played here: its format is not supported on this "
                   "computer, or the file is damaged.",
    "AccessDeniedError": "Stillpoint is not allowed to read this file.",
    "NetworkError": "The file could not be reached.",
}


@runtime_checkable
class MediaPlayer(Protocol):
    """One source at a time; every method is safe to call in any state and never raises."""

    @property
    def position(self) -> float: ...  # seconds

    @property
    def duration(self) -> float | None: ...  # None until known

    @property
    def playing(self) -> bool: ...

    @property
    def finished(self) -> bool: ...  # reached the end (never, when looping)

    @property
    def error(self) -> str | None: ...

    @property
    def volume(self) -> float: ...

    def load(self, path: Path, *, loop: bool = False) -> None: ...

    def play(self, *, fade_in: float = 0.0) -> None: ...

    def pause(self) -> None: ...

    def stop(self, *, fade_out: float = 0.0) -> None: ...

    def seek(self, seconds: float) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def close(self) -> None: ...


class Fade:
    """A gain moving linearly from `start` to `end` over `seconds` of a monotonic clock."""

    def __init__(self, start: float, end: float, seconds: float,
                 clock: Callable[[], float]) -> None:
        self.start, self.end, self.seconds = start, end, max(0.0, seconds)
        self._clock = clock
        self._began = clock()

    def gain(self) -> float:
        if self.seconds == 0:
            return self.end
        part = min(1.0, (self._clock() - self._began) / self.seconds)
        return self.start + (self.end - self.start) * part

    @property
    def done(self) -> bool:
        return self.seconds == 0 or self._clock() - self._began >= self.seconds


def _clamp(volume: float) -> float:
    return min(max(float(volume), 0.0), 1.0)


class NullMediaPlayer:
    """Plays nothing but keeps time like a player (tests, silent mode).

    The length is read from a WAV header, else `default_duration`; a missing file is an
    error, as it would be for a real player. `log` records what the page asked for.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 default_duration: float = 60.0) -> None:
        self._clock = clock
        self._default_duration = default_duration
        self.path: Path | None = None
        self.loop = False
        self._volume = 1.0
        self._base = 0.0  # position when last started or sought
        self._since: float | None = None  # clock reading when play started; None: not playing
        self._duration: float | None = None
        self.error: str | None = None
        self.fade: Fade | None = None
        self.log: list[str] = []

    @property
    def position(self) -> float:
        pos = self._base + (self._clock() - self._since if self._since is not None else 0.0)
        if self._duration is None:
            return pos
        return pos % self._duration if self.loop else min(pos, self._duration)

    @property
    def duration(self) -> float | None:
        return self._duration

    @property
    def playing(self) -> bool:
        return self._since is not None and not self.finished

    @property
    def finished(self) -> bool:
        return (not self.loop and self._duration is not None and self._since is not None
                and self._base + self._clock() - self._since >= self._duration)

    @property
    def volume(self) -> float:
        return self.fade.gain() if self.fade else self._volume

    def load(self, path: Path, *, loop: bool = False) -> None:
        self.stop()
        self.path, self.loop, self.error, self._base = Path(path), loop, None, 0.0
        self.log.append(f"load {Path(path).name}")
        if not self.path.is_file():
            self.error, self._duration = ERROR_WORDS["ResourceError"], None
            return
        self._duration = wav_seconds(self.path) or self._default_duration

    def play(self, *, fade_in: float = 0.0) -> None:
        if self.path is None or self.error or self._since is not None:
            return
        if self.finished or (self._duration is not None and self._base >= self._duration):
            self._base = 0.0
        self._since = self._clock()
        self.fade = Fade(0.0, self._volume, fade_in, self._clock) if fade_in else None
        self.log.append("play")

    def pause(self) -> None:
        if self._since is not None:
            self._base, self._since = self.position, None
            self.log.append("pause")

    def stop(self, *, fade_out: float = 0.0) -> None:
        if self._since is not None or self._base:
            self.log.append(f"stop fade {fade_out:g}" if fade_out else "stop")
        self._since, self._base, self.fade = None, 0.0, None

    def seek(self, seconds: float) -> None:
        top = self._duration if self._duration is not None else seconds
        self._base = min(max(0.0, seconds), top)
        if self._since is not None:
            self._since = self._clock()
        self.log.append(f"seek {seconds:g}")

    def set_volume(self, volume: float) -> None:
        self._volume = _clamp(volume)
        self.fade = None

    def close(self) -> None:
        self.stop()


class QtMediaPlayer:
    """QMediaPlayer + QAudioOutput. Needs a QApplication; create it on first use."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 parent: Any = None) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._clock = clock
        self._player = QMediaPlayer(parent)
        self._output = QAudioOutput(parent)
        self._player.setAudioOutput(self._output)
        self._volume = 1.0
        self._fade: Fade | None = None
        self._stop_after_fade = False
        self._finished = False
        self.error: str | None = None
        self._player.errorOccurred.connect(self._on_error)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._fader = QTimer(parent)
        self._fader.setInterval(FADE_TICK_MS)
        self._fader.timeout.connect(self._fade_step)
        self._apply(self._volume)

    @property
    def qt_player(self) -> Any:
        return self._player

    @property
    def position(self) -> float:
        return self._player.position() / 1000.0

    @property
    def duration(self) -> float | None:
        ms = self._player.duration()
        return ms / 1000.0 if ms > 0 else None

    @property
    def playing(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def volume(self) -> float:
        return self._fade.gain() if self._fade else self._volume

    def load(self, path: Path, *, loop: bool = False) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaPlayer

        self._halt()
        self.error, self._finished = None, False
        self._player.setLoops(QMediaPlayer.Loops.Infinite if loop else QMediaPlayer.Loops.Once)
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def play(self, *, fade_in: float = 0.0) -> None:
        if self.error:
            return
        self._finished = False
        self._stop_after_fade = False
        if fade_in > 0:
            self._start_fade(0.0, self._volume, fade_in)
        else:
            self._fade = None
            self._apply(self._volume)
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def stop(self, *, fade_out: float = 0.0) -> None:
        if fade_out > 0 and self.playing:
            self._stop_after_fade = True
            self._start_fade(self.volume, 0.0, fade_out)
            return
        self._halt()

    def seek(self, seconds: float) -> None:
        self._finished = False
        self._player.setPosition(int(max(0.0, seconds) * 1000))

    def set_volume(self, volume: float) -> None:
        self._volume = _clamp(volume)
        if not self._stop_after_fade:  # a fade to silence before stopping goes on
            self._fade = None
            self._fader.stop()
            self._apply(self._volume)

    def close(self) -> None:
        self._halt()
        self._player.setSource(_empty_url())

    # -- internals ----------------------------------------------------------------------
    def _halt(self) -> None:
        self._fader.stop()
        self._fade, self._stop_after_fade = None, False
        self._player.stop()
        self._apply(self._volume)

    def _start_fade(self, start: float, end: float, seconds: float) -> None:
        self._fade = Fade(start, end, seconds, self._clock)
        self._apply(start)
        self._fader.start()

    def _fade_step(self) -> None:
        if self._fade is None:
            self._fader.stop()
            return
        self._apply(self._fade.gain())
        if self._fade.done:
            self._fader.stop()
            self._fade = None
            if self._stop_after_fade:
                self._halt()

    def _apply(self, gain: float) -> None:
        from PySide6.QtMultimedia import QtAudio

        # Ears hear loudness logarithmically; a linear slider would do all its work at the top.
        self._output.setVolume(QtAudio.convertVolume(
            _clamp(gain), QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale))

    def _on_error(self, error: Any, text: str) -> None:
        name = getattr(error, "name", str(error))
        self.error = ERROR_WORDS.get(name, "This file cannot be played here.")
        log.info("media error %s: %s", name, text)

    def _on_status(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._finished = True
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and self.error is None:
            self.error = ERROR_WORDS["FormatError"]


def _empty_url() -> Any:
    from PySide6.QtCore import QUrl

    return QUrl()


def make_player(*, silent: bool, clock: Callable[[], float] = time.monotonic,
                parent: Any = None) -> MediaPlayer:
    """A Qt player, or the null player in silent mode or when QtMultimedia cannot start."""
    if not silent:
        try:
            return QtMediaPlayer(clock=clock, parent=parent)
        except Exception as error:  # a broken multimedia plugin costs the sound, not the app
            log.warning("QtMultimedia is unavailable: %s", error)
    return NullMediaPlayer(clock=clock)
