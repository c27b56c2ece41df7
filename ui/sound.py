"""The cue player and voice shared by every page, made on first use to keep start-up fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.events import EventHub, SettingChanged
from app.settings.service import SettingsService
from ui.qt import QObject
from ui.widgets.subscriptions import subscribe

if TYPE_CHECKING:
    from audio.cues import CuePlayer
    from audio.voice import Voice


class Sound(QObject):
    def __init__(self, settings: SettingsService, hub: EventHub, *, silent: bool = False) -> None:
        """silent=True uses the null backends (tests that do not check sound, self-test)."""
        super().__init__()
        self._settings = settings
        self._silent = silent
        self._cues: CuePlayer | None = None
        self._voice: Voice | None = None
        subscribe(self, hub, SettingChanged, self._on_setting)

    @property
    def cues(self) -> CuePlayer:
        if self._cues is None:
            values = self._settings.all()
            if self._silent:
                from audio.cues import NullCuePlayer

                self._cues = NullCuePlayer(values["sound_volume"], values["sound_muted"])
            else:
                from audio.cues import PlaysoundCuePlayer

                self._cues = PlaysoundCuePlayer(values["sound_volume"],
                                                muted=values["sound_muted"])
        return self._cues

    @property
    def voice(self) -> Voice:
        """A voice when the user turned it on and an engine is ready; else a null voice."""
        if self._voice is None:
            values = self._settings.all()
            if self._silent or not values["voice_enabled"]:
                from audio.voice import NullVoice

                self._voice = NullVoice()
            else:
                from audio.voice import QtVoice

                self._voice = QtVoice(rate=values["voice_rate"], volume=values["voice_volume"])
        return self._voice

    def _on_setting(self, event: SettingChanged) -> None:
        if event.key in ("sound_volume", "sound_muted") and self._cues is not None:
            if event.key == "sound_volume":
                self._cues.volume = event.value
            else:
                self._cues.muted = event.value
        elif event.key.startswith("voice_") and self._voice is not None:
            self._voice.stop()
            self._voice = None  # rebuilt with the new settings on next use
