"""Closing the window: hides to the tray when asked and a tray exists; otherwise quits."""

from __future__ import annotations

from ui.tray import install_tray, start_checkin


def test_close_hides_to_tray_when_chosen(window, ctx, qtbot):
    ctx.settings.set("close_to_tray", True)
    window.tray_available = True  # the offscreen platform has no tray; the logic is ours
    with qtbot.waitSignal(window.hidden_to_tray, timeout=2000):
        window.close()
    assert not window.isVisible()


def test_close_without_tray_really_closes(window, ctx):
    ctx.settings.set("close_to_tray", True)
    assert install_tray(window) is None  # no tray on this platform: say so, don't pretend
    window.close()
    assert not window.isVisible()


def test_tray_check_in_opens_today_with_focus(window, qtbot):
    window.show_page("settings")
    start_checkin(window)
    assert window.current_page().key == "today"
