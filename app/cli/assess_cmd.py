"""`stillpoint assess list|take|history`: self-assessments from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.assessments.instrument import Instrument
from app.assessments.types import AssessmentResult
from app.assessments.words import change_text, score_text
from app.cli.common import open_from, print_json
from app.cli.listing import visible
from app.cli.parser import Commands, Parser, add_actions, add_list_action
from app.errors import UserError

if TYPE_CHECKING:
    from app.context import AppContext


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "assess",
                          "self-assessments: list, take, see your history")
    add_list_action(actions, common, "the instruments you can take", assess_list)
    take = actions.add_parser("take", help="score and store your answers", parents=[common])
    take.add_argument("instrument", metavar="ID", help="an instrument id, e.g. phq-9")
    take.add_argument("--answers", required=True, metavar="LIST", type=answer_list,
                      help="the value of each answer in order, comma-separated, e.g. 0,1,0")
    take.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    take.set_defaults(handler=assess_take)
    history = actions.add_parser("history", help="your earlier results", parents=[common])
    history.add_argument("instrument", metavar="ID", help="an instrument id, e.g. phq-9")
    history.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    history.set_defaults(handler=assess_history)


def answer_list(text: str) -> list[int]:
    values = []
    for n, part in enumerate(text.split(","), start=1):
        try:
            values.append(int(part.strip()))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"answers must be whole numbers separated by commas; answer {n} is "
                f"'{part.strip()}'") from None
    return values


def assess_list(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        library = ctx.assessments.library()
        latest = ctx.assessments.latest()
    if args.json:
        print_json({"instruments": [_instrument_json(i, latest.get(i.id))
                                    for i in library.instruments]})
    else:
        for i in library.instruments:
            last = latest.get(i.id)
            when = f"  last {last.local_day.isoformat()}: {score_text(i, last)}" if last else ""
            print(f"{i.id:<24} {visible(i.title)} ({len(i.required_items)} questions){when}")
    for problem in library.problems:
        print(f"stillpoint: left out {visible(problem)}", file=sys.stderr)
    return 0


def _instrument_json(i: Instrument, last: AssessmentResult | None) -> dict[str, object]:
    return {"id": i.id, "title": i.title, "subtitle": i.subtitle, "version": i.version,
            "questions": len(i.required_items), "builtin": i.builtin, "label": i.label,
            "attribution": i.attribution, "licence": i.licence,
            "last": None if last is None else last.to_json()}


def assess_take(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        instrument = ctx.assessments.instrument(args.instrument)
        result = ctx.assessments.take(instrument.id, args.answers)
        card = _card_text(ctx) if result.crisis else None
        ctx_history = ctx.assessments.history(instrument.id)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"Saved {instrument.title} result {result.id}: {score_text(instrument, result)}.")
        band = instrument.band(result.band)
        if band is not None:
            print(band.meaning)
        print(f"What it does not mean: {instrument.does_not_mean}")
        change = change_text(instrument, ctx_history)
        if change:
            print(change)
        print(f"{instrument.attribution} {instrument.licence}")
    if card is not None:
        sys.stdout.flush()
        out = sys.stderr if args.json else sys.stdout
        print("\nOne of your answers says you have had thoughts of hurting yourself or of "
              "being better off dead. Please reach out now.\n", file=out)
        print(card, file=out)
    return 0


def _card_text(ctx: AppContext) -> str:
    """The crisis card of `stillpoint crisis`, or the defaults when it cannot be made."""
    try:
        from app.cli.crisis_cmd import card_text

        return card_text(ctx.safety.card())
    except Exception:  # the message must show whatever else fails
        return ("  Emergency: your local emergency number (112 in Europe, 911 in the US)\n"
                "  Crisis line: 988 in the US; Samaritans 116 123 in the UK and Ireland\n"
                "  Contact your therapist.")


def assess_history(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        known = ctx.assessments.library().find(args.instrument.strip().lower())
        results = ctx.assessments.history(args.instrument)
    if known is None and not results:
        raise UserError(f"there is no instrument '{args.instrument}'",
                        hint="`stillpoint assess list` shows them")
    if args.json:
        print_json({"instrument": known.id if known else args.instrument,
                    "results": [r.to_json() for r in results]})
        return 0
    if not results:
        print("No results yet. You can take it with `stillpoint assess take`.")
    for r in results:
        scores = score_text(known, r) if known else ", ".join(
            f"{k} {v}" for k, v in r.scores.items())
        flag = "  [crisis answer]" if r.crisis else ""
        print(f"{r.local_time:%Y-%m-%d %H:%M}  {scores}{flag}")
    return 0
