"""ui/startup.after_first_paint: one watcher per page, callbacks once each and in order."""

from __future__ import annotations

from ui.qt import QLabel, QScrollArea, QWidget
from ui.startup import after_first_paint


def test_callbacks_run_once_after_the_paint_in_order(qtbot):
    page = QScrollArea()
    page.setWidget(QLabel("Today"))
    page.setWidgetResizable(True)
    qtbot.addWidget(page)
    calls: list[str] = []
    after_first_paint(page, lambda: calls.append("icons"))
    after_first_paint(page, lambda: calls.append("filters"))
    after_first_paint(page, lambda: calls.append("quit"), first=True)
    watchers = [c for c in page.widget().children() if type(c).__name__ == "_PaintWatcher"]
    assert len(watchers) == 1  # one Python filter on the start page, not one per caller
    assert calls == []
    page.show()
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=5000)
    assert calls == ["quit", "icons", "filters"]
    page.widget().repaint()
    qtbot.wait(50)
    assert len(calls) == 3  # once, not at every paint


def test_a_plain_page_is_watched_itself(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[int] = []
    after_first_paint(page, lambda: calls.append(1))
    page.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)


def test_a_callback_that_fails_stops_no_other(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []

    def fails() -> None:
        raise RuntimeError("icons went missing")

    after_first_paint(page, fails)
    after_first_paint(page, lambda: calls.append("tray"))
    with qtbot.capture_exceptions() as raised:
        page.show()
        qtbot.waitUntil(lambda: calls == ["tray"], timeout=5000)
    assert len(raised) == 1
