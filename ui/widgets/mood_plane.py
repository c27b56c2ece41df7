"""The circumplex plane: pleasantness left to right, energy bottom to top, -5..5 each.

Click or drag to place the point; arrow keys move it one step, Home brings it to the middle.
The plane is tinted with the mood ramp from UI.md (blue-violet, sand, teal-green), so the
unpleasant side is cool rather than red, and low energy is drawn softer than high energy."""

from __future__ import annotations

from ui.accessibility import plane as plane_access
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import (
    QColor,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QWidget,
    Signal,
)

RANGE = 5
UNPLEASANT, NEUTRAL, PLEASANT = "#6C63B5", "#D9C6A5", "#3A9E8C"

PLEASANTNESS_WORDS = {
    -5: QT_TRANSLATE_NOOP("MoodPlane", "very unpleasant"),
    -4: QT_TRANSLATE_NOOP("MoodPlane", "quite unpleasant"),
    -3: QT_TRANSLATE_NOOP("MoodPlane", "unpleasant"),
    -2: QT_TRANSLATE_NOOP("MoodPlane", "somewhat unpleasant"),
    -1: QT_TRANSLATE_NOOP("MoodPlane", "a little unpleasant"),
    0: QT_TRANSLATE_NOOP("MoodPlane", "neither pleasant nor unpleasant"),
    1: QT_TRANSLATE_NOOP("MoodPlane", "a little pleasant"),
    2: QT_TRANSLATE_NOOP("MoodPlane", "somewhat pleasant"),
    3: QT_TRANSLATE_NOOP("MoodPlane", "pleasant"),
    4: QT_TRANSLATE_NOOP("MoodPlane", "quite pleasant"),
    5: QT_TRANSLATE_NOOP("MoodPlane", "very pleasant"),
}
ENERGY_WORDS = {
    -5: QT_TRANSLATE_NOOP("MoodPlane", "very low"),
    -4: QT_TRANSLATE_NOOP("MoodPlane", "quite low"),
    -3: QT_TRANSLATE_NOOP("MoodPlane", "low"),
    -2: QT_TRANSLATE_NOOP("MoodPlane", "somewhat low"),
    -1: QT_TRANSLATE_NOOP("MoodPlane", "a little low"),
    0: QT_TRANSLATE_NOOP("MoodPlane", "steady"),
    1: QT_TRANSLATE_NOOP("MoodPlane", "a little lively"),
    2: QT_TRANSLATE_NOOP("MoodPlane", "somewhat lively"),
    3: QT_TRANSLATE_NOOP("MoodPlane", "lively"),
    4: QT_TRANSLATE_NOOP("MoodPlane", "quite high"),
    5: QT_TRANSLATE_NOOP("MoodPlane", "very high"),
}


def describe(pleasantness: int, energy: int) -> str:
    feeling = translate("MoodPlane", PLEASANTNESS_WORDS[pleasantness])
    energy_words = translate("MoodPlane", ENERGY_WORDS[energy])
    return translate("MoodPlane", "{feeling}, energy {energy}").format(
        feeling=feeling[:1].upper() + feeling[1:], energy=energy_words)


def ramp_colour(pleasantness: float) -> QColor:
    """The mood ramp at a pleasantness from -5 to 5."""
    t = (pleasantness + RANGE) / (2 * RANGE)
    a, b = (QColor(UNPLEASANT), QColor(NEUTRAL)) if t < 0.5 else (QColor(NEUTRAL), QColor(PLEASANT))
    f = t * 2 if t < 0.5 else t * 2 - 1
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * f,
                           a.greenF() + (b.greenF() - a.greenF()) * f,
                           a.blueF() + (b.blueF() - a.blueF()) * f)


