"""Grid charts painted directly: the year in pixels and the pleasantness x energy plane."""

from __future__ import annotations

import calendar
import datetime as dt

from app.stats.mood import DayMood
from app.stats.words import signed
from ui.i18n import checkins_text, day_and_month, translate
from ui.progress.colours import ChartColours
from ui.qt import (
    QColor,
    QEvent,
    QFont,
    QPainter,
    QPen,
    QRectF,
    QSize,
    Qt,
    QToolTip,
    QWidget,
)

CELL, GAP = 16, 3


class YearPixels(QWidget):
    """Twelve rows of days, each square coloured by that day's mean pleasantness."""

    LEFT = 40

    def __init__(self, colours: ChartColours) -> None:
        super().__init__()
        self.colours = colours
        self.year = dt.date.today().year
        self.days: dict[dt.date, DayMood] = {}
        self.setAccessibleName(translate("YearPixels", "Year in pixels"))
        self.setMouseTracking(True)
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(self.LEFT + 31 * (CELL + GAP) + 8, 22 + 12 * (CELL + GAP) + 36)

    def show_year(self, year: int, days: list[DayMood]) -> None:
        self.year = year
        self.days = {d.day: d for d in days}
        self.update()

    def apply_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        self.update()

    def cell_rect(self, day: dt.date) -> QRectF:
        return QRectF(self.LEFT + (day.day - 1) * (CELL + GAP), 22 + (day.month - 1) * (CELL + GAP),
                      CELL, CELL)

    def colour_of(self, day: dt.date) -> QColor:
        mood = self.days.get(day)
        return self.colours.mood(mood.pleasantness) if mood else QColor(self.colours.empty)

    def day_at(self, x: float, y: float) -> dt.date | None:
        col, row = int((x - self.LEFT) // (CELL + GAP)), int((y - 22) // (CELL + GAP))
        if not (0 <= col < 31 and 0 <= row < 12):
            return None
        if col + 1 > calendar.monthrange(self.year, row + 1)[1]:
            return None
        return dt.date(self.year, row + 1, col + 1)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.85))
        p.setFont(small)
        p.setPen(QColor(self.colours.muted))
        for col in (0, 9, 19, 29):
            p.drawText(QRectF(self.LEFT + col * (CELL + GAP) - 4, 0, CELL + 8, 18),
                       Qt.AlignmentFlag.AlignCenter, str(col + 1))
        for month in range(1, 13):
            y = 22 + (month - 1) * (CELL + GAP)
            p.setPen(QColor(self.colours.muted))
            p.drawText(QRectF(0, y, self.LEFT - 8, CELL),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       calendar.month_abbr[month])
            p.setPen(Qt.PenStyle.NoPen)
            for d in range(1, calendar.monthrange(self.year, month)[1] + 1):
                day = dt.date(self.year, month, d)
                p.setBrush(self.colour_of(day))
                p.drawRoundedRect(self.cell_rect(day), 3, 3)
        # The ramp as a legend: words, not only colours.
        y = 22 + 12 * (CELL + GAP) + 12
        p.setPen(QColor(self.colours.muted))
        p.drawText(QRectF(self.LEFT, y, 120, CELL), Qt.AlignmentFlag.AlignVCenter,
                   translate("YearPixels", "unpleasant"))
        for i, value in enumerate(range(-5, 6)):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.colours.mood(value))
            p.drawRoundedRect(QRectF(self.LEFT + 80 + i * (CELL + 2), y, CELL, CELL), 3, 3)
        p.setPen(QColor(self.colours.muted))
        p.drawText(QRectF(self.LEFT + 80 + 11 * (CELL + 2) + 6, y, 90, CELL),
                   Qt.AlignmentFlag.AlignVCenter, translate("YearPixels", "pleasant"))
        p.setBrush(QColor(self.colours.empty))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(self.LEFT + 80 + 11 * (CELL + 2) + 90, y, CELL, CELL), 3, 3)
        p.setPen(QColor(self.colours.muted))
        p.drawText(QRectF(self.LEFT + 80 + 11 * (CELL + 2) + 90 + CELL + 6, y, 120, CELL),
                   Qt.AlignmentFlag.AlignVCenter, translate("YearPixels", "no check-in"))
        p.end()

    def tooltip_text(self, day: dt.date) -> str:
        mood = self.days.get(day)
        if mood is None:
            return translate("YearPixels", "{day}: no check-in").format(day=day_and_month(day))
        return translate("YearPixels", "{day}: pleasantness {value}, {count}").format(
            day=day_and_month(day), value=signed(mood.pleasantness), count=checkins_text(mood.entries))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.position().x(), event.position().y()) \
                if hasattr(event, "position") else self.day_at(event.pos().x(), event.pos().y())
            if day:
                QToolTip.showText(event.globalPos(), self.tooltip_text(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class MoodPlane(QWidget):
    """Where check-ins fell: an 11 x 11 grid, pleasantness across, energy up."""

    MARGIN_LEFT, MARGIN_BOTTOM, SIDE = 28, 26, 21

    def __init__(self, colours: ChartColours) -> None:
        super().__init__()
        self.colours = colours
        self.counts: dict[tuple[int, int], int] = {}
        self.setAccessibleName(translate("MoodPlane", "Where your check-ins fell on pleasantness and energy"))
        grid = 11 * self.SIDE
        self.setMinimumSize(self.MARGIN_LEFT + grid + 12, grid + self.MARGIN_BOTTOM + 10)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def show_counts(self, counts: dict[tuple[int, int], int]) -> None:
        self.counts = counts
        self.update()

    def apply_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        self.update()

    def cell_rect(self, pleasantness: int, energy: int) -> QRectF:
        return QRectF(self.MARGIN_LEFT + (pleasantness + 5) * self.SIDE,
                      (5 - energy) * self.SIDE, self.SIDE - 2, self.SIDE - 2)

    def shade(self, pleasantness: int, energy: int) -> QColor:
        """Stronger where more check-ins fell; square-root so one busy cell does not wash
        out the rest."""
        count = self.counts.get((pleasantness, energy), 0)
        if not count:
            return QColor(self.colours.empty)
        top = max(self.counts.values())
        c = QColor(self.colours.pleasantness)
        c.setAlphaF(0.18 + 0.82 * (count / top) ** 0.5)
        return c

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        for x in range(-5, 6):
            for y in range(-5, 6):
                p.setBrush(self.shade(x, y))
                p.drawRoundedRect(self.cell_rect(x, y), 3, 3)
        # Quadrant lines through neutral, drawn over the cells.
        p.setPen(QPen(QColor(self.colours.muted), 1, Qt.PenStyle.DotLine))
        centre = self.cell_rect(0, 0).center()
        grid = 11 * self.SIDE
        p.drawLine(int(centre.x()), 0, int(centre.x()), grid)
        p.drawLine(self.MARGIN_LEFT, int(centre.y()), self.MARGIN_LEFT + grid, int(centre.y()))
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.85))
        p.setFont(small)
        p.setPen(QColor(self.colours.muted))
        p.drawText(
            QRectF(self.MARGIN_LEFT, grid + 4, grid, 20),
            Qt.AlignmentFlag.AlignCenter,
            translate("MoodPlane", "unpleasant   ←   pleasantness   →   pleasant"),
        )
        p.save()
        p.translate(0, grid)
        p.rotate(-90)
        p.drawText(
            QRectF(0, 0, grid, 22),
            Qt.AlignmentFlag.AlignCenter,
            translate("MoodPlane", "low   ←   energy   →   high"),
        )
        p.restore()
        p.end()

    def tooltip_text(self, pleasantness: int, energy: int) -> str:
        n = self.counts.get((pleasantness, energy), 0)
        return translate("MoodPlane", "Pleasantness {pleasantness}, energy {energy}: {count}").format(
            pleasantness=f"{pleasantness:+d}", energy=f"{energy:+d}", count=checkins_text(n))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            x = int((pos.x() - self.MARGIN_LEFT) // self.SIDE) - 5
            y = 5 - int(pos.y() // self.SIDE)
            if -5 <= x <= 5 and -5 <= y <= 5:
                QToolTip.showText(event.globalPos(), self.tooltip_text(x, y), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
