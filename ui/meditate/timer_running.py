"""The meditation timer while it runs: the phase, a quiet countdown, the next bell."""

from __future__ import annotations

from app.meditation.timer import FINISHED, WARMING_UP, TimerPlan, TimerState, clock_text
from app.meditation.timer_service import describe
from ui.accessibility import zoom
from ui.i18n import translate
from ui.meditate.common import ThinProgress
from ui.qt import QFont, QPushButton, Qt, QWidget
from ui.widgets.card import label
from ui.widgets.session_view import centred, control_row, session_column

COUNTDOWN_POINTS = 44


class TimerRunningView(QWidget):
    def __init__(self, volume: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = session_column(self)
        self.title = centred(label("", "muted"))
        column.addWidget(self.title)
        column.addStretch(2)
        self.phase = centred(label("", "section"))
        column.addWidget(self.phase)
        self.countdown = centred(label("", wrap=False))
        self.countdown.setAccessibleName(translate("TimerRunningView", "Time left"))
        font = QFont(self.countdown.font())
        # Light weights draw a small, low colon with wide sides: "9 : 57". Normal weight and a
        # slightly tighter spacing keep the time one word.
        font.setWeight(QFont.Weight.Normal)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 94)
        self.countdown.setFont(font)
        zoom.keep_points(self.countdown, COUNTDOWN_POINTS)  # its size: now and at each zoom step
        column.addWidget(self.countdown)
        self.next_bell = centred(label("", "muted"))
        column.addWidget(self.next_bell)
        column.addStretch(3)
        self.progress = ThinProgress()
        column.addWidget(self.progress)
        self.pause_button = QPushButton(translate("TimerRunningView", "Pause"))
        self.end_button = QPushButton(translate("TimerRunningView", "End"))
        column.addLayout(control_row(self.pause_button, self.end_button))
        if volume is not None:  # the background sound's live volume, under the buttons
            column.addWidget(volume, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(
            centred(label(translate("TimerRunningView", "Space pauses  ·  Esc ends"), "caption"))
        )
        self._plan: TimerPlan | None = None

    def start(self, plan: TimerPlan) -> None:
        self._plan = plan
        self.title.setText(describe(plan).capitalize())
        self.show_paused(False)

    def show_state(self, state: TimerState, elapsed: float) -> None:
        if self._plan is None:
            return
        if state.phase == WARMING_UP:
            self.phase.setText(translate("TimerRunningView", "Settling in"))
            self.countdown.setText(clock_text(state.phase_left + 0.999))
            self.next_bell.setText(
                translate("TimerRunningView", "The first bell rings when the countdown ends.")
            )
            self.progress.set_value(0.0)
            return
        self.phase.setText(
            translate("TimerRunningView", "Sitting")
            if state.phase != FINISHED
            else translate("TimerRunningView", "Done")
        )
        self.countdown.setText(clock_text(state.phase_left + 0.999 if state.phase_left else 0))
        self.progress.set_value(state.progress)
        upcoming = [e for e in self._plan.events() if e.offset > elapsed and e.kind == "interval"]
        if upcoming:
            at = upcoming[0].offset - self._plan.warmup_seconds
            self.next_bell.setText(
                translate("TimerRunningView", "Next bell at {clock_text}").format(clock_text=clock_text(at))
            )
        else:
            self.next_bell.setText("")

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(
            translate("TimerRunningView", "Carry on") if paused else translate("TimerRunningView", "Pause")
        )
        if paused:
            self.phase.setText(translate("TimerRunningView", "Paused"))
