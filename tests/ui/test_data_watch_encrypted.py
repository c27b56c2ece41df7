"""The data watch on an encrypted database: SQLCipher's errors are its own classes."""

from __future__ import annotations

from app.context import open_context
from app.encryption.service import change_key
from app.events import DataChanged
from app.storage import cipher
from tests.passphrase_fixture import no_passphrase  # noqa: F401 (autouse)
from ui.data_watch import DataWatch
from ui.qt import QObject

KEY = "correct horse"


def test_watch_on_an_encrypted_database_sees_writes_and_survives_errors(data_dir, qtbot):
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1)
    change_key(data_dir / "stillpoint.db", data_dir / "backups", None, KEY,
               reason="before-encrypt")
    cipher.unlock(KEY)
    owner = QObject()
    with open_context(str(data_dir)) as ctx, open_context(str(data_dir)) as other:
        seen: list[DataChanged] = []
        ctx.hub.subscribe(DataChanged, seen.append)
        watch = DataWatch(ctx.db, ctx.hub, owner, interval_ms=50)
        other.mood.add_checkin(pleasantness=1, energy=1)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
        watch._conn.close()  # a connection that is gone raises SQLCipher's own error
        assert watch.check() is False  # looked again later; no exception into the event loop
    owner.deleteLater()
