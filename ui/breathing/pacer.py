"""The pacer: a circle that grows on the breath in, rests on holds and shrinks on the breath out."""

from __future__ import annotations

import math

from app.breathing import Phase, PhaseState
from ui.breathing.session import BreathingSession
from ui.qt import (
    QColor, QFont, QPainter, QPalette, QPen, QPointF, QRadialGradient, QRectF, QSizePolicy, Qt,
    QWidget,
)

CAPTIONS = {
    Phase.INHALE: "Breathe in",
    Phase.TOP_UP: "A little more",
    Phase.HOLD_IN: "Hold",
    Phase.EXHALE: "Breathe out",
    Phase.HOLD_OUT: "Rest",
    Phase.DONE: "Well done",
}
TOP_UP_SHARE = 0.8  # the first breath in fills most of the circle; the top-up the rest
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
        self.setAccessibleName("Breathing guide")

    def attach(self, session: BreathingSession | None) -> None:
        if self.session is not None:
            self.session.ticked.disconnect(self.update)
            self.session.phase_changed.disconnect(self._describe)
        self.session = session
        if session is not None:
            session.ticked.connect(self.update)
            session.phase_changed.connect(self._describe)
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    # -- what is shown ------------------------------------------------------------------
    def caption(self) -> str:
        s = self.session
        if s is None:
            return ""
        if s.paused:
            return "Paused"
        if s.state is None:
            return "Settle in"
        return CAPTIONS[s.state.phase]

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
        s = self.session
        if s is None:
            return ""
        if s.paused:
            return "Press Space to carry on, or Esc to stop"
        if s.state is None:
            return "Find a comfortable position. The first breath in is coming."
        st = s.state
        if st.finished:
            return ""
        return (f"Breath {st.cycle + 1} of {s.schedule.cycles}  ·  "
                f"{clock_text(st.remaining)} left")

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

    def _describe(self, _boundary: object) -> None:
        # For screen readers: once per phase, not once per frame.
        self.setAccessibleDescription(self.caption())

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        pal = self.palette()
        primary = pal.color(QPalette.ColorRole.Highlight)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, (self.height() - 56) / 2)
        if self.reduced_motion:
            self._paint_bar(painter, centre, primary, muted)
        else:
            self._paint_circle(painter, centre, primary, muted)
        base = self.font().pointSizeF()
        painter.setPen(text)
        big = QFont(self.font())
        big.setPointSizeF(base * 2.0)
        big.setWeight(QFont.Weight.DemiBold)
        painter.setFont(big)
        line = big.pointSizeF() * 2.2
        painter.drawText(QRectF(0, centre.y() - line, self.width(), line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         self.caption())
        number = QFont(self.font())
        number.setPointSizeF(base * 1.5)
        painter.setFont(number)
        painter.setPen(muted)
        painter.drawText(QRectF(0, centre.y() + 4, self.width(), line),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         self.seconds_text())
        painter.setFont(self.font())
        painter.drawText(QRectF(0, self.height() - 40, self.width(), 32),
                         Qt.AlignmentFlag.AlignCenter, self.footer())
        painter.end()

    def _paint_circle(self, painter: QPainter, centre: QPointF, primary: QColor,
                      muted: QColor) -> None:
        full = self._full_radius()
        guide = QColor(muted)
        guide.setAlphaF(0.35)
        painter.setPen(QPen(guide, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)
        radius = self.shape_radius() or full * SMALLEST
        glow = QRadialGradient(centre, radius)
        inner, outer = QColor(primary), QColor(primary)
        inner.setAlphaF(0.16)
        outer.setAlphaF(0.38)
        glow.setColorAt(0.0, inner)
        glow.setColorAt(1.0, outer)
        edge = QColor(primary)
        edge.setAlphaF(0.8)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(glow)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, centre: QPointF, primary: QColor,
                   muted: QColor) -> None:
        s = self.session
        progress = 0.0
        if s is not None and s.state is not None:
            progress = s.state.phase_progress
        elif s is not None and s.lead_in:
            progress = 1 - s.lead_in_left / s.lead_in
        width = min(self.width() - 64, 420)
        track = QRectF(centre.x() - width / 2, centre.y() + 72, width, 10)
        guide = QColor(muted)
        guide.setAlphaF(0.3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(guide)
        painter.drawRoundedRect(track, 5, 5)
        if progress > 0:
            painter.setBrush(primary)
            painter.drawRoundedRect(QRectF(track.left(), track.top(), width * progress, 10), 5, 5)
