"""Focus mode: the pacer alone, full screen, with nothing else to look at."""

from __future__ import annotations

from collections.abc import Callable

from ui.breathing.pacer import PacerWidget
from ui.breathing.session import BreathingSession
from ui.qt import QKeySequence, QShortcut, Qt, QVBoxLayout, QWidget
from ui.widgets.card import label


class FocusWindow(QWidget):
    """A second view of the same session; keys act on the session, not on this window."""

    def __init__(self, session: BreathingSession, *, reduced_motion: bool,
                 on_pause: Callable[[], None], on_stop: Callable[[], None],
                 on_leave: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle("Stillpoint - breathing")
        self.setObjectName("FocusWindow")
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 48, 48, 32)
        self.pacer = PacerWidget()
        self.pacer.set_reduced_motion(reduced_motion)
        self.pacer.attach(session)
        column.addWidget(self.pacer, 1)
        column.addWidget(label("Space pauses  ·  Esc stops  ·  F leaves focus", "caption", wrap=False),
                         0, Qt.AlignmentFlag.AlignHCenter)
        for key, action in (("Space", on_pause), ("Esc", on_stop), ("F", on_leave),
                            ("F11", on_leave)):
            QShortcut(QKeySequence(key), self).activated.connect(action)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.pacer.attach(None)
        super().closeEvent(event)
