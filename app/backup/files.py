"""Backup files on disk: names, the list, checks, and keeping a damaged file aside.

Only SQLite's own tools touch a database here (the online backup API, integrity_check):
a plain file copy of a live database can catch it half-written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import StorageError, UserError
from app.storage import cipher
from app.storage.database import read_only_uri

PREFIX = "stillpoint-"
STAMP = "%Y%m%d-%H%M%S"
# stillpoint-YYYYMMDD-HHMMSS.db (daily and manual) and the pre-upgrade copies that
# migrate.py writes: stillpoint-YYYYMMDD-HHMMSS-ffffff-before-upgrade-from-NNNN.db.
_NAME = re.compile(r"^stillpoint-(\d{8}-\d{6})(?:-(\d{6}))?(?:-([\w-]+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC
    size: int
    reason: str | None  # None for daily and manual backups

    @property
    def rotates(self) -> bool:
        """Only plain backups are rotated out; a pre-upgrade copy stays until removed."""
        return self.reason is None


def stamp_name(at: dt.datetime) -> str:
    return f"{PREFIX}{at.strftime(STAMP)}.db"


def parse_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = dt.datetime.strptime(match.group(1), STAMP).replace(tzinfo=dt.UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, taken, size, match.group(3))


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, the newest first."""
    if not backups_dir.is_dir():
        return []
    found = (parse_name(p) for p in backups_dir.iterdir() if p.is_file())
    return sorted((b for b in found if b is not None),
                  key=lambda b: (b.taken_at, b.path.name), reverse=True)


def integrity_ok(path: Path) -> bool:
    """True when SQLite reads the whole file and finds it sound."""
    try:
        with contextlib.closing(cipher.connect(path, read_only_uri(path), uri=True)) as conn:
            row = conn.execute("PRAGMA integrity_check").fetchone()
    except cipher.errors(also=(UserError,)):  # an encrypted file with another passphrase too
        return False
    return bool(row) and row[0] == "ok"


def is_damaged(path: Path) -> bool:
    """A file that exists and is not a sound SQLite database (a foreign but sound database
    is not damaged: it is refused elsewhere, untouched; nor is an encrypted one that was
    not unlocked)."""
    if cipher.looks_encrypted(path) and not cipher.has_passphrase():
        return False
    return path.is_file() and path.stat().st_size > 0 and not integrity_ok(path)


def online_copy(source: Path, target: Path, *, live_target: bool = False) -> None:
    """SQLite's backup API from source into target (consistent even while others write).

    A backup file is made self-contained (rollback journal, no -wal/-shm beside it); a
    live database restored into keeps Stillpoint's WAL mode."""
    with contextlib.closing(cipher.connect(source, read_only_uri(source), uri=True)) as src, \
            contextlib.closing(cipher.connect_like(source, target)) as dst:
        src.backup(dst, progress=_give_up_when_busy(target))
        dst.execute("PRAGMA journal_mode=WAL" if live_target else "PRAGMA journal_mode=DELETE")


# How long a copy waits for another program's write to finish before giving up.
BUSY_SECONDS = 10.0
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


def _give_up_when_busy(target: Path) -> Callable[[int, int, int], None]:
    """A backup() progress callback. Python's backup() retries a busy target forever (a
    restore hung while another program held the database); this ends it, with nothing
    copied: the backup API replaces the target in one step or not at all."""
    busy_since: float | None = None

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal busy_since
        if status not in _BUSY_CODES:
            busy_since = None
            return
        now = time.monotonic()
        busy_since = now if busy_since is None else busy_since
        if now - busy_since > BUSY_SECONDS:
            raise StorageError(f"{target} is busy in another program; try again in a moment "
                               "(nothing was changed)")

    return progress


def wait_for_writers(path: Path) -> None:
    """Wait (up to SQLite's busy timeout) until no other program is writing `path`; a
    StorageError that says so when one still is."""
    from app.storage.failures import storage_problem

    try:
        with contextlib.closing(cipher.connect(path, timeout=BUSY_SECONDS)) as conn:
            conn.isolation_level = None
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except cipher.errors() as exc:
        raise storage_problem(exc, str(path)) or StorageError(
            f"cannot use {path}: {exc}; nothing was changed") from None


def secure(path: Path) -> None:
    os.chmod(path, 0o600)


def move_aside(path: Path, now: dt.datetime) -> Path:
    """Rename a damaged database (and its WAL side files) to stillpoint.db.damaged-STAMP.

    A rename keeps the bytes as they were; an existing name is never overwritten."""
    base = Path(f"{path}.damaged-{now.strftime(STAMP)}")
    target, n = base, 1
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        target = Path(f"{base}-{n}")
    for suffix in ("-wal", "-shm", ""):  # the main file last: it is what start-up looks at
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.rename(side, Path(f"{target}{suffix}"))
    return target


def remove_quietly(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def not_sqlite(where: str) -> StorageError:
    return StorageError(f"backups of {where} are made with the database server's own tools; "
                        "Stillpoint backs up only its local SQLite file")
