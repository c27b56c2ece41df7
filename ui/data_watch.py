"""Notice writes by another process (the CLI, a restore) while the window is open.

SQLite's PRAGMA data_version on one long-lived connection changes whenever another
connection commits; polling it every two seconds costs a few microseconds. The window's
own writes change it too, so pages may refresh once more than needed: harmless, and
simpler than telling writers apart.
"""

from __future__ import annotations

import logging
import sqlite3

from app.events import DataChanged, EventHub
from app.storage import cipher
from app.storage.database import Database
from ui.qt import QObject, QTimer

log = logging.getLogger(__name__)
POLL_MS = 2000


class DataWatch(QObject):
    def __init__(self, db: Database, hub: EventHub, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._hub = hub
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if db.path is None:
            return  # a server database: no cheap change counter to watch
        try:
            self._conn = db.raw_connection()
            self._version = self._read()
        except cipher.errors(also=(OSError,)):  # sqlcipher3's classes too, when encrypted
            log.warning("cannot watch the database for changes by other programs")
            return
        self._timer.start()
        conn = self._conn  # closed with this object; the slot must not need `self`
        self.destroyed.connect(lambda *_: conn.close())

    def _read(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def check(self) -> bool:
        """Publish DataChanged when another connection committed since the last look."""
        if self._conn is None:
            return False
        try:
            version = self._read()
        except cipher.errors():  # sqlite3's or SQLCipher's: busy or gone for a moment
            return False  # look again next time
        if version == self._version:
            return False
        self._version = version
        self._hub.publish(DataChanged())
        return True
