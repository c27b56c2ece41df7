"""The app lock in the real window: on start, wrong then right, idle, Ctrl+L, shortcuts,
tray and deep links while locked, hidden dialogs, and the Settings card."""

from __future__ import annotations

import pytest

from app.lock.service import LockService
from ui.qt import (
    QAbstractButton,
    QAccessible,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QWidget,
)

PASSPHRASE = "slow morning tea"
NOTE = "walked past Juniper's house again"


@pytest.fixture
def locked(ctx, request):
    """conftest's window, built after a lock is set (so it starts locked)."""
    LockService(ctx.settings, ctx.hub).set_lock(kind="passphrase", secret=PASSPHRASE)
    return request.getfixturevalue("window")


def unlock(window, qtbot, secret=PASSPHRASE) -> None:
    screen = window.lock.screen
    screen.field.setFocus()
    qtbot.keyClicks(screen.field, secret)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def built_pages(window) -> list[QWidget]:
    """Pages really built (the stack holds plain placeholders until a page is shown)."""
    return [w for w in (window.stack.widget(i) for i in range(window.stack.count()))
            if type(w) is not QWidget]


def assert_nothing_shows(window) -> None:
    screen = window.lock.screen
    assert screen.isVisible() and window.current_page() is screen
    assert not window.nav.isVisible() and not window.help_button.isVisible()
    assert not window.stack.isVisible()
    assert not any(page.isVisible() for page in built_pages(window))
    assert window.windowTitle() == "Stillpoint"


def visible_texts(window) -> str:
    """Every text a sighted user or a screen reader can reach in the window now."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    texts += _accessible_texts(QAccessible.queryAccessibleInterface(window), depth=0)
    return "\n".join(t for t in texts if t)


def _accessible_texts(node, depth) -> list[str]:
    if node is None or not node.isValid() or depth > 40:
        return []
    out = [node.text(kind) for kind in (QAccessible.Text.Name, QAccessible.Text.Value,
                                        QAccessible.Text.Description)]
    for i in range(node.childCount()):
        out += _accessible_texts(node.child(i), depth + 1)
    return out


def test_locks_on_start_before_any_page_is_built(locked):
    assert locked.lock.locked
    assert built_pages(locked) == []
    assert_nothing_shows(locked)
    assert "Stillpoint is locked" in visible_texts(locked)


def test_wrong_then_right_passphrase(locked, qtbot):
    unlock(locked, qtbot, "fast evening coffee")
    status = locked.lock.screen.status
    assert status.isVisible() and status.is_error()
    assert status.text() == "That passphrase does not match. Take your time and try again."
    assert locked.lock.locked and locked.lock.screen.field.text() == ""
    assert_nothing_shows(locked)
    unlock(locked, qtbot)
    assert not locked.lock.locked
    start = locked.current_page()
    assert start.key == "today" and start.isVisible() and locked.nav.isVisible()


def test_a_run_of_wrong_tries_asks_for_a_calm_pause(locked, qtbot):
    for _ in range(5):
        unlock(locked, qtbot, "not the one")
    status = locked.lock.screen.status
    assert "Let's pause for a moment: you can try again in 30 seconds" in status.text()
    unlock(locked, qtbot)  # even the right one waits out the pause
    assert locked.lock.locked and "try again in" in status.text()


def test_the_lock_hides_entry_text_from_eyes_and_screen_readers(ctx, locked, qtbot):
    ctx.mood.add_checkin(pleasantness=1, energy=0, note=NOTE)
    unlock(locked, qtbot)
    page = locked.show_page("log")
    qtbot.waitUntil(lambda: page.isVisible())
    assert NOTE in visible_texts(locked)  # the check below can fail
    press(qtbot, locked, Qt.Key.Key_L)  # Ctrl+L
    assert locked.lock.locked
    assert_nothing_shows(locked)
    assert NOTE not in visible_texts(locked)
    assert "Juniper" not in visible_texts(locked)


def test_ctrl_l_locks_and_unlocking_returns_to_the_same_page(locked, qtbot):
    unlock(locked, qtbot)
    locked.show_page("breathe")
    press(qtbot, locked, Qt.Key.Key_L)
    assert locked.lock.locked
    assert_nothing_shows(locked)
    unlock(locked, qtbot)
    assert locked.current_page().key == "breathe" and locked.current_page().isVisible()


def test_ctrl_l_without_a_lock_does_nothing(window, qtbot):
    press(qtbot, window, Qt.Key.Key_L)
    assert not window.lock.locked and window.current_page().isVisible()


def test_ctrl_2_while_locked_shows_no_page(locked, qtbot):
    press(qtbot, locked, Qt.Key.Key_2)
    assert built_pages(locked) == []
    assert_nothing_shows(locked)
    locked.show_page_index(1)  # asked for in code (a deep link): it waits for the unlock
    assert built_pages(locked) == []
    assert_nothing_shows(locked)
    unlock(locked, qtbot)
    assert locked.current_page() is locked.page(1) and locked.page(1).isVisible()


def test_tray_check_in_and_help_while_locked_show_the_lock_first(locked, qtbot):
    from ui import tray

    locked.hide()
    tray.start_checkin(locked)
    assert locked.isVisible()
    assert built_pages(locked) == []
    assert_nothing_shows(locked)
    tray.need_help(locked)  # the crisis card holds the safety plan: it waits as well
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not locked] == []
    tray.start_checkin(locked)  # the latest request wins
    unlock(locked, qtbot)
    assert locked.current_page().key == "today" and locked.current_page().isVisible()


def test_a_reminder_link_waits_for_the_unlock(locked, qtbot):
    locked.show_target("breathe", "box")
    assert built_pages(locked) == []
    unlock(locked, qtbot)
    assert locked.current_page().key == "breathe"


def test_idle_minutes_lock_the_window(locked, qtbot):
    unlock(locked, qtbot)
    watch = locked.lock.idle
    assert watch.seconds == 0  # off by default
    locked.lock.service.set_idle_minutes(5)
    assert watch.seconds == 300
    watch.start(0.6)  # a short interval for the test
    for _ in range(4):  # input keeps it open
        qtbot.wait(250)
        qtbot.keyClick(locked.current_page(), Qt.Key.Key_Shift)
    assert not locked.lock.locked
    qtbot.waitUntil(lambda: locked.lock.locked, timeout=3000)
    assert_nothing_shows(locked)
    assert not watch._timer.isActive()  # nothing ticks while locked
    unlock(locked, qtbot)
    assert not locked.lock.locked and watch.seconds == 300


def test_dialogs_hide_with_the_lock_and_come_back(locked, qtbot):
    unlock(locked, qtbot)
    locked.help_requested.emit()
    card = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not locked)
    locked.lock.lock()
    assert not card.isVisible()
    press(qtbot, locked, Qt.Key.Key_H,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not locked] == []
    unlock(locked, qtbot)
    assert card.isVisible()


def _settings_card(window, qtbot):
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: page.isVisible())
    return page.lock_card


def _type(qtbot, field, text) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _click(qtbot, card, button) -> None:
    """Click, then wait for the hash or check that runs off the GUI thread."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.busy, timeout=10_000)


