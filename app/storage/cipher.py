"""Encryption at rest: opening a SQLCipher database with the passphrase, in memory only.

A plain SQLite file starts with b"SQLite format 3\\0"; an encrypted one starts with random
bytes. sqlcipher3 is imported only for an encrypted file, so a plain start-up pays nothing.

The passphrase lives in this module's memory for the life of the process: it is never
written to a file, a setting or a log. It comes from `unlock()` (the window's dialog), from
STILLPOINT_PASSPHRASE, or from a prompt on a terminal.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import UserError

HEADER = b"SQLite format 3\x00"
_PAGE = 4096  # SQLCipher 4's default page size; this app never changes it
ENV_PASSPHRASE = "STILLPOINT_PASSPHRASE"
ENV_NEW_PASSPHRASE = "STILLPOINT_NEW_PASSPHRASE"
NEEDS_PASSPHRASE = ("this database is encrypted: set STILLPOINT_PASSPHRASE "
                    "or run from a terminal")
WRONG = "wrong passphrase"

_passphrase: str | None = None
# Bumped whenever a database changes key (encrypt, rekey, decrypt): a Database drops its
# pooled connections, which still hold the file as it was.
generation = 0
# How to ask on a terminal; tests and the window replace it.
ask: Callable[[str], str] | None = None


def _getpass(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


_not_plain: dict[tuple[int, int], bool] = {}


def looks_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of a SQLCipher one (whole
    4096-byte pages that start with a random salt). A short, odd-sized or patterned file is
    left to SQLite to call damaged, so a broken file is never mistaken for a locked one."""
    try:
        info = path.stat()
        known = _not_plain.get((info.st_dev, info.st_ino))
        if known is None:
            # Opening and closing the file here would drop the POSIX locks this process's
            # SQLite connections hold on it, so a file's header is read once per inode
            # (stat() opens nothing; encrypt and decrypt rename a new file into place).
            with open(path, "rb") as f:
                head = f.read(len(HEADER))
            # SQLCipher's first 16 bytes are a random salt: 16 random bytes nearly always hold
            # 12 or more distinct values, while text or a repeated pattern holds few.
            known = head != HEADER and len(set(head)) >= 10
            if len(head) == len(HEADER):
                _not_plain[(info.st_dev, info.st_ino)] = known
    except OSError:
        return False
    return known and info.st_size >= _PAGE and info.st_size % _PAGE == 0


def unlock(passphrase: str) -> None:
    """Hold the passphrase in memory for this process (checked when a file is opened)."""
    global _passphrase
    _passphrase = checked(passphrase)


def forget() -> None:
    global _passphrase
    _passphrase = None
    _raw_keys.clear()
    _salts.clear()


def has_passphrase() -> bool:
    return _passphrase is not None


def checked(passphrase: str) -> str:
    if not passphrase:
        raise UserError("the passphrase is empty; choose one with at least one character")
    if "\x00" in passphrase:
        raise UserError("the passphrase cannot hold a NUL character")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8 arrive as lone surrogates
        raise UserError("the passphrase is not valid UTF-8 text; check the terminal's or "
                        "the variable's encoding (nothing was changed)") from None
    return passphrase


def passphrase() -> str:
    """The passphrase: in memory, else STILLPOINT_PASSPHRASE, else asked on a terminal."""
    global _passphrase
    if _passphrase is None:
        from_env = os.environ.get(ENV_PASSPHRASE)
        if from_env is not None:
            _passphrase = checked(from_env)
        elif sys.stdin is not None and sys.stdin.isatty():
            _passphrase = checked((ask or _getpass)("Passphrase: "))
        else:
            raise UserError(NEEDS_PASSPHRASE)
    return _passphrase


