"""The crisis card from every page (sidebar button and Ctrl+Shift+H), the tray entry,
grounding from the card, editing the numbers."""

from __future__ import annotations

import pytest

from app.safety.types import Contacts
from ui.qt import QApplication, Qt
from ui.safety.crisis_card import CrisisCardDialog, show_crisis_card


def open_card(window) -> CrisisCardDialog | None:
    found = window.findChild(CrisisCardDialog, "CrisisCard")
    return found if isinstance(found, CrisisCardDialog) and found.isVisible() else None


def close_card(qtbot, window) -> None:
    card = open_card(window)
    assert card is not None
    qtbot.keyClick(card, Qt.Key.Key_Escape)  # Esc closes it
    qtbot.waitUntil(lambda: open_card(window) is None)


def test_the_card_opens_from_every_page_by_button_and_by_shortcut(window, qtbot):
    assert "Ctrl+Shift+H" in window.help_button.toolTip()
    for index, spec in enumerate(window.specs):
        window.show_page_index(index)
        assert window.current_page() is window.page(index), spec.key
        qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: open_card(window) is not None)
        close_card(qtbot, window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(QApplication.focusWidget() or window.current_page(), Qt.Key.Key_H,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: open_card(window) is not None)
        close_card(qtbot, window)


def test_the_tray_entry_opens_the_card(window, qtbot):
    from ui import tray

    window.hide()
    tray.need_help(window)
    qtbot.waitUntil(lambda: open_card(window) is not None)
    assert window.isVisible()


def test_the_card_shows_the_numbers_and_opening_it_twice_keeps_one(window, ctx, qtbot,
                                                                   monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    ctx.safety.save_contacts(Contacts(therapist_name="Dr. Lee", therapist_number="555 0100"))
    first = show_crisis_card(window, ctx.settings, ctx.safety)
    again = show_crisis_card(window.current_page(), ctx.settings, ctx.safety)
    assert again is first
    shown = [w.text() for w in first.numbers.findChildren(type(first.note))]
    for text in ("911", "988", "Contact your therapist, Dr. Lee", "555 0100"):
        assert any(text in s for s in shown), text
    assert "Check the number for where you are" in first.note.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.ground_button)


def test_start_grounding_plays_the_grounding_script_on_meditate(window, ctx, qtbot):
    window.show_page("today")
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: open_card(window) is not None)
    qtbot.mouseClick(open_card(window).ground_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: open_card(window) is None)
    page = window.current_page()
    assert page.key == "meditate"
    guided = page.guided
    assert guided.run is not None and guided.run.running
    assert guided.run.script.key == "grounding-5-4-3-2-1"
    assert guided.currentWidget() is guided.player
    guided.stop()


@pytest.mark.parametrize("number", ["0800 111 0 111"])
def test_editing_the_numbers_updates_the_card(window, ctx, qtbot, number):
    card = show_crisis_card(window, ctx.settings, ctx.safety)
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    dialog = card.contacts_dialog
    qtbot.waitExposed(dialog)
    dialog.fields["crisis_line_number"].setText("no digits")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "digits" in dialog.status.text()
    assert ctx.settings.get("crisis_line_number") is None  # nothing saved
    dialog.fields["crisis_line_number"].clear()
    qtbot.keyClicks(dialog.fields["crisis_line_number"], number)
    qtbot.keyClicks(dialog.fields["crisis_line_name"], "TelefonSeelsorge")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ctx.settings.get("crisis_line_number") == number
    shown = [w.text() for w in card.numbers.findChildren(type(card.note))]
    assert number in shown and "TelefonSeelsorge" in shown
