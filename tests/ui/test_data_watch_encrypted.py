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


def encrypted_with_one_checkin(data_dir) -> None:
    """One check-in, the file encrypted with KEY, and KEY held in memory as the window's."""
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1)
    change_key(data_dir / "stillpoint.db", data_dir / "backups", None, KEY,
               reason="before-encrypt")
    cipher.unlock(KEY)


def test_watch_on_an_encrypted_database_sees_writes_and_survives_errors(data_dir, qtbot):
    encrypted_with_one_checkin(data_dir)
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

    encrypted_with_one_checkin(data_dir)
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


def test_watch_survives_a_file_it_cannot_open_and_does_not_retry_it(data_dir, qtbot):
    """Another program encrypts the database the window has open: the watch must not raise
    into the event loop each tick, nor spend a key derivation on every tick."""
    import os
    import subprocess
    import sys

    from app.storage.database import file_identity

    owner = QObject()
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(pleasantness=2, energy=1)
        watch = DataWatch(ctx.db, ctx.hub, owner, interval_ms=60_000)
        done = subprocess.run([sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir),
                               "encrypt"], capture_output=True, text=True, timeout=120,
                              env={**os.environ, cipher.ENV_PASSPHRASE: KEY})
        assert done.returncode == 0, done.stderr
        assert not cipher.has_passphrase()
        assert watch.check() is False  # no passphrase here: no exception either
        assert watch._unreadable == file_identity(data_dir / "stillpoint.db")
        assert watch.check() is False  # the same file is not tried again
    owner.deleteLater()
