"""During a session: the pacer with its pause, focus-mode and stop controls."""

from __future__ import annotations

from ui.breathe.pacer import PacerWidget
from ui.qt import QHBoxLayout, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.card import label


class SessionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(12)
        self.title = label("", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        self.pacer = PacerWidget()
        column.addWidget(self.pacer, 1)
        self.hint = label("Space pauses  ·  Esc stops  ·  F for focus mode", "caption")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.hint)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        self.pause_button = QPushButton("Pause")
        self.focus_button = QPushButton("Focus mode")
        self.stop_button = QPushButton("Stop")
        for button in (self.pause_button, self.focus_button, self.stop_button):
            button.setMinimumWidth(112)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText("Carry on" if paused else "Pause")
