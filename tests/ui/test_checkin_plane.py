"""A full check-in with the keyboard alone: point, words with intensity, tag, sleep, note."""

from __future__ import annotations

from ui.qt import QApplication, QPushButton, QSpinBox, Qt


def tab_until(qtbot, page, wanted, limit=40):
    """Press Tab until `wanted(focus)` holds; fails if it never does."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is not None and wanted(focus):
            return focus
        qtbot.keyClick(focus or page, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; stuck at {QApplication.focusWidget()}")


def test_full_checkin_by_keyboard_only(window, ctx, qtbot):
    page = window.show_page("today")
    form = page.form
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    form.plane.setFocus()
    qtbot.waitUntil(form.plane.hasFocus)
    for key in [Qt.Key.Key_Right] * 3 + [Qt.Key.Key_Down] * 3:
        qtbot.keyClick(form.plane, key)
    assert form.plane.value() == (3, -3)
    assert form.value_label.text() == "Pleasant, energy low"
    # The suggestions are words from the low-energy pleasant region.
    assert "relaxed" in form.emotions.chip_words()

    chip = tab_until(qtbot, page, lambda w: isinstance(w, QPushButton) and w.text() == "relaxed")
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    spin = tab_until(qtbot, page, lambda w: isinstance(w, QSpinBox)
                     and "relaxed" in w.accessibleName())
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "8")

    # A word that is not suggested here, found by typing.
    search = tab_until(qtbot, page, lambda w: w is form.emotions.search)
    qtbot.keyClicks(search, "lonely")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is search  # ready for another word
    focus = tab_until(qtbot, page, lambda w: isinstance(w, QSpinBox)
                      and "lonely" in w.accessibleName())
    qtbot.keyClick(focus, Qt.Key.Key_Down)  # 5 -> 4

    note = tab_until(qtbot, page, lambda w: w is form.note)
    qtbot.keyClicks(note, "quiet evening, missing friends")
    toggle = tab_until(qtbot, page, lambda w: w is form.details_toggle)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert form.details.isVisible()
    home = tab_until(qtbot, page, lambda w: isinstance(w, QPushButton) and w.text() == "home")
    qtbot.keyClick(home, Qt.Key.Key_Space)
    sleep = tab_until(qtbot, page, lambda w: w is form.sleep)
    for _ in range(14):  # from "not noted" up to 6.5 hours in half-hour steps
        qtbot.keyClick(sleep, Qt.Key.Key_Up)
    save = tab_until(qtbot, page, lambda w: w is page.save_button)
    qtbot.keyClick(save, Qt.Key.Key_Space)

    [stored] = ctx.mood.list_checkins()
    assert (stored.pleasantness, stored.energy) == (3, -3)
    assert [(e.word, e.intensity) for e in stored.emotions] == [("relaxed", 8), ("lonely", 4)]
    assert [t.name for t in stored.tags] == ["home"]
    assert stored.sleep_hours == 6.5
    assert stored.note == "quiet evening, missing friends"
    assert page.entry_count() == 1 and "Saved" in page.status.text()
    # Ready for the next one: words and details cleared, the point stays.
    assert form.emotions.selected() == [] and form.note.text() == ""
    assert form.plane.value() == (3, -3)


def test_mouse_places_the_point_and_home_centres_it(window, qtbot):
    plane = window.show_page("today").form.plane
    rect = plane.rect()
    upper_left = rect.topLeft() + (rect.center() - rect.topLeft()) / 4
    qtbot.mouseClick(plane, Qt.MouseButton.LeftButton, pos=upper_left)
    x, y = plane.value()
    assert x < -2 and y > 2  # upper left: unpleasant, high energy
    qtbot.keyClick(plane, Qt.Key.Key_Home)
    assert plane.value() == (0, 0)
    for _ in range(8):
        qtbot.keyClick(plane, Qt.Key.Key_Left)
    assert plane.value() == (-5, 0)  # it stops at the edge


def test_unknown_typed_word_is_explained_in_place(window, qtbot):
    form = window.show_page("today").form
    qtbot.keyClicks(form.emotions.search, "anxous")
    qtbot.keyClick(form.emotions.search, Qt.Key.Key_Return)
    assert form.emotions.search_error.isVisible()
    assert "'anxious'" in form.emotions.search_error.text()
    assert form.emotions.selected() == []


def test_point_two_words_and_save_take_at_most_ten_keys(window, ctx, qtbot):
    """The plane has focus first; a letter jumps to the word search, Enter takes the top
    suggestion, Ctrl+Enter saves from anywhere in the check-in."""
    page = window.show_page("today")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(page.plane.hasFocus)
    presses = 0

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        nonlocal presses
        presses += 1
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        press(key)
    press(Qt.Key.Key_C)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_T)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert presses <= 10
    [stored] = ctx.mood.list_checkins()
    assert (stored.pleasantness, stored.energy) == (2, -1)
    words = [e.word for e in stored.emotions]
    assert len(words) == 2 and "c" in words[0] and "t" in words[1]
    assert "Saved" in page.status.text()


def test_ctrl_enter_saves_from_the_note(window, ctx, qtbot):
    page = window.show_page("today")
    page.note.setFocus()
    qtbot.keyClicks(page.note, "tea")
    qtbot.keyClick(page.note, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert [c.note for c in ctx.mood.list_checkins()] == ["tea"]


def test_the_first_letter_typed_offers_words_that_start_with_it(window, qtbot):
    # The completer is made with the first letter (not before the start page's first
    # paint), in time to offer words for that very letter.
    form = window.show_page("today").form
    search = form.emotions.search
    assert search.completer() is None
    search.setFocus()
    qtbot.keyClicks(search, "t")
    completer = search.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=3000)
    model = completer.completionModel()
    first = str(model.index(0, 0).data())
    assert model.rowCount() > 1 and first.startswith("t"), first
