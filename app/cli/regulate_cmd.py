"""`stillpoint regulate add|list|strategies`: the emotion-regulation log."""

from __future__ import annotations

import argparse

from app.cli.common import open_from, parsed, print_json
from app.cli.parser import Parser, int_in
from app.mood.vocabulary import parse_rating
from app.regulation.service import (
    ATTACHMENT_ACTIONS,
    HELPFULNESS_WORDS,
    validate_action,
)
from app.timeutil import parse_day, parse_moment


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    regulate = commands.add_parser("regulate", help="the emotion-regulation log",
                                   parents=[common])
    actions = regulate.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                      required=True)
    add = actions.add_parser("add", help="note what happened and what you did about it",
                             parents=[common])
    add.add_argument("--situation", required=True, metavar="TEXT",
                     help="what happened, in a few words")
    add.add_argument("--emotion", action="append", required=True, metavar="WORD:BEFORE[:AFTER]",
                     help="an emotion word with its intensity 0-10 before and, if you like, "
                          "after (repeatable)")
    add.add_argument("--strategy", required=True, metavar="NAME",
                     help="what you did; `stillpoint regulate strategies` lists the names")
    add.add_argument("--helpful", required=True, type=int_in("helpful", 0, 4), metavar="0-4",
                     help="how much it helped: 0 not at all ... 4 very much")
    add.add_argument("--note", metavar="TEXT", help="anything else worth keeping")
    add.add_argument("--person", metavar="NAME", help="the person involved, if any")
    add.add_argument("--action", metavar="WHAT",
                     help=f"what you did toward them: {', '.join(ATTACHMENT_ACTIONS)}")
    add.add_argument("--practice", type=int, metavar="ID",
                     help="the practice session that was the strategy")
    add.add_argument("--at", metavar="ISO-8601",
                     help="when (default now); without an offset, local time is meant")
    add.set_defaults(handler=regulate_add)

    lst = actions.add_parser("list", help="list regulation entries", parents=[common])
    lst.add_argument("--since", metavar="DATE", help="only from this local day on (YYYY-MM-DD)")
    lst.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    lst.set_defaults(handler=regulate_list)

    strategies = actions.add_parser("strategies", help="list the strategies",
                                    parents=[common])
    strategies.add_argument("--all", action="store_true", help="include hidden ones")
    strategies.add_argument("--json", action="store_true", help="one JSON document")
    strategies.set_defaults(handler=regulate_strategies)


def regulate_add(args: argparse.Namespace) -> int:
    at = parsed(parse_moment, args.at) if args.at else None
    # Checked before the database is opened, so a typo writes nothing.
    emotions = [(word, values[0], values[1])
                for word, values in (parse_rating(e, parts=2) for e in args.emotion)]
    action = validate_action(args.action)
    with open_from(args) as ctx:
        entry = ctx.regulation.add_entry(
            situation=args.situation, emotions=emotions, strategy=args.strategy,
            helpfulness=args.helpful, note=args.note, at=at, practice_session_id=args.practice,
            attachment_person=args.person, attachment_action=action,
        )
    print(f"Saved regulation entry {entry.id} for {entry.local_day.isoformat()}.")
    return 0


def regulate_list(args: argparse.Namespace) -> int:
    since = parsed(parse_day, args.since) if args.since else None
    with open_from(args) as ctx:
        entries = ctx.regulation.list_entries(since=since, newest_first=False)
    if args.json:
        print_json({"entries": [e.to_json() for e in entries]})
        return 0
    if not entries:
        print("No regulation entries yet.")
    for e in entries:
        feelings = ", ".join(
            f"{c.word} {c.before}" + (f"->{c.after}" if c.after is not None else "")
            for c in e.emotions)
        when = e.local_time.strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {e.situation}  [{feelings}]  {e.strategy.name}, "
              f"helped {HELPFULNESS_WORDS[e.helpfulness]}")
    return 0


def regulate_strategies(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        strategies = ctx.regulation.list_strategies(include_hidden=args.all)
    if args.json:
        print_json({"strategies": [s.to_json() for s in strategies]})
        return 0
    family = None
    for s in strategies:
        if s.family != family:
            family = s.family
            print(f"{s.family_label}:")
        hidden = " (hidden)" if s.hidden else ""
        print(f"  {s.name}{hidden}")
    return 0
