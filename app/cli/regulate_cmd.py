"""`stillpoint regulate add|list|strategies`: the emotion-regulation log."""

from __future__ import annotations

import argparse

from app.cli.adding import add_moment_option, moment, rated_emotions, say_saved
from app.cli.common import open_from, print_each, print_json
from app.cli.listing import add_range_options, day_range, visible, write_json_text
from app.cli.parser import MAX_ID, Commands, Parser, add_actions, int_in
from app.limits import (
    ATTACHMENT_ACTIONS,
    HELPFULNESS_MAX,
    HELPFULNESS_MIN,
    HELPFULNESS_WORDS,
    INTENSITY_MAX,
    INTENSITY_MIN,
)
from app.regulation import queries
from app.regulation.service import validate_action
from app.regulation.types import RegulationDraft, RegulationEntry


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "regulate", "the emotion-regulation log")
    add = actions.add_parser("add", help="note what happened and what you did about it",
                             parents=[common])
    add.add_argument("--situation", required=True, metavar="TEXT",
                     help="what happened, in a few words")
    add.add_argument("--emotion", action="append", required=True, metavar="WORD:BEFORE[:AFTER]",
                     help=f"an emotion word with its intensity {INTENSITY_MIN}-{INTENSITY_MAX} "
                          "before and, if you like, after (repeatable)")
    add.add_argument("--strategy", required=True, metavar="NAME",
                     help="what you did; `stillpoint regulate strategies` lists the names")
    add.add_argument("--helpful", required=True,
                     type=int_in("helpful", HELPFULNESS_MIN, HELPFULNESS_MAX),
                     metavar=f"{HELPFULNESS_MIN}-{HELPFULNESS_MAX}",
                     help=f"how much it helped: {HELPFULNESS_MIN} {HELPFULNESS_WORDS[0]} ... "
                          f"{HELPFULNESS_MAX} {HELPFULNESS_WORDS[-1]}")
    add.add_argument("--note", metavar="TEXT", help="anything else worth keeping")
    add.add_argument("--person", metavar="NAME", help="the person involved, if any")
    add.add_argument("--action", metavar="WHAT",
                     help=f"what you did toward them: {', '.join(ATTACHMENT_ACTIONS)}")
    add.add_argument("--practice", type=int_in("practice", 1, MAX_ID), metavar="ID",
                     help="the practice session that was the strategy")
    add_moment_option(add)
    add.set_defaults(handler=regulate_add)

    lst = actions.add_parser("list", help="list regulation entries", parents=[common])
    add_range_options(lst, "entries, the oldest first")
    lst.set_defaults(handler=regulate_list)

    strategies = actions.add_parser("strategies", help="list the strategies",
                                    parents=[common])
    strategies.add_argument("--all", action="store_true", help="include hidden ones")
    strategies.add_argument("--json", action="store_true", help="one JSON document")
    strategies.set_defaults(handler=regulate_strategies)


def regulate_add(args: argparse.Namespace) -> int:
    # Checked before the database is opened, so a typo writes nothing.
    at = moment(args)
    draft = RegulationDraft(
        situation=args.situation, emotions=rated_emotions(args.emotion, parts=2),
        strategy=args.strategy, helpfulness=args.helpful, note=args.note,
        practice_session_id=args.practice, attachment_person=args.person,
        attachment_action=validate_action(args.action))
    with open_from(args) as ctx:
        entry = ctx.regulation.add_entry(draft, at=at)
    return say_saved("regulation entry", entry)


def regulate_list(args: argparse.Namespace) -> int:
    since, until = day_range(args)  # checked before the data is opened
    with open_from(args) as ctx:
        # Streamed: output of any length needs the memory of one chunk of entries.
        if args.json:
            write_json_text("entries", queries.stream_json(ctx.db, since=since, until=until,
                                                           limit=args.limit))
            return 0
        entries = queries.stream_entries(ctx.db, since=since, until=until, limit=args.limit)
        print_each(map(_line, entries), empty="No regulation entries yet.")
    return 0


def _line(e: RegulationEntry) -> str:
    feelings = ", ".join(
        f"{c.word} {c.before}" + (f"->{c.after}" if c.after is not None else "")
        for c in e.emotions)
    when = e.local_time.strftime("%Y-%m-%d %H:%M")
    return visible(f"{when}  {e.situation}  [{feelings}]  {e.strategy.name}, "
                   f"helped {HELPFULNESS_WORDS[e.helpfulness]}")


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
