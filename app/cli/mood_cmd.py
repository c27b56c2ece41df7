"""`stillpoint mood add|list`."""

from __future__ import annotations

import argparse

from app.cli.adding import add_moment_option, moment, rated_emotions, say_saved
from app.cli.common import open_from, print_each
from app.cli.listing import add_range_options, day_range, visible, write_json_text
from app.cli.parser import Commands, Parser, add_actions, int_in, number_in
from app.limits import INTENSITY_MAX, INTENSITY_MIN, SCALE_MAX, SCALE_MIN, SLEEP_MAX, SLEEP_MIN
from app.mood import queries
from app.mood.types import Checkin, CheckinDraft, CheckinFilter


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "mood", "add or list mood check-ins")
    add = actions.add_parser("add", help="record how you feel", parents=[common])
    add.add_argument("--pleasantness", required=True,
                     type=int_in("pleasantness", SCALE_MIN, SCALE_MAX), metavar="N",
                     help=f"{SCALE_MIN} (very unpleasant) to {SCALE_MAX} (very pleasant)")
    add.add_argument("--energy", required=True, type=int_in("energy", SCALE_MIN, SCALE_MAX),
                     metavar="N", help=f"{SCALE_MIN} (very low) to {SCALE_MAX} (very high)")
    add.add_argument("--emotion", action="append", default=[], metavar="WORD:INTENSITY",
                     help=f"an emotion word and how strong it is, {INTENSITY_MIN}-{INTENSITY_MAX} "
                          "(repeatable); `stillpoint vocab` lists the words")
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="what you were doing, who with, where (repeatable); a new tag is "
                          "written activity:NAME, person:NAME or place:NAME")
    add.add_argument("--sleep", type=number_in("sleep", SLEEP_MIN, SLEEP_MAX, unit="hours"),
                     metavar="HOURS",
                     help=f"hours slept last night, {SLEEP_MIN}-{SLEEP_MAX}")
    add.add_argument("--note", help="a few words about the moment")
    add_moment_option(add)
    add.set_defaults(handler=mood_add)
    lst = actions.add_parser("list", help="list check-ins", parents=[common])
    add_range_options(lst, "check-ins, the oldest first")
    lst.set_defaults(handler=mood_list)


def mood_add(args: argparse.Namespace) -> int:
    # Checked before the database is opened, so a typo writes nothing.
    at = moment(args)
    emotions = [(word, intensity) for word, intensity, _ in rated_emotions(args.emotion)]
    draft = CheckinDraft(pleasantness=args.pleasantness, energy=args.energy, note=args.note,
                         emotions=emotions, tags=args.tag, sleep_hours=args.sleep)
    with open_from(args) as ctx:
        entry = ctx.mood.add_checkin(draft, at=at)
    return say_saved("check-in", entry)


def mood_list(args: argparse.Namespace) -> int:
    since, until = day_range(args)  # checked before the data is opened
    with open_from(args) as ctx:
        # Streamed: output of any length needs the memory of one chunk of check-ins.
        flt = CheckinFilter(since=since, until=until)
        if args.json:
            write_json_text("checkins", queries.stream_json(ctx.db, flt, limit=args.limit))
            return 0
        print_each(map(_line, queries.stream(ctx.db, flt, limit=args.limit)),
                   empty="No check-ins yet.")
    return 0


def _line(e: Checkin) -> str:
    note = f"  {visible(e.note)}" if e.note else ""
    when = e.local_time.strftime("%Y-%m-%d %H:%M")
    extras = [", ".join(f"{r.word} {r.intensity}" for r in e.emotions),
              ", ".join(t.name for t in e.tags),
              f"slept {e.sleep_hours:g} h" if e.sleep_hours is not None else ""]
    details = "".join(f"  [{visible(x)}]" for x in extras if x)
    return f"{when}  pleasantness {e.pleasantness:+d}  energy {e.energy:+d}{details}{note}"
