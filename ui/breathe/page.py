"""Breathe: choose a pattern and length, follow the pacer, then note how calm you feel."""

from __future__ import annotations

from app.breathing import BreathSchedule
from app.breathing.service import BreathingService, check_length
from app.errors import UserError
from app.events import EventHub, PatternsChanged, SettingChanged
from app.practice.service import PracticeRecord
from app.regulation.service import RegulationService
from app.settings.service import SettingsService
from ui.breathe.focus import FocusWindow
from ui.breathe.session import LEAD_IN_SECONDS, BreathingSession, SessionResult
from ui.breathe.setup import SetupView, duration_text
from ui.breathe.views import SessionView
from ui.i18n import translate
from ui.qt import QApplication, QStackedWidget, QWidget
from ui.sound import Sound
from ui.widgets.calm import FinishView
from ui.widgets.shortcuts import local_keys
from ui.widgets.subscriptions import subscribe


class BreathePage(QStackedWidget):
    key = "breathe"

    def __init__(self, breathing: BreathingService, settings: SettingsService, sound: Sound,
                 hub: EventHub, parent: QWidget | None = None, *,
                 regulation: RegulationService | None = None) -> None:
        super().__init__(parent)
        self._breathing = breathing
        self._regulation = regulation
        self._settings = settings
        self._sound = sound
        self.lead_in = LEAD_IN_SECONDS
        self.session: BreathingSession | None = None
        self.record: PracticeRecord | None = None
        self.focus_window: FocusWindow | None = None
        self._calm_before: int | None = None
        self._reduced = bool(settings.get("reduced_motion"))

        self.setup = SetupView(breathing)
        self.running = SessionView()
        self.after = FinishView(translate("BreathePage", "Well breathed"),
                                save_text=translate("BreathePage", "Save"))
        for view in (self.setup, self.running, self.after):
            self.addWidget(view)
        self.running.pacer.set_reduced_motion(self._reduced)

        self.setup.begin_requested.connect(self.begin)
        self.running.pause_button.clicked.connect(self.toggle_pause)
        self.running.stop_button.clicked.connect(self.stop)
        self.running.focus_button.clicked.connect(self.toggle_focus)
        self.after.save_button.clicked.connect(self.save_rating)
        local_keys(self.running, [("Space", self.toggle_pause), ("Esc", self.stop),
                                  ("F", self.toggle_focus), ("F11", self.toggle_focus)])

        subscribe(self, hub, PatternsChanged, lambda _e: self._patterns_changed())
        subscribe(self, hub, SettingChanged, self._setting_changed)
        app = QApplication.instance()
        if app is not None:
            # Quitting mid-session still stores what was breathed.
            app.aboutToQuit.connect(self.stop)

    # -- session ----------------------------------------------------------------------------
    def begin(self) -> None:
        if self.session is not None and self.session.running:
            return
        pattern = self.setup.selected()
        minutes, cycles = self.setup.length()
        try:
            check_length(minutes=minutes, cycles=cycles)
            schedule = BreathSchedule(pattern, minutes=minutes, cycles=cycles)
        except UserError as exc:
            self.setup.status.show_error(exc)
            return
        self._calm_before = self.setup.calm_before.value()
        self._length = (minutes, cycles)
        self.session = BreathingSession(schedule, self._sound, lead_in=self.lead_in, parent=self)
        self.session.finished.connect(self._finished)
        self.session.pause_changed.connect(self.running.show_paused)
        self.running.title.setText(pattern.name)
        self.running.show_paused(False)
        self.running.pacer.attach(self.session)
        self.setCurrentWidget(self.running)
        self.running.pacer.setFocus()
        self.session.start()

    @property
    def session_running(self) -> bool:
        """A session is under way: reminders wait until it ends."""
        return self.session is not None and self.session.running

    def show_target(self, key: str) -> None:
        """Open the setup with pattern `key` chosen (Learn's related exercises); a running
        session is left alone, and an unknown key changes nothing."""
        if self.session is not None and self.session.running:
            return
        self.setCurrentWidget(self.setup)
        if any(pattern.key == key for pattern in self._breathing.list_patterns()):
            self.setup.select(key)

    def toggle_pause(self) -> None:
        if self.session is not None:
            self.session.toggle_pause()

    def stop(self) -> None:
        if self.session is not None:
            self.session.stop()

    def toggle_focus(self) -> None:
        if self.focus_window is not None:
            self._leave_focus()
            return
        if self.session is None or not self.session.running:
            return
        self.focus_window = FocusWindow(
            self.session, reduced_motion=self._reduced, on_pause=self.toggle_pause,
            on_stop=self.stop, on_leave=self._leave_focus)
        self.focus_window.closed.connect(self._leave_focus)
        self.focus_window.showFullScreen()
        self.focus_window.pacer.setFocus()

    def _leave_focus(self) -> None:
        window, self.focus_window = self.focus_window, None
        if window is not None:
            window.close()
            window.deleteLater()
            # Keys go back to the main window, so Space and Esc keep working at once.
            self.window().activateWindow()
            self.running.pacer.setFocus()

    def _finished(self, result: SessionResult) -> None:
        self._leave_focus()
        self.running.pacer.attach(None)
        pattern = self.session.schedule.pattern if self.session else self.setup.selected()
        self._release_session()
        if not result.breathed:
            self.setCurrentWidget(self.setup)
            self.setup.status.show_info(translate("BreathePage", "You stopped before the first breath, so "
                                                                 "nothing was saved."))
            return
        minutes, cycles = self._length
        try:
            self.record = self._breathing.log_session(
                pattern=pattern,
                planned_seconds=result.planned_seconds,
                actual_seconds=result.actual_seconds,
                completed=result.completed,
                cycles_completed=result.cycles_completed,
                minutes=minutes,
                cycles=cycles,
                started_at=result.started_at,
                calm_before=self._calm_before,
            )
        except UserError as exc:
            self.record = None
            self.setCurrentWidget(self.setup)
            self.setup.status.show_error(
                UserError(
                    translate("BreathePage", "This session could not be saved: {message}").format(
                        message=exc.message
                    )
                )
            )
            return
        self.after.show_result(
            translate("BreathePage", "Well breathed")
            if result.completed
            else translate("BreathePage", "A good pause"),
            _summary(pattern.name, result),
        )
        self.after.offer_regulation(self._regulation, self.record.id)
        self.setCurrentWidget(self.after)
        self.after.save_button.setFocus()

    def _release_session(self) -> None:
        """Free the ended session: as a child of the page it (its schedule, every boundary
        and both timers, ~90 KiB) would otherwise live as long as the window."""
        session, self.session = self.session, None
        if session is not None:
            session.finished.disconnect(self._finished)
            session.pause_changed.disconnect(self.running.show_paused)
            # Not deleted now: the session is still inside its own tick() on the stack.
            session.deleteLater()

    def save_rating(self) -> None:
        after = self.after.calm_after.value()
        if self.record is not None and after is not None:
            try:
                self._breathing.rate_calm(self.record.id, after=after)
            except UserError as exc:
                self.after.status.show_error(exc)
                return
        self.record = None
        self.setup.calm_before.clear()
        self.setup.status.show_info(
            translate("BreathePage", "Saved. Thank you for taking this time for yourself.")
        )
        self.setCurrentWidget(self.setup)

    # -- events -------------------------------------------------------------------------------
    def _patterns_changed(self) -> None:
        self.setup.reload()

    def _setting_changed(self, event: SettingChanged) -> None:
        if event.key == "reduced_motion":
            self._reduced = bool(event.value)
            self.running.pacer.set_reduced_motion(self._reduced)
            if self.focus_window is not None:
                self.focus_window.pacer.set_reduced_motion(self._reduced)

    def self_check(self) -> str | None:
        if len(self.setup.tiles.buttons()) < 5:
            return "the Breathe page did not list its breathing patterns"
        return None


def _summary(name: str, result: SessionResult) -> str:
    breaths = result.cycles_completed
    count = (translate("BreathePage", "1 breath") if breaths == 1
             else translate("BreathePage", "{count} breaths").format(count=breaths))
    took = duration_text(result.actual_seconds)
    if result.completed:
        return translate("BreathePage", "You finished {name}: {count} in {took}. Your session is "
                         "saved. Notice how your body feels now.").format(
                             name=name, count=count, took=took)
    if breaths:
        return translate("BreathePage", "You breathed {name} for {took} ({count} complete). "
                         "Stopping when you need to is part of the practice, and your session "
                         "is saved.").format(name=name, took=took, count=count)
    return translate("BreathePage", "You breathed {name} for {took}. Stopping when you need to "
                     "is part of the practice, and your session is saved.").format(
                         name=name, took=took)
