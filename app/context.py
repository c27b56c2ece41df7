"""Opening Stillpoint's data: resolve the location, migrate, and build the services."""

from __future__ import annotations

from dataclasses import dataclass

from app import paths
from app.events import EventHub
from app.services.audio_library import AudioLibraryService
from app.services.breathing import BreathingService
from app.services.guided import GuidedService
from app.services.mood import MoodService
from app.services.practice import PracticeService
from app.services.regulation import RegulationService
from app.services.settings import SettingsService
from app.services.timer import TimerService
from app.stats.service import StatsService
from app.storage.database import Database
from app.storage.migrate import MigrationResult, ensure_schema


@dataclass
class AppContext:
    location: paths.DataLocation
    db: Database
    hub: EventHub
    mood: MoodService
    settings: SettingsService
    practice: PracticeService
    regulation: RegulationService
    breathing: BreathingService
    stats: StatsService
    guided: GuidedService
    audio_library: AudioLibraryService
    timer: TimerService
    migration: MigrationResult

    def close(self) -> None:
        self.db.dispose()


def open_context(data_dir: str | None = None, database_url: str | None = None) -> AppContext:
    """Raises UserError (with a message for the user) when the data cannot be used."""
    location = paths.resolve(data_dir, database_url)
    paths.prepare(location)
    db = Database(location.database_url)
    migration = ensure_schema(db, backups_dir=location.backups_dir)
    hub = EventHub()
    practice = PracticeService(db, hub)
    return AppContext(
        location=location,
        db=db,
        hub=hub,
        mood=MoodService(db, hub),
        settings=SettingsService(db, hub),
        regulation=RegulationService(db, hub),
        practice=practice,
        breathing=BreathingService(db, practice, hub),
        stats=StatsService(db),
        guided=GuidedService(practice, location.data_dir, hub),
        audio_library=AudioLibraryService(db, practice, location.data_dir, hub),
        timer=TimerService(practice),
        migration=migration,
    )
