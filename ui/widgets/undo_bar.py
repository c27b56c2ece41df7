"""A quiet line that says what was just deleted and offers to bring it back."""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QFrame, QHBoxLayout, QPushButton, QWidget
from ui.widgets.card import label


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        self.message = label("")
        self.button = QPushButton("Undo")
        self.button.setAutoDefault(False)
        self.button.setToolTip("Ctrl+Z")
        self.button.clicked.connect(self.undo)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        self._undo: Callable[[], None] | None = None
        self.hide()

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.message.setText(message)
        self.show()

    def undo(self) -> bool:
        """Run the pending undo; False when there is nothing to undo."""
        action, self._undo = self._undo, None
        self.hide()
        if action is None:
            return False
        action()
        return True
