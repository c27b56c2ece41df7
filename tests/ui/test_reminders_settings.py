"""The Reminders card on Settings: add, remove, pause, autostart; session_running on pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime


def card_of(window):
    from ui.reminders.settings_card import RemindersCard

    page = window.show_page("settings")
    return page.findChild(RemindersCard)


def test_add_remove_and_pause_from_settings(qtbot, window, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    card = card_of(window)
    assert card is not None and card.list.count() == 0
    card.time.setTime(QTime(7, 45))
    card.kind.setCurrentIndex(card.kind.findData("breathe"))
    qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    [reminder] = ctx.reminders.all()
    assert reminder.kind == "breathe" and reminder.times[0].strftime("%H:%M") == "07:45"
    assert card.list.count() == 1 and "07:45" in card.list.item(0).text()
    qtbot.mouseClick(card.pause_button, Qt.MouseButton.LeftButton)
    assert ctx.reminders.paused_until() is not None and card.paused_label.text()
    qtbot.mouseClick(card.resume_button, Qt.MouseButton.LeftButton)
    assert ctx.reminders.paused_until() is None and not card.paused_label.text()
    card.list.setCurrentRow(0)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert ctx.reminders.all() == [] and card.list.count() == 0


def test_autostart_toggle_writes_the_entry(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    card = card_of(window)
    entry = tmp_path / "cfg" / "autostart" / "io.github.stillpoint.Stillpoint.desktop"
    card.autostart.setChecked(True)
    assert entry.is_file() and "--hidden" in entry.read_text()
    card.autostart.setChecked(False)
    assert not entry.exists()


def test_window_knows_when_a_breathing_session_runs(qtbot, window):
    assert not window.session_running()
    page = window.show_page("breathe")
    page.begin()
    assert window.session_running()
    page.stop()
    qtbot.waitUntil(lambda: not window.session_running(), timeout=5000)


def test_hidden_start_opens_only_the_tray(qtbot, ctx, monkeypatch):
    import argparse

    from ui import application
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QSystemTrayIcon, QTimer

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(application, "_watch_for_others", lambda *_a: None)
    seen = {}

    def look() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.update(visible=window.isVisible(), tray=window.tray_available,
                    reminders=getattr(window, "reminders", None) is not None)
        window.tray.hide()
        window.deleteLater()
        QApplication.instance().quit()

    QTimer.singleShot(300, look)
    args = argparse.Namespace(hidden=True, quit_after_startup=False, self_test=False)
    assert application._run_window(ctx, args) == 0
    assert seen == {"visible": False, "tray": True, "reminders": True}
