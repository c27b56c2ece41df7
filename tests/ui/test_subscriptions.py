"""Hub subscriptions end with the widget that owns them (STYLE.md 16)."""

from __future__ import annotations

from app.events import EventHub, MoodChanged
from ui.qt import QApplication, QEvent, Qt, QWidget
from ui.widgets.subscriptions import subscribe


def _delete(widget: QWidget) -> None:
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_a_subscription_ends_when_its_owner_is_destroyed(qtbot):
    hub = EventHub()
    owner = QWidget()
    heard: list[object] = []
    subscribe(owner, hub, MoodChanged, heard.append)
    assert hub.subscriber_count() == 1
    _delete(owner)
    assert hub.subscriber_count() == 0
    hub.publish(MoodChanged(day=None))  # type: ignore[arg-type]
    assert heard == []


def test_opening_and_closing_the_checkin_editor_leaves_no_subscriptions(window, ctx, qtbot):
    checkin = ctx.mood.add_checkin(pleasantness=1, energy=1, note="steady")
    page = window.show_page("log")
    qtbot.waitUntil(page.isVisible)
    before = ctx.hub.subscriber_count()
    for _ in range(50):
        row = page.row_for(checkin.id)
        qtbot.mouseClick(row.edit_button, Qt.MouseButton.LeftButton)
        dialog = page.edit_dialog
        assert dialog.isVisible()
        assert ctx.hub.subscriber_count() > before  # its form listens while it is open
        dialog.reject()
        _delete(dialog)
    assert ctx.hub.subscriber_count() == before
