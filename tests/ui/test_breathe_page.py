"""The Breathe page: whole sessions driven through the real widgets, and what gets stored."""

from __future__ import annotations

import sqlite3

import pytest

from ui.qt import QApplication, QDialog, Qt


@pytest.fixture
def page(window):
    page = window.show_page("breathe")
    page.lead_in = 0.2  # the real 3 s settling-in pause would only slow the tests down
    return page


def _make_pattern(page, qtbot, name, inhale, hold_in, exhale, hold_out):
    qtbot.mouseClick(page.setup.new_button, Qt.MouseButton.LeftButton)
    # Editors stay children of the page after closing: the open one is the one to fill in.
    [editor] = [d for d in page.setup.findChildren(QDialog) if d.isVisible()]
    qtbot.keyClicks(editor.name, name)
    for spin, value in ((editor.inhale, inhale), (editor.hold_in, hold_in),
                        (editor.exhale, exhale), (editor.hold_out, hold_out)):
        spin.setValue(value)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return editor


def test_whole_custom_session_through_the_gui_is_stored(page, ctx, qtbot):
    editor = _make_pattern(page, qtbot, "Tiny", 0.5, 0.5, 0.5, 0.5)
    assert editor.result() == QDialog.DialogCode.Accepted
    custom = ctx.breathing.list_custom()[0]
    assert page.setup.selected().key == custom.key  # the new pattern is chosen
    qtbot.mouseClick(page.setup.by_cycles, Qt.MouseButton.LeftButton)
    page.setup.cycles.setValue(2)
    qtbot.mouseClick(page.setup.calm_before.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.running
    cues = page._sound.cues
    qtbot.waitUntil(lambda: page.currentWidget() is page.after, timeout=10_000)

    assert cues.played == ["bell_start"] + ["inhale", "hold_in", "exhale", "hold_out"] * 2 + [
        "bell_end"]
    record = ctx.breathing.list_sessions()[0]
    assert (record.ref, record.title, record.completed) == (custom.key, "Tiny", True)
    assert (record.planned_seconds, record.actual_seconds, record.cycles_completed) == (4, 4, 2)
    assert record.calm_before == 3 and record.calm_after is None
    assert record.details["cycles"] == 2 and record.details["pattern"]["hold_out"] == 0.5
    assert "2 breaths" in page.after.summary.text()

    qtbot.mouseClick(page.after.calm_after.buttons[8], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.after.save_button, Qt.MouseButton.LeftButton)
    assert ctx.breathing.list_sessions()[0].calm_after == 8
    assert page.currentWidget() is page.setup
    assert "Saved" in page.setup.status.text()
    assert page.setup.calm_before.value() is None


def test_space_pauses_and_esc_stops_early_and_the_session_is_kept(page, ctx, qtbot):
    page.setup.select("box")
    page.setup.by_minutes.setChecked(True)
    page.setup.minutes.setValue(3)
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    session = page.session
    qtbot.waitUntil(lambda: session.state is not None and session.state.elapsed > 0.3)
    # Focus on a button: Space must still pause the session, not press the button.
    page.running.stop_button.setFocus()
    qtbot.keyClick(page.running.stop_button, Qt.Key.Key_Space)
    assert session.paused and session.running
    assert page.running.pause_button.text() == "Carry on"
    frozen = session.session_elapsed()
    qtbot.wait(300)
    assert session.session_elapsed() == frozen
    assert page.running.pacer.caption() == "Paused"
    qtbot.keyClick(page.running.pacer, Qt.Key.Key_Space)
    assert not session.paused
    qtbot.keyClick(page.running.pacer, Qt.Key.Key_Escape)
    assert page.currentWidget() is page.after
    record = ctx.breathing.list_sessions()[0]
    assert record.completed is False
    assert record.ref == "box" and record.cycles_completed == 0
    assert record.planned_seconds == 176.0  # 11 whole box breaths, nearest to 3 minutes
    assert frozen <= record.actual_seconds < frozen + 2
    assert page.after.heading.text() == "A good pause"


def test_stopping_during_the_settling_in_stores_nothing(page, ctx, qtbot):
    page.lead_in = 5.0
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    assert page.running.pacer.caption() == "Settle in"
    qtbot.mouseClick(page.running.stop_button, Qt.MouseButton.LeftButton)
    assert page.currentWidget() is page.setup
    assert "nothing was saved" in page.setup.status.text()
    assert ctx.breathing.list_sessions() == []


def test_circle_grows_on_the_breath_in_and_reduced_motion_shows_no_shape(page, ctx, qtbot):
    page.setup.select("resonance")
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    pacer = page.running.pacer
    qtbot.waitUntil(lambda: page.session.state is not None)
    first = pacer.shape_radius()
    qtbot.waitUntil(lambda: pacer.shape_radius() > first + 20, timeout=4000)
    assert page.session.state.phase.value == "inhale"
    ctx.settings.set("reduced_motion", True)
    assert pacer.shape_radius() is None
    assert pacer.caption() == "Breathe in"
    image = pacer.grab().toImage()
    # No circle edge where the full-size guide ring would be drawn.
    centre_y = (pacer.height() - 56) // 2
    guide_x = int(pacer.width() / 2 + pacer._full_radius())
    assert image.pixelColor(guide_x, centre_y) == image.pixelColor(5, 5)
    page.stop()


def test_focus_mode_shows_the_pacer_alone_and_esc_stops(window, page, ctx, qtbot):
    page.setup.select("extended-exhale")
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.running.pacer, Qt.Key.Key_F)
    focus = page.focus_window
    assert focus is not None and focus.isFullScreen()
    assert focus.pacer.session is page.session
    qtbot.waitUntil(lambda: page.session.state is not None)
    # Closed by the window manager: back to the page, still breathing.
    focus.close()
    assert page.focus_window is None and page.session.running
    qtbot.waitUntil(window.isActiveWindow)  # the main window takes the keys again
    qtbot.keyClick(page.running.pacer, Qt.Key.Key_F)
    focus = page.focus_window
    assert focus is not None and focus.pacer.session is page.session
    qtbot.keyClick(focus.pacer, Qt.Key.Key_Escape)
    assert page.focus_window is None
    assert ctx.breathing.list_sessions()[0].completed is False


