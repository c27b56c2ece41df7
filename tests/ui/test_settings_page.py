"""Settings: theme, start page and tray choice are stored; the data folder is shown."""

from __future__ import annotations

from ui import theme
from ui.qt import QApplication, QPalette, Qt


def test_theme_choice_is_stored_and_applied(window, ctx, qtbot):
    page = window.show_page("settings")
    page.theme.setFocus()
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert ctx.settings.get("theme") == "dark"
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.name().upper() == theme.DARK.background
    page.theme.setCurrentIndex(page.theme.findData("light"))
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.name().upper() == theme.LIGHT.background


def test_start_page_and_tray_choice_are_stored(window, ctx, qtbot):
    page = window.show_page("settings")
    page.start_page.setCurrentIndex(page.start_page.findData("settings"))
    assert ctx.settings.get("start_page") == "settings"
    page.close_to_tray.setFocus()
    qtbot.keyClick(page.close_to_tray, Qt.Key.Key_Space)
    assert ctx.settings.get("close_to_tray") is True


def test_start_page_setting_opens_that_page(qtbot, ctx):
    from ui.application import build_window

    ctx.settings.set("start_page", "settings")
    win = build_window(ctx, silent=True)
    qtbot.addWidget(win)
    assert win.current_page().key == "settings"


def test_data_folder_is_shown(window, ctx):
    page = window.show_page("settings")
    assert page.location_label.text() == str(ctx.location.data_dir)


def test_window_geometry_is_remembered(qtbot, ctx):
    from ui.application import build_window

    first = build_window(ctx, silent=True)
    qtbot.addWidget(first)
    # The offscreen screen is 800 px wide, so width stays at the 960 px minimum.
    first.resize(960, 702)
    first.show()
    qtbot.waitExposed(first)
    first.save_geometry()
    assert ctx.settings.get("window_geometry")
    second = build_window(ctx, silent=True)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (960, 702)
