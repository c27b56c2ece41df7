"""Baseline for bench/startup.py: the barest PySide6 window, shown and painted, then quit."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitOnPaint(QObject):
    def eventFilter(self, _obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("Hello")
window.setCentralWidget(label)
label.installEventFilter(QuitOnPaint(label))
window.show()
sys.exit(app.exec())