class MoodPlane(QWidget):
    changed = Signal(int, int)
    typed = Signal(str)  # a letter pressed on the plane

    def __init__(self, parent: QWidget | None = None) -> None:
        plane_access.install()  # screen readers see an adjustable control (slider role)
        super().__init__(parent)
        self._x = 0
        self._y = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(translate("MoodPlane", "How you feel: pleasantness and energy"))
        self.setToolTip(
            translate("MoodPlane", "Click or use the arrow keys: right is more pleasant, up is more energy")
        )
        self._update_description()

    # -- value -----------------------------------------------------------------------
    def value(self) -> tuple[int, int]:
        return self._x, self._y

    def set_value(self, pleasantness: int, energy: int) -> None:
        x = max(-RANGE, min(RANGE, int(pleasantness)))
        y = max(-RANGE, min(RANGE, int(energy)))
        if (x, y) == (self._x, self._y):
            return
        self._x, self._y = x, y
        self._update_description()
        self.update()
        plane_access.announce_value(self, x, y)
        self.changed.emit(x, y)

    def value_words(self) -> str:
        """The accessible value: "Somewhat pleasant, energy low"."""
        return describe(self._x, self._y)

    def _update_description(self) -> None:
        self.setAccessibleDescription(
            translate("MoodPlane", "{describe} (pleasantness {x:+d}, energy {y:+d})").format(
                describe=describe(self._x, self._y), x=self._x, y=self._y
            )
        )

    # -- geometry --------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(264, 264)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 4
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_point(self, x: float, y: float) -> QPointF:
        r = self._square()
        return QPointF(
            r.left() + (x + RANGE) / (2 * RANGE) * r.width(), r.top() + (RANGE - y) / (2 * RANGE) * r.height()
        )

    def _from_point(self, pos: QPointF) -> tuple[int, int]:
        r = self._square()
        x = (pos.x() - r.left()) / r.width() * 2 * RANGE - RANGE
        y = RANGE - (pos.y() - r.top()) / r.height() * 2 * RANGE
        return round(x), round(y)

    # -- input -----------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_value(*self._from_point(event.position()))

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_value(*self._from_point(event.position()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }.get(Qt.Key(event.key()))
        if step is not None:
            self.set_value(self._x + step[0], self._y + step[1])
        elif event.key() == Qt.Key.Key_Home:
            self.set_value(0, 0)
        elif event.text().isalpha() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self.typed.emit(event.text())  # a letter starts a word search (check-in form)
        else:
            super().keyPressEvent(event)  # Tab, Return and the rest go on as usual

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        surface = pal.color(QPalette.ColorRole.Base)
        dark = surface.lightnessF() < 0.5
        r = self._square()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        clip = QPainterPath()
        clip.addRoundedRect(r, 12, 12)
        p.fillPath(clip, surface)
        p.setClipPath(clip)

        # The mood ramp across, then a veil that makes low energy softer.
        across = QLinearGradient(r.topLeft(), r.topRight())
        for stop, colour in ((0.0, UNPLEASANT), (0.5, NEUTRAL), (1.0, PLEASANT)):
            c = QColor(colour)
            c.setAlphaF(0.42 if dark else 0.34)
            across.setColorAt(stop, c)
        p.fillRect(r, across)
        down = QLinearGradient(r.topLeft(), r.bottomLeft())
        veil = QColor(surface)
        veil.setAlphaF(0.0)
        down.setColorAt(0.0, veil)
        veil.setAlphaF(0.55)
        down.setColorAt(1.0, veil)
        p.fillRect(r, down)

        self._paint_grid(p, text)

        self._paint_axis_words(p, r, muted if not dark else text.darker(130))
        p.setClipping(False)

        # The point, in the ramp colour of where it sits, ringed so it shows on any tint.
        centre = self._to_point(self._x, self._y)
        radius = max(8.0, r.width() / 28)
        p.setPen(QPen(surface, 3))
        p.setBrush(ramp_colour(self._x).darker(115 if not dark else 100))
        p.drawEllipse(centre, radius, radius)
        p.setPen(QPen(text, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, radius + 2, radius + 2)

        # The border doubles as the focus ring.
        highlight = pal.color(QPalette.ColorRole.Highlight)
        border = QColor(text)
        border.setAlphaF(0.15)
        p.setPen(QPen(highlight, 2) if self.hasFocus() else QPen(border, 1))
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 11, 11)
        p.end()

    def _paint_grid(self, p: QPainter, text: QColor) -> None:
        """A faint grid on every step, the two axes a little stronger."""
        grid = QColor(text)
        grid.setAlphaF(0.06)
        p.setPen(QPen(grid, 1))
        for i in range(-RANGE + 1, RANGE):
            if i == 0:
                continue
            a, b = self._to_point(i, -RANGE), self._to_point(i, RANGE)
            p.drawLine(a, b)
            a, b = self._to_point(-RANGE, i), self._to_point(RANGE, i)
            p.drawLine(a, b)
        axis = QColor(text)
        axis.setAlphaF(0.22)
        p.setPen(QPen(axis, 1.2))
        p.drawLine(self._to_point(0, -RANGE), self._to_point(0, RANGE))
        p.drawLine(self._to_point(-RANGE, 0), self._to_point(RANGE, 0))

    def _paint_axis_words(self, p: QPainter, r: QRectF, colour: QColor) -> None:
        """Axis words inside the edges, where they do not crowd the card."""
        font = p.font()
        font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        p.setPen(colour)
        pad = 8
        flags = Qt.AlignmentFlag
        p.drawText(r.adjusted(pad, pad, -pad, -pad), flags.AlignHCenter | flags.AlignTop,
                   translate("MoodPlane", "more energy"))
        p.drawText(
            r.adjusted(pad, pad, -pad, -pad),
            flags.AlignHCenter | flags.AlignBottom,
            translate("MoodPlane", "less energy"),
        )
        mid = QRectF(r.left() + pad, r.center().y() + 4, r.width() - 2 * pad, 20)
        p.drawText(mid, flags.AlignLeft | flags.AlignTop, translate("MoodPlane", "unpleasant"))
        p.drawText(mid, flags.AlignRight | flags.AlignTop, translate("MoodPlane", "pleasant"))


def mood_shape(pleasantness: int) -> str:
    """Shape as well as colour (UI.md): unpleasant a down triangle, neutral a diamond,
    pleasant a circle, so the mark reads without colour."""
    return "triangle" if pleasantness < 0 else "diamond" if pleasantness == 0 else "circle"


class MoodMark(QWidget):
    """A small mood-coloured mark for one entry in a list (Today, Log)."""

    SIZE = 14

    def __init__(self, pleasantness: int, energy: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pleasantness = pleasantness
        self.shape = mood_shape(pleasantness)
        self.setFixedSize(self.SIZE + 4, self.SIZE + 4)
        self.setAccessibleName(describe(pleasantness, energy))
        self.setToolTip(describe(pleasantness, energy))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = ramp_colour(self.pleasantness)
        p.setBrush(colour)
        p.setPen(QPen(colour.darker(135), 1))
        r = QRectF(2, 2, self.SIZE, self.SIZE)
        path = QPainterPath()
        if self.shape == "circle":
            path.addEllipse(r)
        elif self.shape == "diamond":
            c = r.center()
            path.moveTo(c.x(), r.top())
            path.lineTo(r.right(), c.y())
            path.lineTo(c.x(), r.bottom())
            path.lineTo(r.left(), c.y())
            path.closeSubpath()
        else:
            path.moveTo(r.left(), r.top() + 1)
            path.lineTo(r.right(), r.top() + 1)
            path.lineTo(r.center().x(), r.bottom())
            path.closeSubpath()
        p.drawPath(path)
        p.end()
