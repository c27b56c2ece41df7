"""The system tray icon: Open, Check in, Need help now?, Lock now, Quit."""

from __future__ import annotations

from ui import icons
from ui.i18n import translate
from ui.qt import QAction, QMenu, QSystemTrayIcon


def install_tray(window) -> QSystemTrayIcon | None:
    """Returns None where the desktop has no tray; closing then always quits."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(icons.app_icon(), window)
    tray.setToolTip(translate("ui.tray", "Stillpoint"))
    menu = QMenu(window)
    open_action = QAction(translate("ui.tray", "Open Stillpoint"), menu)
    open_action.triggered.connect(lambda: bring_to_front(window))
    checkin_action = QAction(translate("ui.tray", "Check in…"), menu)
    checkin_action.triggered.connect(lambda: start_checkin(window))
    help_action = QAction(translate("ui.tray", "Need help now?"), menu)
    help_action.triggered.connect(lambda: need_help(window))
    lock_action = QAction(translate("ui.tray", "Lock now"), menu)  # shown only while a lock is set
    lock_action.triggered.connect(window.lock.lock)
    menu.aboutToShow.connect(lambda: lock_action.setVisible(window.lock.is_set))
    quit_action = QAction(translate("ui.tray", "Quit"), menu)
    quit_action.triggered.connect(window.quit_app)
    for action in (open_action, checkin_action, help_action, lock_action):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(quit_action)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: bring_to_front(window)
        if reason == QSystemTrayIcon.ActivationReason.Trigger else None
    )
    tray.show()
    window.tray_available = True
    window.tray = tray
    return tray


def bring_to_front(window) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def start_checkin(window) -> None:
    bring_to_front(window)
    if window.lock.defer(lambda: start_checkin(window)):
        return  # the lock screen first; the check-in follows the unlock
    page = window.show_page("today")
    page.plane.setFocus()


def need_help(window) -> None:
    """The crisis card over the window, brought forward from the tray."""
    bring_to_front(window)
    if window.lock.defer(window.help_requested.emit):
        return  # the card holds the safety plan: it follows the unlock
    window.help_requested.emit()
