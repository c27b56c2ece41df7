"""A small window holding the real check-in plane, for tests/ui/test_atspi.py.

Run by the test on Xvfb with Qt's AT-SPI bridge on; prints "ready" once it is shown."""

from __future__ import annotations

import sys

from ui.accessibility.roles import as_radio, as_tab
from ui.qt import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.mood_plane import MoodPlane


def neighbours(layout: QVBoxLayout, window: QWidget) -> None:
    """A labelled combo box, two page tabs and Week/Month/Year, made as the pages make them."""
    form = QFormLayout()
    theme = QComboBox()
    theme.addItems(["Follow the system", "Light", "Dark"])
    form.addRow("&Theme", theme)
    layout.addLayout(form)
    for group_of in (("History", "Regulation log"), ("&Week", "&Month", "&Year")):
        group = QButtonGroup(window)
        for text in group_of:
            button = QPushButton(text)
            (as_tab if "History" in group_of else as_radio)(button)
            group.addButton(button)
            layout.addWidget(button)
        group.buttons()[0].setChecked(True)


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("stillpoint-atspi-probe")
    window = QWidget()
    window.setWindowTitle("Plane probe")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("How are you arriving?"))
    plane = MoodPlane()
    plane.set_value(2, -3)
    layout.addWidget(plane)
    neighbours(layout, window)
    window.show()
    window.activateWindow()
    plane.setFocus()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
