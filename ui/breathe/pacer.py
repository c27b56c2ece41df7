"""The pacer: a circle that grows on the breath in, rests on holds and shrinks on the breath out."""

from __future__ import annotations

import math

from app.breathing import Phase, PhaseState
from ui.breathe.session import BreathingSession
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPointF,
    QRectF,
    QSizePolicy,
    Qt,
    QWidget,
)

CAPTIONS = {
    Phase.INHALE: QT_TRANSLATE_NOOP("BreathPacer", "Breathe in"),
    Phase.TOP_UP: QT_TRANSLATE_NOOP("BreathPacer", "A little more"),
    Phase.HOLD_IN: QT_TRANSLATE_NOOP("BreathPacer", "Hold"),
    Phase.EXHALE: QT_TRANSLATE_NOOP("BreathPacer", "Breathe out"),
    Phase.HOLD_OUT: QT_TRANSLATE_NOOP("BreathPacer", "Rest"),
    Phase.DONE: QT_TRANSLATE_NOOP("BreathPacer", "Well done"),
}
TOP_UP_SHARE = 0.8  # the first breath in fills most of the circle; the top-up the rest
MIN_STEP_PX = 0.3  # a smaller change of radius is not visible, so it is not painted
SMALLEST = 0.34  # of the full radius: an empty breath is still a visible, calm shape


