"""The sidebar's pages in order, each built on first show from the services it needs.

Each page module is imported only inside its builder: start-up pays for Today alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.context import AppContext
    from ui.main_window import PageSpec
    from ui.qt import QWidget
    from ui.sound import Sound

Builder = Callable[["AppContext", "Sound", bool], "QWidget"]


def _today(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.today.page import TodayPage

    return TodayPage(ctx.mood, ctx.hub, settings=ctx.settings)


def _breathe(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.breathe.page import BreathePage

    return BreathePage(ctx.breathing, ctx.settings, sound, ctx.hub, regulation=ctx.regulation)


def _meditate(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.meditate.page import MeditatePage

    return MeditatePage(ctx.guided, ctx.timer, ctx.audio_library, ctx.practice,
                        ctx.settings, sound, ctx.hub, silent=silent, regulation=ctx.regulation)


def _log(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.log.page import LogPage

    return LogPage(ctx.mood, ctx.regulation, ctx.hub, therapy=ctx.therapy)


def _journal(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.journal.page import JournalPage

    return JournalPage(ctx.journal, ctx.hub, therapy=ctx.therapy)


def _goals(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.goals.page import GoalsPage

    return GoalsPage(ctx.goals, ctx.settings, ctx.hub)


def _assessments(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.assessments.page import AssessmentsPage

    return AssessmentsPage(ctx.assessments, ctx.hub, settings=ctx.settings,
                           safety=lambda: ctx.safety, therapy=ctx.therapy)


def _therapy(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.therapy.page import TherapyPage

    return TherapyPage(ctx.therapy, ctx.hub, goals=ctx.goals)


def _progress(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.progress.page import ProgressPage

    return ProgressPage(ctx.stats, ctx.settings, ctx.hub, assessments=lambda: ctx.assessments)


def _learn(ctx: AppContext, sound: Sound, silent: bool) -> QWidget:
    from ui.learn.page import LearnPage

    return LearnPage()


# Sidebar order; Ctrl+1..9 follow it. Settings comes last, built apart: it lists the others.
PAGES: tuple[tuple[str, str, str, Builder], ...] = (
    ("today", QT_TRANSLATE_NOOP("Pages", "Today"), "today", _today),
    ("breathe", QT_TRANSLATE_NOOP("Pages", "Breathe"), "breathe", _breathe),
    ("meditate", QT_TRANSLATE_NOOP("Pages", "Meditate"), "leaf", _meditate),
    ("log", QT_TRANSLATE_NOOP("Pages", "Log"), "journal", _log),
    ("journal", QT_TRANSLATE_NOOP("Pages", "Journal"), "pen", _journal),
    ("goals", QT_TRANSLATE_NOOP("Pages", "Goals"), "check", _goals),
    ("assessments", QT_TRANSLATE_NOOP("Pages", "Check-ups"), "checkup", _assessments),
    ("therapy", QT_TRANSLATE_NOOP("Pages", "Sessions"), "sessions", _therapy),
    ("progress", QT_TRANSLATE_NOOP("Pages", "Progress"), "chart", _progress),
    ("learn", QT_TRANSLATE_NOOP("Pages", "Learn"), "book", _learn),
)


def page_specs(ctx: AppContext, sound: Sound, *, silent: bool) -> list[PageSpec]:
    from ui.main_window import PageSpec

    specs = [PageSpec(key, translate("Pages", label), icon, _bound(build, ctx, sound, silent))
             for key, label, icon, build in PAGES]
    settings_label = translate("Pages", "Settings")
    start_pages = [(spec.key, spec.nav_label) for spec in specs] + [("settings", settings_label)]

    def settings() -> QWidget:
        from ui.safety.settings_card import add_to_settings
        from ui.settings.page import SettingsPage

        page = SettingsPage(ctx.settings, ctx.location, start_pages, sound=sound, hub=ctx.hub)
        add_to_settings(page, ctx.settings, lambda: ctx.safety)
        from ui.settings.daylio_dialog import add_to_settings as add_daylio

        add_daylio(page, lambda: ctx.mood)
        from ui.settings.data_card import add_to_settings as add_exchange

        add_exchange(page, lambda: ctx.exchange)
        from ui.reminders.settings_card import add_to_settings as add_reminders

        add_reminders(page, ctx.reminders, ctx.hub)
        from ui.settings.backup_card import add_to_settings as add_backups

        add_backups(page, lambda: ctx.backup, ctx.hub)
        return page

    specs.append(PageSpec("settings", settings_label, "settings", settings))
    return specs


def _bound(build: Builder, ctx: AppContext, sound: Sound, silent: bool) -> Callable[[], QWidget]:
    return lambda: build(ctx, sound, silent)
