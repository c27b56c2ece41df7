"""Meditate: guided visualizations, a meditation timer and the person's own audio, as three tabs."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from app.events import EventHub
from app.meditation.audio_library import AudioLibraryService
from app.meditation.guided_service import GuidedService
from app.meditation.timer_service import TimerService
from app.practice.service import PracticeService
from app.settings.service import SettingsService
from ui.accessibility import zoom
from ui.accessibility.roles import as_tab
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import (
    QApplication,
    QButtonGroup,
    QFont,
    QFontMetricsF,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from ui.sound import Sound
from ui.widgets.card import TEXT_PAGE_WIDTH, label, page_left

if TYPE_CHECKING:
    from ui.meditate.audio_section import AudioSection
    from ui.meditate.guided_section import GuidedSection
    from ui.meditate.timer_section import TimerSection

TABS = (("guided", QT_TRANSLATE_NOOP("MeditatePage", "Guided")),
        ("timer", QT_TRANSLATE_NOOP("MeditatePage", "Timer")),
        ("audio", QT_TRANSLATE_NOOP("MeditatePage", "My audio")))


def _reserve_bold_width(button: QPushButton, text: str) -> None:
    bold = QFont(button.font())
    bold.setPointSizeF(zoom.body_points())  # the button's own font may lag a zoom step
    bold.setWeight(QFont.Weight.DemiBold)
    button.setMinimumWidth(round(QFontMetricsF(bold).horizontalAdvance(text)) + 36)


class MeditatePage(QWidget):
    key = "meditate"

    def __init__(self, guided: GuidedService, timer: TimerService,
                 audio_library: AudioLibraryService, practice: PracticeService,
                 settings: SettingsService, sound: Sound, hub: EventHub, *,
                 silent: bool = False, regulation=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.meditate.deps import Deps

        self.deps = Deps(guided=guided, timer=timer, audio_library=audio_library,
                         practice=practice, settings=settings, hub=hub, sound=sound,
                         silent=silent, clock=time.monotonic, regulation=regulation)
        # Built on first show (start-up is timed).
        self.guided: GuidedSection | None = None
        self.timer: TimerSection | None = None
        self.audio: AudioSection | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)

        self.header = self._build_header()
        column.addWidget(self.header)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.tab_buttons["guided"].setChecked(True)
        self.tab_group.idClicked.connect(self._tab_chosen)

    def _build_header(self) -> QWidget:
        # The header shares the centred, capped column of the pages below it.
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(32, 28, 32, 8)
        inner = QWidget()
        inner.setMaximumWidth(TEXT_PAGE_WIDTH)
        inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        head = QVBoxLayout(inner)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(8)
        self.heading = label(translate("MeditatePage", "Meditate"), "title")
        head.addWidget(self.heading)
        head.addWidget(
            label(
                translate(
                    "MeditatePage",
                    "Follow a guided practice, sit with a timer, or listen to your own recordings.",
                ),
                "muted",
            )
        )
        head.addSpacing(4)
        head.addLayout(self._build_tabs())
        self._header_row = row
        row.addWidget(inner, 100)
        row.addStretch(0)
        return header

    def _build_tabs(self) -> QHBoxLayout:
        tabs = QHBoxLayout()
        tabs.setSpacing(8)
        self.tab_group = QButtonGroup(self)
        self.tab_buttons: dict[str, QPushButton] = {}
        for index, (key, source) in enumerate(TABS):
            text = translate("MeditatePage", source)
            button = QPushButton(text)
            as_tab(button)  # a page tab to screen readers
            button.setProperty("chip", True)
            button.setAccessibleName(text.replace("&", ""))
            # The checked chip is bold: reserve that width, or its text is cut off.
            zoom.follow(button, partial(_reserve_bold_width, button, text))
            self.tab_group.addButton(button, index)
            self.tab_buttons[key] = button
            tabs.addWidget(button)
        tabs.addStretch(1)
        return tabs

    @property
    def clock(self) -> Callable[[], float]:
        return self.deps.clock

    @clock.setter
    def clock(self, clock: Callable[[], float]) -> None:
        """Tests swap in a fake monotonic clock to pass a minute in a moment."""
        self.deps.clock = clock

    def ensure_built(self) -> None:
        if self.guided is not None:
            return
        from ui.meditate.audio_section import AudioSection
        from ui.meditate.guided_section import GuidedSection
        from ui.meditate.timer_section import TimerSection

        self.guided = guided = GuidedSection(self.deps)
        self.timer = timer = TimerSection(self.deps)
        self.audio = audio = AudioSection(self.deps)
        sections: tuple[GuidedSection | TimerSection | AudioSection, ...] = (guided, timer, audio)
        for section in sections:
            self.stack.addWidget(section)
            section.immersive.connect(self._immersive)
        self.stack.setCurrentIndex(self.tab_group.checkedId())
        self.deps.audio_library.empty_removed()  # last session's removed copies, for good
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def show_tab(self, key: str) -> QWidget:
        self.ensure_built()
        index = [k for k, _ in TABS].index(key)
        self.tab_buttons[key].setChecked(True)
        self._tab_chosen(index)
        return cast(QWidget, self.stack.currentWidget())

    def show_target(self, key: str) -> None:
        """Open guided script `key` at its introduction (Learn's related exercises); a
        practice under way (the header is hidden then) is left alone."""
        self.ensure_built()
        if self.header.isHidden() or self.guided is None:
            return
        self.show_tab("guided")
        self.guided.open_intro(key)

    def _tab_chosen(self, index: int) -> None:
        self.ensure_built()
        self.stack.setCurrentIndex(index)

    def _immersive(self, on: bool) -> None:
        # While a practice runs, only the practice is on screen; the tabs come back after.
        self.header.setVisible(not on)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        m = self._header_row.contentsMargins()  # the title on the left edge every page shares
        self._header_row.setContentsMargins(page_left(self.width()), m.top(), m.right(), m.bottom())

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)

    @property
    def session_running(self) -> bool:
        """A practice is under way (reminders wait); the header hides exactly then."""
        return self.header.isHidden()

    def shutdown(self) -> None:
        """Quitting in the middle of a practice still keeps what was done."""
        for section in (self.guided, self.timer, self.audio):
            if section is not None:
                section.shutdown()

    def self_check(self) -> str | None:
        self.ensure_built()
        return self.guided.self_check() if self.guided is not None else "Meditate was not built"