def test_settings_card_set_change_remove(window, ctx, qtbot):
    card = _settings_card(window, qtbot)
    lock = LockService(ctx.settings, ctx.hub)
    assert card.set_button.isVisible() and not card.current.isVisible()
    assert "not someone with your files" in visible_texts(window)
    _type(qtbot, card.new, PASSPHRASE)
    _type(qtbot, card.again, PASSPHRASE + "!")
    _click(qtbot, card, card.set_button)
    assert card.status.is_error() and "differ" in card.status.text()
    assert not lock.state().is_set
    _type(qtbot, card.again, PASSPHRASE)
    _click(qtbot, card, card.set_button)
    assert lock.state().kind == "passphrase" and not card.status.is_error()
    assert card.change_button.isVisible() and card.current.isVisible()
    assert card.new.text() == "" and card.again.text() == ""

    # A wrong current passphrase is refused in place and changes nothing.
    _type(qtbot, card.current, "a wrong guess")
    card.kind.setCurrentIndex(card.kind.findData("pin"))
    _type(qtbot, card.new, "2468")
    _type(qtbot, card.again, "2468")
    _click(qtbot, card, card.change_button)
    assert card.status.is_error() and card.status.isVisible()
    assert card.status.text() == "That passphrase does not match. Take your time and try again."
    assert lock.state().kind == "passphrase" and card.current.text() == ""
    _type(qtbot, card.current, PASSPHRASE)
    _click(qtbot, card, card.change_button)
    assert lock.state().kind == "pin" and not card.status.is_error()

    card.idle.setCurrentIndex(card.idle.findData(15))
    assert lock.state().idle_minutes == 15 and window.lock.idle.seconds == 900

    _type(qtbot, card.current, "1357")
    _click(qtbot, card, card.remove_button)
    assert card.status.is_error() and "PIN does not match" in card.status.text()
    assert lock.state().is_set
    _type(qtbot, card.current, "2468")
    _click(qtbot, card, card.remove_button)
    assert not lock.state().is_set and card.set_button.isVisible()
    assert not window.lock.idle._timer.isActive()  # no lock: nothing to lock on idle


