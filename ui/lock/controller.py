"""The lock in the main window: swaps the whole content for the lock screen and back.

While locked the sidebar and pages are not in the window at all: they are taken out of
it (a hidden child would still be in the accessible tree a screen reader walks), the
window's dialogs are hidden, its shortcuts are off but Quit, and any request to show a
page (tray, notification, deep link, Ctrl+1..9) waits until the lock is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from app.events import DataChanged, EventHub, LockChanged, LockStateChanged
from app.lock.service import LockService
from app.lock.types import LockState
from app.settings.service import SettingsService
from ui.i18n import translate
from ui.lock.idle import IdleWatch
from ui.qt import (
    QApplication,
    QKeySequence,
    QMainWindow,
    QObject,
    QShortcut,
    Qt,
    QWidget,
)
from ui.widgets.subscriptions import subscribe

if TYPE_CHECKING:
    from ui.lock.screen import LockScreen

LOCK_KEYS = "Ctrl+L"


def install_lock(window: QMainWindow, settings: SettingsService, hub: EventHub) -> LockController:
    """Wraps the window's content; locks at once when a lock is set (before any page)."""
    return LockController(window, LockService(settings, hub), hub)


class LockController(QObject):
    def __init__(self, window: QMainWindow, service: LockService, hub: EventHub) -> None:
        super().__init__(window)
        self.service = service
        self._window = window
        self._hub = hub
        self.locked = False
        self._deferred: Callable[[], object] | None = None
        self._hidden: list[QWidget] = []
        self._muted: list[QShortcut] = []
        self._focus: QWidget | None = None
        self._title = ""

        # Out of the window while unlocked; the content is out of it while locked.
        self._screen: LockScreen | None = None
        self._content: QWidget | None = None
        # Whichever of the two is out of the window when it closes goes with it.
        content = window.centralWidget()
        if content is not None:
            window.destroyed.connect(content.deleteLater)

        self.lock_shortcut = QShortcut(QKeySequence(LOCK_KEYS), window)
        self.lock_shortcut.activated.connect(self.lock)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self._idle)
        hidden = getattr(window, "hidden_to_tray", None)
        if hidden is not None:  # back from the tray, the lock asks first
            hidden.connect(self.lock)
        subscribe(self, hub, LockChanged, self._on_changed)
        subscribe(self, hub, DataChanged, self._on_data_changed)
        state = service.state()
        self._watch(state)
        if state.is_set:
            self.lock()

    @property
    def screen(self) -> LockScreen:
        """Built on first use: most people set no lock, and it is not on the start path."""
        if self._screen is None:
            from ui.lock.screen import LockScreen

            self._screen = LockScreen(self.service)
            self._screen.unlocked.connect(self.unlock)
            self._window.destroyed.connect(self._screen.deleteLater)
        return self._screen

    @property
    def is_set(self) -> bool:
        return self.service.state().is_set

    # -- lock and unlock -----------------------------------------------------------------
    def lock(self) -> None:
        """Lock now (Ctrl+L, the tray, idle minutes); nothing happens without a lock set."""
        if self.locked or not self.is_set:
            return
        self.locked = True
        self.idle.stop()
        self._focus = QApplication.focusWidget()
        self._hide_windows()
        self._mute_shortcuts()
        self._title = self._window.windowTitle()
        self._window.setWindowTitle(translate("LockController", "Stillpoint"))
        self.screen.reset()
        self._content = self._swap(self.screen)
        self.screen.focus_field()
        self._hub.publish(LockStateChanged(locked=True))

    def unlock(self) -> None:
        """Called by the lock screen once the secret matched."""
        if not self.locked:
            return
        self.locked = False
        if self._content is not None:
            self._swap(self._content)
            self._content = None
        self._window.setWindowTitle(self._title or translate("LockController", "Stillpoint"))
        for shortcut in self._muted:
            with suppress(RuntimeError):  # its owner went away meanwhile
                shortcut.setEnabled(True)
        self._muted = []
        for widget in self._hidden:
            with suppress(RuntimeError):
                widget.show()
        self._hidden = []
        self._restore_focus()
        self._watch(self.service.state())
        self._hub.publish(LockStateChanged(locked=False))
        action, self._deferred = self._deferred, None
        if action is not None:
            action()

    def _idle(self) -> None:
        """Idle minutes are over: lock, unless a breathing or meditation session runs
        (a person following it gives no input for minutes)."""
        running = getattr(self._window, "session_running", None)
        if running is not None and running():
            self.idle.start(self.idle.seconds)  # ask again after as long once more
            return
        self.lock()

    def defer(self, action: Callable[[], object]) -> bool:
        """While locked: keep `action` (the latest request wins) for after the unlock and
        show the lock screen; True when it was kept, False when unlocked (run it now)."""
        if not self.locked:
            return False
        self._deferred = action
        self.screen.focus_field()
        return True

    # -- helpers -------------------------------------------------------------------------
    def _swap(self, widget: QWidget) -> QWidget | None:
        """Put widget in the window; the one it held leaves the window's tree (kept alive
        by the caller, hidden, with no parent)."""
        old = self._window.takeCentralWidget()
        if old is not None:
            old.hide()
            old.setParent(None)
        self._window.setCentralWidget(widget)
        widget.show()
        return old

    def _hide_windows(self) -> None:
        """The window's dialogs and menus go too: a note open in an editor is entry text."""
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible() or not self._owns(widget):
                continue
            popup = widget.windowType() == Qt.WindowType.Popup
            widget.close() if popup else widget.hide()
            if not popup:
                self._hidden.append(widget)

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def _mute_shortcuts(self) -> None:
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit).toString()
        for shortcut in self._window.findChildren(QShortcut):
            if shortcut.isEnabled() and shortcut.key().toString() != quit_keys:
                shortcut.setEnabled(False)
                self._muted.append(shortcut)

    def _restore_focus(self) -> None:
        focus, self._focus = self._focus, None
        with suppress(RuntimeError):
            if focus is not None and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _watch(self, state: LockState) -> None:
        if state.is_set and state.idle_minutes and not self.locked:
            self.idle.start(state.idle_minutes * 60)
        else:
            self.idle.stop()

    def _on_changed(self, event: LockChanged) -> None:
        self._watch(self.service.state())

    def _on_data_changed(self, _event: DataChanged) -> None:
        """Another process changed the data: `stillpoint lock off` (or a restore of data
        without a lock) leaves nothing to type here, so the lock screen opens by itself."""
        state = self.service.state()
        if self.locked and not state.is_set:
            self.unlock()
        else:
            self._watch(state)
