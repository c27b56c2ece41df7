"""Small pieces of the Goals page: a calm progress bar and the gentle celebration line."""

from __future__ import annotations

from ui.i18n import translate
from ui.qt import (
    QColor,
    QEasingCurve,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QPalette,
    QPropertyAnimation,
    QSize,
    QTimer,
    QWidget,
)
from ui.widgets.card import label
from ui.widgets.slim_bar import SlimBar

FADE_MS = 900  # a slow, soft fade: it should feel like a breath, not a fanfare
SHOWN_MS = 9000  # long enough to read twice


class ProgressBar(SlimBar):
    """A slim rounded bar in the theme's primary colour on its border colour: never red,
    and the text beside it says the same in words for people who do not see colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(8, parent)

    def set_value(self, value: float, text: str) -> None:
        self._value = max(0.0, min(1.0, value))
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def track_colour(self) -> QColor:
        # The fill colour, faint: it follows the theme, light or dark.
        track = self.palette().color(QPalette.ColorRole.Highlight)
        track.setAlpha(50)
        return track


class Celebration(QFrame):
    """A quiet card that acknowledges a finished step or goal, then steps aside.

    With reduced motion it simply appears and goes; otherwise it fades in and out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setAccessibleName(translate("Celebration", "Acknowledgement"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        self.text = label("")
        row.addWidget(self.text, 1)
        self.reduced_motion = False
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(1.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._fade.setDuration(FADE_MS)
        self._fade.finished.connect(self._faded)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._leave)
        self.kind = ""
        self.hide()

    def celebrate(self, text: str, *, big: bool, shown_ms: int = SHOWN_MS) -> None:
        """big: a whole goal is done (a warmer, larger line); else one step."""
        self.kind = "goal" if big else "step"
        self.text.setProperty("role", "value" if big else None)
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self._fade.stop()
        with_motion = not self.reduced_motion
        self._effect.setOpacity(0.0 if with_motion else 1.0)
        self.show()
        if with_motion:
            self._fade.setStartValue(0.0)
            self._fade.setEndValue(1.0)
            self._fade.start()
        self._hide_timer.start(max(1, shown_ms))

    def animating(self) -> bool:
        return self._fade.state() == QPropertyAnimation.State.Running

    def _leave(self) -> None:
        if self.reduced_motion:
            self.hide()
            return
        self._fade.stop()
        self._fade.setStartValue(self._effect.opacity())
        self._fade.setEndValue(0.0)
        self._fade.start()

    def _faded(self) -> None:
        if self._fade.endValue() == 0.0:  # the fade out, not the fade in
            self.hide()
