"""The first-run welcome: three skippable steps, a reminder and a minute of breathing if asked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime


def offer(window, ctx, monkeypatch):
    from ui.first_run import offer_first_run

    monkeypatch.delenv("STILLPOINT_NO_WELCOME", raising=False)
    return offer_first_run(window, ctx)


def test_not_shown_in_tests_unless_asked(window, ctx):
    from ui.first_run import offer_first_run

    assert offer_first_run(window, ctx) is None
    assert ctx.settings.get("first_run_done") is False


def test_skip_ends_it_for_good(qtbot, window, ctx, monkeypatch):
    dialog = offer(window, ctx, monkeypatch)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.settings.get("first_run_done") is True
    assert ctx.reminders.all() == []
    assert offer(window, ctx, monkeypatch) is None


def test_three_steps_with_reminder_and_breathing(qtbot, window, ctx, monkeypatch):
    dialog = offer(window, ctx, monkeypatch)
    texts = []
    for _ in range(2):
        texts.append(" ".join(w.text() for w in dialog.stack.currentWidget().findChildren(
            type(dialog.error))))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "not therapy" in texts[0]
    assert str(ctx.location.data_dir) in texts[1]
    assert dialog.next_button.text() == "&Done"
    dialog.remind.setChecked(True)
    dialog.remind_time.setTime(QTime(21, 15))
    dialog.breathe.setChecked(True)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    [reminder] = ctx.reminders.all()
    assert reminder.kind == "checkin" and reminder.times[0].strftime("%H:%M") == "21:15"
    assert ctx.settings.get("first_run_done") is True
    page = window.current_page()
    assert page.key == "breathe" and page.setup.minutes.value() == 1
    assert window.session_running()
    page.stop()


def test_today_welcome_goes_once_there_is_an_entry(qtbot, window, ctx):
    from app.mood.types import CheckinDraft

    page = window.show_page("today")
    assert page.welcome is not None
    ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1))
    qtbot.waitUntil(lambda: page.welcome is None, timeout=5000)
    assert ctx.settings.get("welcome_dismissed") is True


def test_waits_for_the_lock_to_open(qtbot, ctx, monkeypatch):
    """A lock set before the welcome was said: nothing opens over the lock screen; the
    welcome follows the unlock."""
    from app.lock.service import LockService
    from ui.application import build_window
    from ui.first_run import FirstRunDialog

    LockService(ctx.settings, ctx.hub).set_lock(kind="pin", secret="2468")
    win = build_window(ctx, silent=True)
    win.persist_geometry = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.lock.locked
    assert offer(win, ctx, monkeypatch) is None
    assert not [d for d in win.findChildren(FirstRunDialog) if d.isVisible()]
    screen = win.lock.screen
    qtbot.keyClicks(screen.field, "2468")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(FirstRunDialog)),
                    timeout=10_000)
