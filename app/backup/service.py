"""Backups and restore of the local SQLite database.

A backup is taken with SQLite's online backup API, checked with integrity_check, and only
then may the oldest be rotated out: a failed backup never costs an older good one.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable
from pathlib import Path

from app.backup import files
from app.backup.files import BackupInfo
from app.errors import StorageError, UserError
from app.storage import cipher, migrate
from app.storage.database import Database, user_may_write

DEFAULT_KEEP = 14
Now = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BackupService:
    def __init__(self, db: Database, backups_dir: Path, *, keep: Callable[[], int],
                 now: Now = _utc_now) -> None:
        self._db = db
        self._dir = backups_dir
        self._keep = keep
        self._now = now

    @property
    def available(self) -> bool:
        return self._db.path is not None

    def _path(self) -> Path:
        if self._db.path is None:
            raise files.not_sqlite(self._db.where)
        return self._db.path

    def source_missing(self) -> bool:
        path = self._path()
        return not path.exists() or path.stat().st_size == 0

    def backups(self) -> list[BackupInfo]:
        return files.list_backups(self._dir)

    def create(self, out: Path | None = None) -> Path:
        """Back up now into the backups folder (rotating) or to `out` (never rotated)."""
        source = self._path()
        target = out if out is not None else self._fresh_target()
        if target.exists():
            raise UserError(f"{target} already exists; choose another name")
        if out is not None and target.parent.is_dir() and not user_may_write(target.parent):
            # Root could still write there; a folder the user made read-only means "not here".
            raise UserError(f"the folder {target.parent} is read-only; choose another place "
                            "(nothing was written)")
        if out is None:
            self._dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        # A name of its own per copy: "Back up now" and the daily backup (another thread),
        # or two processes, may copy at the same moment.
        partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
        try:
            files.online_copy(source, partial)
            files.secure(partial)
            if not files.integrity_ok(partial):
                raise StorageError(f"the backup of {source} did not pass SQLite's check; "
                                   "older backups were kept")
            target = self._publish(partial, target, named=out is not None)
        except cipher.errors(also=(OSError, StorageError, UserError)) as exc:
            files.remove_quietly(partial)
            if isinstance(exc, StorageError | UserError):
                raise
            raise StorageError(f"cannot write a backup to {target}: {exc}") from None
        if out is None:
            self.rotate()
        return target

    def _fresh_target(self) -> Path:
        now = self._now()
        target = self._dir / files.stamp_name(now)
        while target.exists():  # two backups in one second: the later waits a second
            now += dt.timedelta(seconds=1)
            target = self._dir / files.stamp_name(now)
        return target

    def _publish(self, partial: Path, target: Path, *, named: bool) -> Path:
        """Give the finished copy its name without ever replacing a file: a hard link fails
        when the name is taken (another copy finished first), where a rename would replace
        it. Where links are not possible (some USB sticks), a rename after a last look."""
        while True:
            try:
                os.link(partial, target)
            except FileExistsError:
                pass
            except OSError:
                if not target.exists():
                    partial.rename(target)
                    return target
            else:
                files.remove_quietly(partial)
                return target
            if named:
                raise UserError(f"{target} already exists; choose another name")
            target = self._fresh_target()

    def rotate(self) -> list[Path]:
        """Remove the oldest plain backups beyond the number to keep."""
        keep = max(1, int(self._keep()))
        plain = [b for b in self.backups() if b.rotates]
        removed = [b.path for b in plain[keep:]]
        for path in removed:
            files.remove_quietly(path)
        return removed

    def daily_if_due(self) -> Path | None:
        """The first write of a local day takes a backup; later ones find it done."""
        if self._db.path is None or not self._db.path.exists():
            return None
        today = self._now().astimezone().date()
        for info in self.backups():
            if info.rotates and info.taken_at.astimezone().date() == today:
                return None
        return self.create()

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that SQLite finds sound and this app can open."""
        for info in self.backups():
            if files.integrity_ok(info.path) and _known_revision(info.path) is not None:
                return info
        return None

    def restore(self, source: Path) -> Path | None:
        """Restore `source` over the database. The current state is backed up first (or,
        when it is damaged, moved aside). Returns that backup or the damaged file's name."""
        target = self._path()
        rev = check_restorable(source)
        saved: Path | None = None
        if files.is_damaged(target):
            self._db.dispose()
            saved = files.move_aside(target, self._now())
        elif target.exists() and target.stat().st_size > 0:
            files.wait_for_writers(target)  # busy: say so before any backup is made
            saved = self.create()
        self._db.dispose()
        try:
            if target.exists() and cipher.looks_encrypted(target) != cipher.looks_encrypted(source):
                from app.encryption.copy import restore_across

                restore_across(source, target)
            else:
                files.online_copy(source, target, live_target=True)
        except BaseException as exc:
            if saved is not None and saved.parent == self._dir:
                # The database is as it was (a copy lands whole or not at all): the backup
                # of that same state would only be a stray file.
                files.remove_quietly(saved)
            if isinstance(exc, cipher.errors()):
                raise StorageError(f"cannot restore into {target}: {exc}") from None
            raise
        files.secure(target)
        if rev != migrate.HEAD:
            migrate.upgrade(self._db, migrate.HEAD)
        self._db.secure_file()
        return saved


def _known_revision(path: Path) -> str | None:
    try:
        rev = migrate.current_revision(Database(f"sqlite:///{path}"))
    except UserError:
        return None
    return rev if rev in migrate.REVISIONS else None


def check_restorable(path: Path) -> str:
    """The file's schema revision; refuses anything but a sound Stillpoint database of a
    revision this app knows."""
    if not path.is_file():
        raise UserError(f"{path} is not a file")
    if not files.integrity_ok(path):
        raise UserError(f"{path} is damaged or not a database; nothing was changed")
    try:
        rev = migrate.current_revision(Database(f"sqlite:///{path}"))
    except UserError:
        raise UserError(f"{path} is not a Stillpoint database; nothing was changed") from None
    if rev is None:
        raise UserError(f"{path} is not a Stillpoint database; nothing was changed")
    if rev not in migrate.REVISIONS:
        raise UserError(f"{path} was written by a newer Stillpoint (schema {rev}); "
                        "update Stillpoint first. Nothing was changed")
    return rev
