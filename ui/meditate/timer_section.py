"""The meditation timer: set the length and bells, sit with a quiet countdown, then rest."""

from __future__ import annotations

from functools import partial

from app.errors import UserError
from app.meditation.timer import TimerPlan
from app.meditation.timer_service import (
    BELLS,
    bell_times_text,
    parse_bell_times,
    plan_from_json,
    plan_to_json,
)
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.meditate.ambient import AmbientChooser
from ui.meditate.common import RunSection, minutes_text, save_calm_after
from ui.meditate.deps import Deps
from ui.meditate.guided_views import section_page
from ui.meditate.runs import RunResult, TimerRun
from ui.meditate.timer_running import TimerRunningView
from ui.qt import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.calm import CalmRating
from ui.widgets.card import Card, label
from ui.widgets.shortcuts import local_keys
from ui.widgets.status_line import StatusLine

BELL_WORDS = {
    "bell": QT_TRANSLATE_NOOP("TimerSection", "Bell"),
    "chime": QT_TRANSLATE_NOOP("TimerSection", "Chime"),
    "bowl": QT_TRANSLATE_NOOP("TimerSection", "Singing bowl"),
    "none": QT_TRANSLATE_NOOP("TimerSection", "No bell"),
}
MAX_MINUTES = 24 * 60 * 7  # no one-hour cap; a week is simply where the box stops


def bell_combo(name: str, chosen: str) -> QComboBox:
    combo = QComboBox()
    for bell in BELLS:
        combo.addItem(translate("TimerSection", BELL_WORDS[bell]), bell)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.setAccessibleName(name)
    return combo


