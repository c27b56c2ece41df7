"""A slim rounded progress line in the theme's colours, quieter than a QProgressBar.
Goals and the Meditate players each choose its height and the colour of its track."""

from __future__ import annotations

from ui.i18n import translate
from ui.qt import QColor, QPainter, QPalette, QRectF, Qt, QWidget


class SlimBar(QWidget):
    def __init__(self, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0
        self.setFixedHeight(height)
        self.setAccessibleName(translate("SlimBar", "Progress"))

    def value(self) -> float:
        return self._value

    def track_colour(self) -> QColor:
        """The part not yet filled."""
        return self.palette().color(QPalette.ColorRole.Mid)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(self.track_colour())
        painter.drawRoundedRect(rect, radius, radius)
        if self._value > 0:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            filled = QRectF(rect.x(), rect.y(), max(rect.height(), rect.width() * self._value),
                            rect.height())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