def test_settings_card_hashes_off_the_gui_thread(window, ctx, qtbot):
    """Argon2id takes ~0.3-1 s: the click returns at once, the card says it is busy, the
    window keeps painting and answering, and the lock is kept when the hash is back."""
    from ui.qt import QTimer

    card = _settings_card(window, qtbot)
    lock = LockService(ctx.settings, ctx.hub)
    _type(qtbot, card.new, PASSPHRASE)
    _type(qtbot, card.again, PASSPHRASE)
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(lock.state().is_set))
    timer.start()
    qtbot.mouseClick(card.set_button, Qt.MouseButton.LeftButton)
    assert card.busy and not lock.state().is_set  # the hash is still running
    assert not card.set_button.isEnabled() and not card.new.isEnabled()
    assert "Working" in card.status.text()
    qtbot.waitUntil(lambda: lock.state().is_set, timeout=10_000)
    timer.stop()
    # The event loop ran while the hash did (one tick: a loaded machine may give no more).
    assert ticks.count(False) >= 1
    assert not card.busy and card.change_button.isEnabled()
    assert card.status.text().startswith("The lock is set")


def test_hidden_to_the_tray_it_locks(locked, ctx, qtbot):
    unlock(locked, qtbot)
    ctx.settings.set("close_to_tray", True)
    locked.tray_available = True  # the offscreen platform has no tray; the logic is ours
    with qtbot.waitSignal(locked.hidden_to_tray, timeout=2000):
        locked.close()
    assert locked.lock.locked
    from ui import tray

    tray.bring_to_front(locked)
    assert_nothing_shows(locked)


def test_idle_does_not_lock_during_a_session(locked, qtbot):
    unlock(locked, qtbot)
    page = locked.current_page()
    page.session_running = True  # as the Breathe and Meditate pages say while one runs
    locked.lock.idle.start(0.3)
    qtbot.wait(900)
    assert not locked.lock.locked
    page.session_running = False  # the next quiet interval locks
    qtbot.waitUntil(lambda: locked.lock.locked, timeout=3000)


def test_the_first_key_after_a_long_quiet_locks_and_does_not_reach_the_page(qtbot):
    """A suspended laptop: the timer lags, the clock (CLOCK_BOOTTIME) does not."""
    from ui.lock.idle import IdleWatch

    now = [1000.0]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watch = IdleWatch(field, clock=lambda: now[0])
    watch.start(60)
    qtbot.keyClicks(field, "a")
    now[0] += 61
    with qtbot.waitSignal(watch.idle, timeout=1000):
        qtbot.keyClicks(field, "b")
    assert field.text() == "a"


def test_a_lock_removed_meanwhile_opens_without_asking(locked, ctx, qtbot):
    LockService(ctx.settings, ctx.hub).remove_lock(current=PASSPHRASE)
    assert locked.lock.locked
    qtbot.mouseClick(locked.lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not locked.lock.locked and locked.current_page().key == "today"


def test_lock_now_in_the_tray_menu(locked, qtbot, monkeypatch):
    from ui import tray

    # The offscreen platform reports no tray; the menu and its wiring are ours to test.
    monkeypatch.setattr(tray.QSystemTrayIcon, "isSystemTrayAvailable", lambda: True)
    unlock(locked, qtbot)
    icon = tray.install_tray(locked)
    assert icon is not None
    menu = icon.contextMenu()
    [lock_now] = [a for a in menu.actions() if a.text() == "Lock now"]
    menu.aboutToShow.emit()
    assert lock_now.isVisible()
    lock_now.trigger()
    assert locked.lock.locked
    assert_nothing_shows(locked)
    icon.hide()


def test_lock_off_from_the_terminal_opens_the_locked_window(locked, ctx, data_dir, qtbot):
    # The real command in its own process; the window hears of it as from its data watch.
    import os
    import subprocess
    import sys

    from app.events import DataChanged

    assert locked.lock.locked
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir), "lock", "off", "--yes"],
        capture_output=True, text=True, timeout=60, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    ctx.hub.publish(DataChanged())
    assert not locked.lock.locked
    assert locked.centralWidget() is not locked.lock.screen