def ease(progress: float) -> float:
    """Ease-in-out (sine): slow at both ends of a breath, like the breath itself."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))


def fullness(state: PhaseState | None, has_top_up: bool) -> float:
    """How full the lungs are, 0..1, at this moment of the session."""
    if state is None or state.finished:
        return 0.0
    p = ease(state.phase_progress)
    if state.phase is Phase.INHALE:
        return p * (TOP_UP_SHARE if has_top_up else 1.0)
    if state.phase is Phase.TOP_UP:
        return TOP_UP_SHARE + (1 - TOP_UP_SHARE) * p
    if state.phase is Phase.HOLD_IN:
        return 1.0
    if state.phase is Phase.EXHALE:
        return 1.0 - p
    return 0.0


def clock_text(seconds: float) -> str:
    seconds = max(0, math.ceil(seconds - 1e-6))
    return f"{seconds // 60}:{seconds % 60:02d}"


class PacerWidget(QWidget):
    """Paints the session's current state; it owns no time of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: BreathingSession | None = None
        self.reduced_motion = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 320)
        self.setAccessibleName(translate("PacerWidget", "Breathing guide"))
        # We paint every pixel ourselves, so Qt need not paint the page behind us each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._shown: tuple = ()
        self._radius = 0.0
        self._font_cache: tuple[QFont, QFont, QFont] | None = None
        self._backdrop_cache: tuple[tuple, QPixmap] | None = None

    def attach(self, session: BreathingSession | None) -> None:
        if self.session is not None:
            self.session.ticked.disconnect(self._on_tick)
            self.session.phase_changed.disconnect(self._describe)
        self.session = session
        if session is not None:
            session.ticked.connect(self._on_tick)
            session.phase_changed.connect(self._describe)
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    # -- what is shown ------------------------------------------------------------------
    def _waiting(self, *, paused: str, settling: str) -> str | None:
        """What to show while no breath is being counted (no session, paused, the lead-in);
        None once one is, for the caller to say where in the breath we are."""
        s = self.session
        if s is None:
            return ""
        if s.paused:
            return paused
        return settling if s.state is None else None

    def caption(self) -> str:
        waiting = self._waiting(paused=translate("BreathPacer", "Paused"),
                                settling=translate("BreathPacer", "Settle in"))
        if waiting is not None or self.session is None or self.session.state is None:
            return waiting or ""
        return translate("BreathPacer", CAPTIONS[self.session.state.phase])

    def seconds_text(self) -> str:
        s = self.session
        if s is None:
            return ""
        if s.state is None:
            return str(max(1, math.ceil(s.lead_in_left)))
        if s.state.finished:
            return ""
        return str(max(1, math.ceil(s.state.phase_remaining - 1e-6)))

    def footer(self) -> str:
        waiting = self._waiting(
            paused=translate("BreathPacer", "Press Space to carry on, or Esc to stop"),
            settling=translate("BreathPacer", "Find a comfortable position. The first breath in is coming."))
        s = self.session
        if waiting is not None or s is None or s.state is None:
            return waiting or ""
        st = s.state
        if st.finished:
            return ""
        return translate("BreathPacer", "Breath {cycle} of {cycles}  ·  {time} left").format(
            cycle=st.cycle + 1, cycles=s.schedule.cycles, time=clock_text(st.remaining))

    def shape_radius(self) -> float | None:
        """The circle's radius in pixels now; None when reduced motion shows a bar instead."""
        if self.reduced_motion:
            return None
        full = self._full_radius()
        s = self.session
        level = fullness(s.state if s else None, bool(s and s.schedule.pattern.top_up))
        return full * (SMALLEST + (1 - SMALLEST) * level)

    def _full_radius(self) -> float:
        return max(40.0, min(self.width(), self.height() - 96) / 2 - 12)

    def _on_tick(self) -> None:
        """Repaint only what moved: most frames change just the circle (or the bar)."""
        shown = (self.caption(), self.seconds_text(), self.footer(), self.reduced_motion)
        if shown != self._shown:
            phase_changed = not self._shown or shown[0] != self._shown[0]
            self._shown = shown
            self._radius = self.shape_radius() or 0.0
            if phase_changed and self.isVisible():
                # The session's one-shot timer aimed at the boundary brought us here: paint
                # now, not after whatever else is queued (a late frame would show it late).
                self.repaint()
            else:
                self.update()
            return
        if self.reduced_motion:
            self.update(self._bar_rect().adjusted(-2, -2, 2, 2).toAlignedRect())
            return
        radius = self.shape_radius() or 0.0
        if abs(radius - self._radius) < MIN_STEP_PX:
            # Holds, and the slow ends of a breath: no visible change, so no frame.
            return
        reach = max(radius, self._radius) + 3
        self._radius = radius
        c = self._centre()
        self.update(QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach).toAlignedRect())

    def _centre(self) -> QPointF:
        return QPointF(self.width() / 2, (self.height() - 56) / 2)

    def _bar_rect(self) -> QRectF:
        c = self._centre()
        width = min(self.width() - 64, 420)
        return QRectF(c.x() - width / 2, c.y() + 72, width, 10)

    def _fonts(self) -> tuple[QFont, QFont]:
        """The caption and countdown fonts, scaled from the user's font; made once per font."""
        base = self.font()
        if self._font_cache is None or self._font_cache[0] != base:
            big = QFont(base)
            big.setPointSizeF(base.pointSizeF() * 2.0)
            big.setWeight(QFont.Weight.DemiBold)
            number = QFont(base)
            number.setPointSizeF(base.pointSizeF() * 1.5)
            self._font_cache = (QFont(base), big, number)
        return self._font_cache[1], self._font_cache[2]

    def _describe(self, _boundary: object) -> None:
        # For screen readers: once per phase, not once per frame.
        self.setAccessibleDescription(self.caption())

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        pal = self.palette()
        background = pal.color(QPalette.ColorRole.Window)
        primary = pal.color(QPalette.ColorRole.Highlight)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = self._centre()
        if self.reduced_motion:
            painter.fillRect(event.rect(), background)
            self._paint_bar(painter, primary, muted)
        else:
            # The still parts (background, guide ring) come from a cached picture: an
            # antialiased ring costs more to draw than the whole moving circle.
            painter.drawPixmap(event.rect(), self._backdrop(background, muted), event.rect())
            self._paint_circle(painter, centre, background, primary)
        big, number = self._fonts()
        line = big.pointSizeF() * 2.2
        area = QRectF(event.rect())
        for font, colour, rect, align, words in (
            (big, text, QRectF(0, centre.y() - line, self.width(), line),
             Qt.AlignmentFlag.AlignBottom, self.caption()),
            (number, muted, QRectF(0, centre.y() + 4, self.width(), line),
             Qt.AlignmentFlag.AlignTop, self.seconds_text()),
            (self.font(), muted, QRectF(0, self.height() - 40, self.width(), 32),
             Qt.AlignmentFlag.AlignVCenter, self.footer()),
        ):
            # Skip words outside the repainted area: most frames only repaint the circle.
            if words and rect.intersects(area):
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | align, words)
        painter.end()

    def _backdrop(self, background: QColor, muted: QColor) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, background.rgb(), muted.rgb())
        if self._backdrop_cache is None or self._backdrop_cache[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(background)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(_mix(muted, background, 0.35), 1.5))
            full = self._full_radius()
            painter.drawEllipse(self._centre(), full, full)
            painter.end()
            self._backdrop_cache = (key, pixmap)
        return self._backdrop_cache[1]

    def _paint_circle(self, painter: QPainter, centre: QPointF, background: QColor,
                      primary: QColor) -> None:
        radius = self.shape_radius() or self._full_radius() * SMALLEST
        # Opaque colours mixed in advance: a solid fill costs far less than blending a
        # translucent gradient over hundreds of thousands of pixels, sixty times a second.
        # The fill without antialiasing (a plain span fill), then a smooth edge drawn over it
        # hides the steps: most of the per-frame cost of a large circle is in the fill.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_mix(primary, background, 0.3))
        painter.drawEllipse(centre, radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(_mix(primary, background, 0.8), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, primary: QColor, muted: QColor) -> None:
        s = self.session
        progress = 0.0
        if s is not None and s.state is not None:
            progress = s.state.phase_progress
        elif s is not None and s.lead_in:
            progress = 1 - s.lead_in_left / s.lead_in
        track = self._bar_rect()
        guide = QColor(muted)
        guide.setAlphaF(0.3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(guide)
        painter.drawRoundedRect(track, 5, 5)
        if progress > 0:
            painter.setBrush(primary)
            painter.drawRoundedRect(
                QRectF(track.left(), track.top(), track.width() * progress, track.height()), 5, 5)


def _mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``colour`` at ``amount`` opacity over ``background``, as one opaque colour."""
    return QColor.fromRgbF(*(
        getattr(colour, part)() * amount + getattr(background, part)() * (1 - amount)
        for part in ("redF", "greenF", "blueF")))
