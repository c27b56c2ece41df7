"""Where the CLI gets an export's passphrase: the environment, else a terminal prompt."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping

from app.errors import UserError

ENV = "STILLPOINT_EXPORT_PASSPHRASE"
Ask = Callable[[str], str]
_HOW = f"set {ENV}, or run the command in a terminal to type it"


def _terminal_ask() -> Ask | None:
    return getpass.getpass if sys.stdin.isatty() else None


def _given_or_asker(environ: Mapping[str, str] | None, ask: Ask | None, missing: str
                    ) -> str | Ask:
    """The passphrase from the environment, else how to ask for it on a terminal; a
    UserError (`missing`, with how to give one) when neither is there."""
    given = (os.environ if environ is None else environ).get(ENV)
    if given:
        return usable(given)
    ask = ask or _terminal_ask()
    if ask is None:
        raise UserError(missing, hint=_HOW)
    return ask


def usable(passphrase: str) -> str:
    """The passphrase, or a UserError when it cannot be turned into bytes the same way on
    every machine (bytes that are not UTF-8 arrive from the environment as lone surrogates)."""
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise UserError("the passphrase is not valid UTF-8 text; check the terminal's or the "
                        "variable's encoding (nothing was changed)") from None
    return passphrase


def for_export(environ: Mapping[str, str] | None = None, ask: Ask | None = None) -> str:
    """A new passphrase: from the environment, or typed twice on a terminal."""
    found = _given_or_asker(environ, ask, "no passphrase to encrypt the export with")
    if isinstance(found, str):
        return found
    first = usable(found("Passphrase for the export: "))
    if not first:
        raise UserError("the passphrase is empty; nothing was exported")
    if found("The same passphrase again: ") != first:
        raise UserError("the two passphrases differ; nothing was exported")
    return first


def for_import(name: str, environ: Mapping[str, str] | None = None,
               ask: Ask | None = None) -> str:
    """The passphrase of an encrypted export: from the environment, or typed once."""
    found = _given_or_asker(environ, ask, f"{name} is encrypted and no passphrase was given")
    return found if isinstance(found, str) else usable(found(f"Passphrase for {name}: "))


def file_is_encrypted(path: os.PathLike[str] | str) -> bool:
    """Whether the file starts like an encrypted export (False for anything unreadable:
    the import then says what is wrong with it)."""
    from app.exchange.crypto import MAGIC

    try:
        return _head(path, len(MAGIC)) == MAGIC
    except OSError:
        return False


def _head(path: os.PathLike[str] | str, size: int) -> bytes:
    """The first bytes of a regular file, opened without blocking (a pipe never answers)."""
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, size)
    finally:
        os.close(fd)
