"""`stillpoint encrypt`, `stillpoint rekey`, `stillpoint decrypt`: the passphrase on the data.

The passphrase comes from STILLPOINT_PASSPHRASE or a prompt on a terminal; rekey's new one
from STILLPOINT_NEW_PASSPHRASE or a prompt asked twice. It is never stored or logged.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from app.cli.parser import Commands, Parser
from app.errors import UserError

NO_RECOVERY = "If you forget the passphrase, nobody can recover your entries."


def register(commands: Commands, common: Parser) -> None:
    encrypt = commands.add_parser(
        "encrypt", parents=[common],
        help="encrypt the database and its backups with a passphrase (STILLPOINT_PASSPHRASE)")
    encrypt.set_defaults(handler=run_encrypt)
    rekey = commands.add_parser(
        "rekey", parents=[common],
        help="change the passphrase (the new one from STILLPOINT_NEW_PASSPHRASE)")
    rekey.set_defaults(handler=run_rekey)
    decrypt = commands.add_parser(
        "decrypt", parents=[common],
        help="store the database and its backups without encryption again")
    decrypt.set_defaults(handler=run_decrypt)


def _locate(args: argparse.Namespace, *, want_encrypted: bool) -> tuple[Path, Path]:
    """The database file and backups folder, refused early when the file is there in the
    wrong state (so nobody types a passphrase twice to hear "already encrypted")."""
    from app import paths
    from app.encryption.service import check_state, refuse_server
    from app.storage.database import sqlite_path

    location = paths.resolve(getattr(args, "data_dir", None), getattr(args, "database_url", None))
    path = refuse_server(sqlite_path(location.database_url))
    if path.is_file() and path.stat().st_size > 0:
        check_state(path, want_encrypted=want_encrypted)
    return path, location.backups_dir


def _open(args: argparse.Namespace, path: Path, *, want_encrypted: bool) -> None:
    """Open (and migrate) the data the usual way, then let go of it. Called once every
    passphrase is in hand and checked: a bad one then changes nothing in the folder."""
    from app.cli.common import open_from
    from app.encryption.service import check_state

    with open_from(args) as ctx:
        # Root could still write a file the user made read-only; the user's word stands.
        ctx.db.refuse_read_only()
    check_state(path, want_encrypted=want_encrypted)


def run_encrypt(args: argparse.Namespace) -> int:
    from app.encryption.service import change_key
    from app.storage import cipher

    path, backups = _locate(args, want_encrypted=False)
    key = cipher.new_passphrase(cipher.ENV_PASSPHRASE)
    _open(args, path, want_encrypted=False)
    outcome = change_key(path, backups, None, key, reason="before-encrypt")
    print(f"Encrypted {path}, and {_backups(outcome.converted)} with it.")
    print(NO_RECOVERY)
    _report_left(outcome.left)
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    from app.encryption.service import change_key
    from app.storage import cipher

    path, backups = _locate(args, want_encrypted=True)
    old = cipher.passphrase()
    with contextlib.closing(cipher.open_keyed(path, old)):
        pass  # a mistyped old passphrase is told before a new one is asked for
    new = cipher.new_passphrase(cipher.ENV_NEW_PASSPHRASE)
    if new == old:
        raise UserError("the new passphrase is the same as the old one; nothing was changed")
    _open(args, path, want_encrypted=True)
    outcome = change_key(path, backups, old, new, reason="before-rekey")
    print(f"Changed the passphrase of {path} and of {_backups(outcome.converted)}.")
    _report_left(outcome.left)
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from app.encryption.service import change_key
    from app.storage import cipher

    path, backups = _locate(args, want_encrypted=True)
    old = cipher.passphrase()
    _open(args, path, want_encrypted=True)
    outcome = change_key(path, backups, old, None, reason="before-decrypt")
    print(f"Decrypted {path} and {_backups(outcome.converted)}: they are plain SQLite again.")
    _report_left(outcome.left)
    return 0


def _backups(n: int) -> str:
    return "1 backup" if n == 1 else f"{n} backups"


def _report_left(left: list[Path]) -> None:
    if left:
        them = "it was" if len(left) == 1 else "they were"
        print(f"{_backups(len(left))} did not open with the passphrase and "
              f"{'was' if len(left) == 1 else 'were'} left as {them}:", file=sys.stderr)
        for path in left:
            print(f"  {path}", file=sys.stderr)
