"""`stillpoint goal add|step|done|list`: goals in small steps."""

from __future__ import annotations

import argparse

from app.cli.common import open_from, parsed, print_json
from app.cli.listing import visible
from app.cli.parser import MAX_ID, Commands, Parser, add_actions, add_list_action, int_in
from app.goals.service import practice_link
from app.goals.types import Goal, GoalDraft, GoalStep, week_text
from app.limits import (
    STEP_DAYS_MAX,
    STEP_DAYS_MIN,
    STEP_MINUTES_MAX,
    STEP_MINUTES_MIN,
    STEP_PRACTICE_KINDS,
)
from app.timeutil import parse_day, today

FINISHED = "You did what you set out to do. Take a moment to notice that."


def register(commands: Commands, common: Parser) -> None:
    actions = add_actions(commands, common, "goal", "goals in small steps")
    add = actions.add_parser("add", help="set a goal", parents=[common])
    add.add_argument("--title", required=True, metavar="TEXT", help="what you want to do")
    add.add_argument("--why", metavar="TEXT", help="why it matters to you")
    add.add_argument("--measure", metavar="TEXT", help="how you will know you got there")
    add.add_argument("--review", metavar="DATE", help="a day to look at how it is going")
    add.set_defaults(handler=goal_add)
    step = actions.add_parser("step", help="add a small step to a goal", parents=[common])
    step.add_argument("goal_id", type=int_in("goal id", 1, MAX_ID), metavar="GOAL_ID")
    step.add_argument("--title", required=True, metavar="TEXT", help="the step")
    step.add_argument("--practice", type=_kind, metavar="KIND",
                      help=f"tick it from the practice log: {', '.join(STEP_PRACTICE_KINDS)}")
    step.add_argument("--minutes", metavar="N",
                      type=int_in("minutes", STEP_MINUTES_MIN, STEP_MINUTES_MAX),
                      help=f"minutes of practice a day, {STEP_MINUTES_MIN}-{STEP_MINUTES_MAX}")
    step.add_argument("--days", type=int_in("days", STEP_DAYS_MIN, STEP_DAYS_MAX),
                      metavar="N", help="on how many days of this week (Monday to Sunday)")
    step.set_defaults(handler=goal_step)
    done = actions.add_parser("done", help="tick a step", parents=[common])
    done.add_argument("step_id", type=int_in("step id", 1, MAX_ID), metavar="STEP_ID")
    done.set_defaults(handler=goal_done)
    add_list_action(actions, common, "list your goals and steps", goal_list)


def _kind(text: str) -> str:
    if text not in STEP_PRACTICE_KINDS:
        raise argparse.ArgumentTypeError(
            f"practice must be one of {', '.join(STEP_PRACTICE_KINDS)}, not '{text}'")
    return text


def goal_add(args: argparse.Namespace) -> int:
    review = parsed(parse_day, args.review) if args.review else None
    draft = GoalDraft(title=args.title, why=args.why, measure=args.measure, review_on=review)
    with open_from(args) as ctx:
        goal = ctx.goals.add_goal(draft)
    print(f"Saved goal {goal.id}: {visible(goal.title)}. Add a first small step with "
          f"`stillpoint goal step {goal.id} --title ...`.")
    return 0


def goal_step(args: argparse.Namespace) -> int:
    # Checked before the data is opened, so a half-given practice link writes nothing.
    practice_link(args.practice, args.minutes, args.days)
    with open_from(args) as ctx:
        step = ctx.goals.add_step(args.goal_id, args.title, practice_kind=args.practice,
                                  minutes=args.minutes, days=args.days)
    print(f"Saved step {step.id}: {visible(step.title)}.")
    if step.practice is not None:
        print(f"It ticks itself when you practise {step.practice.describe()} this week, "
              f"{week_text(step.week)} ({step.progress_text()} so far).")
    return 0


def goal_done(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        result = ctx.goals.set_step_done(args.step_id)
    print(f"Step {result.step.id} is done. Well done on that step.")
    if result.goal_finished:
        print(f"{visible(result.goal.title)}: {FINISHED}")
    return 0


def goal_list(args: argparse.Namespace) -> int:
    with open_from(args) as ctx:
        goals = ctx.goals.list_goals()
    if args.json:
        print_json({"goals": [g.to_json() for g in goals]})
        return 0
    if not goals:
        print("No goals yet. Start small: `stillpoint goal add --title \"Breathe before "
              "bed\"`.")
    for goal in sorted(goals, key=lambda g: g.archived):
        print(_goal_line(goal))
        for step in goal.steps:
            print(_step_line(step))
    return 0


def _goal_line(goal: Goal) -> str:
    parts = [f"{goal.steps_done} of {len(goal.steps)} steps"]
    if goal.done:
        parts.append("done")
    if goal.archived:
        parts.append("archived")
    if goal.review_due(today()):
        parts.append("time to review")
    elif goal.review_on is not None:
        parts.append(f"review {goal.review_on.isoformat()}")
    return f"{goal.id}  {visible(goal.title)}  [{', '.join(parts)}]"


def _step_line(step: GoalStep) -> str:
    mark = "x" if step.done else " "
    link = ""
    if step.practice is not None:
        link = (f"  ({step.progress_text()}: {step.practice.describe()}, week of "
                f"{step.week[0].isoformat()})")
    return f"  [{mark}] {step.id}  {visible(step.title)}{link}"
