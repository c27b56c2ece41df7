"""Argument parsing: one clear line on stderr and exit 2 for any bad input."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeAlias, TypeVar

from app import __version__

# Each module has register(commands, common): it adds its sub-command and sets `handler`.
COMMAND_MODULES = ("app.cli.mood_cmd", "app.cli.regulate_cmd", "app.cli.vocab_cmd",
                   "app.cli.breathe_cmd", "app.cli.stats_cmd",
                   "app.cli.report_cmd", "app.cli.demo_cmd", "app.cli.guided_cmd",
                   "app.cli.crisis_cmd", "app.cli.journal_cmd", "app.cli.goal_cmd",
                   "app.cli.assess_cmd", "app.cli.therapy_cmd",
                   "app.cli.backup_cmd", "app.cli.remind_cmd",
                   "app.cli.exchange_cmd", "app.cli.encrypt_cmd", "app.cli.lock_cmd")
# What register() receives: the group each sub-command's parser is added to.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


class UsageError(Exception):
    """Raised instead of argparse printing usage and exiting."""


# Largest id a database row can have (SQLite and PostgreSQL BIGINT); beyond it the
# driver overflows instead of finding nothing.
MAX_ID = 2**63 - 1

# What to give an option, by its metavar, when its value came empty.
_WANTED = {"DIR": "a folder", "URL": "a database URL", "DATE": "a date such as 2026-11-27",
           "ISO-8601": "a date and time such as 2026-11-27T08:30", "FILE": "a file name",
           "FILE.pdf": "a file name ending in .pdf", "N": "a number", "HOURS": "a number",
           "ID": "an id", "TEXT": "some text", "NAME": "a name", "TAG": "a tag",
           "LIST": "a comma-separated list", "WHAT": "a word", "KEY": "a script key",
           "HH:MM": "a time such as 09:30"}


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # "argument --energy: energy must be ..." says the name twice; keep the clear part.
        match = re.match(r"argument (?:--)?([\w-]+): (.*)", message)
        if match and match.group(2).startswith(
                (match.group(1).replace("-", " "), f"--{match.group(1)}")):
            message = match.group(2)
        raise UsageError(message)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        # Every option that takes a value refuses an empty one and undecodable bytes:
        # `--at ""` or `--data-dir "$UNSET"` must not quietly mean "now" or "the default".
        takes_value = kwargs.get("action", "store") in ("store", "append")
        flags = [a for a in args if isinstance(a, str) and a.startswith("--")]
        if takes_value and flags:
            metavar = kwargs.get("metavar")
            wanted = (" and ".join(_WANTED.get(str(m), str(m)) for m in metavar)
                      if isinstance(metavar, tuple) else _WANTED.get(str(metavar), "a value"))
            kwargs["type"] = _checked_text(flags[0], wanted, kwargs.get("type"))
        return super().add_argument(*args, **kwargs)


def _checked_text(option: str, wanted: str, convert: Callable[[str], Any] | None
                  ) -> Callable[[str], Any]:
    """An argparse type that refuses an empty or non-UTF-8 value, then does `convert`."""

    def check(text: str) -> Any:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{option} is empty; give {wanted}")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            # Bytes that are not UTF-8 arrive as lone surrogates; they cannot be stored.
            raise argparse.ArgumentTypeError(
                f"{option} is not valid UTF-8 text; type it again or check the "
                "terminal's character encoding") from None
        return text if convert is None else convert(text)

    # argparse names a failed type by its __name__ ("invalid int value"), so keep it.
    check.__name__ = getattr(convert, "__name__", "str")
    return check


def add_actions(commands: Commands, common: Parser, name: str, help: str) -> Commands:
    """A sub-command whose next word is an ACTION (`mood add`, `mood list`): the group
    each action's parser is added to."""
    command = commands.add_parser(name, help=help, parents=[common])
    return command.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                  required=True)


def add_list_action(actions: Commands, common: Parser, help: str,
                    handler: Callable[[argparse.Namespace], int]) -> Parser:
    """The `list` action of a sub-command: its items as lines, or with --json as one
    document. A list that can be narrowed adds its options to the parser returned."""
    lst = actions.add_parser("list", help=help, parents=[common])
    lst.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    lst.set_defaults(handler=handler)
    return lst


def int_in(name: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in [low, high], with a plain message otherwise."""
    return _number_in(name, low, high, int, "a whole number", "")


def number_in(name: str, low: float, high: float, *, unit: str = "",
              above: bool = False) -> Callable[[str], float]:
    """An argparse type: a number in [low, high] that may have a fraction ("7.5" hours);
    `unit` ("hours") is named in the messages. above=True leaves `low` itself out
    ("more than 0"), for a length where none at all means nothing to do."""
    return _number_in(name, low, high, float, f"a number of {unit}" if unit else "a number",
                      f" {unit}" if unit else "", above=above)


N = TypeVar("N", int, float)


def _number_in(name: str, low: N, high: N, convert: Callable[[str], N], kind: str,
               unit: str, *, above: bool = False) -> Callable[[str], N]:
    span = f"more than {low} and at most {high}" if above else f"from {low} to {high}"

    def checked(text: str) -> N:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{name} must be {kind} {span}, not '{text}'") from None
        inside = low < value <= high if above else low <= value <= high
        if not inside:  # NaN is never inside
            # A whole number is echoed as read; a fraction as typed ("7.50", not 7.5).
            shown = value if isinstance(value, int) else text
            raise argparse.ArgumentTypeError(f"{name} must be {span}{unit}, not {shown}")
        return value

    return checked


def location_options() -> Parser:
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
    parser.add_argument("--hidden", action="store_true",
                        help="start in the tray without opening the window (autostart)")
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
