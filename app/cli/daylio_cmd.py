"""`stillpoint import PATH --from daylio [--mood NAME=VALUE]... [--tag-kind KIND]`.

Its options are added to `import` by app/cli/exchange_cmd.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import open_from, parsed, print_json
from app.cli.parser import Parser
from app.exchange.daylio import read_daylio_file
from app.exchange.daylio_import import checked_moods, import_daylio, parse_mood_option
from app.limits import SCALE_MAX, SCALE_MIN, TAG_CATEGORIES


def add_daylio_options(imp: Parser) -> None:
    imp.add_argument("--mood", action="append", default=[], metavar="NAME=VALUE",
                     help=f"with --from daylio: the pleasantness ({SCALE_MIN} to {SCALE_MAX}) "
                          "of a Daylio mood name (repeatable); rad, good, meh, bad and awful "
                          "default to 5, 3, 0, -3 and -5")
    imp.add_argument("--tag-kind", choices=TAG_CATEGORIES, metavar="KIND",
                     help="with --from daylio: the kind of tag Daylio activities become: "
                          f"{', '.join(TAG_CATEGORIES)} (default activity)")


def import_daylio_file(args: argparse.Namespace, path: Path) -> int:
    chosen = dict(parsed(parse_mood_option, text) for text in args.mood)
    daylio = read_daylio_file(path)
    # Checked before the data is opened: a file with an unmapped mood writes nothing.
    checked_moods(daylio, chosen)
    with open_from(args) as ctx:
        summary = import_daylio(ctx.mood, daylio, chosen,
                                tag_kind=args.tag_kind or "activity")
    if args.json:
        print_json(summary.to_json())
        return 0
    print(summary.sentence())
    for line, why in summary.skipped:
        print(f"  skipped line {line}: {why}")
    return 0
