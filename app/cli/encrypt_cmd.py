"""`stillpoint encrypt`, `stillpoint rekey`, `stillpoint decrypt`: the passphrase on the data.

The passphrase comes from STILLPOINT_PASSPHRASE or a prompt on a terminal; rekey's new one
from STILLPOINT_NEW_PASSPHRASE or a prompt asked twice. It is never stored or logged.
"""

from __future__ import annotations

import argparse
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


def _open(args: argparse.Namespace, *, want_encrypted: bool) -> tuple[Path, Path]:
    """Open (and migrate) the data the usual way, then let go of it: (path, backups)."""
    from app import paths
    from app.cli.common import open_from
    from app.encryption.service import check_state, refuse_server
    from app.storage.database import sqlite_path

    location = paths.resolve(getattr(args, "data_dir", None), getattr(args, "database_url", None))
    path = refuse_server(sqlite_path(location.database_url))
    if path.is_file() and path.stat().st_size > 0:
        check_state(path, want_encrypted=want_encrypted)
    with open_from(args):
        pass  # a new folder gets its database; an older one is upgraded first
    check_state(path, want_encrypted=want_encrypted)
    return path, location.backups_dir


def run_encrypt(args: argparse.Namespace) -> int:
    from app.encryption.service import change_key
    from app.storage import cipher

    path, backups = _open(args, want_encrypted=False)
    key = cipher.new_passphrase(cipher.ENV_PASSPHRASE)
    outcome = change_key(path, backups, None, key, reason="before-encrypt")
    print(f"Encrypted {path}, and {_backups(outcome.converted)} with it.")
    print(NO_RECOVERY)
    _report_left(outcome.left)
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    from app.encryption.service import change_key
    from app.storage import cipher

    path, backups = _open(args, want_encrypted=True)
    old = cipher.passphrase()
    new = cipher.new_passphrase(cipher.ENV_NEW_PASSPHRASE)
    if new == old:
        raise UserError("the new passphrase is the same as the old one; nothing was changed")
    outcome = change_key(path, backups, old, new, reason="before-rekey")
    print(f"Changed the passphrase of {path} and of {_backups(outcome.converted)}.")
    _report_left(outcome.left)
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from app.encryption.service import change_key
    from app.storage import cipher

    path, backups = _open(args, want_encrypted=True)
    outcome = change_key(path, backups, cipher.passphrase(), None,
                         reason="before-decrypt")
    print(f"Decrypted {path} and {_backups(outcome.converted)}: they are plain SQLite again.")
    _report_left(outcome.left)
    return 0


def _backups(n: int) -> str:
    return "1 backup" if n == 1 else f"{n} backups"


def _report_left(left: list[Path]) -> None:
    if left:
        print(f"{_backups(len(left))} did not open with the passphrase and were left as they "
              "were:", file=sys.stderr)
        for path in left:
            print(f"  {path}", file=sys.stderr)
