"""Small pieces the Meditate sections share: wording, saving calm-after, a thin progress line."""

from __future__ import annotations

from app.errors import UserError
from app.practice.service import PracticeRecord, PracticeService
from ui.qt import QColor, QPainter, QPalette, QRectF, QSizePolicy, Qt, QWidget
from ui.widgets.calm import FinishView


def minutes_text(seconds: float) -> str:
    """Whole minutes for a person, not a stopwatch: '8 minutes', 'under a minute'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def save_calm_after(practice: PracticeService, record: PracticeRecord | None,
                    after: FinishView) -> bool:
    """Store the optional calm-after rating; False, with the reason shown, when it failed."""
    value = after.calm_after.value()
    if record is not None and value is not None:
        try:
            practice.rate_calm(record.id, after=value)
        except UserError as error:
            after.status.show_error(error)
            return False
    return True


class ThinProgress(QWidget):
    """A 6 px rounded line in the theme's colours; quieter than a QProgressBar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Progress")

    def set_value(self, value: float) -> None:
        value = min(max(value, 0.0), 1.0)
        if abs(value - self._value) > 0.0005:
            self._value = value
            self.update()

    def value(self) -> float:
        return self._value

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        tokens = getattr(self.window(), "theme_tokens", None)  # set by the main window
        track = QColor(tokens.border) if tokens else self.palette().color(QPalette.ColorRole.Mid)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        if self._value > 0:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            filled = QRectF(rect.x(), rect.y(), max(rect.height(), rect.width() * self._value),
                            rect.height())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
