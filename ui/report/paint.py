"""Charts for paper, drawn with QPainter alone (no pyqtgraph): crisp vector lines in the PDF
and usable from the command line with just a QGuiApplication."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from app.practice.service import KIND_NAMES, KINDS
from app.stats.mood import DayMood, WeekMood
from app.stats.report import ReportData
from ui.i18n import app_text, number, short_date, translate
from ui.qt import QColor, QPainter, QPainterPath, QPen, QRectF, Qt
from ui.theme import LIGHT

# Paper is light: ink, muted text and the primary come from the light theme, so a colour
# tuned there (the primary was darkened for contrast) reaches the report too.
INK, MUTED, RULE = QColor(LIGHT.text), QColor(LIGHT.muted), QColor("#DDD8D0")
PLEASANT, ENERGY = QColor(LIGHT.primary), QColor("#B7823F")
KIND_COLOURS = {"breathing": QColor(LIGHT.primary), "visualization": QColor("#6C6AB8"),
                "timer": QColor("#C8944F"), "audio": QColor("#8A9099")}


def _alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _mood_slots(data: ReportData) -> tuple[Sequence[DayMood | WeekMood | None], list[str]]:
    """One slot per day, or per week for long periods, with its axis label."""
    if data.daily_chart:
        return data.mood.days, [day_label(d) for d in data.period.days]
    by_start = {w.start: w for w in data.weeks}
    starts = sorted(by_start)
    return [by_start[s] for s in starts], [day_label(s) for s in starts]


def day_label(day: dt.date) -> str:
    """"1 Nov": a month name reads the same in every country, unlike "1.11." or "11/1"."""
    return short_date(day)


def mood_chart(p: QPainter, rect: QRectF, data: ReportData) -> None:
    """Daily (or, for long periods, weekly) means with the range as a soft bar."""
    slots, labels = _mood_slots(data)
    left, bottom = 34.0, 22.0
    plot = QRectF(rect.left() + left, rect.top() + 6, rect.width() - left - 6,
                  rect.height() - bottom - 6)
    n = max(len(slots), 1)

    def x_at(i: float) -> float:
        return plot.left() + (i + 0.5) * plot.width() / n

    def y_at(v: float) -> float:
        return plot.bottom() - (v + 5.5) / 11 * plot.height()

    p.setFont(_small(p))
    for v in (-5, 0, 5):
        p.setPen(QPen(RULE, 0.8, Qt.PenStyle.SolidLine if v == 0 else Qt.PenStyle.DotLine))
        p.drawLine(int(plot.left()), int(y_at(v)), int(plot.right()), int(y_at(v)))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y_at(v) - 8, left - 6, 16),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{v:+d}" if v else "0")
    step = max(1, math.ceil(n / 12))
    for i, text in enumerate(labels):
        if i % step == 0:
            p.drawText(QRectF(x_at(i) - 30, plot.bottom() + 4, 60, 16),
                       Qt.AlignmentFlag.AlignCenter, text)
    slot_width = plot.width() / n
    for offset, measure, colour in ((-0.14, "pleasantness", PLEASANT), (0.14, "energy", ENERGY)):
        shift = offset * slot_width if n <= 40 else 0.0
        path, pen_down = QPainterPath(), False
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_alpha(colour, 60))
        for i, slot in enumerate(slots):
            if slot is None:
                pen_down = False
                continue
            x = x_at(i) + shift
            width = max(2.0, min(10.0, slot_width * 0.22))
            top, low = y_at(slot.high(measure) + 0.05), y_at(slot.low(measure) - 0.05)
            p.drawRoundedRect(QRectF(x - width / 2, top, width, low - top), 2, 2)
            y = y_at(slot.mean(measure))
            if pen_down:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
                pen_down = True
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 1.6))
        p.drawPath(path)
        p.setBrush(colour)
        p.setPen(QPen(QColor("white"), 0.8))
        for i, slot in enumerate(slots):
            if slot is not None:
                x, y = x_at(i) + shift, y_at(slot.mean(measure))
                if measure == "pleasantness":
                    p.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
                else:
                    p.drawRect(QRectF(x - 2.7, y - 2.7, 5.4, 5.4))


def mood_legend(p: QPainter, rect: QRectF) -> None:
    p.setFont(_small(p))
    x = rect.left()
    for text, colour, square in (
            (translate("ReportChart", "pleasantness (average; bar: lowest to highest)"), PLEASANT,
             False), (translate("ReportChart", "energy"), ENERGY, True)):
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        marker = QRectF(x, rect.top() + 4, 7, 7)
        p.drawRect(marker) if square else p.drawEllipse(marker)
        p.setPen(MUTED)
        p.drawText(QRectF(x + 12, rect.top(), 400, 16), Qt.AlignmentFlag.AlignVCenter, text)
        x += 12 + p.fontMetrics().horizontalAdvance(text) + 24


def plane_grid(p: QPainter, rect: QRectF, counts: dict[tuple[int, int], int]) -> None:
    """Counts of check-ins on the pleasantness x energy plane, numbers in the squares."""
    side = min(rect.width(), rect.height()) / 11
    top = max(counts.values(), default=1)
    p.setFont(_small(p))
    for x in range(-5, 6):
        for y in range(-5, 6):
            cell = QRectF(rect.left() + (x + 5) * side, rect.top() + (5 - y) * side,
                          side - 1.5, side - 1.5)
            n = counts.get((x, y), 0)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_alpha(PLEASANT, int(30 + 200 * (n / top) ** 0.5)) if n
                       else QColor("#F1EEE9"))
            p.drawRect(cell)
            if n:
                p.setPen(QColor("white") if n / top > 0.35 else INK)
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(n))


def practice_bars(p: QPainter, rect: QRectF, data: ReportData) -> None:
    weeks = data.practice_weeks
    top = max((w.total for w in weeks), default=0.0) or 1.0
    n = max(len(weeks), 1)
    base = rect.bottom() - 18
    height = rect.height() - 24
    slot = rect.width() / n
    p.setFont(_small(p))
    step = max(1, math.ceil(n / 10))
    for i, week in enumerate(weeks):
        y = base
        for kind in KINDS:
            h = week.minutes.get(kind, 0.0) / top * height
            if h > 0:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(KIND_COLOURS[kind])
                p.drawRect(QRectF(rect.left() + i * slot + slot * 0.2, y - h, slot * 0.6, h))
                y -= h
        if i % step == 0:
            p.setPen(MUTED)
            p.drawText(QRectF(rect.left() + i * slot - 20, base + 2, slot + 40, 16),
                       Qt.AlignmentFlag.AlignCenter, day_label(week.start))
    p.setPen(QPen(RULE, 0.8))
    p.drawLine(int(rect.left()), int(base), int(rect.right()), int(base))
    p.setPen(MUTED)
    p.drawText(QRectF(rect.left(), rect.top() - 2, rect.width(), 14), Qt.AlignmentFlag.AlignRight,
               translate("ReportChart", "tallest week: {minutes} min").format(minutes=number(top)))


def kinds_legend(p: QPainter, rect: QRectF) -> None:
    p.setFont(_small(p))
    x = rect.left()
    for kind in KINDS:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(KIND_COLOURS[kind])
        p.drawRect(QRectF(x, rect.top() + 4, 8, 8))
        p.setPen(MUTED)
        name = app_text(KIND_NAMES[kind])
        p.drawText(QRectF(x + 12, rect.top(), 300, 16), Qt.AlignmentFlag.AlignVCenter, name)
        x += 12 + p.fontMetrics().horizontalAdvance(name) + 20


def _small(p: QPainter):
    font = p.font()
    font.setPointSizeF(7.5)
    return font
