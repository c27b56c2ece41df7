"""Starting the GUI: open the data first (migrations before any window), then the window."""

from __future__ import annotations

import argparse
import logging
import sys

from app.context import AppContext, open_context
from app.errors import UserError

log = logging.getLogger(__name__)
DESKTOP_ID = "io.github.stillpoint.Stillpoint"


def run(args: argparse.Namespace) -> int:
    try:
        ctx = open_context(getattr(args, "data_dir", None), getattr(args, "database_url", None))
    except UserError as exc:
        print(f"stillpoint: {exc}", file=sys.stderr)
        if not (args.quit_after_startup or args.self_test):
            _show_startup_problem(exc)
        return 2
    from app.logs import setup_file_logging

    setup_file_logging(ctx.location.logs_dir)
    # An error inside a Qt slot must not end the session silently or spill a traceback
    # at the user: it goes to the log, and the window stays open.
    sys.excepthook = lambda kind, exc, tb: log.error("unexpected error", exc_info=(kind, exc, tb))
    if ctx.migration.backup:
        log.info("upgraded schema from %s; backup at %s", ctx.migration.from_revision,
                 ctx.migration.backup)
    try:
        return _run_window(ctx, args)
    finally:
        ctx.close()


def _application():
    from ui.qt import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Stillpoint")
    app.setApplicationDisplayName("Stillpoint")
    app.setDesktopFileName(DESKTOP_ID)
    return app


def build_window(ctx: AppContext, *, silent: bool = False):
    """The window with every page wired to its services (also used by tests)."""
    from ui.main_window import MainWindow, PageSpec
    from ui.sound import Sound

    sound = Sound(ctx.settings, ctx.hub, silent=silent)

    # Each page module is imported only when its page is first shown.
    def today():
        from ui.today.page import TodayPage

        return TodayPage(ctx.mood, ctx.hub, settings=ctx.settings)

    def breathe():
        from ui.breathe.page import BreathePage

        return BreathePage(ctx.breathing, ctx.settings, sound, ctx.hub,
                           regulation=ctx.regulation)

    def meditate():
        from ui.meditate.page import MeditatePage

        return MeditatePage(ctx.guided, ctx.timer, ctx.audio_library, ctx.practice,
                            ctx.settings, sound, ctx.hub, silent=silent,
                            regulation=ctx.regulation)

    def log():
        from ui.log.page import LogPage

        return LogPage(ctx.mood, ctx.regulation, ctx.hub, therapy=ctx.therapy)

    def journal():
        from ui.journal.page import JournalPage

        return JournalPage(ctx.journal, ctx.hub, therapy=ctx.therapy)

    def goals():
        from ui.goals.page import GoalsPage

        return GoalsPage(ctx.goals, ctx.settings, ctx.hub)

    def learn():
        from ui.learn.page import LearnPage

        return LearnPage()

    def assessments():
        from ui.assessments.page import AssessmentsPage

        return AssessmentsPage(ctx.assessments, ctx.hub, settings=ctx.settings,
                               safety=lambda: ctx.safety, therapy=ctx.therapy)

    def therapy():
        from ui.therapy.page import TherapyPage

        return TherapyPage(ctx.therapy, ctx.hub, goals=ctx.goals)

    def progress():
        from ui.progress.page import ProgressPage

        return ProgressPage(ctx.stats, ctx.settings, ctx.hub,
                            assessments=lambda: ctx.assessments)

    # Sidebar order; Ctrl+1..9 follow it. Settings is always last.
    specs = [
        PageSpec("today", "Today", "today", today),
        PageSpec("breathe", "Breathe", "breathe", breathe),
        PageSpec("meditate", "Meditate", "leaf", meditate),
        PageSpec("log", "Log", "journal", log),
        PageSpec("journal", "Journal", "pen", journal),
        PageSpec("goals", "Goals", "check", goals),
        PageSpec("assessments", "Check-ups", "checkup", assessments),
        PageSpec("therapy", "Sessions", "sessions", therapy),
        PageSpec("progress", "Progress", "chart", progress),
        PageSpec("learn", "Learn", "book", learn),
    ]
    start_pages = [(spec.key, spec.nav_label) for spec in specs] + [("settings", "Settings")]

    def settings():
        from ui.safety.settings_card import add_to_settings
        from ui.settings.page import SettingsPage

        page = SettingsPage(ctx.settings, ctx.location, start_pages, sound=sound, hub=ctx.hub)
        add_to_settings(page, ctx.settings, lambda: ctx.safety)
        return page

    specs.append(PageSpec("settings", "Settings", "settings", settings))
    window = MainWindow(specs, ctx.settings, ctx.hub)
    sound.setParent(window)  # its hub subscription ends with the window
    from ui.safety.entry import connect_help

    connect_help(window, ctx.settings, lambda: ctx.safety)
    return window


def _run_window(ctx: AppContext, args: argparse.Namespace) -> int:
    from ui.qt import QTimer
    from ui.startup import after_first_paint

    app = _application()
    window = build_window(ctx, silent=args.self_test)
    window.persist_geometry = not (args.quit_after_startup or args.self_test)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: window.follow_system_scheme())
    with_tray = not (args.quit_after_startup or args.self_test)

    def after_paint() -> None:
        # Not in the first frame: icons (an SVG render each) and the tray come a moment later.
        window.load_icons()
        if with_tray:
            from ui import tray

            tray.install_tray(window)
        app.setQuitOnLastWindowClosed(not window.tray_available)

    window.show()
    after_first_paint(window.current_page(), after_paint)
    if args.quit_after_startup:
        from ui.startup import quit_when_painted

        return quit_when_painted(app, window.current_page())
    elif args.self_test:
        from ui.selftest import SelfTest

        test = SelfTest(window)
        QTimer.singleShot(0, test.run)
        app.exec()
        return test.result()
    return app.exec()


def _show_startup_problem(exc: UserError) -> None:
    from ui.qt import QMessageBox

    _application()
    box = QMessageBox(QMessageBox.Icon.Warning, "Stillpoint cannot open your data",
                      exc.sentence())
    box.exec()
