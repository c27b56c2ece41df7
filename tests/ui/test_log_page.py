"""The Log page: a regulation entry from the form; edit a check-in; delete and undo."""

from __future__ import annotations

import datetime as dt

from ui.qt import QApplication, QCheckBox, QDialog, Qt


def open_log(window, qtbot, section=0):
    page = window.show_page("log")
    qtbot.waitUntil(lambda: page.isVisible())
    if section:
        qtbot.mouseClick(page.regulation_tab, Qt.MouseButton.LeftButton)
        assert page.form.isVisible() and not page.history.isVisible()
    return page


def test_regulation_entry_from_the_form(window, ctx, qtbot):
    page = open_log(window, qtbot, section=1)
    form = page.form
    assert "Nothing here yet" in page.entries_box.itemAt(0).widget().text()
    qtbot.keyClicks(form.situation, "My friend cancelled again")
    qtbot.keyClicks(form.word, "rejected")
    qtbot.keyClick(form.word, Qt.Key.Key_Return)
    qtbot.keyClicks(form.word, "angry")
    qtbot.mouseClick(form.add_word_button, Qt.MouseButton.LeftButton)
    rejected, angry = form.rows
    rejected.before.setValue(8)
    rejected.after.setValue(4)
    angry.before.setValue(6)  # "after" left as "not yet"
    form.strategy.setCurrentIndex(form.strategy.findText("Check the facts"))
    assert "fit those facts" in form.strategy_hint.text()
    qtbot.mouseClick(form.helpful.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.people_toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.person, "Alex")
    form.action.setCurrentIndex(form.action.findData("asked_directly"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [entry] = ctx.regulation.list_entries()
    assert entry.situation == "My friend cancelled again"
    assert [(e.word, e.before, e.after) for e in entry.emotions] == [
        ("rejected", 8, 4), ("angry", 6, None)]
    assert (entry.strategy.name, entry.helpfulness) == ("Check the facts", 3)
    assert (entry.attachment_person, entry.attachment_action) == ("Alex", "asked_directly")
    assert [r.entry.id for r in page.entry_rows] == [entry.id]
    assert form.situation.text() == "" and form.rows == []
    assert "Saved" in form.status.text()


def test_regulation_form_says_what_is_missing_in_place(window, ctx, qtbot):
    form = open_log(window, qtbot, section=1).form
    qtbot.keyClicks(form.situation, "Loud neighbours")
    qtbot.keyClicks(form.word, "irritated")
    qtbot.keyClick(form.word, Qt.Key.Key_Return)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "choose what you did" in form.status.text().lower()
    form.strategy.setCurrentIndex(form.strategy.findText("Problem solving"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "how much it helped" in form.status.text()
    assert ctx.regulation.list_entries() == []


def test_edit_a_checkin_from_the_history(window, ctx, qtbot):
    checkin = ctx.mood.add_checkin(pleasantness=-2, energy=3, emotions={"anxious": 7},
                                   note="before the talk")
    page = open_log(window, qtbot)
    row = page.row_for(checkin.id)
    qtbot.mouseClick(row.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    assert form.plane.value() == (-2, 3) and form.emotions.selected() == [("anxious", 7)]
    for _ in range(4):
        qtbot.keyClick(form.plane, Qt.Key.Key_Right)
    qtbot.keyClick(form.plane, Qt.Key.Key_Down)
    qtbot.mouseClick(form.emotions.chip("anxious"), Qt.MouseButton.LeftButton)  # untick
    form.note.setText("after the talk: it went well")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted

    changed = ctx.mood.get(checkin.id)
    assert (changed.pleasantness, changed.energy) == (2, 2)
    assert changed.emotions == () and changed.note == "after the talk: it went well"
    assert changed.at_utc == checkin.at_utc
    assert "it went well" in page.row_for(checkin.id).text.text()  # the list refreshed


def test_delete_then_undo_brings_the_checkin_back_whole(window, ctx, qtbot):
    keep = ctx.mood.add_checkin(pleasantness=1, energy=1, at=dt.datetime(2026, 2, 1, 9, 0))
    gone = ctx.mood.add_checkin(pleasantness=-3, energy=-2, note="rough night",
                                emotions={"tired": 8}, tags=["home"], sleep_hours=4)
    page = open_log(window, qtbot)
    assert {r.checkin.id for r in page.rows} == {keep.id, gone.id}
    qtbot.mouseClick(page.row_for(gone.id).delete_button, Qt.MouseButton.LeftButton)
    assert [r.checkin.id for r in page.rows] == [keep.id]
    assert ctx.mood.list_checkins() == [keep]
    assert page.undo_bar.isVisible() and "Deleted" in page.undo_bar.message.text()

    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert ctx.mood.get(gone.id) == gone  # words, tag, sleep and note intact
    assert {r.checkin.id for r in page.rows} == {keep.id, gone.id}
    assert not page.undo_bar.isVisible()

    # Ctrl+Z does the same.
    qtbot.mouseClick(page.row_for(keep.id).delete_button, Qt.MouseButton.LeftButton)
    assert ctx.mood.list_checkins() == [gone]
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ctx.mood.list_checkins() == [keep, gone]


def test_delete_and_undo_a_regulation_entry(window, ctx, qtbot):
    entry = ctx.regulation.add_entry(situation="Missed the bus", emotions=[("frustrated", 6, 2)],
                                     strategy="Reappraisal", helpfulness=2)
    page = open_log(window, qtbot, section=1)
    qtbot.mouseClick(page.entry_rows[0].delete_button, Qt.MouseButton.LeftButton)
    assert ctx.regulation.list_entries() == [] and page.entry_rows == []
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert ctx.regulation.list_entries() == [entry]


def test_every_delete_of_the_session_can_be_undone(window, ctx, qtbot):
    first = ctx.mood.add_checkin(pleasantness=1, energy=1, at=dt.datetime(2026, 2, 1, 9, 0))
    second = ctx.mood.add_checkin(pleasantness=-1, energy=2, at=dt.datetime(2026, 2, 1, 18, 30))
    entry = ctx.regulation.add_entry(situation="Missed the bus", emotions=[("frustrated", 6, 2)],
                                     strategy="Reappraisal", helpfulness=2)
    page = open_log(window, qtbot)
    qtbot.mouseClick(page.row_for(first.id).delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.row_for(second.id).delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.regulation_tab, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.entry_rows[0].delete_button, Qt.MouseButton.LeftButton)
    assert ctx.mood.list_checkins() == [] and ctx.regulation.list_entries() == []
    assert page.undo_bar.message.text().startswith("Deleted the entry")

    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert ctx.regulation.list_entries() == [entry]
    assert page.undo_bar.isVisible() and "18:30" in page.undo_bar.message.text()
    # Ctrl+Z, again and again, brings back the rest, latest first.
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ctx.mood.list_checkins() == [second] and "09:00" in page.undo_bar.message.text()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ctx.mood.list_checkins() == [first, second]
    assert not page.undo_bar.isVisible()


def test_edit_a_regulation_entry_in_the_form(window, ctx, qtbot):
    entry = ctx.regulation.add_entry(situation="Missed the bus", emotions=[("frustrated", 6, 2)],
                                     strategy="Reappraisal", helpfulness=2)
    page = open_log(window, qtbot, section=1)
    qtbot.mouseClick(page.entry_rows[0].edit_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.situation.text() == "Missed the bus" and form.save_button.text() == "Save changes"
    qtbot.mouseClick(form.helpful.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [changed] = ctx.regulation.list_entries()
    assert changed.id == entry.id and changed.helpfulness == 4


def test_history_search_and_filters(window, ctx, qtbot):
    walk = ctx.mood.add_checkin(pleasantness=3, energy=2, note="walk by the river",
                                emotions={"joyful": 6}, tags=["outdoors"])
    ctx.mood.add_checkin(pleasantness=-1, energy=-3, emotions={"tired": 7})
    page = open_log(window, qtbot)
    qtbot.keyClicks(page.search, "river")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert [r.checkin.id for r in page.rows] == [walk.id]
    page.search.clear()
    page.word_filter.setCurrentIndex(page.word_filter.findData("joyful"))
    assert [r.checkin.id for r in page.rows] == [walk.id]
    page.word_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findText("home"))
    assert page.rows == []
    empty = page.days_box.itemAt(0).widget().findChildren(type(page.undo_bar.message))
    assert "Nothing matches" in empty[-1].text()


def test_strategy_list_hide_and_add(window, ctx, qtbot):
    page = open_log(window, qtbot, section=1)
    boxes = {b.text(): b for b in page.regulation_view.findChildren(QCheckBox)}
    boxes["Suppression"].setFocus()
    qtbot.keyClick(boxes["Suppression"], Qt.Key.Key_Space)
    assert ctx.regulation.find_strategy("Suppression").hidden
    assert page.form.strategy.findText("Suppression") < 0
    qtbot.keyClicks(page.strategies.new_strategy, "Call my sister")
    qtbot.keyClick(page.strategies.new_strategy, Qt.Key.Key_Return)
    assert ctx.regulation.find_strategy("call my sister").family == "own"
    assert page.form.strategy.findText("Call my sister") >= 0


def test_offer_after_a_practice_session_logs_a_linked_entry(qtbot, ctx):
    from ui.widgets.log_regulation_offer import RegulationOffer

    session = ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                                       planned_seconds=300, actual_seconds=300, completed=True)
    offer = RegulationOffer(ctx.regulation, session.id)
    qtbot.addWidget(offer)
    saved = []
    offer.saved.connect(saved.append)
    qtbot.keyClicks(offer.situation, "Before the job interview")
    qtbot.keyClicks(offer.word, "nervous")
    offer.before.setValue(7)
    offer.after.setValue(3)
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    assert saved == []  # helpfulness not chosen yet; said in place
    assert "how much it helped" in offer.status.text()
    qtbot.mouseClick(offer.helpful.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    [entry] = saved
    assert entry.practice_session_id == session.id
    assert entry.strategy.name == "Breathing exercise"
    assert [(e.word, e.before, e.after) for e in entry.emotions] == [("nervous", 7, 3)]


def test_empty_history_offers_to_check_in(window, qtbot):
    from ui.qt import Qt

    log = window.show_page("log")
    qtbot.mouseClick(log.check_in_button, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "today"


def test_each_checkin_has_a_mood_mark_by_colour_and_shape(window, ctx, qtbot):
    low = ctx.mood.add_checkin(pleasantness=-3, energy=1, emotions={"calm": 6})
    mid = ctx.mood.add_checkin(pleasantness=0, energy=0)
    high = ctx.mood.add_checkin(pleasantness=4, energy=-2)
    page = open_log(window, qtbot)
    rows = {c.id: page.row_for(c.id) for c in (low, mid, high)}
    shapes = {cid: row.mark.shape for cid, row in rows.items()}
    assert shapes == {low.id: "triangle", mid.id: "diamond", high.id: "circle"}
    assert "Unpleasant" in rows[low.id].mark.accessibleName()
    # The number after a word says it is a strength on a scale.
    assert "calm 6/10" in rows[low.id].text.text()


def test_delete_is_quieter_than_edit(window, ctx, qtbot):
    checkin = ctx.mood.add_checkin(pleasantness=1, energy=1)
    from ui.qt import QColor

    row = open_log(window, qtbot).row_for(checkin.id)
    primary = QColor(window.theme_tokens.primary)

    def has_primary_text(button) -> bool:
        image = button.grab().toImage()
        return any(
            sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3],
                                           primary.getRgb()[:3], strict=True)) < 60
            for x in range(image.width()) for y in range(image.height()))

    assert has_primary_text(row.edit_button)  # Edit: the calm primary colour
    assert not has_primary_text(row.delete_button)  # Delete: muted