def new_passphrase(env: str = ENV_NEW_PASSPHRASE) -> str:
    """A new passphrase from `env`, or typed twice on a terminal."""
    from_env = os.environ.get(env)
    if from_env is not None:
        return checked(from_env)
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(f"set {env} or run from a terminal to choose the passphrase")
    prompt = ask or _getpass
    first = checked(prompt("New passphrase: "))
    if prompt("The same again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


def quoted(text: str) -> str:
    """A SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def driver() -> Any:
    import sqlcipher3.dbapi2 as dbapi2

    return dbapi2


def errors(kind: str = "Error", *, also: tuple[type[Exception], ...] = ()
           ) -> tuple[type[Exception], ...]:
    """The driver errors a caller must catch (kind: "Error" or "DatabaseError"): sqlite3's,
    and SQLCipher's once it is loaded; plus `also`."""
    found: list[type[Exception]] = [*also, getattr(sqlite3, kind)]
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    if loaded is not None:
        found.append(getattr(loaded, kind))
    return tuple(found)


def open_keyed(target: str | Path, key: str | None, *, path: Path | None = None,
               **options: Any) -> Any:
    """A sqlcipher3 connection with `key` set (None or "": a plain file), checked: a wrong
    key raises UserError("wrong passphrase") and the file is left untouched. `path` names
    the file when `target` is a URI."""
    raw = _raw_key(path or Path(target), key) if key else None
    if raw is not None:
        try:
            return _open_checked(target, f"\"x'{raw}'\"", **options)
        except UserError:
            pass  # not SQLCipher 4's defaults, or the wrong passphrase: ask SQLCipher itself
    return _open_checked(target, quoted(key) if key else None, **options)


def _open_checked(target: str | Path, key_literal: str | None, **options: Any) -> Any:
    conn = driver().connect(target, **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
        if key_literal is not None:
            conn.execute(f"PRAGMA key = {key_literal}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" and key_literal:
            raise UserError(WRONG, hint="nothing was changed") from None
        raise
    return conn


# SQLCipher 4's key derivation runs on every connection (~0.2 s of PBKDF2), and reads open
# a connection each. So the key derived for a file's salt (its first 16 bytes) is kept in
# memory, like the passphrase, and given as a raw key: the same key, without the wait.
_KDF = ("sha512", 256_000, 32)
_raw_keys: dict[tuple[str, bytes], str] = {}


def _raw_key(path: Path, key: str) -> str | None:
    if not str(path).startswith("file:") and looks_encrypted(path):
        salt = _salt(path)
        if salt is None:
            return None
        if (key, salt) not in _raw_keys:
            import hashlib

            name, rounds, size = _KDF
            _raw_keys[(key, salt)] = hashlib.pbkdf2_hmac(
                name, key.encode(), salt, rounds, size).hex()
        return _raw_keys[(key, salt)]
    return None


_salts: dict[tuple[int, int], bytes] = {}


def _salt(path: Path) -> bytes | None:
    """The file's first 16 bytes, read once per inode: like looks_encrypted, opening and
    closing the file at every connection would drop the POSIX locks this process's other
    SQLite connections hold on it (a rekey renames a new inode into place)."""
    try:
        info = path.stat()
        known = _salts.get((info.st_dev, info.st_ino))
        if known is None:
            with open(path, "rb") as f:
                known = f.read(16)
            if len(known) == 16:
                _salts[(info.st_dev, info.st_ino)] = known
    except OSError:
        return None
    return known


def connect(path: Path, target: str | Path | None = None, **options: Any) -> sqlite3.Connection:
    """Open the database file `path` (through `target`, e.g. a read-only URI, when given):
    the stdlib driver for a plain file, SQLCipher with the passphrase for an encrypted one."""
    where = path if target is None else target
    if not looks_encrypted(path):
        plain: sqlite3.Connection = sqlite3.connect(where, **options)
        return plain
    try:
        conn: sqlite3.Connection = open_keyed(where, passphrase(), path=path,
                                              **options)  # the same DB-API
        return conn
    except UserError:
        if getattr(sys.exc_info()[1], "message", "") == WRONG:
            forget()  # a mistyped passphrase may be typed again
        raise


def integrity_ok(path: Path, key: str | None) -> bool:
    try:
        with contextlib.closing(open_keyed(path, key)) as conn:
            row = conn.execute("PRAGMA integrity_check").fetchone()
    except errors(also=(UserError,)):
        return False
    return bool(row) and row[0] == "ok"


def connect_like(source: Path, target: str | Path, **options: Any) -> Any:
    """Open `target` (a new copy of `source`) the way `source` is kept: plain through the
    stdlib, or encrypted with the same passphrase, so SQLite's backup API can copy
    between them and a backup of an encrypted database is encrypted too."""
    if not looks_encrypted(source):
        return sqlite3.connect(target, **options)
    return open_keyed(target, passphrase(), **options)


def file_replaced() -> None:
    """A database or backup was swapped for a new file: read headers afresh (an inode
    number can be reused by the new file)."""
    _not_plain.clear()
    _salts.clear()
