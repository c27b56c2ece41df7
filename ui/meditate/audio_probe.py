"""Reading a new track's length with players that load the file but never play it."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from app.errors import UserError
from app.meditation.audio_library import Track
from ui.meditate.deps import Deps

if TYPE_CHECKING:
    from audio.media import MediaPlayer
    from ui.qt import QObject

PROBE_TIMEOUT_S = 10.0


class DurationProbes:
    """One silent player per new track of unknown length; each is closed once it has told
    the length, failed, or waited PROBE_TIMEOUT_S. The owner polls check() on its timer."""

    def __init__(self, deps: Deps, parent: QObject) -> None:
        self._deps = deps
        self._parent = parent
        self._probes: list[tuple[int, MediaPlayer, float]] = []

    @property
    def waiting(self) -> bool:
        return bool(self._probes)

    def add(self, track: Track) -> None:
        probe = self._deps.media_player(self._parent)
        probe.load(track.path)
        self._probes.append((track.id, probe, self._deps.now()))

    def check(self) -> None:
        still = []
        for track_id, probe, since in self._probes:
            if probe.duration:
                with contextlib.suppress(UserError):
                    self._deps.audio_library.set_duration(track_id, probe.duration)
            elif not probe.error and self._deps.now() - since < PROBE_TIMEOUT_S:
                still.append((track_id, probe, since))
                continue
            probe.close()
        self._probes = still
