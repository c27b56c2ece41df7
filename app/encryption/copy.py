"""One database file copied under another key (or none), beside itself, then checked.

SQLCipher's sqlcipher_export writes every table, index and row of the open database into
an attached one with its own key: the only copy that can change a file's encryption.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from app.errors import StorageError
from app.storage import cipher

BUSY_SECONDS = 5.0


def tables(conn: Any) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return [str(r[0]) for r in rows]


def counts(conn: Any) -> dict[str, int]:
    """Rows per table: what a copy must match."""
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables(conn)}


def side_path(path: Path, tag: str) -> Path:
    return path.with_name(f"{path.name}.{tag}")


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fsync_file(folder)


def export(source: Any, target: Path, new_key: str | None) -> None:
    """Write everything `source` (an open, keyed connection) holds into a new file."""
    remove_with_side_files(target)
    source.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), new_key or ""))
    try:
        source.execute("SELECT sqlcipher_export('target')")
        version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
        source.execute(f"PRAGMA target.user_version = {version}")
    finally:
        source.execute("DETACH DATABASE target")


def verify(target: Path, new_key: str | None, expected: dict[str, int], *, wal: bool) -> None:
    """The copy opens with the new key, passes integrity_check and has every row."""
    try:
        with contextlib.closing(cipher.open_keyed(target, new_key)) as conn:
            row = conn.execute("PRAGMA integrity_check").fetchone()
            found = counts(conn)
            if wal:
                conn.execute("PRAGMA journal_mode=WAL")
    except cipher.errors() as exc:
        raise StorageError(f"the new copy could not be checked ({exc}); nothing was changed"
                           ) from None
    if not row or row[0] != "ok" or found != expected:
        raise StorageError("the new copy did not match the database; nothing was changed")
    os.chmod(target, 0o600)
    fsync_file(target)


def copy_and_replace(source: Path, source_key: str | None, target: Path,
                     new_key: str | None, *, wal: bool, tag: str, **options: Any) -> None:
    """Copy `source` (opened with source_key) beside `target` under new_key, check the
    copy, fsync it and rename it over `target`; a failure leaves no copy behind."""
    tmp = side_path(target, tag)
    try:
        with contextlib.closing(cipher.open_keyed(source, source_key, **options)) as src:
            expected = counts(src)
            export(src, tmp, new_key)
        verify(tmp, new_key, expected, wal=wal)
        # The old WAL must not meet the new file: everything in it is in the copy already.
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{target}{suffix}").unlink()
        os.replace(tmp, target)
        cipher.file_replaced()
        fsync_folder(target.parent)
    except BaseException:
        remove_with_side_files(tmp)
        raise


def convert_file(path: Path, old_key: str | None, new_key: str | None, *, wal: bool,
                 hold_writers: bool) -> None:
    """Replace `path` by a copy under `new_key`: written beside it, fsynced, checked, and
    renamed into place. With hold_writers, other programs wait while it is copied."""
    lock = cipher.open_keyed(path, old_key, timeout=BUSY_SECONDS) if hold_writers else None
    try:
        if lock is not None:
            lock.isolation_level = None
            lock.execute("BEGIN IMMEDIATE")  # no commit can slip in between copy and rename
        copy_and_replace(path, old_key, path, new_key, wal=wal, tag="rekey-tmp",
                         timeout=BUSY_SECONDS)
    finally:
        if lock is not None:
            with contextlib.suppress(Exception):
                lock.execute("ROLLBACK")
            lock.close()


def restore_across(source: Path, target: Path) -> None:
    """Restore a backup kept the other way (plain into an encrypted database, or the
    reverse): the database keeps its own state, so a restore never quietly decrypts it."""
    source_key = cipher.passphrase() if cipher.looks_encrypted(source) else None
    target_key = cipher.passphrase() if cipher.looks_encrypted(target) else None
    copy_and_replace(source, source_key, target, target_key, wal=True, tag="restore-tmp")
