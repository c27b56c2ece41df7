"""Opening Stillpoint's data: resolve the location, migrate, and offer the services.

Services are made on first use: the start page needs two of them, and importing all
of them would cost the window more than its own widgets do.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from app import paths
from app.events import EventHub
from app.settings.service import SettingsService
from app.storage.database import Database
from app.storage.migrate import MigrationResult, ensure_schema

if TYPE_CHECKING:
    from app.assessments.service import AssessmentService
    from app.backup.service import BackupService
    from app.breathing.service import BreathingService
    from app.exchange.service import ExchangeService
    from app.goals.service import GoalService
    from app.journal.service import JournalService
    from app.meditation.audio_library import AudioLibraryService
    from app.meditation.guided_service import GuidedService
    from app.meditation.timer_service import TimerService
    from app.mood.service import MoodService
    from app.practice.service import PracticeService
    from app.regulation.service import RegulationService
    from app.reminders.service import ReminderService
    from app.safety.service import SafetyService
    from app.stats.service import StatsService
    from app.therapy.service import TherapyService


class AppContext:
    def __init__(self, location: paths.DataLocation, db: Database,
                 migration: MigrationResult) -> None:
        self.location = location
        self.db = db
        self.migration = migration
        self.hub = EventHub()
        self.settings = SettingsService(db, self.hub)
        if db.path is not None:
            db.before_first_write = self._daily_backup

    def _daily_backup(self) -> None:
        # A failed daily backup must not stop the user's write; it is logged, and the
        # older backups stay.
        try:
            self.backup.daily_if_due()
        except Exception:
            import logging

            logging.getLogger(__name__).warning("the daily backup failed", exc_info=True)

    @cached_property
    def backup(self) -> BackupService:
        from app.backup.service import BackupService

        return BackupService(self.db, self.location.backups_dir,
                             keep=lambda: int(self.settings.get("backups_keep")))

    @cached_property
    def mood(self) -> MoodService:
        from app.mood.service import MoodService

        return MoodService(self.db, self.hub)

    @cached_property
    def practice(self) -> PracticeService:
        from app.practice.service import PracticeService

        return PracticeService(self.db, self.hub)

    @cached_property
    def regulation(self) -> RegulationService:
        from app.regulation.service import RegulationService

        return RegulationService(self.db, self.hub)

    @cached_property
    def breathing(self) -> BreathingService:
        from app.breathing.service import BreathingService

        return BreathingService(self.db, self.practice, self.hub)

    @cached_property
    def stats(self) -> StatsService:
        from app.stats.service import StatsService

        return StatsService(self.db)

    @cached_property
    def guided(self) -> GuidedService:
        from app.meditation.guided_service import GuidedService

        return GuidedService(self.practice, self.location.data_dir, self.hub)

    @cached_property
    def audio_library(self) -> AudioLibraryService:
        from app.meditation.audio_library import AudioLibraryService

        return AudioLibraryService(self.db, self.practice, self.location.data_dir, self.hub)

    @cached_property
    def journal(self) -> JournalService:
        from app.journal.service import JournalService

        return JournalService(self.db, self.hub)

    @cached_property
    def assessments(self) -> AssessmentService:
        from app.assessments.service import AssessmentService

        return AssessmentService(self.db, self.hub, self.location.data_dir)

    @cached_property
    def timer(self) -> TimerService:
        from app.meditation.timer_service import TimerService

        return TimerService(self.practice)

    @cached_property
    def goals(self) -> GoalService:
        from app.goals.service import GoalService

        return GoalService(self.db, self.hub)

    @cached_property
    def safety(self) -> SafetyService:
        from app.safety.service import SafetyService

        return SafetyService(self.db, self.hub)

    @cached_property
    def therapy(self) -> TherapyService:
        from app.therapy.service import TherapyService

        return TherapyService(self.db, self.hub)

    @cached_property
    def exchange(self) -> ExchangeService:
        from app.exchange.service import ExchangeService

        return ExchangeService(self.db, self.hub)

    @cached_property
    def reminders(self) -> ReminderService:
        from app.reminders.service import ReminderService

        return ReminderService(self.settings)

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> AppContext:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_context(data_dir: str | None = None, database_url: str | None = None) -> AppContext:
    """Raises UserError (with a message for the user) when the data cannot be used."""
    location = paths.resolve(data_dir, database_url)
    paths.prepare(location)
    db = Database(location.database_url)
    try:
        migration = ensure_schema(db, backups_dir=location.backups_dir)
    except BaseException:
        db.dispose()  # no pooled connection outlives a refused start
        raise
    return AppContext(location, db, migration)
