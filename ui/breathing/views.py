"""During and after a session: the pacer with its controls, then a calm rating and save."""

from __future__ import annotations

from ui.breathing.calm import CalmRating
from ui.breathing.pacer import PacerWidget
from ui.qt import QHBoxLayout, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.card import Card, Page, label


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


class FinishView(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Well breathed", parent)
        card = Card()
        self.summary = label("")
        card.body.addWidget(self.summary)
        card.body.addSpacing(4)
        self.calm_after = CalmRating("How calm do you feel now? (optional)")
        card.body.addWidget(self.calm_after)
        row = QHBoxLayout()
        self.status = label("", "error")
        self.status.hide()
        self.save_button = QPushButton("Save")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        row.addWidget(self.status, 1)
        row.addStretch(0)
        row.addWidget(self.save_button)
        card.body.addLayout(row)
        self.content.addWidget(card)
        self.finish()
