"""The paging under the Journal's and the Log's history lists."""

from __future__ import annotations

from ui.qt import QPushButton, Qt
from ui.widgets.show_earlier import EarlierPages

ROWS = list(range(7))  # newest first, as the services return them


def test_pages_grow_by_a_page_and_start_again_when_filters_change(qtbot):
    button = QPushButton("Show earlier")
    qtbot.addWidget(button)
    seen: list[list[int]] = []
    pages = EarlierPages(button, 3, lambda: seen.append(pages.shown(ROWS[: pages.wanted])))
    assert button.isHidden() and not button.autoDefault()
    pages.restart()
    assert seen[-1] == [0, 1, 2] and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen[-1] == [0, 1, 2, 3, 4, 5] and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen[-1] == ROWS and button.isHidden()  # nothing earlier is left
    pages.restart()
    assert seen[-1] == [0, 1, 2] and button.isVisible()
