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
    if not (args.quit_after_startup or args.self_test) and _handed_to_running_instance(args):
        return 0
    from app.storage import cipher

    cipher.ask = _no_terminal_prompt
    from ui.encryption.startup import unlock_if_needed

    if not unlock_if_needed(getattr(args, "data_dir", None), getattr(args, "database_url", None),
                            _application):
        return 0  # Cancel on the unlock dialog: quit quietly
    try:
        ctx = open_context(getattr(args, "data_dir", None), getattr(args, "database_url", None))
    except UserError as exc:
        print(f"stillpoint: {exc}", file=sys.stderr)
        if args.quit_after_startup or args.self_test:
            return 2
        recovered = _offer_recovery(args)
        if recovered is None:
            _show_startup_problem(exc)
        if not recovered:
            return 2
        ctx = open_context(getattr(args, "data_dir", None), getattr(args, "database_url", None))
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
    from ui.i18n import install_translators

    install_translators(app)  # English (the source) costs nothing; see ui/i18n.py
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
    from ui.backup.daily import daily_backup_off_thread

    daily_backup_off_thread(ctx)  # the first save of the day must not wait for a backup
    window.persist_geometry = not (args.quit_after_startup or args.self_test)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: window.follow_system_scheme())
    with_tray = not (args.quit_after_startup or args.self_test)

    def after_paint() -> None:
        # Not in the first frame: icons (an SVG render each) and the tray come a moment later.
        window.load_icons()
        if with_tray:
            from ui import tray

            tray.install_tray(window)
            from ui.reminders.wiring import install_reminders

            install_reminders(window, ctx)
            if window.isVisible():  # not when started hidden in the tray
                from ui.first_run import offer_first_run

                offer_first_run(window, ctx)
        app.setQuitOnLastWindowClosed(not window.tray_available)

    if with_tray:  # a real session: one window per data folder, and CLI writes show up
        _watch_for_others(ctx, window)
    if with_tray and getattr(args, "hidden", False):
        # Started with the desktop session: only the tray icon; where there is no tray,
        # the window opens after all (else the app could not be reached).
        def start_hidden() -> None:
            after_paint()
            from ui import theme

            # No first paint yet: the tray's dialogs still hide underlines until Alt.
            theme.watch_input(app)
            if not window.tray_available:
                window.show()

        QTimer.singleShot(0, start_hidden)
    else:
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


def _handed_to_running_instance(args: argparse.Namespace) -> bool:
    """True when a window on the same data folder is open and was asked to come forward."""
    from app import paths
    from ui.single_instance import ask_running_instance, server_name

    _application()
    folder = paths.resolve(getattr(args, "data_dir", None), None).data_dir
    return ask_running_instance(server_name(folder))


def _watch_for_others(ctx: AppContext, window) -> None:
    from ui.data_watch import DataWatch
    from ui.single_instance import SingleInstance, server_name
    from ui.tray import bring_to_front

    # Held by the window: both live exactly as long as it does.
    window.single_instance = SingleInstance(server_name(ctx.location.data_dir), window)
    window.single_instance.raise_requested.connect(lambda: bring_to_front(window))
    window.data_watch = DataWatch(ctx.db, ctx.hub, window)


def _offer_recovery(args: argparse.Namespace) -> bool | None:
    """None: the problem is not a damaged database; else whether a backup was restored."""
    from ui.recovery import recovery_dialog

    _application()
    dialog = recovery_dialog(getattr(args, "data_dir", None),
                             getattr(args, "database_url", None))
    if dialog is None:
        return None
    accepted = bool(dialog.exec())
    if accepted:
        log.warning("restored a backup over a damaged database, kept as %s", dialog.kept_aside)
    return accepted


def _no_terminal_prompt(_prompt: str) -> str:
    """The window never reads a passphrase from the terminal it was started from: it would
    freeze at a prompt nobody sees. It asks in its own dialog, at start."""
    raise UserError("the passphrase is asked in Stillpoint's own dialog; close Stillpoint and "
                    "open it again to type it")


def _show_startup_problem(exc: UserError) -> None:
    from ui.qt import QMessageBox

    _application()
    from ui.i18n import app_text, translate

    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("Startup", "Stillpoint cannot open your data"),
                      exc.sentence(app_text))
    box.exec()
