"""Goals in small steps: what, why, how you will know, a review date, and the steps.

A step can be linked to practice ("breathe 5 minutes on 4 days this week") and then ticks
itself from the practice log. A goal is done when every step is done."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import UserError
from app.events import EventHub, GoalsChanged, PracticeChanged
from app.goals import queries
from app.goals.types import Completion, Goal, GoalDraft, GoalStep, PracticeLink
from app.limits import (
    GOAL_TEXT_MAX,
    GOAL_TITLE_MAX,
    STEP_DAYS_MAX,
    STEP_DAYS_MIN,
    STEP_MINUTES_MAX,
    STEP_MINUTES_MIN,
    STEP_PRACTICE_KINDS,
)
from app.storage.database import Database
from app.storage.soft_delete import live_row, restore, soft_delete
from app.timeutil import now_stamp, stamp_from

__all__ = ["Completion", "Goal", "GoalDraft", "GoalService", "GoalStep", "PracticeLink",
           "practice_link"]


def _text(name: str, value: str | None, limit: int, *, required: bool = False) -> str | None:
    text = (value or "").strip() or None
    if text is None and required:
        raise UserError(f"give the {name} a few words")
    if text is not None and len(text) > limit:
        raise UserError(f"the {name} is {len(text)} characters; keep it under {limit}")
    return text


def _whole(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise UserError(f"{name} must be a whole number from {low} to {high}, not {value}")
    return value


def practice_link(kind: str | None, minutes: int | None, days: int | None) -> PracticeLink | None:
    """The checked link, or None when none of the three is given."""
    if kind is None and minutes is None and days is None:
        return None
    if kind is None or minutes is None or days is None:
        raise UserError("a practice step needs a kind, minutes a day and a number of days")
    if kind not in STEP_PRACTICE_KINDS:
        raise UserError(f"practice must be one of {', '.join(STEP_PRACTICE_KINDS)}, "
                        f"not '{kind}'")
    return PracticeLink(
        kind=kind,
        minutes=_whole("minutes", minutes, STEP_MINUTES_MIN, STEP_MINUTES_MAX),
        days=_whole("days", days, STEP_DAYS_MIN, STEP_DAYS_MAX))


def _draft(draft: GoalDraft | None, fields: dict[str, Any]) -> GoalDraft:
    if draft is None:
        return GoalDraft(**fields)
    if fields:
        raise TypeError("pass a GoalDraft or keyword fields, not both")
    return draft


class GoalService:
    def __init__(self, db: Database, hub: EventHub) -> None:
        self._db = db
        self._hub = hub
        # Practice-linked steps tick themselves in two places, with the same idempotent
        # sync_practice(): here, the moment a session is logged in this process (so an
        # open page celebrates at once), and on every read (list_goals, get_goal), which
        # catches sessions logged before this service existed or by another process (the
        # CLI, a second machine on PostgreSQL). Either alone would miss ticks.
        hub.subscribe(PracticeChanged, self._on_practice)

    def _on_practice(self, _event: PracticeChanged) -> None:
        self.sync_practice()

    # -- goals -----------------------------------------------------------------------
    def _checked(self, draft: GoalDraft) -> GoalDraft:
        return GoalDraft(
            title=_text("goal", draft.title, GOAL_TITLE_MAX, required=True) or "",
            why=_text("why", draft.why, GOAL_TEXT_MAX),
            measure=_text("how you will know", draft.measure, GOAL_TEXT_MAX),
            review_on=draft.review_on)

    def add_goal(self, draft: GoalDraft | None = None, *, at: dt.datetime | None = None,
                 **fields: Any) -> Goal:
        checked = self._checked(_draft(draft, fields))
        stamp = stamp_from(at) if at is not None else now_stamp()
        from app.storage.models import Goal as GoalRow

        with self._db.transaction() as session:
            row = GoalRow(title=checked.title, why=checked.why, measure=checked.measure,
                          review_on=checked.review_on, created_at_utc=stamp.at_utc,
                          utc_offset_min=stamp.offset_min, local_day=stamp.local_day)
            session.add(row)
            session.flush()
            goal_id = row.id
        return self._changed(goal_id)

    def update_goal(self, goal_id: int, draft: GoalDraft | None = None, **fields: Any) -> Goal:
        checked = self._checked(_draft(draft, fields))
        with self._db.transaction() as session:
            row = self._goal_row(session, goal_id)
            row.title, row.why, row.measure = checked.title, checked.why, checked.measure
            row.review_on = checked.review_on
        return self._changed(goal_id)

    def complete_goal(self, goal_id: int) -> Goal:
        """Mark the goal done: its open steps are ticked with it, so done means all done."""
        now = now_stamp().at_utc
        with self._db.transaction() as session:
            row = self._goal_row(session, goal_id)
            for step in self._live_steps(session, goal_id):
                step.done_at_utc = step.done_at_utc or now
            row.done_at_utc = row.done_at_utc or now
        return self._changed(goal_id)

    def reopen_goal(self, goal_id: int) -> Goal:
        with self._db.transaction() as session:
            self._goal_row(session, goal_id).done_at_utc = None
        return self._changed(goal_id)

    def review_goal(self, goal_id: int, *, note: str | None = None,
                    next_review_on: dt.date | None = None, let_go: bool = False) -> Goal:
        """Record a review today ("keep, change, or let it go"); let_go archives the goal."""
        checked_note = _text("review note", note, GOAL_TEXT_MAX)
        stamp = now_stamp()
        if next_review_on is not None and next_review_on < stamp.local_day:
            raise UserError("choose a next review date from today on")
        with self._db.transaction() as session:
            row = self._goal_row(session, goal_id)
            row.reviewed_on, row.review_note = stamp.local_day, checked_note
            if next_review_on is not None:
                row.review_on = next_review_on
            if let_go:
                row.archived_at_utc = row.archived_at_utc or stamp.at_utc
        return self._changed(goal_id)

    def set_archived(self, goal_id: int, archived: bool) -> Goal:
        with self._db.transaction() as session:
            row = self._goal_row(session, goal_id)
            row.archived_at_utc = (row.archived_at_utc or now_stamp().at_utc) if archived else None
        return self._changed(goal_id)

    def delete_goal(self, goal_id: int) -> Goal:
        """Set the goal aside with its steps; restore_goal brings it back."""
        from app.storage.models import Goal as GoalRow

        with self._db.transaction() as session:
            soft_delete(session, GoalRow, goal_id, what="goal")
        found = queries.get_goal(self._db, goal_id, include_deleted=True)
        assert found is not None
        self._hub.publish(GoalsChanged(goal_id))
        return found

    def restore_goal(self, goal_id: int) -> Goal:
        from app.storage.models import Goal as GoalRow

        with self._db.transaction() as session:
            restore(session, GoalRow, goal_id, what="goal")
        return self._changed(goal_id)

    # -- steps -----------------------------------------------------------------------
    def add_step(self, goal_id: int, title: str, *, practice_kind: str | None = None,
                 minutes: int | None = None, days: int | None = None,
                 therapy_session_id: int | None = None,
                 at: dt.datetime | None = None) -> GoalStep:
        """A step at the end of the goal's list. A practice-linked step counts the local
        week (Monday-Sunday) holding the day it is made: "this week"."""
        text = _text("step", title, GOAL_TITLE_MAX, required=True)
        link = practice_link(practice_kind, minutes, days)
        day = (stamp_from(at) if at is not None else now_stamp()).local_day
        from sqlalchemy import func, select

        from app.storage.models import GoalStep as StepRow
        from app.storage.models import TherapySession

        with self._db.transaction() as session:
            goal = self._goal_row(session, goal_id)
            if therapy_session_id is not None:
                live_row(session, TherapySession, therapy_session_id, what="therapy session")
            last = session.scalar(select(func.max(StepRow.position))
                                  .where(StepRow.goal_id == goal_id))
            row = StepRow(goal_id=goal_id, title=text, position=(last or 0) + 1,
                          practice_kind=link and link.kind,
                          practice_minutes=link and link.minutes,
                          practice_days=link and link.days, created_local_day=day,
                          therapy_session_id=therapy_session_id)
            session.add(row)
            goal.done_at_utc = None  # a new step is more to do
            session.flush()
            step_id = row.id
        self.sync_practice()  # the week may already hold enough practice
        self._changed(goal_id)
        return self.get_step(step_id)

    def update_step(self, step_id: int, title: str, *, practice_kind: str | None = None,
                    minutes: int | None = None, days: int | None = None) -> GoalStep:
        """Change a step's words and its practice link (none given: no link)."""
        text = _text("step", title, GOAL_TITLE_MAX, required=True)
        link = practice_link(practice_kind, minutes, days)
        with self._db.transaction() as session:
            row = self._step_row(session, step_id)
            row.title = text
            row.practice_kind = link and link.kind
            row.practice_minutes, row.practice_days = link and link.minutes, link and link.days
            goal_id = row.goal_id
        self.sync_practice()
        self._changed(goal_id)
        return self.get_step(step_id)

    def move_step(self, step_id: int, offset: int) -> GoalStep:
        """Move a step up (-1) or down (+1) among its goal's steps; at an end it stays."""
        with self._db.transaction() as session:
            row = self._step_row(session, step_id)
            steps = self._live_steps(session, row.goal_id)
            index = next(i for i, s in enumerate(steps) if s.id == step_id)
            target = max(0, min(len(steps) - 1, index + offset))
            steps.insert(target, steps.pop(index))
            for position, step in enumerate(steps, start=1):
                step.position = position
            goal_id = row.goal_id
        self._changed(goal_id)
        return self.get_step(step_id)

    def set_step_done(self, step_id: int, done: bool = True) -> Completion:
        """Tick (or untick) a step; ticking the last open one finishes the goal."""
        if not done:
            self._check_untick(step_id)
        with self._db.transaction() as session:
            row = self._step_row(session, step_id)
            row.done_at_utc = (row.done_at_utc or now_stamp().at_utc) if done else None
            goal_id = row.goal_id
            finished = self._settle(session, goal_id)
        goal = self._changed(goal_id)
        return Completion(self.get_step(step_id), goal, finished)

    def delete_step(self, step_id: int) -> GoalStep:
        from app.storage.models import GoalStep as StepRow

        with self._db.transaction() as session:
            row = soft_delete(session, StepRow, step_id, what="step")
            goal_id = row.goal_id
            self._settle(session, goal_id)
        self._changed(goal_id)
        found = queries.get_step_row(self._db, step_id)
        assert found is not None
        return found

    def restore_step(self, step_id: int) -> GoalStep:
        from app.storage.models import GoalStep as StepRow

        with self._db.transaction() as session:
            row = restore(session, StepRow, step_id, what="step")
            goal_id = row.goal_id
            self._settle(session, goal_id)
        self._changed(goal_id)
        return self.get_step(step_id)

    def _check_untick(self, step_id: int) -> None:
        """The practice log would tick it again at once, so say so instead of flickering."""
        step = queries.get_step_row(self._db, step_id)
        link = None if step is None else step.practice
        if step is not None and link is not None and \
                queries.days_met(self._db, link, step.created_local_day) >= link.days:
            raise UserError("this step is done from your practice log this week, "
                            "so it stays ticked")

    # -- practice-linked steps ----------------------------------------------------------
    def sync_practice(self) -> list[GoalStep]:
        """Tick every open practice-linked step whose week holds enough practice days."""
        due = [s for s in queries.open_practice_steps(self._db)
               if s.practice is not None
               and queries.days_met(self._db, s.practice, s.created_local_day) >= s.practice.days]
        if not due:
            return []
        from app.storage.models import GoalStep as StepRow

        now = now_stamp().at_utc
        with self._db.transaction() as session:
            for step in due:
                row = session.get(StepRow, step.id)
                if row is not None and row.done_at_utc is None:
                    row.done_at_utc = now
            for goal_id in {s.goal_id for s in due}:
                self._settle(session, goal_id)
        self._hub.publish(GoalsChanged(None, tuple(s.id for s in due)))
        return due

    # -- reading (app/goals/queries.py) --------------------------------------------------
    def list_goals(self, *, include_archived: bool = True) -> list[Goal]:
        self.sync_practice()
        goals = queries.list_goals(self._db)
        return [g for g in goals if include_archived or not g.archived]

    def get_goal(self, goal_id: int) -> Goal:
        self.sync_practice()
        return self._read_goal(goal_id)

    def get_step(self, step_id: int) -> GoalStep:
        row = queries.get_step_row(self._db, step_id)
        goal = None if row is None else queries.get_goal(self._db, row.goal_id)
        found = None if goal is None else next((s for s in goal.steps if s.id == step_id), None)
        if found is None:
            raise UserError(f"there is no step {step_id}")
        return found

    # -- helpers -----------------------------------------------------------------------
    def _read_goal(self, goal_id: int) -> Goal:
        found = queries.get_goal(self._db, goal_id)
        if found is None:
            raise UserError(f"there is no goal {goal_id}")
        return found

    def _changed(self, goal_id: int) -> Goal:
        goal = self._read_goal(goal_id)
        self._hub.publish(GoalsChanged(goal_id))
        return goal

    @staticmethod
    def _goal_row(session: Any, goal_id: int) -> Any:
        from app.storage.models import Goal as GoalRow

        return live_row(session, GoalRow, goal_id, what="goal")

    def _step_row(self, session: Any, step_id: int) -> Any:
        from app.storage.models import GoalStep as StepRow

        row = live_row(session, StepRow, step_id, what="step")
        self._goal_row(session, row.goal_id)  # a deleted goal's steps are gone with it
        return row

    @staticmethod
    def _live_steps(session: Any, goal_id: int) -> list[Any]:
        from sqlalchemy import select

        from app.storage.models import GoalStep as StepRow

        return list(session.scalars(
            select(StepRow).where(StepRow.goal_id == goal_id, StepRow.deleted_at_utc.is_(None))
            .order_by(StepRow.position, StepRow.id)))

    def _settle(self, session: Any, goal_id: int) -> bool:
        """Done exactly when every step is: True when this call finished the goal."""
        session.flush()
        steps = self._live_steps(session, goal_id)
        goal = self._goal_row(session, goal_id)
        if not steps:
            return False
        if all(s.done_at_utc is not None for s in steps):
            if goal.done_at_utc is None:
                goal.done_at_utc = now_stamp().at_utc
                return True
            return False
        goal.done_at_utc = None
        return False
