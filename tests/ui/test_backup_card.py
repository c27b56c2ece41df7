"""The Backups card on Settings: back up now, then restore with the current state saved."""

from __future__ import annotations

from ui.qt import Qt
from ui.settings.backup_card import BackupCard


def test_back_up_then_restore_from_settings(window, ctx, qtbot):
    ctx.mood.add_checkin(pleasantness=1, energy=1)  # the day's backup: before this entry
    window.show_page("settings")
    card = window.findChild(BackupCard)
    assert card is not None
    card.refresh()
    assert card.list.count() == 1
    ctx.mood.add_checkin(pleasantness=2, energy=2)
    asked = []
    card.confirm = lambda info: asked.append(info) or True
    card.list.setCurrentRow(0)
    qtbot.mouseClick(card.restore, Qt.MouseButton.LeftButton)
    assert asked and not card.status.is_error()
    assert len(ctx.mood.list_checkins()) == 0  # back to the day's first state
    assert card.list.count() == 2  # the state before the restore was saved first
    today = window.show_page("today")
    assert today.entry_count() == 0
    qtbot.mouseClick(card.backup_now, Qt.MouseButton.LeftButton)
    assert card.list.count() == 3
