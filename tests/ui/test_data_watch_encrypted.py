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


def test_watch_follows_a_database_another_program_decrypted(data_dir, qtbot):
    """decrypt renames a new file over the database: the watch lets go of the old one, so
    later writes by other programs show up and the window's own save reaches the new file."""
    import os
    import subprocess
    import sys

    def cli(*args: str, **env: str) -> None:
        done = subprocess.run([sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir),
                               *args], capture_output=True, text=True, timeout=120,
                              env={**os.environ, **env})
        assert done.returncode == 0, done.stderr

    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1)
    change_key(data_dir / "stillpoint.db", data_dir / "backups", None, KEY,
               reason="before-encrypt")
    cipher.unlock(KEY)
    owner = QObject()
    with open_context(str(data_dir)) as ctx:
        seen: list[DataChanged] = []
        ctx.hub.subscribe(DataChanged, seen.append)
        assert len(ctx.mood.list_checkins()) == 1  # the pool now holds the encrypted file
        DataWatch(ctx.db, ctx.hub, owner, interval_ms=50)
        cli("decrypt", STILLPOINT_PASSPHRASE=KEY)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)  # the new file is watched
        cli("mood", "add", "--pleasantness", "-1", "--energy", "0")
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
        ctx.mood.add_checkin(pleasantness=3, energy=3)  # the window's next save
    owner.deleteLater()
    cipher.forget()
    with open_context(str(data_dir)) as fresh:
        assert sorted(c.pleasantness for c in fresh.mood.list_checkins()) == [-1, 2, 3]
