"""Argument parsing: one clear line on stderr and exit 2 for any bad input."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable
from typing import NoReturn

from app import __version__

# Each module has register(commands, common): it adds its sub-command and sets `handler`.
COMMAND_MODULES = ("app.cli.mood_cmd", "app.cli.regulate_cmd", "app.cli.vocab_cmd",
                   "app.cli.breathe_cmd", "app.cli.stats_cmd",
                   "app.cli.report_cmd", "app.cli.demo_cmd", "app.cli.guided_cmd")


class UsageError(Exception):
    """Raised instead of argparse printing usage and exiting."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # "argument --energy: energy must be ..." says the name twice; keep the clear part.
        match = re.match(r"argument (?:--)?([\w-]+): (.*)", message)
        if match and match.group(2).startswith(match.group(1).replace("-", " ")):
            message = match.group(2)
        raise UsageError(message)


def int_in(name: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in [low, high], with a plain message otherwise."""

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


def location_options() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep the database, backups and logs in DIR")
    common.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS,
                        help="use any SQLAlchemy database URL instead of the local file")
    return common


# Options of the window itself that take a value; anything else bare names a command.
_VALUE_OPTIONS = ("--data-dir", "--database-url")


def wants_command(args: list[str]) -> bool:
    """True when args name a sub-command (or ask for help listing them).

    Opening the window needs only the window's options, so start-up skips importing
    every command module (and the services they use) when no command is named.
    """
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
        elif arg in _VALUE_OPTIONS:
            skip_next = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def build_parser(*, with_commands: bool = True) -> Parser:
    common = location_options()
    parser = Parser(prog="stillpoint", parents=[common],
                    description="A calm companion for breathing, meditation and a mood log.")
    parser.add_argument("--version", action="version", version=f"stillpoint {__version__}")
    parser.add_argument("--quit-after-startup", action="store_true",
                        help="quit once the window is painted with its data (smoke test)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window, visit every page, exit 0 if all went well")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, common)
    return parser


def fail(message: str) -> int:
    print(f"stillpoint: {message}", file=sys.stderr)
    return 2
