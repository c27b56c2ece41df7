"""Notice writes by another process (the CLI, a restore) while the window is open.

SQLite's PRAGMA data_version on one long-lived connection changes whenever another
connection commits; polling it every two seconds costs a few microseconds. The window's
own writes change it too, so pages may refresh once more than needed: harmless, and
simpler than telling writers apart.

`encrypt`, `rekey`, `decrypt` and `restore` rename a new file over the database instead:
the watched connection and the engine's pool still hold the old, unlinked file, whose
counter never moves again. So each tick also compares the file's identity and, when it
changed, lets go of the old file, watches the new one and tells every page to read again.
"""

from __future__ import annotations

import logging
import sqlite3

from app.errors import UserError
from app.events import DataChanged, EventHub
from app.storage import cipher
from app.storage.database import Database, file_identity
from ui.qt import QObject, QTimer
from ui.widgets.subscriptions import on_destroyed

log = logging.getLogger(__name__)
POLL_MS = 2000


class DataWatch(QObject):
    def __init__(self, db: Database, hub: EventHub, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._hub = hub
        self._db = db
        self._identity = file_identity(db.path)
        self._unreadable: tuple[int, int] | None = None  # a new file this window cannot open
        # The watched connection, in a list the destroyed slot can close without `self`
        # (a replaced file brings a new one).
        self._held: list[sqlite3.Connection] = []
        self._version: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if db.path is None:
            return  # a server database: no cheap change counter to watch
        try:
            self._held.append(db.raw_connection())
            self._version = self._read()
        except cipher.errors(also=(OSError,)):  # sqlcipher3's classes too, when encrypted
            log.warning("cannot watch the database for changes by other programs")
            return
        self._timer.start()
        held = self._held
        on_destroyed(self, lambda: _close_all(held))

    @property
    def _conn(self) -> sqlite3.Connection | None:
        return self._held[0] if self._held else None

    def _read(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def check(self) -> bool:
        """Publish DataChanged when another connection committed since the last look."""
        if self._conn is None:
            return False
        identity = file_identity(self._db.path)
        if identity not in (self._identity, self._unreadable, None):
            return self._follow_new_file(identity)
        try:
            version = self._read()
        except cipher.errors():  # sqlite3's or SQLCipher's: busy or gone for a moment
            return False  # look again next time
        if version == self._version:
            return False
        self._version = version
        self._hub.publish(DataChanged())
        return True

    def _follow_new_file(self, identity: tuple[int, int] | None) -> bool:
        """The database file was replaced by another program: read from the new one."""
        cipher.file_replaced()  # the new file may reuse the old one's inode number
        try:
            conn = self._db.raw_connection()
        except cipher.errors(also=(OSError, UserError)):
            # Encrypted (or given a new passphrase) by another program with a passphrase this
            # window does not hold. Not tried again each tick: a wrong key costs a second of
            # key derivation. A save says what happened, in place.
            self._unreadable = identity
            return False
        _close_all(self._held)
        self._held[:] = [conn]
        self._identity = identity
        try:
            self._version = self._read()
        except cipher.errors():  # busy for a moment: the next tick compares again
            self._version = None
        self._db.dispose()  # the pool's connections still point at the old file
        self._hub.publish(DataChanged())
        return True


def _close_all(connections: list[sqlite3.Connection]) -> None:
    for conn in connections:
        conn.close()
