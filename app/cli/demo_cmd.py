"""`stillpoint demo-data --years N --data-dir DIR`: fill a separate folder with fake entries."""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import open_from
from app.cli.parser import MAX_ID, Commands, Parser, int_in, number_in
from app.errors import UserError
from app.timeutil import today


def register(commands: Commands, common: Parser) -> None:
    demo = commands.add_parser(
        "demo-data", parents=[common],
        help="fill a new, separate data folder with clearly fake entries to try the charts")
    demo.add_argument("--years", type=number_in("years", 0.1, 30), default=1.0, metavar="N",
                      help="how many years of daily life to make up (default 1)")
    demo.add_argument("--seed", type=int_in("seed", 0, MAX_ID), default=7, metavar="N",
                      help="another seed gives other data")
    demo.set_defaults(handler=demo_data)


def demo_data(args: argparse.Namespace) -> int:
    if not getattr(args, "data_dir", None):
        raise UserError("demo data goes into a folder of its own; add --data-dir DIR "
                        "with a new folder, for example --data-dir /tmp/stillpoint-demo")
    from app.demo import DemoPlan, fill

    with open_from(args) as ctx:
        rows = fill(ctx.db, DemoPlan(years=args.years, end=today(), seed=args.seed,
                                     until=dt.datetime.now()))
    print(f"Added {len(rows.mood)} demo check-ins and {len(rows.practice)} demo practice "
          f"sessions to {ctx.location.data_dir}.")
    print(f"Open them with: stillpoint --data-dir {ctx.location.data_dir}")
    return 0
