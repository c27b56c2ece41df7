"""The Today page: a check-in made with the keyboard alone is stored and shown."""

from __future__ import annotations

from ui.qt import QLabel, Qt


def test_keyboard_checkin_is_stored_and_listed(window, ctx, qtbot):
    page = window.show_page("today")
    assert page.entry_count() == 0
    page.plane.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.plane, Qt.Key.Key_Right)
    qtbot.keyClick(page.plane, Qt.Key.Key_Down)
    qtbot.keyClicks(page.note, "slow coffee")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)

    stored = ctx.mood.list_checkins()
    assert [(c.pleasantness, c.energy, c.note) for c in stored] == [(3, -1, "slow coffee")]
    assert page.entry_count() == 1
    assert page.note.text() == ""
    assert "Saved" in page.status.text()


def test_words_follow_the_point(window, qtbot):
    page = window.show_page("today")
    page.plane.set_value(-4, 0)
    assert "Quite unpleasant" in page.form.value_label.text()
    page.plane.setFocus()
    qtbot.keyClick(page.plane, Qt.Key.Key_Up)
    assert "energy a little lively" in page.form.value_label.text()


def test_ctrl_number_switches_pages(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == window.pages[1].key
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "today"


def test_a_new_local_day_starts_a_fresh_page(window, ctx, monkeypatch):
    """Left open past midnight, the page moves on, and a new check-in shows up."""
    import datetime as dt

    import ui.today.page as today_module

    page = window.show_page("today")
    ctx.mood.add_checkin(pleasantness=1, energy=1)
    assert page.entry_count() == 1
    tomorrow = today_module.today() + dt.timedelta(days=1)
    monkeypatch.setattr(today_module, "today", lambda: tomorrow)
    ctx.mood.add_checkin(pleasantness=2, energy=2,
                         at=dt.datetime.combine(tomorrow, dt.time(0, 5)))
    assert page._shown_day == tomorrow
    assert page.entry_count() == 1  # only the new day's check-in


def test_welcome_is_said_once(window, ctx, qtbot):
    page = window.show_page("today")
    assert page.welcome is not None
    texts = " ".join(w.text() for w in page.welcome.findChildren(QLabel))
    assert "not therapy" in texts and "988" in texts
    qtbot.mouseClick(page.welcome.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.welcome is None
    assert ctx.settings.get("welcome_dismissed") is True

    from ui.application import build_window

    again = build_window(ctx, silent=True)
    qtbot.addWidget(again)
    assert again.show_page("today").welcome is None


def test_so_far_shows_sleep_like_log(window, ctx):
    page = window.show_page("today")
    ctx.mood.add_checkin(pleasantness=1, energy=0, sleep_hours=6.5)
    texts = [w.text() for w in page.findChildren(QLabel)]
    assert any("slept 6.5 h" in t for t in texts)
