"""Focus mode: the pacer alone, full screen, with nothing else to look at."""

from __future__ import annotations

from collections.abc import Callable

from ui.breathe.pacer import PacerWidget
from ui.breathe.session import BreathingSession
from ui.i18n import translate
from ui.qt import Qt, QVBoxLayout, QWidget, Signal
from ui.widgets.card import label
from ui.widgets.shortcuts import local_keys


class FocusWindow(QWidget):
    """A second view of the same session; keys act on the session, not on this window."""

    closed = Signal()  # also when the window manager closes it (Alt+F4)

    def __init__(self, session: BreathingSession, *, reduced_motion: bool,
                 on_pause: Callable[[], None], on_stop: Callable[[], None],
                 on_leave: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(translate("FocusWindow", "Stillpoint - breathing"))
        self.setObjectName("FocusWindow")
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 48, 48, 32)
        self.pacer = PacerWidget()
        self.pacer.set_reduced_motion(reduced_motion)
        self.pacer.attach(session)
        column.addWidget(self.pacer, 1)
        keys = label(
            translate("FocusWindow", "Space pauses  ·  Esc stops  ·  F leaves focus"), "caption", wrap=False
        )
        column.addWidget(keys, 0, Qt.AlignmentFlag.AlignHCenter)
        # A window of its own: its keys act wherever focus is in it (QShortcut's default).
        local_keys(self, [("Space", on_pause), ("Esc", on_stop), ("F", on_leave), ("F11", on_leave)],
                   context=Qt.ShortcutContext.WindowShortcut)

    def closeEvent(self, event) -> None:
        self.pacer.attach(None)
        super().closeEvent(event)
        self.closed.emit()
