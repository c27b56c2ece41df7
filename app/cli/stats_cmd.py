"""`stillpoint stats week [--date DATE] [--json]`: one week's values per day."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import open_from, parsed, print_json
from app.cli.parser import Commands, Parser, add_actions
from app.stats.mood import DayMood
from app.timeutil import parse_day, today


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "stats", "figures from your log")
    week = actions.add_parser("week", parents=[common],
                              help="each day of one week: check-ins, mood and practice")
    week.add_argument("--date", metavar="DATE",
                      help="any day of the week to show (YYYY-MM-DD; default today)")
    week.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    week.set_defaults(handler=stats_week)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def stats_week(args: argparse.Namespace) -> int:
    day = parsed(parse_day, args.date) if args.date else today()
    from app.stats.mood import mood_series
    from app.stats.periods import week_of
    from app.stats.practice import daily_minutes

    week = week_of(day)
    with open_from(args) as ctx:
        series = mood_series(ctx.db, week)
        practice = daily_minutes(ctx.db, week.start, week.end)
    rows = []
    for when, mood in zip(week.days, series.days, strict=True):
        rows.append(_day_json(when.isoformat(), mood, practice.get(when, {})))
    if args.json:
        print_json({
            "week": {"start": week.start.isoformat(), "end": week.end.isoformat()},
            "days": rows,
            "totals": {
                "entries": series.entries,
                "pleasantness": _round(series.average("pleasantness")),
                "energy": _round(series.average("energy")),
                "practice_minutes": round(sum(r["practice_minutes"] for r in rows), 2),
            },
        })
        return 0
    _print_table(week.title(), rows)
    return 0


def _day_json(day: str, mood: DayMood | None, minutes: dict[str, float]) -> dict[str, Any]:
    return {
        "date": day,
        "entries": mood.entries if mood else 0,
        "pleasantness": _round(mood.pleasantness) if mood else None,
        "energy": _round(mood.energy) if mood else None,
        "pleasantness_min": mood.pleasantness_min if mood else None,
        "pleasantness_max": mood.pleasantness_max if mood else None,
        "energy_min": mood.energy_min if mood else None,
        "energy_max": mood.energy_max if mood else None,
        "practice_minutes": round(sum(minutes.values()), 2),
        "practice_by_kind": {k: round(v, 2) for k, v in sorted(minutes.items())},
    }


def _print_table(title: str, rows: list[dict[str, Any]]) -> None:
    print(f"Week of {title}")
    print(f"{'date':<12}{'entries':>8}{'pleasant':>10}{'energy':>8}{'min':>5}{'max':>5}"
          f"{'practice':>10}")
    for r in rows:
        if r["entries"]:
            mood = (f"{r['pleasantness']:>+10.2f}{r['energy']:>+8.2f}"
                    f"{r['pleasantness_min']:>+5d}{r['pleasantness_max']:>+5d}")
        else:
            mood = f"{'-':>10}{'-':>8}{'-':>5}{'-':>5}"
        print(f"{r['date']:<12}{r['entries']:>8}{mood}{r['practice_minutes']:>9.1f}m")
    print("min and max are the day's lowest and highest pleasantness; practice is in minutes.")
