"""Sessions: flag a check-in from the Log page, find it on the Sessions page, note the
session, and turn homework into goal steps."""

from __future__ import annotations

import datetime as dt

from app.mood.service import CheckinDraft
from app.regulation.types import RegulationDraft
from ui.qt import QDate, Qt

CLICK = Qt.MouseButton.LeftButton


def open_page(window, qtbot, key):
    page = window.show_page(key)
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def test_flag_a_checkin_from_the_log_and_remove_it_with_undo(window, ctx, qtbot):
    checkin = ctx.mood.add_checkin(CheckinDraft(pleasantness=-2, energy=3, note="Knot in my "
                                                "stomach before the call"))
    log = open_page(window, qtbot, "log")
    button = log.row_for(checkin.id).session_button
    assert not button.isChecked() and button.text() == "Bring to session"
    qtbot.mouseClick(button, CLICK)
    assert button.isChecked() and ctx.therapy.is_flagged("checkin", checkin.id)

    page = open_page(window, qtbot, "therapy")
    [row] = page.rows
    assert "Knot in my stomach" in row.text.text()
    qtbot.mouseClick(row.remove_button, CLICK)
    assert page.rows == [] and "Bring to session" in page.flags_box.itemAt(0).widget().text()
    assert not button.isChecked()  # the Log page's toggle follows
    qtbot.keyClick(page.undo_bar.button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(page.rows) == 1 and button.isChecked()


def test_regulation_rows_offer_it_too(window, ctx, qtbot):
    ctx.regulation.add_entry(RegulationDraft(
        situation="Argument about the holidays", emotions=(("angry", 7, 4),),
        strategy="check the facts", helpfulness=2))
    log = open_page(window, qtbot, "log")
    qtbot.mouseClick(log.regulation_tab, CLICK)
    [row] = log.entry_rows
    qtbot.mouseClick(row.session_button, CLICK)
    assert [f.summary for f in ctx.therapy.pending()] == [
        "Argument about the holidays (Check the facts)"]


def test_date_and_session_notes(window, ctx, qtbot):
    checkin = ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=0))
    ctx.therapy.flag("checkin", checkin.id)
    page = open_page(window, qtbot, "therapy")
    assert "No date yet" in page.day_text.text() and not page.day_edit.isVisible()
    qtbot.mouseClick(page.set_day_button, CLICK)
    soon = dt.date.today() + dt.timedelta(days=3)
    page.day_edit.setDate(QDate(soon.year, soon.month, soon.day))
    assert ctx.therapy.next_session().on_day == soon
    assert "in 3 days" in page.day_text.text()

    qtbot.mouseClick(page.save_button, CLICK)
    assert "what you worked on" in page.status.text()
    qtbot.keyClicks(page.worked_on, "Trust at work")
    page.homework_edit.setPlainText("Notice the first sign\nAsk for help once")
    qtbot.mouseClick(page.save_button, CLICK)
    [held] = ctx.therapy.past_sessions()
    assert held.on_day == soon and held.worked_on == "Trust at work"
    assert [f.item_id for f in held.items] == [checkin.id]
    assert page.rows == [] and page.worked_on.toPlainText() == ""
    assert "Saved" in page.status.text()
    [past] = page.past_rows
    qtbot.waitUntil(past.isVisible)  # new rows show once the event loop runs
    assert not past.details.isVisible()
    qtbot.mouseClick(past.toggle, CLICK)
    assert past.details.isVisible() and "Trust at work" in past.details.text()

    # Homework into goal steps: a new goal "From my sessions", then the same goal again.
    sleep = ctx.goals.add_goal(title="Sleep better")
    card = page.homework
    assert card is not None and list(card.buttons) == ["Notice the first sign",
                                                       "Ask for help once"]
    assert [card.goal_box.itemText(i) for i in range(card.goal_box.count())] == [
        "Sleep better", "A new goal: From my sessions"]
    card.goal_box.setCurrentIndex(1)
    card.goal_box.activated.emit(1)
    qtbot.mouseClick(card.buttons["Notice the first sign"], CLICK)
    goal = next(g for g in ctx.goals.list_goals() if g.id != sleep.id)
    assert goal.title == "From my sessions"
    assert [(s.title, s.therapy_session_id) for s in goal.steps] == [
        ("Notice the first sign", held.id)]
    card = page.homework
    assert list(card.buttons) == ["Ask for help once"]
    assert card.goal_box.currentData() == goal.id  # the choice stays
    qtbot.mouseClick(card.buttons["Ask for help once"], CLICK)
    assert len(ctx.goals.get_goal(goal.id).steps) == 2
    assert ctx.goals.get_goal(sleep.id).steps == ()


def test_empty_page_invites(window, ctx, qtbot):
    page = open_page(window, qtbot, "therapy")
    assert not page.past_card.isVisible()
    assert page.homework is None
    qtbot.mouseClick(page.go_to_log, CLICK)
    assert window.current_page().key == "log"


def test_journal_entries_offer_it_too(window, ctx, qtbot):
    from app.journal.types import JournalDraft

    entry = ctx.journal.add_entry(JournalDraft(text="The old house, and how quiet it was."))
    journal = open_page(window, qtbot, "journal")
    card = journal.card_for(entry.id)
    qtbot.mouseClick(card.session_button, CLICK)
    assert [f.summary for f in ctx.therapy.pending()] == ["The old house, and how quiet it was."]
    page = open_page(window, qtbot, "therapy")
    assert [r.flag.kind for r in page.rows] == ["journal"]


def test_an_assessment_result_offers_it_too(window, ctx, qtbot):
    page = open_page(window, qtbot, "assessments")
    page.take("who-5")
    page.runner.finished.emit([3, 3, 2, 4, 3])
    view = page.result_view
    assert view.isVisible() and view.session_button is not None
    qtbot.mouseClick(view.session_button, CLICK)
    [flag] = ctx.therapy.pending()
    assert (flag.kind, flag.item_id) == ("assessment", view.result_id)
    assert flag.summary.startswith("WHO-5")


def test_an_earlier_result_can_be_seen_again_and_brought(window, ctx, qtbot):
    older = ctx.assessments.take("gad-7", [1, 1, 1, 1, 1, 1, 1], at=dt.datetime(2026, 3, 2, 9))
    latest = ctx.assessments.take("gad-7", [2, 2, 1, 1, 1, 1, 1], at=dt.datetime(2026, 3, 16, 9))
    page = open_page(window, qtbot, "assessments")
    assert "who-5" not in page.see_buttons  # nothing taken yet: nothing to see
    qtbot.mouseClick(page.see_buttons["gad-7"], CLICK)
    view = page.result_view
    assert view.isVisible() and not page.list_view.isVisible()
    assert view.result_id == latest.id != older.id
    assert "16 March 2026" in view.title.text()
    qtbot.mouseClick(view.session_button, CLICK)
    [flag] = ctx.therapy.pending()
    assert (flag.kind, flag.item_id) == ("assessment", latest.id)
    qtbot.mouseClick(view.done_button, CLICK)
    assert page.list_view.isVisible() and not view.isVisible()
