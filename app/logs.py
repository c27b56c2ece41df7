"""Logging to <data dir>/logs, so a traceback goes to a file and never to the user.

Nothing the user wrote may reach a log: an exception's message can quote it (a database
error repeats the statement's values, a ValueError the text it could not parse), so a
logged exception keeps its type and its frames and loses its message. Logs live only in
the data folder (0700, files 0600); when that cannot be used, nothing is logged.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import logging
import os
import stat
import traceback
from pathlib import Path
from types import TracebackType

from app import paths

LOG_NAME = "stillpoint.log"
WITHHELD = "(message withheld: it may quote what you wrote)"


def log_dir_for(data_dir: str | None) -> Path | None:
    """<data dir>/logs made private, or None when it cannot be used."""
    try:
        logs = paths.resolve(data_dir).logs_dir
        logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        if logs.is_symlink() or not logs.is_dir():
            return None
        mode = stat.S_IMODE(logs.stat().st_mode)
        if mode & 0o077:  # only ever take permissions away
            os.chmod(logs, mode & ~0o077)
        if not (os.access(logs, os.W_OK | os.X_OK) and mode & stat.S_IWUSR):
            return None
        return logs
    except OSError:
        return None


def _open_private(target: Path) -> int:
    """The log file opened for appending, created 0600 whatever the umask; never through a
    symlink."""
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0),
                 0o600)
    mode = stat.S_IMODE(os.fstat(fd).st_mode)
    if mode & 0o077:
        os.fchmod(fd, mode & ~0o077)
    return fd


def safe_summary(exc: BaseException) -> str:
    """An exception without its message: the type, and codes that hold no user data."""
    name = f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("builtins.")
    details = []
    for item in (exc, getattr(exc, "orig", None)):
        if isinstance(item, OSError) and item.errno is not None:
            details.append(errno.errorcode.get(item.errno, str(item.errno)))
        for attribute in ("sqlite_errorname", "sqlstate"):
            value = getattr(item, attribute, None)
            if isinstance(value, str) and value:
                details.append(value)
    if getattr(exc, "orig", None) is not None:
        details.insert(0, type(exc.orig).__qualname__)  # type: ignore[attr-defined]
    extra = f" [{', '.join(details)}]" if details else ""
    return f"{name}{extra}: {WITHHELD}"


def redacted_traceback(exc: BaseException) -> str:
    """Like traceback.format_exception, chained exceptions included, with every message
    replaced by safe_summary."""
    blocks: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.format_list(traceback.extract_tb(current.__traceback__))
        head = "Traceback (most recent call last):\n" if frames else ""
        blocks.append(f"{head}{''.join(frames)}{safe_summary(current)}\n{link}")
        if current.__cause__ is not None:
            link, current = "\nThe above exception was the direct cause of:\n\n", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, current = "\nDuring handling of the above exception:\n\n", current.__context__
        else:
            current = None
    return "".join(reversed(blocks))


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback text on the record already.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]
                        | tuple[None, None, None]) -> str:
        return redacted_traceback(ei[1]).rstrip("\n") if ei[1] is not None else ""


class _PrivateFileHandler(logging.FileHandler):
    def _open(self) -> io.TextIOWrapper:
        return os.fdopen(_open_private(Path(self.baseFilename)), "a", encoding="utf-8")


def setup_file_logging(logs_dir: Path) -> bool:
    """Send log records to <data dir>/logs; False (and no logging) when it cannot be used."""
    usable = log_dir_for(str(logs_dir.parent))
    if usable is None:
        return False
    handler = _PrivateFileHandler(usable / LOG_NAME, encoding="utf-8", delay=True)
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return True


def log_exception(args: object, exc: BaseException) -> Path | None:
    """Write the exception, redacted, to the log; the log's path, or None if nothing was
    written (never anywhere outside the data folder)."""
    logs = log_dir_for(getattr(args, "data_dir", None))
    if logs is None:
        return None
    target = logs / LOG_NAME
    try:
        with os.fdopen(_open_private(target), "a", encoding="utf-8") as f:
            stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
            f.write(f"{stamp} ERROR unexpected error\n{redacted_traceback(exc)}")
    except OSError:
        return None
    return target
