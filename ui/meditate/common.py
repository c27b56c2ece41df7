"""Small pieces the Meditate sections share: wording, saving calm-after, a thin progress line,
and how a guided script or a timer sitting is run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.errors import UserError
from app.practice.service import PracticeRecord, PracticeService
from ui.i18n import translate
from ui.meditate.ambient import AmbientSound, LiveVolume
from ui.meditate.deps import Deps
from ui.qt import (
    QAbstractButton,
    QColor,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.calm import FinishView
from ui.widgets.card import label
from ui.widgets.slim_bar import SlimBar

if TYPE_CHECKING:
    from ui.meditate.runs import GuidedRun, RunResult, TimerRun


def minutes_text(seconds: float) -> str:
    """Whole minutes for a person, not a stopwatch: '8 minutes', 'under a minute'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return translate("Minutes", "under a minute")
    if minutes == 1:
        return translate("Minutes", "1 minute")
    return translate("Minutes", "{count} minutes").format(count=minutes)


def save_calm_after(practice: PracticeService, record: PracticeRecord | None,
                    after: FinishView) -> bool:
    """Store the optional calm-after rating; False, with the reason shown, when it failed."""
    value = after.calm_after.value()
    if record is not None and value is not None:
        try:
            practice.rate_calm(record.id, after=value)
        except UserError as error:
            after.status.show_error(error)
            return False
    return True


def titled_row(host: QWidget, title: str, *, spacing: int,
               title_style: str) -> tuple[QHBoxLayout, QVBoxLayout]:
    """A row of a list (scripts, tracks): a column of text, its title first, taking the
    room, then whatever is added to the row after it (buttons)."""
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 4, 0, 4)
    row.setSpacing(spacing)
    text = QVBoxLayout()
    text.setSpacing(2)
    heading = label(title)
    heading.setStyleSheet(title_style)
    text.addWidget(heading)
    row.addLayout(text, 1)
    return row, text


def name_buttons(title: str, *buttons: QAbstractButton) -> None:
    """Names each button for a screen reader by what it does to `title`: "Remove Rain"."""
    for button in buttons:
        button.setAccessibleName(f"{button.text().rstrip('…')} {title}")


class RunSection(QStackedWidget):
    """What the Guided and Timer sections share in running a practice: the switch to the
    full-window view, pause and stop passed on to the run, and the thank-you that follows.
    A section adds its views (self.after last) and handles the run's pause and finish."""

    immersive = Signal(bool)  # True while a practice runs: the page hides its header

    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deps = deps
        self.run: GuidedRun | TimerRun | None = None
        self.record: PracticeRecord | None = None
        self._calm_before: int | None = None
        self.ambient = AmbientSound(deps, self)
        self.volume = LiveVolume(deps, self.ambient)
        self.after = FinishView()

    def _launch(self, run: GuidedRun | TimerRun, view: QWidget,
                finished: Callable[[RunResult], None]) -> None:
        """Show `view` full-window (the page hides its header) and start `run`; `finished`
        saves and thanks in the section's own words."""
        self.run = run
        run.pause_changed.connect(self._pause_changed)
        run.finished.connect(finished)
        self.setCurrentWidget(view)
        self.immersive.emit(True)
        view.setFocus()
        run.start()

    def _pause_changed(self, paused: bool) -> None:
        self.ambient.pause(paused)

    def toggle_pause(self) -> None:
        if self.run is not None:
            self.run.toggle_pause()

    def stop(self) -> None:
        if self.run is not None:
            self.run.stop()

    def _keep(self, log: Callable[[], PracticeRecord]) -> None:
        """Store the practice just ended as self.record; when that fails, the finish view
        says why."""
        try:
            self.record = log()
        except UserError as error:
            self.after.status.show_error(error)

    def _thank(self, title: str, summary: str) -> None:
        """The finish view, offering to note the saved practice in the regulation log."""
        self.after.show_result(title, summary)
        if self.record is not None:
            self.after.offer_regulation(self._deps.regulation, self.record.id)
        self.setCurrentWidget(self.after)
        self.after.save_button.setFocus()


class ThinProgress(SlimBar):
    """A 6 px rounded line in the theme's colours; quieter than a QProgressBar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, value: float) -> None:
        value = min(max(value, 0.0), 1.0)
        if abs(value - self._value) > 0.0005:
            self._value = value
            self.update()

    def track_colour(self) -> QColor:
        tokens = getattr(self.window(), "theme_tokens", None)  # set by the main window
        return QColor(tokens.border) if tokens else super().track_colour()
