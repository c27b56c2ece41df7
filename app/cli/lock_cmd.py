"""`stillpoint lock status` and `stillpoint lock off`: see, or remove, the app lock.

The app lock is a screen in front of the window, not encryption: the entries stay readable
to anyone who can run commands as this user. So a forgotten PIN or passphrase is removed
here without it, after a "yes". Encryption at rest (`stillpoint encrypt`) is what protects
the data itself; on an encrypted database this command needs that passphrase first.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import open_from, print_json
from app.cli.parser import Commands, Parser, add_actions
from app.errors import UserError
from app.lock.types import LockState, noun

if TYPE_CHECKING:
    from app.context import AppContext
    from app.lock.service import LockService

SCREEN_NOT_ENCRYPTION = ("The app lock is a screen in front of the window, not encryption: "
                         "anyone who can run commands as you can remove it.")


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "lock",
                          "see or remove the app lock (a screen, not encryption)")
    status = actions.add_parser("status", parents=[common],
                                help="say whether an app lock is set")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=run_status)
    off = actions.add_parser(
        "off", parents=[common],
        help="remove the app lock without its PIN or passphrase (for a forgotten one); "
             "the lock is a screen, not encryption, so this needs no secret",
        description=SCREEN_NOT_ENCRYPTION)
    off.add_argument("--yes", action="store_true",
                     help="remove it without asking (needed when not at a terminal)")
    off.set_defaults(handler=run_off)


def _service(args: argparse.Namespace) -> tuple[AppContext, LockService]:
    from app.lock.service import LockService

    ctx = open_from(args)
    return ctx, LockService(ctx.settings, ctx.hub)


def describe(state: LockState) -> str:
    if not state.is_set:
        return "No app lock is set."
    idle = (f"after {state.idle_minutes} idle minute{'s' if state.idle_minutes != 1 else ''}"
            if state.idle_minutes else "not after idle time")
    return (f"An app lock is set with a {noun(state.kind)}. The window locks when it starts "
            f"and {idle}.")


def run_status(args: argparse.Namespace) -> int:
    ctx, lock = _service(args)
    with ctx:
        state = lock.state()
    if args.json:
        print_json({"lock": state.kind, "idle_minutes": state.idle_minutes})
    else:
        print(describe(state))
    return 0


def _confirmed(kind_noun: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError("removing the app lock needs --yes when no one is at a terminal "
                        "to answer")
    print(SCREEN_NOT_ENCRYPTION)
    try:
        answer = input(f"Remove the app lock and its {kind_noun}? Type yes to go on: ")
    except EOFError:
        answer = ""
    return answer.strip().lower() == "yes"


def run_off(args: argparse.Namespace) -> int:
    ctx, lock = _service(args)
    with ctx:
        state = lock.state()
        if not state.is_set:
            print("There is no app lock to remove.")
            return 0
        if not args.yes and not _confirmed(noun(state.kind)):
            raise UserError("the app lock was kept; answer yes to remove it")
        lock.forget_lock()
    print(f"The app lock is off. Stillpoint opens without a {noun(state.kind)} now; you can "
          "set a new lock in Settings > App lock.")
    return 0
