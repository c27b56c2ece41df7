"""Goal reads: goals with their steps, and the practice minutes a linked step counts.

Portable SQL with :named parameters, rows mapped by column name (Database.rows)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from app.goals.types import Goal, GoalStep, PracticeLink
from app.storage.database import Database, Row, id_chunks
from app.timeutil import as_date, as_datetime

_GOAL_COLUMNS = ("id, title, why, measure, review_on, created_at_utc, local_day, reviewed_on, "
                 "review_note, done_at_utc, archived_at_utc")
_STEP_COLUMNS = ("id, goal_id, title, position, practice_kind, practice_minutes, "
                 "practice_days, created_local_day, therapy_session_id, done_at_utc")
SQL_GOALS = (f"SELECT {_GOAL_COLUMNS} FROM goal WHERE deleted_at_utc IS NULL "
             "ORDER BY created_at_utc, id")
SQL_GOAL = f"SELECT {_GOAL_COLUMNS} FROM goal WHERE id = :id"
SQL_STEP = f"SELECT {_STEP_COLUMNS} FROM goal_step WHERE id = :id"
SQL_OPEN_PRACTICE_STEPS = (
    f"SELECT s.{_STEP_COLUMNS.replace(', ', ', s.')} FROM goal_step s "
    "JOIN goal g ON g.id = s.goal_id "
    "WHERE s.practice_kind IS NOT NULL AND s.done_at_utc IS NULL "
    "AND s.deleted_at_utc IS NULL AND g.deleted_at_utc IS NULL")
# Minutes per local day: local_day was fixed when the session was logged, in the offset
# then in force, so a week's days stay right across clock changes and travel.
_SQL_DAY_SECONDS = ("SELECT local_day, SUM(actual_seconds) AS seconds FROM practice_session "
                    "WHERE local_day >= :start AND local_day <= :end {kind} GROUP BY local_day")
# A session stopped a breath before its end (299.6 s of 300) still gave the minutes.
_SECONDS_GRACE = 0.5


def step_from(row: Row, days_met: int | None = None) -> GoalStep:
    kind = row["practice_kind"]
    link = None if kind is None else PracticeLink(
        kind=kind, minutes=row["practice_minutes"], days=row["practice_days"])
    done = row["done_at_utc"]
    return GoalStep(
        id=row["id"], goal_id=row["goal_id"], title=row["title"], position=row["position"],
        created_local_day=as_date(row["created_local_day"]),
        done_at_utc=None if done is None else as_datetime(done), practice=link,
        therapy_session_id=row["therapy_session_id"], days_met=days_met)


def goal_from(row: Row, steps: tuple[GoalStep, ...]) -> Goal:
    def day(name: str) -> dt.date | None:
        return None if row[name] is None else as_date(row[name])

    def moment(name: str) -> dt.datetime | None:
        return None if row[name] is None else as_datetime(row[name])

    return Goal(
        id=row["id"], title=row["title"], why=row["why"], measure=row["measure"],
        review_on=day("review_on"), created_at_utc=as_datetime(row["created_at_utc"]),
        local_day=as_date(row["local_day"]), reviewed_on=day("reviewed_on"),
        review_note=row["review_note"], done_at_utc=moment("done_at_utc"),
        archived_at_utc=moment("archived_at_utc"), steps=steps)


def days_met(db: Database, link: PracticeLink, created: dt.date) -> int:
    """Days of the week holding `created` with at least link.minutes of link.kind."""
    start = created - dt.timedelta(days=created.weekday())
    kind = "" if link.kind == "any" else "AND kind = :kind"
    params: dict[str, object] = {"start": start, "end": start + dt.timedelta(days=6)}
    if link.kind != "any":
        params["kind"] = link.kind
    rows = db.rows(_SQL_DAY_SECONDS.format(kind=kind), **params)
    wanted = link.minutes * 60 - _SECONDS_GRACE
    return sum(1 for r in rows if float(r["seconds"] or 0) >= wanted)


def open_practice_steps(db: Database) -> list[GoalStep]:
    """Practice-linked steps not yet done, on live goals."""
    return [step_from(r) for r in db.rows(SQL_OPEN_PRACTICE_STEPS)]


def _steps_by_goal(db: Database, goal_ids: list[int]) -> dict[int, list[GoalStep]]:
    found: dict[int, list[GoalStep]] = defaultdict(list)
    for chunk in id_chunks(goal_ids):
        rows = db.rows(f"SELECT {_STEP_COLUMNS} FROM goal_step WHERE goal_id IN ({chunk}) "
                       "AND deleted_at_utc IS NULL ORDER BY position, id")
        for row in rows:
            step = step_from(row)
            if step.practice is not None:
                step = step_from(row, days_met(db, step.practice, step.created_local_day))
            found[step.goal_id].append(step)
    return found


def list_goals(db: Database) -> list[Goal]:
    """Every live goal (archived ones too), oldest first, with its live steps in order."""
    rows = db.rows(SQL_GOALS)
    steps = _steps_by_goal(db, [r["id"] for r in rows]) if rows else {}
    return [goal_from(r, tuple(steps.get(r["id"], ()))) for r in rows]


def get_goal(db: Database, goal_id: int, *, include_deleted: bool = False) -> Goal | None:
    sql = SQL_GOAL if include_deleted else f"{SQL_GOAL} AND deleted_at_utc IS NULL"
    rows = db.rows(sql, id=goal_id)
    if not rows:
        return None
    steps = _steps_by_goal(db, [goal_id])
    return goal_from(rows[0], tuple(steps.get(goal_id, ())))


def get_step_row(db: Database, step_id: int) -> GoalStep | None:
    rows = db.rows(SQL_STEP, id=step_id)
    return step_from(rows[0]) if rows else None