def test_editor_refuses_impossible_values_in_place(page, ctx, qtbot):
    qtbot.mouseClick(page.setup.new_button, Qt.MouseButton.LeftButton)
    editor = page.setup.findChild(QDialog)
    qtbot.keyClicks(editor.name, "Odd")
    editor.inhale.setValue(0)
    assert "Breathing in needs to last longer than 0 seconds" in editor.error.text()
    assert editor.error.isVisible()
    editor.inhale.setValue(4)
    assert not editor.error.isVisible()
    assert "breaths a minute" in editor.preview.text()
    editor.hold_in.setValue(75)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "from 0 to 60 seconds" in editor.error.text() and editor.isVisible()
    editor.hold_in.setValue(2)
    editor.name.setText("box breathing")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "built-in" in editor.error.text() and editor.isVisible()
    assert ctx.breathing.list_custom() == []
    editor.name.setText("Odd")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert [(s.name, s.hold_in) for s in ctx.breathing.list_custom()] == [("Odd", 2.0)]


def test_delete_a_custom_pattern_and_undo(page, ctx, qtbot):
    _make_pattern(page, qtbot, "Mine", 4, 0, 6, 0)
    key = ctx.breathing.list_custom()[0].key
    assert page.setup.delete_button.isVisible()
    qtbot.mouseClick(page.setup.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.breathing.list_custom() == []
    assert key not in [p.key for p in page.setup._patterns]
    assert "deleted" in page.setup.undo_bar.message.text()
    qtbot.mouseClick(page.setup.undo_bar.button, Qt.MouseButton.LeftButton)
    assert [s.key for s in ctx.breathing.list_custom()] == [key]
    assert page.setup.selected().key == key
    assert not page.setup.undo_bar.isVisible()


def test_two_deletes_are_undone_one_after_the_other(page, ctx, qtbot):
    _make_pattern(page, qtbot, "Mine", 4, 0, 6, 0)
    _make_pattern(page, qtbot, "Yours", 3, 0, 5, 0)
    mine, yours = ctx.breathing.list_custom()
    for saved in (mine, yours):
        page.setup.select(saved.key)
        qtbot.mouseClick(page.setup.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.breathing.list_custom() == []
    assert "Yours" in page.setup.undo_bar.message.text()
    qtbot.keyClick(QApplication.focusWidget() or page.setup, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ctx.breathing.list_custom() == [yours]
    assert page.setup.undo_bar.isVisible() and "Mine" in page.setup.undo_bar.message.text()
    qtbot.keyClick(QApplication.focusWidget() or page.setup, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert ctx.breathing.list_custom() == [mine, yours]
    assert page.setup.selected().key == mine.key and not page.setup.undo_bar.isVisible()


def test_undo_after_a_new_pattern_brings_the_old_one_back_beside_it(page, ctx, qtbot):
    _make_pattern(page, qtbot, "Mine", 4, 0, 6, 0)
    mine = ctx.breathing.list_custom()[0]
    logged = ctx.breathing.log_session(pattern=mine.to_pattern(), planned_seconds=60,
                                       actual_seconds=60, completed=True, cycles_completed=6)
    qtbot.mouseClick(page.setup.delete_button, Qt.MouseButton.LeftButton)
    _make_pattern(page, qtbot, "Other", 3, 3, 3, 3)
    other = ctx.breathing.list_custom()[0]
    assert other.id != mine.id  # ids are never reused, so the undo cannot collide
    qtbot.mouseClick(page.setup.undo_bar.button, Qt.MouseButton.LeftButton)
    assert ctx.breathing.list_custom() == [mine, other]
    assert ctx.breathing.find_pattern(logged.ref).name == "Mine"
    assert page.setup.selected().key == mine.key


def test_undo_when_the_name_was_taken_says_the_new_name(page, ctx, qtbot):
    _make_pattern(page, qtbot, "Mine", 4, 0, 6, 0)
    qtbot.mouseClick(page.setup.delete_button, Qt.MouseButton.LeftButton)
    _make_pattern(page, qtbot, "Mine", 3, 0, 3, 0)
    qtbot.mouseClick(page.setup.undo_bar.button, Qt.MouseButton.LeftButton)
    assert [s.name for s in ctx.breathing.list_custom()] == ["Mine (2)", "Mine"]
    assert "back as “Mine (2)”" in page.setup.status.text()


def test_an_undo_that_cannot_be_done_says_why_in_place(page, ctx, qtbot):
    _make_pattern(page, qtbot, "Mine", 4, 0, 6, 0)
    qtbot.mouseClick(page.setup.delete_button, Qt.MouseButton.LeftButton)
    # Something outside this window (another Stillpoint sharing the database) has put a
    # pattern under that id meanwhile: the insert fails with a database error, not a UserError.
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute("INSERT INTO custom_pattern (id, name, inhale, top_up, hold_in, exhale, "
                     "hold_out, created_at_utc) SELECT seq, 'Elsewhere', 4, 0, 0, 4, 0, "
                     "'2026-01-01 00:00:00' FROM sqlite_sequence WHERE name = 'custom_pattern'")
    qtbot.mouseClick(page.setup.undo_bar.button, Qt.MouseButton.LeftButton)
    assert "could not" in page.setup.undo_bar.message.text().lower()
    assert page.setup.undo_bar.isVisible()


def test_length_follows_the_pattern_suggestion(page):
    page.setup.select("4-7-8")
    assert page.setup.by_cycles.isChecked() and page.setup.cycles.value() == 4
    assert page.setup.length_hint.text() == "About 1 min 16 s"
    page.setup.select("resonance")
    assert page.setup.by_minutes.isChecked() and page.setup.minutes.value() == 10
    assert page.setup.length_hint.text().startswith("55 breaths")


def test_sound_settings_are_stored_and_reach_the_player(window, ctx, qtbot):
    page = window.show_page("settings")
    card = page.sound_card
    qtbot.mouseClick(card.play_sounds, Qt.MouseButton.LeftButton)
    assert ctx.settings.get("sound_muted") is True
    card.volume.setValue(30)
    qtbot.waitUntil(lambda: ctx.settings.get("sound_volume") == 0.3)
    breathe = window.pages[window.page_index("breathe")]
    assert breathe._sound.cues.muted is True and breathe._sound.cues.volume == 0.3
    qtbot.mouseClick(card.reduced_motion, Qt.MouseButton.LeftButton)
    assert ctx.settings.get("reduced_motion") is True
    assert breathe.running.pacer.reduced_motion
    # No voice engine in the silent test sound: said once, here, in plain words.
    assert not card.notice.isVisible()
    qtbot.mouseClick(card.voice, Qt.MouseButton.LeftButton)
    assert ctx.settings.get("voice_enabled") is True
    assert card.notice.isVisible() and "words on the screen" in card.notice.text()


def test_quitting_mid_session_still_stores_it(page, ctx, qtbot):
    qtbot.mouseClick(page.setup.begin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.session.state is not None)
    QApplication.instance().aboutToQuit.emit()
    assert ctx.breathing.list_sessions()[0].completed is False
