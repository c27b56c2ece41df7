"""`stillpoint therapy list|flag|unflag|next|held`: what to bring to the next session."""

from __future__ import annotations

import argparse

from app.cli.common import open_from, parsed, print_json
from app.cli.listing import visible
from app.cli.parser import Commands, Parser, add_actions, add_list_action, int_in
from app.limits import THERAPY_KINDS
from app.therapy.service import check_kind
from app.therapy.types import Flag, TherapySession
from app.timeutil import parse_day

ID_MAX = 2**63 - 1


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "therapy", "what to bring to your next therapy session")
    add_list_action(actions, common, "the next session and past ones", therapy_list)
    flag = actions.add_parser("flag", help="bring an item to the next session", parents=[common])
    flag.add_argument("kind", metavar="KIND", help=", ".join(THERAPY_KINDS))
    flag.add_argument("item_id", metavar="ID", type=int_in("the id", 1, ID_MAX),
                      help="the item's id (as `mood list`, `regulate list` and so on show it)")
    flag.add_argument("--note", help="why you want to bring it")
    flag.set_defaults(handler=therapy_flag)
    unflag = actions.add_parser("unflag", help="take a flag off", parents=[common])
    unflag.add_argument("flag_id", metavar="FLAG_ID", type=int_in("the flag id", 1, ID_MAX))
    unflag.set_defaults(handler=therapy_unflag)
    nxt = actions.add_parser("next", help="set the date of the next session", parents=[common])
    when = nxt.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the next session")
    when.add_argument("--clear", action="store_true", help="no date set")
    nxt.set_defaults(handler=therapy_next)
    held = actions.add_parser("held", help="note the session as held: what you worked on",
                              parents=[common])
    held.add_argument("--worked-on", required=True, metavar="TEXT",
                      help="what you worked on together")
    held.add_argument("--homework", metavar="TEXT", help="anything to try before the next one, "
                      "one task a line")
    held.set_defaults(handler=therapy_held)


def _flag_line(flag: Flag) -> str:
    note = f"  ({flag.note})" if flag.note else ""
    return visible(f"  flag {flag.id}  {flag.day.isoformat()}  {flag.kind_name}: "
                   f"{flag.summary}{note}")


def _session_lines(session: TherapySession) -> list[str]:
    day = session.on_day.isoformat() if session.on_day else "no date"
    lines = [f"Session on {day}", visible(f"  worked on: {session.worked_on}")]
    lines += [visible(f"  homework: {line}") for line in session.homework_lines]
    return lines + [_flag_line(f) for f in session.items]


def therapy_list(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        coming = ctx.therapy.next_session()
        past = ctx.therapy.past_sessions()
    if args.json:
        print_json({"next_session": coming.to_json(), "past_sessions": [s.to_json() for s in past]})
        return 0
    day = coming.on_day.isoformat() if coming.on_day else "no date set"
    print(f"Next session: {day}")
    for flag in coming.items:
        print(_flag_line(flag))
    if not coming.items:
        print("  Nothing flagged yet.")
    for session in past:
        print("\n".join(_session_lines(session)))
    return 0


def therapy_flag(args: argparse.Namespace) -> int:
    check_kind(args.kind)  # before the data is opened: a typo writes nothing
    with open_from(args) as ctx:
        flag = ctx.therapy.flag(args.kind, args.item_id, note=args.note)
    print(f"Flag {flag.id}: bringing {flag.kind_name} {flag.item_id} to the next session.")
    return 0


def therapy_unflag(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        flag = ctx.therapy.unflag(args.flag_id)
    print(f"Took flag {flag.id} off.")
    return 0


def therapy_next(args: argparse.Namespace) -> int:
    day = None if args.clear else parsed(parse_day, args.date)
    with open_from(args) as ctx:
        ctx.therapy.set_next_session_day(day)
    print(f"Next session: {day.isoformat()}." if day else "The next session has no date now.")
    return 0


def therapy_held(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        session = ctx.therapy.record_session(args.worked_on, args.homework)
    print(f"Noted the session of {session.on_day}, with {len(session.items)} item(s) brought.")
    return 0