class TimerSetupView(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = section_page()
        outer.addWidget(self.page)
        plan = plan_from_json(deps.settings.get("timer_plan")) or TimerPlan(minutes=10, warmup_seconds=10)
        self.page.content.addWidget(self._length_card(plan))
        self.page.content.addWidget(self._bells_card(plan))
        self.page.content.addWidget(self._start_card(deps))
        self.page.finish()

    def _enable(self) -> None:
        self.every_minutes.setEnabled(self.every.isChecked())
        self.times.setEnabled(self.at_times.isChecked())
        # With no bells along the way, their sound is not a choice: caption and box go quiet.
        self.interval_bell.setEnabled(not self.no_intervals.isChecked())
        self.along_label.setEnabled(not self.no_intervals.isChecked())

    def plan(self) -> TimerPlan:
        """The plan as set; a UserError in plain words when something does not fit."""
        offsets = parse_bell_times(self.times.text()) if self.at_times.isChecked() else ()
        if self.at_times.isChecked() and not offsets:
            raise UserError(
                translate(
                    "TimerSetupView",
                    "Write at least one time for the bells, such as 5 or 12:30, or choose another option.",
                )
            )
        return TimerPlan(
            minutes=self.minutes.value(),
            warmup_seconds=self.warmup.value(),
            interval_minutes=self.every_minutes.value() if self.every.isChecked() else None,
            custom_bell_offsets=offsets,
            start_bell=self.start_bell.currentData(),
            interval_bell=self.interval_bell.currentData(),
            end_bell=self.end_bell.currentData(),
        )

    def _start_card(self, deps: Deps) -> Card:
        start = Card(translate("TimerSetupView", "Before you begin"))
        self.ambient = AmbientChooser(deps)
        start.body.addWidget(self.ambient)
        self.calm_before = CalmRating(
            translate("TimerSetupView", "How calm do you feel right now? (optional)")
        )
        start.body.addWidget(self.calm_before)
        row = QHBoxLayout()
        self.status = StatusLine(translate("TimerSetupView", "Sitting status"), keep_space=True)
        self.begin_button = QPushButton(translate("TimerSetupView", "Begin sitting"))
        self.begin_button.setProperty("primary", True)
        self.begin_button.setDefault(True)
        row.addWidget(self.status, 1)
        row.addWidget(self.begin_button)
        start.body.addLayout(row)
        return start

    def _bells_card(self, plan: TimerPlan) -> Card:
        bells = Card(translate("TimerSetupView", "Bells"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.start_bell = bell_combo(translate("TimerSetupView", "Start bell"), plan.start_bell)
        self.interval_bell = bell_combo(translate("TimerSetupView", "Bell along the way"), plan.interval_bell)
        self.end_bell = bell_combo(translate("TimerSetupView", "End bell"), plan.end_bell)
        grid.addWidget(label(translate("TimerSetupView", "At the start"), wrap=False), 0, 0)
        grid.addWidget(self.start_bell, 0, 1)
        grid.addWidget(label(translate("TimerSetupView", "At the end"), wrap=False), 1, 0)
        grid.addWidget(self.end_bell, 1, 1)
        self.along_label = label(translate("TimerSetupView", "Along the way"), wrap=False)
        grid.addWidget(self.along_label, 2, 0)
        grid.addWidget(self.interval_bell, 2, 1)
        grid.setColumnStretch(2, 1)
        bells.body.addLayout(grid)
        self.no_intervals = QRadioButton(translate("TimerSetupView", "&No bells along the way"))
        self.every = QRadioButton(translate("TimerSetupView", "&Every"))
        self.at_times = QRadioButton(translate("TimerSetupView", "&At these times"))
        self.interval_group = QButtonGroup(self)
        for button in (self.no_intervals, self.every, self.at_times):
            self.interval_group.addButton(button)
        self.every_minutes = QSpinBox()
        self.every_minutes.setRange(1, MAX_MINUTES)
        self.every_minutes.setValue(round(plan.interval_minutes or 5))
        self.every_minutes.setSuffix(translate("TimerSetupView", " min"))
        self.every_minutes.setAccessibleName(translate("TimerSetupView", "Minutes between bells"))
        self.times = QLineEdit(bell_times_text(plan.custom_bell_offsets))
        self.times.setPlaceholderText(translate("TimerSetupView", "for example 5, 12:30, 20"))
        self.times.setAccessibleName(translate("TimerSetupView", "Bell times"))
        self.times.setToolTip(translate("TimerSetupView", "Minutes after the start bell, or minutes:seconds"))
        bells.body.addWidget(self.no_intervals)
        row = QHBoxLayout()
        row.addWidget(self.every)
        row.addWidget(self.every_minutes)
        row.addStretch(1)
        bells.body.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.at_times)
        row.addWidget(self.times, 1)
        bells.body.addLayout(row)
        if plan.custom_bell_offsets:
            self.at_times.setChecked(True)
        elif plan.interval_minutes:
            self.every.setChecked(True)
        else:
            self.no_intervals.setChecked(True)
        self.interval_group.buttonToggled.connect(lambda *_a: self._enable())
        self._enable()
        return bells

    def _length_card(self, plan: TimerPlan) -> Card:
        length = Card(
            translate("TimerSetupView", "Sit with a timer"),
            intro=translate(
                "TimerSetupView",
                "Choose how long you would like to sit. A soft bell opens and closes the time; "
                "in between there is only quiet, unless you ask for bells along the way.",
            ),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(max(1, round(plan.minutes)))
        self.minutes.setSuffix(translate("TimerSetupView", " min"))
        self.minutes.setAccessibleName(translate("TimerSetupView", "Minutes"))
        self.warmup = QSpinBox()
        self.warmup.setRange(0, 600)
        self.warmup.setSingleStep(5)
        self.warmup.setValue(round(plan.warmup_seconds))
        self.warmup.setSuffix(translate("TimerSetupView", " s"))
        self.warmup.setAccessibleName(translate("TimerSetupView", "Settling-in seconds"))
        minutes_label = label(translate("TimerSetupView", "&Sit for"), wrap=False)
        minutes_label.setBuddy(self.minutes)
        warmup_label = label(translate("TimerSetupView", "Settle &in first for"), wrap=False)
        warmup_label.setBuddy(self.warmup)
        grid.addWidget(minutes_label, 0, 0)
        grid.addWidget(self.minutes, 0, 1)
        grid.addWidget(warmup_label, 1, 0)
        grid.addWidget(self.warmup, 1, 1)
        grid.addWidget(
            label(translate("TimerSetupView", "a quiet countdown before the first bell"), "caption"), 1, 2
        )
        grid.setColumnStretch(2, 1)
        length.body.addLayout(grid)
        return length


class TimerSection(RunSection):
    run: TimerRun | None

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(deps, parent)
        self.setup = TimerSetupView(deps)
        self.running = TimerRunningView(self.volume)
        for view in (self.setup, self.running, self.after):
            self.addWidget(view)
        self.setup.begin_button.clicked.connect(self.begin)
        self.running.pause_button.clicked.connect(self.toggle_pause)
        self.running.end_button.clicked.connect(self.stop)
        self.after.save_button.clicked.connect(self.save_rating)
        local_keys(self.running, [("Space", self.toggle_pause), ("Esc", self.stop)])

    def begin(self) -> None:
        if self.run is not None and self.run.running:
            return
        try:
            plan = self.setup.plan()
        except UserError as error:
            self.setup.status.show_error(error)
            return
        self.setup.status.clear()
        self._deps.settings.set("timer_plan", plan_to_json(plan))
        self._calm_before = self.setup.calm_before.value()
        self.ambient.start(self.setup.ambient.key(), self.setup.ambient.level())
        run = TimerRun(plan, self._deps.sound, clock=self._deps.now, parent=self)
        run.ticked.connect(lambda state: self.running.show_state(state, run.elapsed()))
        self.running.start(plan)
        self._launch(run, self.running, self._finished)

    def _pause_changed(self, paused: bool) -> None:
        super()._pause_changed(paused)
        self.running.show_paused(paused)
        if not paused and self.run is not None:
            self.running.show_state(self.run.state, self.run.elapsed())

    def _finished(self, result: RunResult) -> None:
        plan = self.run.plan if self.run else None
        self.ambient.stop()
        self.immersive.emit(False)
        self.record = None
        if plan is None or (not result.completed and result.actual_seconds < 1.0):
            self.setCurrentWidget(self.setup)  # ended during the settling-in countdown
            return
        self._keep(partial(
            self._deps.timer.log_sitting, plan, sat_seconds=result.actual_seconds,
            completed=result.completed, started_at=result.started_at,
            calm_before=self._calm_before, ambient=self.ambient_key_used()))
        self._calm_before = None
        if result.completed:
            summary = translate("TimerSection", "You sat for {time}. It is in your practice log.").format(
                time=minutes_text(result.actual_seconds)
            )
        else:
            summary = translate(
                "TimerSection",
                "You sat for {time} of the {planned} you planned. "
                "Every minute counts. It is in your practice log.",
            ).format(time=minutes_text(result.actual_seconds), planned=minutes_text(plan.sitting_seconds))
        self._thank(translate("TimerSection", "Thank you for sitting"), summary)

    def ambient_key_used(self) -> str | None:
        key = self.setup.ambient.key()
        return None if key == "none" else key

    def save_rating(self) -> None:
        if not save_calm_after(self._deps.practice, self.record, self.after):
            return
        rated = self.after.calm_after.value() is not None
        self.setup.calm_before.clear()
        self.setup.status.show_info(
            translate("TimerSection", "Saved. Your sitting is in the log.") if rated else ""
        )
        self.setCurrentWidget(self.setup)

    def shutdown(self) -> None:
        self.stop()
