"""Desktop notifications through org.freedesktop.Notifications, the tray balloon otherwise.

Notify is sent with jeepney because PySide6 cannot marshal a D-Bus uint32 (replaces_id
goes out as int32, and GDBus-based servers reject the call); the answers (ActionInvoked,
NotificationClosed) arrive through QtDBus on the Qt event loop.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import SLOT, QDBusConnection, QObject, QSystemTrayIcon, Signal, Slot

log = logging.getLogger(__name__)
NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
ACTIONS = ["checkin", QT_TRANSLATE_NOOP("Notifier", "Check in"), "breathe",
           QT_TRANSLATE_NOOP("Notifier", "Breathe"), "later", QT_TRANSLATE_NOOP("Notifier", "Later")]


def _actions() -> list[str]:
    """Action keys and their button words, in the reader's language."""
    return [translate("Notifier", a) if i % 2 else a for i, a in enumerate(ACTIONS)]


_TIMEOUT = 2.0  # seconds a Notify call may take before the balloon is used instead


class Notifier(QObject):
    """Shows one reminder at a time; `activated` says which button (or "open") was used."""

    activated = Signal(str)
    closed = Signal()

    def __init__(self, tray: QSystemTrayIcon | None = None, address: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._address = address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        self._conn: Any = None  # a jeepney connection, opened on first use
        self._listening = False
        self.pending_id: int | None = None  # the notification on screen, if any
        self.used_balloon = False
        if tray is not None:
            tray.messageClicked.connect(lambda: self.activated.emit("open"))

    @property
    def pending(self) -> bool:
        return self.pending_id is not None

    def show(self, title: str, body: str) -> None:
        ident = self._notify(title, body)
        if ident is not None:
            self.pending_id = ident
            self.used_balloon = False
            return
        self.used_balloon = True
        if self._tray is not None:
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)

    def dismiss(self) -> None:
        """Takes the notification on screen away (a session started, the app quits)."""
        if self.pending_id is None or self._conn is None:
            self.pending_id = None
            return
        from jeepney import DBusAddress, new_method_call

        try:
            self._conn.send_and_get_reply(new_method_call(
                DBusAddress(PATH, bus_name=NAME, interface=NAME), "CloseNotification", "u",
                (self.pending_id,)), timeout=_TIMEOUT)
        except Exception:  # the server went away or is absent: the balloon is the fallback
            log.info("could not close the notification")
        self.pending_id = None

    def _notify(self, title: str, body: str) -> int | None:
        if not self._address:
            return None
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection

            if self._conn is None:
                self._conn = open_dbus_connection(bus=self._address)
            has_owner = self._conn.send_and_get_reply(
                message_bus.NameHasOwner(NAME), timeout=_TIMEOUT).body[0]
            if not has_owner:
                return None
            self._listen()
            reply = self._conn.send_and_get_reply(new_method_call(
                DBusAddress(PATH, bus_name=NAME, interface=NAME), "Notify", "susssasa{sv}i",
                ("Stillpoint", 0, "io.github.stillpoint.Stillpoint", title, body, _actions(),
                 {}, -1)), timeout=_TIMEOUT)
            return int(reply.body[0])
        except Exception:  # the server went away or is absent: the balloon is the fallback
            log.info("no notification service; using the tray balloon")
            return None

    def _listen(self) -> None:
        if self._listening:
            return
        assert self._address is not None
        bus = QDBusConnection.connectToBus(self._address, f"stillpoint-reminders-{id(self)}")
        # The stubs want the slot as bytes; PySide6 itself takes SLOT()'s str.
        bus.connect(NAME, PATH, NAME, "ActionInvoked", self,  # type: ignore[call-overload]
                    SLOT("_on_action(uint,QString)"))
        bus.connect(NAME, PATH, NAME, "NotificationClosed", self,  # type: ignore[call-overload]
                    SLOT("_on_closed(uint,uint)"))
        self._bus = bus
        self._listening = True

    @Slot("uint", str)
    def _on_action(self, ident: int, key: str) -> None:
        if ident == self.pending_id:
            self.activated.emit(key if key != "default" else "open")

    @Slot("uint", "uint")
    def _on_closed(self, ident: int, _reason: int) -> None:
        if ident == self.pending_id:
            self.pending_id = None
            self.closed.emit()
