"""`stillpoint mood add|list`."""

from __future__ import annotations

import argparse

from app.cli.common import open_from, parsed, print_json
from app.cli.parser import Parser, int_in
from app.mood.vocabulary import parse_rating
from app.timeutil import parse_day, parse_moment


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    mood = commands.add_parser("mood", help="add or list mood check-ins", parents=[common])
    actions = mood.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                  required=True)
    add = actions.add_parser("add", help="record how you feel", parents=[common])
    add.add_argument("--pleasantness", required=True, type=int_in("pleasantness", -5, 5),
                     metavar="N", help="-5 (very unpleasant) to 5 (very pleasant)")
    add.add_argument("--energy", required=True, type=int_in("energy", -5, 5),
                     metavar="N", help="-5 (very low) to 5 (very high)")
    add.add_argument("--emotion", action="append", default=[], metavar="WORD:INTENSITY",
                     help="an emotion word and how strong it is, 0-10 (repeatable); "
                          "`stillpoint vocab` lists the words")
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="what you were doing, who with, where (repeatable); a new tag is "
                          "written activity:NAME, person:NAME or place:NAME")
    add.add_argument("--sleep", type=hours, metavar="HOURS",
                     help="hours slept last night, 0-24")
    add.add_argument("--note", help="a few words about the moment")
    add.add_argument("--at", metavar="ISO-8601",
                     help="when (default now); without an offset, local time is meant")
    add.set_defaults(handler=mood_add)
    lst = actions.add_parser("list", help="list check-ins", parents=[common])
    lst.add_argument("--since", metavar="DATE", help="only from this local day on (YYYY-MM-DD)")
    lst.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    lst.set_defaults(handler=mood_list)


def hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"sleep must be a number of hours from 0 to 24, not '{text}'") from None
    if not 0 <= value <= 24:
        raise argparse.ArgumentTypeError(f"sleep must be from 0 to 24 hours, not {text}")
    return value


def mood_add(args: argparse.Namespace) -> int:
    at = parsed(parse_moment, args.at) if args.at else None
    # Checked before the database is opened, so a typo writes nothing.
    emotions = [(word, values[0]) for word, values in (parse_rating(e) for e in args.emotion)]
    with open_from(args) as ctx:
        entry = ctx.mood.add_checkin(
            pleasantness=args.pleasantness, energy=args.energy, note=args.note, at=at,
            emotions=emotions, tags=args.tag, sleep_hours=args.sleep,
        )
    print(f"Saved check-in {entry.id} for {entry.local_day.isoformat()}.")
    return 0


def mood_list(args: argparse.Namespace) -> int:
    since = parsed(parse_day, args.since) if args.since else None
    with open_from(args) as ctx:
        entries = ctx.mood.list_checkins(since=since)
    if args.json:
        print_json({"checkins": [e.to_json() for e in entries]})
        return 0
    if not entries:
        print("No check-ins yet.")
    for e in entries:
        note = f"  {e.note}" if e.note else ""
        when = e.local_time.strftime("%Y-%m-%d %H:%M")
        extras = [", ".join(f"{r.word} {r.intensity}" for r in e.emotions),
                  ", ".join(t.name for t in e.tags),
                  f"slept {e.sleep_hours:g} h" if e.sleep_hours is not None else ""]
        details = "".join(f"  [{x}]" for x in extras if x)
        print(f"{when}  pleasantness {e.pleasantness:+d}  energy {e.energy:+d}{details}{note}")
    return 0
