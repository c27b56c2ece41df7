"""Encrypt, change the passphrase, decrypt: the database and every backup beside it.

The rule a careful person expects: after `encrypt`, nothing in the data folder reads
without the passphrase; after `rekey`, nothing reads with the old one; after `decrypt`,
everything reads without one. So the backups follow the database. The state before is
kept as one more backup (stillpoint-...-before-encrypt.db and the like), converted too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.backup import files
from app.encryption.copy import convert_file, fsync_file, remove_with_side_files
from app.errors import UserError
from app.storage import cipher

Progress = Callable[[str], None]


@dataclass
class Outcome:
    before: Path  # the backup of the state before
    converted: int = 0  # backups brought to the new key
    left: list[Path] = field(default_factory=list)  # backups that did not open: untouched


def _quiet(_text: str) -> None:
    pass


def refuse_server(path: Path | None) -> Path:
    if path is None:
        raise UserError("encryption covers Stillpoint's own database file; a database "
                        "server keeps its data safe with its own settings")
    return path


def check_state(path: Path, *, want_encrypted: bool) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError("there is no database here yet; write something first")
    if cipher.looks_encrypted(path) != want_encrypted:
        raise UserError("this database is already encrypted; change its passphrase instead"
                        if not want_encrypted else "this database is not encrypted")


def change_key(path: Path, backups_dir: Path, old_key: str | None, new_key: str | None,
               *, reason: str, progress: Progress = _quiet) -> Outcome:
    """Bring the database and its backups from old_key to new_key (None: plain)."""
    with contextlib.closing(cipher.open_keyed(path, old_key)):
        pass  # a wrong passphrase stops here, before anything is written
    progress("Keeping a backup of the database as it is…")
    outcome = Outcome(_backup_as_is(path, backups_dir, old_key, reason))
    progress("Writing the new copy of the database…")
    try:
        convert_file(path, old_key, new_key, wal=True, hold_writers=True)
    except BaseException:
        # The database is as it was (the copy is renamed in only when whole): a backup of
        # that same state would only be a stray file that says something happened.
        remove_with_side_files(outcome.before)
        raise
    cipher.generation += 1
    if new_key is None:
        cipher.forget()
    else:
        cipher.unlock(new_key)
    backups = files.list_backups(backups_dir)
    for n, info in enumerate(backups, start=1):
        progress(f"Bringing the backups along ({n} of {len(backups)})…")
        if _opens(info.path, new_key):
            continue  # already as it should be
        if not _opens(info.path, old_key):
            outcome.left.append(info.path)
            continue
        convert_file(info.path, old_key, new_key, wal=False, hold_writers=False)
        outcome.converted += 1
    return outcome


def _opens(path: Path, key: str | None) -> bool:
    if cipher.looks_encrypted(path) != bool(key):
        return False
    try:
        with contextlib.closing(cipher.open_keyed(path, key)):
            return True
    except cipher.errors(also=(UserError,)):
        return False


def _backup_as_is(path: Path, backups_dir: Path, key: str | None, reason: str) -> Path:
    """SQLite's backup API into backups/, under the same key as the database."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{files.PREFIX}{stamp}-{reason}.db"
    try:
        with contextlib.closing(cipher.open_keyed(path, key)) as src, \
                contextlib.closing(cipher.open_keyed(target, key)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        files.secure(target)
        fsync_file(target)
    except BaseException:
        remove_with_side_files(target)
        raise
    return target
