"""Writing an export safely and reading an import file without surprises."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import UserError
from app.exchange.crypto import EncryptingWriter, Seal
from app.storage.database import user_may_write

# The largest file an import reads; a real export of years of entries is a few megabytes.
MAX_IMPORT_BYTES = 200 * 1024 * 1024


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """A binary stream that becomes `path` only when the block ends without an error.

    The data is written to a temporary file (0600: an export is the user's whole log, in
    plain text) in the same folder, then moved into place, so a failed export never
    leaves half a file. Anything at `path` that is not a regular file is refused."""
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise UserError(f"{path} is not a regular file (it is a folder, device or pipe); "
                        "give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if folder.is_dir() and not user_may_write(folder):
        # Root could still write there; a folder the user made read-only means "not here".
        raise UserError(f"the folder {folder} is read-only; choose another place "
                        "(nothing was written)")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write in {folder}: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def export_stream(path: Path, seal: Seal | None = None) -> Iterator[BinaryIO]:
    """`replacing(path)`, encrypted in chunks as it is written when a seal is given."""
    with replacing(path) as raw:
        if seal is None:
            yield raw
            return
        writer = EncryptingWriter(raw, seal)
        yield writer  # type: ignore[misc]  # a write-only BinaryIO, as zipfile and io need
        writer.finish()


def read_import_file(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; UserError otherwise.

    As for guided scripts: a pipe would block forever and /dev/zero never ends, so the
    file is opened without blocking and checked on the open descriptor before any read."""
    too_big = f"{path} is larger than {limit // (1024 * 1024)} MB; this is not an export"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{path} is not a regular file (it is a folder, device or pipe); "
                            "give an export file")
        if info.st_size > limit:
            raise UserError(too_big)
    except BaseException:
        os.close(fd)
        raise
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise UserError(too_big)
    return data
