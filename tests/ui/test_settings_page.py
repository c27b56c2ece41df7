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


def test_speech_off_quiets_voice_speed_and_volume_with_their_captions(window, ctx):
    page = window.show_page("settings")
    card = page.sound_card
    card.voice.setChecked(False)
    card._show_values()
    for widget in (card.voice_rate, card.voice_volume, *card._voice_captions):
        assert not widget.isEnabled()
    card.voice.setChecked(True)
    card._show_values()
    assert all(w.isEnabled() for w in (card.voice_rate, *card._voice_captions))


def test_settings_cards_share_one_label_column(window):
    from ui.qt import QFormLayout

    page = window.show_page("settings")
    starts = set()
    cards = (page.theme.parentWidget(), page.sound_card)  # other cards bring their own
    for form in (f for card in cards for f in card.findChildren(QFormLayout)):
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if field is not None and caption is not None and field.widget() is not None:
                starts.add(field.widget().mapTo(window, field.widget().rect().topLeft()).x())
    assert len(starts) == 1, starts
