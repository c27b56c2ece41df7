"""Sub-commands. Each opens the data (migrating first), does one thing, and prints."""

from __future__ import annotations

import argparse
import json
import sys

from app.context import AppContext, open_context
from app.errors import UserError
from app.timeutil import parse_day, parse_moment


def open_from(args: argparse.Namespace) -> AppContext:
    return open_context(getattr(args, "data_dir", None), getattr(args, "database_url", None))


def _parsed(parse, text: str):
    try:
        return parse(text)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def mood_add(args: argparse.Namespace) -> int:
    at = _parsed(parse_moment, args.at) if args.at else None
    ctx = open_from(args)
    try:
        entry = ctx.mood.add_checkin(
            pleasantness=args.pleasantness, energy=args.energy, note=args.note, at=at
        )
    finally:
        ctx.close()
    print(f"Saved check-in {entry.id} for {entry.local_day.isoformat()}.")
    return 0


def mood_list(args: argparse.Namespace) -> int:
    since = _parsed(parse_day, args.since) if args.since else None
    ctx = open_from(args)
    try:
        entries = ctx.mood.list_checkins(since=since)
    finally:
        ctx.close()
    if args.json:
        json.dump({"checkins": [e.to_json() for e in entries]}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not entries:
        print("No check-ins yet.")
    for e in entries:
        note = f"  {e.note}" if e.note else ""
        when = e.local_time.strftime("%Y-%m-%d %H:%M")
        print(f"{when}  pleasantness {e.pleasantness:+d}  energy {e.energy:+d}{note}")
    return 0


HANDLERS = {("mood", "add"): mood_add, ("mood", "list"): mood_list}


def run(args: argparse.Namespace) -> int:
    sub = getattr(args, f"{args.command}_command", None)
    return HANDLERS[(args.command, sub)](args)
