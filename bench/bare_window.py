"""Baseline for bench/startup.py: the barest PySide6 window, shown and painted, then quit."""

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def painted():
    # As the app does at its first paint (ui/startup.py): bench/startup.py reads the time
    # the file was written.
    path = os.environ.get("STILLPOINT_STARTUP_MODULES")
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(sys.modules)) + "\n")
    QApplication.quit()


class QuitOnPaint(QObject):
    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, painted)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("Hello")
window.setCentralWidget(label)
label.installEventFilter(QuitOnPaint(label))
window.show()
sys.exit(app.exec())
