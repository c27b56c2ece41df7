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
    from ui.main_window import MainWindow
    from ui.page_specs import page_specs
    from ui.safety.entry import connect_help
    from ui.sound import Sound

    sound = Sound(ctx.settings, ctx.hub, silent=silent)
    window = MainWindow(page_specs(ctx, sound, silent=silent), ctx.settings, ctx.hub)
    sound.setParent(window)  # its hub subscription ends with the window
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
