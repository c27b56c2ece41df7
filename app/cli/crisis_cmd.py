"""`stillpoint crisis`: the crisis card and the saved safety plan.

The card is what matters, so it is printed even when the data cannot be opened (a
corrupt file, an unreadable folder, a newer schema): from the locale's defaults, with one
line on stderr saying the saved numbers and plan could not be read, and exit 0."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import print_json
from app.cli.listing import visible
from app.cli.parser import Commands, Parser
from app.safety.card import crisis_card
from app.safety.types import SECTIONS, CrisisCard, SafetyPlan


def register(commands: Commands, common: Parser) -> None:
    crisis = commands.add_parser(
        "crisis", parents=[common],
        help="need help now? show crisis numbers, a grounding exercise and your safety plan")
    crisis.add_argument("--json", action="store_true", help="one JSON document (docs/cli.md)")
    crisis.set_defaults(handler=crisis_show)


def crisis_show(args: argparse.Namespace) -> int:
    saved, plan, problem = _saved(args)
    card = crisis_card(saved)
    if args.json:
        print_json({"card": card.to_json(), "plan": None if plan is None else plan.to_json()})
    else:
        print(card_text(card))
        print()
        print(plan_text(plan))
    sys.stdout.flush()  # the card first, whatever happens to stderr
    if problem is not None:
        print(f"stillpoint: your saved numbers and safety plan could not be read ({problem}); "
              "the card shows the defaults", file=sys.stderr)
    return 0


def _saved(args: argparse.Namespace) -> tuple[dict[str, Any], SafetyPlan | None, str | None]:
    """(saved settings, the plan, why they could not be read)."""
    from app import paths
    from app.storage.database import sqlite_path

    try:
        location = paths.resolve(getattr(args, "data_dir", None),
                                 getattr(args, "database_url", None))
        database = sqlite_path(location.database_url)
        folder = location.data_dir
        if (database is not None and not database.exists()
                and (folder.is_dir() or not folder.exists())):
            return {}, SafetyPlan(), None  # nothing saved yet; creates nothing either
        from app.context import open_context

        with open_context(getattr(args, "data_dir", None),
                          getattr(args, "database_url", None)) as ctx:
            return ctx.settings.all(), ctx.safety.plan(), None
    except Exception as exc:  # whatever is wrong with the data, the card still shows
        return {}, None, _reason(exc)


def _reason(exc: Exception) -> str:
    from app.errors import UserError
    from app.storage.failures import storage_problem

    if isinstance(exc, UserError):
        return exc.message
    problem = storage_problem(exc)
    return problem.message if problem is not None else type(exc).__name__


def card_text(card: CrisisCard) -> str:
    lines = ["Need help now?", "",
             "If you might act on thoughts of harming yourself, or you are in danger, "
             "call the emergency number now.", "",
             f"  {card.emergency_label}: {card.emergency_number}"]
    if card.crisis_line_number:
        how = f" ({card.crisis_line_how})" if card.crisis_line_how else ""
        lines.append(f"  {visible(card.crisis_line_name or 'Crisis line')}: "
                     f"{visible(card.crisis_line_number)}{how}")
    else:
        lines.append("  Crisis line: none saved yet; add one in Settings > Crisis card")
    if card.therapist_number or card.therapist_name:
        name = visible(card.therapist_name or "Your therapist")
        number = f": {visible(card.therapist_number)}" if card.therapist_number else ""
        lines.append(f"  Contact your therapist, {name}{number}")
    else:
        lines.append("  Contact your therapist: add their number in Settings > Crisis card")
    lines += ["", card.check_note, "", "A moment of grounding"]
    lines += [f"  {step}" for step in card.grounding]
    return "\n".join(lines)


def plan_text(plan: SafetyPlan | None) -> str:
    if plan is None:
        return "My safety plan could not be read just now."
    if plan.empty:
        return ("My safety plan is empty. You can write one in the app: "
                "Need help now? > Open my safety plan.")
    lines = ["My safety plan"]
    for section in SECTIONS:
        items = plan.section(section.key)
        lines += ["", f"{section.number}. {section.heading}"]
        lines += [f"   - {visible(i.text)}" for i in items] or ["   (nothing yet)"]
    return "\n".join(lines)
