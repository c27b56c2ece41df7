"""What every Meditate section needs, handed down from the page (no globals)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.events import EventHub
from app.meditation.audio_library import AudioLibraryService
from app.meditation.guided_service import GuidedService
from app.meditation.timer_service import TimerService
from app.practice.service import PracticeService
from app.settings.service import SettingsService

if TYPE_CHECKING:
    from app.regulation.service import RegulationService
    from audio.media import MediaPlayer
    from ui.qt import QObject
    from ui.sound import Sound


@dataclass
class Deps:
    guided: GuidedService
    timer: TimerService
    audio_library: AudioLibraryService
    practice: PracticeService
    settings: SettingsService
    hub: EventHub
    sound: Sound
    silent: bool = False  # null media players: tests and the self-test make no sound
    # Every run reads this monotonic clock; tests swap in a fake one to skip real minutes.
    clock: Callable[[], float] = field(default=time.monotonic)
    # For the after-session offer to note a practice in the regulation log (optional).
    regulation: RegulationService | None = None

    def now(self) -> float:
        return self.clock()

    def media_player(self, parent: QObject | None = None) -> MediaPlayer:
        from audio.media import make_player

        return make_player(silent=self.silent, clock=self.now, parent=parent)
