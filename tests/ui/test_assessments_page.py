"""Check-ups: taking an assessment with the keyboard alone, the crisis card at once for
PHQ-9 item 9, and the trend on the result and on Progress."""

from __future__ import annotations

import datetime as dt

from ui.qt import QApplication, Qt


def focus_by_tab(qtbot, window, target, limit=80):
    """Tab through the window until target has focus, as a keyboard user would."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError("the control cannot be reached with Tab")


def keys(qtbot, *presses):
    for key in presses:
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_take_gad7_by_keyboard_alone(window, ctx, qtbot):
    page = window.show_page("assessments")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()  # where a keyboard user arrives from: the sidebar
    button = page.take_buttons["gad-7"]
    qtbot.waitUntil(button.isVisible)  # a layout shows new widgets from the event loop
    focus_by_tab(qtbot, window, button)
    keys(qtbot, Qt.Key.Key_Space)
    runner = page.runner
    assert runner.isVisible() and runner.progress.text() == "1 of 7"
    keys(qtbot, Qt.Key.Key_3, Qt.Key.Key_Return)  # item 1: nearly every day
    assert runner.progress.text() == "2 of 7"
    keys(qtbot, Qt.Key.Key_Return)  # nothing chosen: stays, says why
    assert runner.progress.text() == "2 of 7" and "Choose an answer" in runner.hint.text()
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)  # item 2: value 1
    keys(qtbot, Qt.Key.Key_Backspace)  # back to item 2; its answer is kept
    assert runner.progress.text() == "2 of 7" and runner.choices.checkedId() == 1
    keys(qtbot, Qt.Key.Key_2, Qt.Key.Key_Return)  # changed to 2
    for value in (Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_0):
        keys(qtbot, value, Qt.Key.Key_Return)
    assert runner.progress.text() == "7 of 7"
    assert runner.next_button.text() == "See my result"
    keys(qtbot, Qt.Key.Key_1)
    keys(qtbot, Qt.Key.Key_Return)
    view = page.result_view
    assert view.isVisible() and not runner.isVisible()
    [stored] = ctx.assessments.history("gad-7")
    assert stored.answers == (3, 2, 2, 1, 0, 0, 1) and stored.scores == {"total": 9}
    assert view.result_id == stored.id
    assert view.score.text() == "9 of 21" and "mild" in view.band.text()
    assert "not a diagnosis" in view.does_not.text()
    assert "No permission required" in view.source.text()
    assert not view.crisis_card.isVisible()
    keys(qtbot, Qt.Key.Key_Return)  # Done
    assert page.list_view.isVisible()
    assert "score 9, mild" in page.last_labels["gad-7"].text()


def test_phq9_item9_opens_the_crisis_card_at_once(window, ctx, qtbot):
    page = window.show_page("assessments")
    page.take("phq-9")
    for _ in range(8):
        keys(qtbot, Qt.Key.Key_0, Qt.Key.Key_Return)
    keys(qtbot, Qt.Key.Key_1)
    assert page.runner.next_button.text() == "Next"  # the follow-up will be asked
    keys(qtbot, Qt.Key.Key_Return)
    from ui.safety.crisis_card import CrisisCardDialog

    dialog = window.findChild(CrisisCardDialog, "CrisisCard")
    assert dialog is not None and dialog.isVisible()
    assert page.runner.progress.text() == "One more question"
    dialog.close()
    page.runner.pick_key(1)
    page.runner.next()
    [stored] = ctx.assessments.history("phq-9")
    assert stored.crisis and stored.scores == {"total": 1} and stored.band == "minimal"
    assert page.result_view.crisis_card.isVisible()
    from ui.assessments.result_view import CRISIS_NUMBERS

    assert "988" in CRISIS_NUMBERS and "116 123" in CRISIS_NUMBERS


def test_result_shows_the_trend_and_progress_card(window, ctx, qtbot):
    ctx.assessments.take("who-5", [3, 3, 3, 3, 3], at=dt.datetime(2026, 1, 5, 9))
    page = window.show_page("assessments")
    page.take("who-5")
    for _ in range(5):
        page.runner.pick_key(4)
        page.runner.next()
    view = page.result_view
    assert view.score.text() == "80%"
    assert view.trend.isVisible() and len(view.trend.points) == 2
    assert "20 points higher than last time" in view.change.text()
    assert "meaningful change" in view.change.text()
    progress = window.show_page("progress")
    qtbot.waitUntil(lambda: getattr(progress, "assessments_card", None) is not None)
    card = progress.assessments_card
    qtbot.waitUntil(lambda: card.shown == ["who-5"])
    ctx.assessments.take("gad-7", [0] * 7)
    qtbot.waitUntil(lambda: card.shown == ["who-5", "gad-7"])
