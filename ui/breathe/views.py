"""During a session: the pacer with its pause, focus-mode and stop controls."""

from __future__ import annotations

from ui.breathe.pacer import PacerWidget
from ui.i18n import translate
from ui.qt import QPushButton, QWidget
from ui.widgets.card import label
from ui.widgets.session_view import centred, control_row, session_column


class SessionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = session_column(self)
        self.title = centred(label("", "title"))
        column.addWidget(self.title)
        self.pacer = PacerWidget()
        column.addWidget(self.pacer, 1)
        self.hint = centred(
            label(translate("SessionView", "Space pauses  ·  Esc stops  ·  F for focus mode"), "caption")
        )
        column.addWidget(self.hint)
        self.pause_button = QPushButton(translate("SessionView", "Pause"))
        self.focus_button = QPushButton(translate("SessionView", "Focus mode"))
        self.stop_button = QPushButton(translate("SessionView", "Stop"))
        column.addLayout(control_row(self.pause_button, self.focus_button, self.stop_button))

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(
            translate("SessionView", "Carry on") if paused else translate("SessionView", "Pause")
        )
