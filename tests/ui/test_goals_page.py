"""The Goals page: create a goal with steps, tick one (acknowledged), finish the goal
(celebrated), a practice-linked step ticks itself, review, archive, delete and undo."""

from __future__ import annotations

import datetime as dt

from app.timeutil import today
from ui.qt import QPoint, Qt


def open_goals(window, qtbot):
    page = window.show_page("goals")
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, check):
    """On the box itself: a wide checkbox's middle may be past its text."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def add_goal(page, qtbot, title="Ask for help at work"):
    if not page.form_card.isVisible():
        click(qtbot, page.new_goal_button)
    qtbot.keyClicks(page.fields.title, title)
    qtbot.keyClicks(page.fields.why, "I carry too much alone")
    qtbot.keyClicks(page.fields.measure, "I ask once a week")
    click(qtbot, page.add_button)
    return page.cards[-1]


def add_step(page, qtbot, goal_id, text):
    card = page.card_for(goal_id)
    qtbot.keyClicks(card.new_step, text)
    qtbot.keyClick(card.new_step, Qt.Key.Key_Return)
    return page.card_for(goal_id)


def test_create_goal_with_steps_tick_one_and_finish(window, ctx, qtbot):
    page = open_goals(window, qtbot)
    assert page.empty.isVisible() and "small enough to start" in page.empty.text()
    assert page.form_card.isVisible()  # the way in on a first visit
    card = add_goal(page, qtbot)
    assert not page.empty.isVisible()
    [goal] = ctx.goals.list_goals()
    assert (goal.title, goal.why, goal.measure) == (
        "Ask for help at work", "I carry too much alone", "I ask once a week")
    assert goal.review_on == today() + dt.timedelta(days=14)
    add_step(page, qtbot, goal.id, "Write down one task to share")
    card = add_step(page, qtbot, goal.id, "Ask a colleague")
    assert [r.check.text() for r in card.step_rows] == [
        "Write down one task to share", "Ask a colleague"]
    assert card.progress.value() == 0

    tick(qtbot, card.step_rows[0].check)
    qtbot.waitUntil(lambda: page.celebration.isVisible())
    assert page.celebration.kind == "step"
    assert "One step done" in page.celebration.text.text()
    card = page.card_for(goal.id)
    assert card.progress.value() == 0.5 and "1 of 2 steps" in card.summary.text()
    assert card.step_rows[0].check.isChecked()

    tick(qtbot, card.step_rows[1].check)
    assert page.celebration.kind == "goal"
    assert "You did what you set out to do" in page.celebration.text.text()
    assert page.celebration.animating()  # a soft fade in, since motion is on
    assert page.celebration.parent() is page.card_for(goal.id)  # where the tick was made
    assert ctx.goals.get_goal(goal.id).done


def test_reduced_motion_celebrates_without_animation(window, ctx, qtbot):
    ctx.settings.set("reduced_motion", True)
    goal = ctx.goals.add_goal(title="Rest")
    step = ctx.goals.add_step(goal.id, "Nap")
    page = open_goals(window, qtbot)
    tick(qtbot, page.card_for(goal.id).step_rows[0].check)
    qtbot.waitUntil(lambda: page.celebration.isVisible())
    assert not page.celebration.animating()
    assert ctx.goals.get_step(step.id).done


def test_practice_linked_step_ticks_itself_after_breathing(window, ctx, qtbot):
    page = open_goals(window, qtbot)
    add_goal(page, qtbot, "Calmer evenings")
    [goal] = ctx.goals.list_goals()
    card = page.card_for(goal.id)
    qtbot.keyClicks(card.new_step, "Breathe 5 minutes")
    tick(qtbot, card.new_practice.linked)
    assert "Counts this week" in card.new_practice.week.text()
    card.new_practice.days.setValue(1)
    click(qtbot, card.add_step_button)
    card = page.card_for(goal.id)
    row = card.step_rows[0]
    assert "0 of 1 day" in row.caption.text() and not row.check.isChecked()

    pattern = ctx.breathing.find_pattern("box")
    ctx.breathing.log_session(pattern=pattern, planned_seconds=300, actual_seconds=300,
                              completed=True, cycles_completed=19, minutes=5)
    card = page.card_for(goal.id)
    assert card.step_rows[0].check.isChecked()
    assert "1 of 1 day" in card.step_rows[0].caption.text()
    qtbot.waitUntil(lambda: page.celebration.isVisible())
    assert page.celebration.kind == "goal"


def test_review_prompt_keep_records_and_moves_the_date(window, ctx, qtbot):
    goal = ctx.goals.add_goal(title="Journal twice a week", review_on=today())
    page = open_goals(window, qtbot)
    card = page.card_for(goal.id)
    assert card.review_box is not None
    qtbot.waitUntil(card.review_box.isVisible)
    qtbot.keyClicks(card.review_note, "Going well")
    click(qtbot, card.keep_button)
    stored = ctx.goals.get_goal(goal.id)
    assert stored.reviewed_on == today() and stored.review_note == "Going well"
    assert stored.review_on == today() + dt.timedelta(days=14)
    assert page.card_for(goal.id).review_box is None


def test_archive_then_delete_with_undo(window, ctx, qtbot):
    goal = ctx.goals.add_goal(title="Boundaries at home")
    page = open_goals(window, qtbot)
    click(qtbot, page.card_for(goal.id).archive_button)
    assert page.archived_toggle.isVisible() and not page.archived_box_host.isVisible()
    click(qtbot, page.archived_toggle)
    card = page.card_for(goal.id)
    qtbot.waitUntil(card.isVisible)
    assert card.archive_button.text() == "Unarchive"
    click(qtbot, card.delete_button)
    assert ctx.goals.list_goals() == [] and page.undo_bar.isVisible()
    click(qtbot, page.undo_bar.button)
    assert [g.title for g in ctx.goals.list_goals()] == ["Boundaries at home"]


def test_empty_title_is_refused_in_place(window, ctx, qtbot):
    page = open_goals(window, qtbot)
    click(qtbot, page.add_button)
    assert page.form_status.is_error() and "few words" in page.form_status.text()
    assert ctx.goals.list_goals() == []
