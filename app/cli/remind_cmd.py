"""`stillpoint remind list|add|remove`: reminders to check in or breathe, for scripts."""

from __future__ import annotations

import argparse

from app.cli.common import open_from, print_json
from app.cli.parser import Commands, Parser, add_actions, add_list_action, int_in
from app.errors import UserError
from app.limits import REMINDER_EVERY_MAX, REMINDER_EVERY_MIN
from app.reminders.service import parse_hhmm, validate
from app.reminders.types import ALL_WEEKDAYS, KINDS, WORKDAYS, ReminderDraft


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "remind", "list, add or remove reminders")
    add_list_action(actions, common, "list reminders", remind_list)
    add = actions.add_parser("add", help="add a reminder", parents=[common])
    add.add_argument("--kind", choices=KINDS, default="checkin",
                     help="what the reminder asks for (default checkin)")
    add.add_argument("--pattern", metavar="KEY",
                     help="a breathing pattern for --kind breathe (`stillpoint breathe list`)")
    add.add_argument("--time", action="append", default=[], metavar="HH:MM",
                     help="a time of day (repeatable)")
    add.add_argument("--every", type=int_in("every", REMINDER_EVERY_MIN, REMINDER_EVERY_MAX),
                     metavar="N", help="every N hours between --from and --to")
    add.add_argument("--from", dest="window_from", metavar="HH:MM", help="window start")
    add.add_argument("--to", dest="window_to", metavar="HH:MM", help="window end")
    add.add_argument("--weekdays", action="store_true", help="Monday to Friday only")
    add.add_argument("--json", action="store_true", help="print the new reminder as JSON")
    add.set_defaults(handler=remind_add)
    remove = actions.add_parser("remove", help="remove a reminder", parents=[common])
    remove.add_argument("id", type=int_in("id", 1, 10**6), metavar="ID")
    remove.add_argument("--json", action="store_true", help="print the removed one as JSON")
    remove.set_defaults(handler=remind_remove)


def _draft(args: argparse.Namespace) -> ReminderDraft:
    if (args.window_from or args.window_to) and not args.every:
        raise UserError("--from and --to go with --every N")
    return ReminderDraft(
        kind=args.kind, pattern=args.pattern,
        times=tuple(parse_hhmm(t) for t in args.time), every_hours=args.every,
        window_start=parse_hhmm(args.window_from) if args.window_from else None,
        window_end=parse_hhmm(args.window_to) if args.window_to else None,
        weekdays=WORKDAYS if args.weekdays else ALL_WEEKDAYS)


def remind_add(args: argparse.Namespace) -> int:
    draft = _draft(args)
    validate(draft)  # before the data is opened, so bad input touches nothing
    with open_from(args) as ctx:
        reminder = ctx.reminders.add(draft)
    if args.json:
        print_json(reminder.to_json())
    else:
        print(f"Added reminder {reminder.id}: {reminder.describe()}.")
    return 0


def remind_list(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        reminders = ctx.reminders.all()
        paused = ctx.reminders.paused_until()
    if args.json:
        print_json({"reminders": [r.to_json() for r in reminders],
                    "paused_until": paused.isoformat() if paused else None})
        return 0
    if not reminders:
        print("No reminders yet. Add one with `stillpoint remind add --time 09:00`.")
    for reminder in reminders:
        print(f"{reminder.id}  {reminder.describe()}")
    return 0


def remind_remove(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        reminder = ctx.reminders.remove(args.id)
    if args.json:
        print_json(reminder.to_json())
    else:
        print(f"Removed reminder {reminder.id}.")
    return 0
