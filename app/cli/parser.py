"""Argument parsing: one clear line on stderr and exit 2 for any bad input."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from app import __version__


class UsageError(Exception):
    """Raised instead of argparse printing usage and exiting."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _int_in(name: str, low: int, high: int):
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{name} must be a whole number from {low} to {high}, not '{text}'"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} must be from {low} to {high}, not {value}")
        return value

    return convert


def _location_options() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep the database, backups and logs in DIR")
    common.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                        help="use any SQLAlchemy database URL instead of the local file")
    return common


def build_parser() -> Parser:
    common = _location_options()
    parser = Parser(prog="stillpoint", parents=[common],
                    description="A calm companion for breathing, meditation and a mood log.")
    parser.add_argument("--version", action="version", version=f"stillpoint {__version__}")
    parser.add_argument("--quit-after-startup", action="store_true",
                        help="quit once the window is painted with its data (smoke test)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, visit every page, exit 0 if all went well")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    mood = commands.add_parser("mood", help="add or list mood check-ins", parents=[common])
    mood_cmds = mood.add_subparsers(dest="mood_command", metavar="ACTION", parser_class=Parser,
                                    required=True)
    add = mood_cmds.add_parser("add", help="record how you feel", parents=[common])
    add.add_argument("--pleasantness", required=True, type=_int_in("pleasantness", -5, 5),
                     metavar="N", help="-5 (very unpleasant) to 5 (very pleasant)")
    add.add_argument("--energy", required=True, type=_int_in("energy", -5, 5),
                     metavar="N", help="-5 (very low) to 5 (very high)")
    add.add_argument("--note", help="a few words about the moment")
    add.add_argument("--at", metavar="ISO-8601",
                     help="when (default now); without an offset, local time is meant")
    lst = mood_cmds.add_parser("list", help="list check-ins", parents=[common])
    lst.add_argument("--since", metavar="DATE", help="only from this local day on (YYYY-MM-DD)")
    lst.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    return parser


def fail(message: str) -> int:
    print(f"stillpoint: {message}", file=sys.stderr)
    return 2
