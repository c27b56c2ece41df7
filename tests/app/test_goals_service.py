"""Goals in small steps: goals, steps, completion, review, archive, delete and restore."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError
from app.events import GoalsChanged
from app.goals.types import GoalDraft
from app.timeutil import today


def test_add_goal_with_steps_and_finish_it(ctx):
    seen: list[GoalsChanged] = []
    ctx.hub.subscribe(GoalsChanged, seen.append)
    goal = ctx.goals.add_goal(GoalDraft(
        title="  Ask for help at work  ", why="I carry too much alone",
        measure="I ask once a week", review_on=today() + dt.timedelta(days=14)))
    assert (goal.title, goal.why, goal.measure) == (
        "Ask for help at work", "I carry too much alone", "I ask once a week")
    first = ctx.goals.add_step(goal.id, "Write down one task to share")
    second = ctx.goals.add_step(goal.id, "Ask a colleague")
    assert [s.position for s in ctx.goals.get_goal(goal.id).steps] == [1, 2]
    done = ctx.goals.set_step_done(first.id)
    assert done.step.done and not done.goal_finished and done.goal.progress == 0.5
    done = ctx.goals.set_step_done(second.id)
    assert done.goal_finished and done.goal.done and done.goal.steps_done == 2
    assert seen and seen[-1].goal_id == goal.id
    # Unticking a step opens the goal again; a new step does too.
    assert not ctx.goals.set_step_done(second.id, False).goal.done
    ctx.goals.set_step_done(second.id)
    ctx.goals.add_step(goal.id, "Say thank you")
    assert not ctx.goals.get_goal(goal.id).done


def test_complete_goal_ticks_open_steps_and_reopen(ctx):
    goal = ctx.goals.add_goal(title="Sleep by eleven")
    step = ctx.goals.add_step(goal.id, "Phone out of the bedroom")
    finished = ctx.goals.complete_goal(goal.id)
    assert finished.done and finished.steps[0].done
    assert ctx.goals.get_step(step.id).done
    bare = ctx.goals.add_goal(title="Call my sister")
    assert ctx.goals.complete_goal(bare.id).progress == 1.0
    assert not ctx.goals.reopen_goal(bare.id).done


def test_bad_input_is_refused_and_writes_nothing(ctx):
    with pytest.raises(UserError, match="few words"):
        ctx.goals.add_goal(title="   ")
    with pytest.raises(UserError, match="under 200"):
        ctx.goals.add_goal(title="x" * 201)
    goal = ctx.goals.add_goal(title="Walk more")
    for kind, minutes, days, match in [("running", 5, 3, "one of"), ("breathing", 0, 3, "1 to"),
                                       ("breathing", 601, 3, "600"), ("breathing", 5, 8, "7"),
                                       ("breathing", None, 3, "needs")]:
        with pytest.raises(UserError, match=match):
            ctx.goals.add_step(goal.id, "Breathe", practice_kind=kind, minutes=minutes, days=days)
    with pytest.raises(UserError, match="no goal 99"):
        ctx.goals.add_step(99, "Anything")
    with pytest.raises(UserError, match="no therapy session 5"):
        ctx.goals.add_step(goal.id, "Homework", therapy_session_id=5)
    assert ctx.goals.get_goal(goal.id).steps == ()
    assert [g.title for g in ctx.goals.list_goals()] == ["Walk more"]


def test_edit_and_reorder_steps(ctx):
    goal = ctx.goals.add_goal(title="Make space for friends")
    a, b, c = (ctx.goals.add_step(goal.id, t) for t in ("Text Sam", "Plan a walk", "Go"))
    ctx.goals.move_step(c.id, -1)
    ctx.goals.move_step(a.id, -1)  # already first: stays
    assert [s.title for s in ctx.goals.get_goal(goal.id).steps] == [
        "Text Sam", "Go", "Plan a walk"]
    edited = ctx.goals.update_step(b.id, "Plan a walk by the river",
                                   practice_kind="any", minutes=10, days=2)
    assert edited.title == "Plan a walk by the river" and edited.practice is not None
    assert edited.progress_text() == "0 of 2 days"
    assert ctx.goals.update_step(b.id, "Plan a walk").practice is None


def test_review_prompt_records_and_moves_the_date(ctx):
    goal = ctx.goals.add_goal(title="Journal twice a week", review_on=today())
    assert goal.review_due(today())
    assert not goal.review_due(today() - dt.timedelta(days=1))
    reviewed = ctx.goals.review_goal(goal.id, note="Going well, keep it",
                                     next_review_on=today() + dt.timedelta(days=7))
    assert reviewed.reviewed_on == today() and reviewed.review_note == "Going well, keep it"
    assert not reviewed.review_due(today())
    assert reviewed.review_due(today() + dt.timedelta(days=7))
    with pytest.raises(UserError, match="from today on"):
        ctx.goals.review_goal(goal.id, next_review_on=today() - dt.timedelta(days=1))
    let_go = ctx.goals.review_goal(goal.id, note="Not now", let_go=True)
    assert let_go.archived and not let_go.review_due(today() + dt.timedelta(days=30))


def test_archive_unarchive_delete_restore(ctx):
    goal = ctx.goals.add_goal(title="Boundaries at home")
    step = ctx.goals.add_step(goal.id, "Say no once")
    assert ctx.goals.set_archived(goal.id, True).archived
    assert ctx.goals.list_goals(include_archived=False) == []
    assert not ctx.goals.set_archived(goal.id, False).archived
    ctx.goals.delete_goal(goal.id)
    assert ctx.goals.list_goals() == []
    with pytest.raises(UserError, match="no goal"):
        ctx.goals.get_goal(goal.id)
    with pytest.raises(UserError, match="no goal"):
        ctx.goals.set_step_done(step.id)
    restored = ctx.goals.restore_goal(goal.id)
    assert [s.title for s in restored.steps] == ["Say no once"]
    ctx.goals.delete_step(step.id)
    assert ctx.goals.get_goal(goal.id).steps == ()
    assert ctx.goals.restore_step(step.id).title == "Say no once"


def test_deleting_the_last_open_step_finishes_the_goal(ctx):
    goal = ctx.goals.add_goal(title="Rest")
    done = ctx.goals.add_step(goal.id, "Nap")
    left = ctx.goals.add_step(goal.id, "Read")
    ctx.goals.set_step_done(done.id)
    ctx.goals.delete_step(left.id)
    assert ctx.goals.get_goal(goal.id).done
    ctx.goals.restore_step(left.id)
    assert not ctx.goals.get_goal(goal.id).done


def test_to_json_fields(ctx):
    goal = ctx.goals.add_goal(title="Breathe", review_on=dt.date(2030, 1, 6))
    ctx.goals.add_step(goal.id, "Breathe daily", practice_kind="breathing", minutes=5, days=4)
    data = ctx.goals.get_goal(goal.id).to_json()
    assert data["review_on"] == "2030-01-06" and data["steps_total"] == 1
    practice = data["steps"][0]["practice"]
    assert practice["kind"] == "breathing" and practice["days_met"] == 0
    start = dt.date.fromisoformat(practice["week_start"])
    assert start.weekday() == 0 and practice["week_end"] == (
        start + dt.timedelta(days=6)).isoformat()
