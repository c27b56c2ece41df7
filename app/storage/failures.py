"""Storage failures a person can act on (full disk, read-only file, a busy, damaged or
foreign file, an unreachable server, a URL that is not one), turned into one StorageError
sentence each, from the stdlib sqlite3 driver and SQLCipher's alike (an encrypted database
fails the same ways and deserves the same words). Anything else stays a bug for the log."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import StorageError
from app.storage import cipher

# What to write instead of a URL SQLAlchemy cannot use.
URL_EXAMPLE = "postgresql+psycopg://user@host/name"
# Less free space than this on the database's disk turns a "disk I/O error" into "full".
LOW_SPACE_BYTES = 1 << 20
# Where a damaged database can come back from; only the CLI prints it.
RESTORE_HINT = "stillpoint backups lists the backups; stillpoint restore FILE brings one back"

def shown_url(url: str) -> str:
    """The URL as the user may see it: any password replaced by ***."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: show what was typed
        return url


def checked_url(url: str) -> Any:
    """The parsed URL, or a StorageError that says how to write one."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except ArgumentError:
        raise StorageError(f"the database URL '{url}' is not a URL SQLAlchemy knows; "
                           f"write it like {URL_EXAMPLE}") from None
    except NoSuchModuleError:
        raise StorageError(f"the database URL '{shown_url(url)}' names a kind of database "
                           f"SQLAlchemy does not know; write it like {URL_EXAMPLE}") from None
    except ImportError:
        pass  # the driver is missing: create_engine says which one
    if parsed.get_backend_name() != "sqlite" and not parsed.database:
        raise StorageError(f"the database URL '{shown_url(url)}' names no database; "
                           f"write it like {URL_EXAMPLE}")
    return parsed


def read_only_message(where: str) -> str:
    return (f"{where} is read-only, so nothing can be saved; "
            "make it writable again to save (nothing was changed)")


def full_message(where: str) -> str:
    return (f"the disk holding {where} is full; free some space and try again "
            "(nothing was changed)")


def _disk_nearly_full(where: str) -> bool:
    folder = Path(where)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        info = os.statvfs(folder)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < LOW_SPACE_BYTES


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException) and id(orig) not in seen:
            yield orig
            seen.add(id(orig))
        current = current.__cause__ or current.__context__


def storage_problem(exc: BaseException, where: str = "the database") -> StorageError | None:
    """A StorageError for failures the user can act on (full disk, read-only file,
    unreachable server); None for anything else, which stays a bug to log."""
    for item in _chain(exc):
        if isinstance(item, StorageError):
            return item
        # sqlcipher3 has its own exception classes (not sqlite3's), with the same names.
        if isinstance(item, cipher.errors()):
            name = getattr(item, "sqlite_errorname", "") or ""
            if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                return StorageError(_damaged_message(name, where), hint=RESTORE_HINT)
            message = _sqlite_problem(name, where)
        else:
            message = None
        if message is None and isinstance(item, OSError):
            message = _os_problem(item, where)
        if message is None:
            message = _server_problem(exc, item, where)
        if message is not None:
            return StorageError(message)
    return None


def _damaged_message(name: str, where: str) -> str:
    if name.startswith("SQLITE_NOTADB"):
        return (f"{where} cannot be read as a database: it is damaged, or not a Stillpoint "
                "file; it was left untouched, and a backup can bring your entries back")
    return (f"{where} is damaged (part of the file cannot be read); nothing was changed, "
            "and a backup can bring your entries back")


def _sqlite_problem(name: str, where: str) -> str | None:
    if name == "SQLITE_FULL":
        return full_message(where)
    if name.startswith("SQLITE_READONLY"):
        return read_only_message(where)
    if name.startswith("SQLITE_IOERR"):
        if _disk_nearly_full(where):
            return full_message(where)
        return (f"the disk failed while reading or writing {where} (disk I/O error); "
                "the file was left as it is, check the disk and try again")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return f"{where} is busy in another program; try again in a moment"
    if name.startswith("SQLITE_CANTOPEN"):
        return f"cannot open {where}; check that its folder exists and may be used"
    return None


def _os_problem(exc: OSError, where: str) -> str | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return full_message(where)
    if exc.errno == errno.EROFS:
        return read_only_message(where)
    return None


def _server_problem(outer: BaseException, item: BaseException, where: str) -> str | None:
    """A database server that cannot be reached (SQLAlchemy's connect-time error)."""
    if type(outer).__name__ != "OperationalError" or getattr(outer, "statement", "") is not None:
        return None
    if type(item).__module__.split(".")[0] in ("sqlalchemy", "sqlite3", "sqlcipher3"):
        return None
    text = str(item)
    host = _server_address(where, text)
    lowered = text.lower()
    if "connection refused" in lowered:
        reason = "connection refused"
    elif "timeout" in lowered or "timed out" in lowered:
        reason = "the connection timed out"
    elif "password authentication failed" in lowered or "authentication" in lowered:
        return f"the database server at {host} refused the login; check the user and password"
    elif "does not exist" in lowered:
        return f"the database server at {host} says: {text.splitlines()[0].split(':')[-1].strip()}"
    else:
        reason = text.splitlines()[0].removeprefix("connection failed: ").strip() or "no answer"
    return f"cannot reach the database server at {host}: {reason}"


def _server_address(where: str, text: str) -> str:
    import re

    found = re.search(r'server at "([^"]+)", port (\d+)', text) or re.search(
        r'server on socket "([^"]+)"', text)
    if found is not None:
        return ":".join(found.groups())
    try:
        from sqlalchemy.engine import make_url

        url = make_url(where)
        return f"{url.host or 'localhost'}:{url.port}" if url.port else (url.host or where)
    except Exception:
        return where
