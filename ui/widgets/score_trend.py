"""A small line of earlier scores (assessment results), painted directly: a handful of
points needs no chart library, and it follows the palette in light and dark alike."""

from __future__ import annotations

import datetime as dt
import itertools

from ui.i18n import number_g, short_date, translate
from ui.qt import QColor, QPainter, QPalette, QPen, QPointF, QRectF, QWidget

MARGIN = 10.0


class ScoreTrend(QWidget):
    """Points (day, value) on a fixed vertical range, oldest left; circles mark each one."""

    def __init__(self, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.points: list[tuple[dt.date, float]] = []
        self.setMinimumHeight(90)
        self.setAccessibleName(translate("ScoreTrend", "Trend of earlier results"))

    def set_points(self, points: list[tuple[dt.date, float]], low: float | None = None,
                   high: float | None = None) -> None:
        self.points = points
        self.low = self.low if low is None else low
        self.high = self.high if high is None else high
        values = ", ".join(f"{short_date(d)} {number_g(v)}" for d, v in points[-6:])
        self.setAccessibleDescription(
            translate("ScoreTrend", "Earlier results: {values}").format(values=values) if values else ""
        )
        self.update()

    def _xy(self, index: int, value: float, box: QRectF) -> QPointF:
        count = max(1, len(self.points) - 1)
        x = box.left() + (box.width() * index / count if len(self.points) > 1 else box.width() / 2)
        span = (self.high - self.low) or 1.0
        y = box.bottom() - (value - self.low) / span * box.height()
        return QPointF(x, y)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        painter.setPen(QPen(grid, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = box.bottom() - fraction * box.height()
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        if not self.points:
            painter.end()
            return
        colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        spots = [self._xy(i, v, box) for i, (_d, v) in enumerate(self.points)]
        for a, b in itertools.pairwise(spots):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for spot in spots:
            painter.drawEllipse(spot, 4.0, 4.0)
        painter.end()
