"""Progress: the weekly review in words, mood and practice charts, and the therapist report.

The page is built at start-up, so its constructor makes only plain widgets; the charts
(and pyqtgraph with them) load on the page's first show, after it has painted once.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from app.events import (
    DataChanged,
    EventHub,
    MoodChanged,
    PracticeChanged,
    RegulationChanged,
    SettingChanged,
    TagsChanged,
)
from app.settings.service import SettingsService
from app.stats.periods import Period, period_of
from app.stats.service import StatsService
from app.timeutil import today
from ui import theme
from ui.accessibility.roles import as_radio
from ui.i18n import QT_TRANSLATE_NOOP, app_message, translate
from ui.qt import (
    QButtonGroup,
    QDate,
    QDateEdit,
    QEvent,
    QHBoxLayout,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import Card, Page, label
from ui.widgets.shortcuts import local_keys
from ui.widgets.subscriptions import subscribe

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.assessments.service import AssessmentService
    from app.stats.mood import MoodSeries
    from ui.progress.view import ProgressCharts

PERIOD_LABELS = (("week", QT_TRANSLATE_NOOP("ProgressPage", "&Week")),
                 ("month", QT_TRANSLATE_NOOP("ProgressPage", "&Month")),
                 ("year", QT_TRANSLATE_NOOP("ProgressPage", "&Year")))
NOUN = {"week": "week", "month": "month", "year": "year"}


def points_html(points: list[str]) -> str:
    """Short points as a list with a hanging indent; the text is escaped (strategy names
    are the user's own words)."""
    items = "".join(f"<li style='margin-bottom:6px'>{html.escape(p)}</li>" for p in points)
    return f"<ul style='margin:0; -qt-list-indent:1'>{items}</ul>"


class ProgressPage(Page):
    key = "progress"

    def __init__(self, stats: StatsService, settings: SettingsService, hub: EventHub,
                 parent: QWidget | None = None, *,
                 assessments: Callable[[], AssessmentService] | None = None) -> None:
        super().__init__(
            translate("ProgressPage", "Progress"), parent
        )  # the capped width every text page uses
        self._stats = stats
        self._settings = settings
        self._hub = hub
        self._assessments = assessments  # made on first need: start-up stays cheap
        self.period: Period = period_of("week", today())
        self.charts: ProgressCharts | None = None
        self._stale = True
        self.content.insertLayout(1, self._build_intro())
        self.content.insertLayout(2, self._period_bar())
        self.review_card = self._build_review_card()
        self.content.addWidget(self.review_card)
        self.loading = label(translate("ProgressPage", "Drawing your charts…"), "muted")
        self.content.addWidget(self.loading)
        self.finish()

        local_keys(self, [
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("Alt+Home", self.go_today),
        ])
        subscribe(self, hub, MoodChanged, self._on_data_changed)
        subscribe(self, hub, DataChanged, self._on_data_changed)
        subscribe(self, hub, PracticeChanged, self._on_data_changed)
        subscribe(self, hub, RegulationChanged, self._on_data_changed)
        subscribe(self, hub, TagsChanged, self._on_data_changed)
        subscribe(self, hub, SettingChanged, self._on_setting_changed)
        self._update_labels()
        self.verticalScrollBar().valueChanged.connect(self._reveal)

    def _build_intro(self) -> QHBoxLayout:
        intro = QHBoxLayout()
        intro.setSpacing(16)
        intro.addWidget(
            label(
                translate(
                    "ProgressPage",
                    "How your weeks have been, drawn from your own log. Nothing here leaves this "
                    "computer unless you save it.",
                ),
                "muted",
            ),
            1,
        )
        self.report_button = QPushButton(translate("ProgressPage", "Report for my therapist…"))
        self.report_button.clicked.connect(self.open_report)
        intro.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        return intro

    def _build_review_card(self) -> Card:
        review_card = Card(translate("ProgressPage", "Your week in words"))
        self.review_text = label("", None)
        self.review_text.setTextFormat(Qt.TextFormat.RichText)
        review_card.body.addWidget(self.review_text)
        review_card.body.addWidget(
            label(
                translate(
                    "ProgressPage", "A description of what you logged, not a judgement or a diagnosis."
                ),
                "caption",
            )
        )
        return review_card

    def _period_bar(self) -> QVBoxLayout:
        """Kind buttons and the date picker on one row, ‹ › and the title below: at 960 px
        one row could not hold them all. The arrows sit before the title, so a shorter
        title never moves them."""
        rows = QVBoxLayout()
        rows.setSpacing(12)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.kind_buttons = QButtonGroup(self)
        for kind, text in PERIOD_LABELS:
            button = QPushButton(translate("ProgressPage", text))
            as_radio(button)  # Week, Month, Year: one of three
            button.setProperty("kind", kind)
            button.setChecked(kind == "week")
            self.kind_buttons.addButton(button)
            bar.addWidget(button)
        self.kind_buttons.buttonClicked.connect(lambda b: self.set_kind(b.property("kind")))
        self.prev_button = QPushButton("‹")
        self.next_button = QPushButton("›")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = label("", "section")
        self.period_label.setAccessibleName(translate("ProgressPage", "Period shown"))
        bar.addStretch(1)
        self.jump = QDateEdit()
        self.jump.setCalendarPopup(True)
        self.jump.setDisplayFormat("d MMM yyyy")  # as the title reads, not ISO
        self.jump.setAccessibleName(translate("ProgressPage", "Go to date"))
        self.jump.setToolTip(translate("ProgressPage", "Go to the week, month or year holding this date"))
        self.jump.dateChanged.connect(self._on_jump)
        bar.addWidget(self.jump)
        rows.addLayout(bar)
        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(self.prev_button)
        title.addWidget(self.next_button)
        title.addSpacing(8)
        title.addWidget(self.period_label, 1)
        rows.addLayout(title)
        return rows

    # -- lifecycle -----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.charts is None:
            # Let the page paint its heading first; the charts follow a moment later.
            QTimer.singleShot(0, self.build_charts)
        elif self._stale:
            self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reveal()

    def _reveal(self, *_args: object) -> None:
        if self.charts is not None:
            self.charts.reveal()

    def build_charts(self) -> None:
        if self.charts is not None:
            return
        from ui.progress.colours import colours_for
        from ui.progress.view import ProgressCharts

        self.charts = ProgressCharts(self._stats, colours_for(self._tokens()))
        self.content.insertWidget(self.content.indexOf(self.loading), self.charts)
        self.loading.hide()
        if self._assessments is not None:
            # Its own reads, on show and on a new result; switching weeks does not touch it.
            from ui.progress.assessments_card import AssessmentsCard

            self.assessments_card = AssessmentsCard(self._assessments, self._hub)
            self.content.insertWidget(self.content.indexOf(self.loading), self.assessments_card)
        self.refresh()
        QTimer.singleShot(0, self.charts.build_rest)

    def _tokens(self) -> theme.Tokens:
        return theme.tokens_for(self._settings.get("theme"))

    # -- navigation ----------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        anchor = today() if self.period.contains(today()) else self.period.start
        self.period = period_of(kind, anchor)
        for button in self.kind_buttons.buttons():
            button.setChecked(button.property("kind") == kind)
        self.refresh(lazy=True)

    def step(self, steps: int) -> None:
        self.period = self.period.shifted(steps)
        self.refresh(lazy=True)

    def go_today(self) -> None:
        self.show_day(today())

    def show_day(self, day: dt.date) -> None:
        self.period = period_of(self.period.kind, day)
        self.refresh()

    def _on_jump(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        if not self.period.contains(day):
            self.show_day(day)

    # -- data ----------------------------------------------------------------------------
    def refresh(self, *, lazy: bool = False) -> None:
        """lazy (moving between periods): cards out of view wait until scrolled to."""
        self._stale = False
        self._update_labels()
        known: tuple[MoodSeries, ...] = ()
        if self.period.kind == "week":
            review = self._stats.weekly_review(self.period.start, today=today())
            self.review_text.setText(points_html([app_message(p) for p in review.points]))
            known = (review.mood, review.previous)  # the mood chart shows the same two weeks
        self.review_card.setVisible(self.period.kind == "week")
        if self.charts is not None:
            self.charts.show_period(self.period, today=today(), lazy=lazy, known=known)

    def _update_labels(self) -> None:
        noun = NOUN[self.period.kind]
        self.period_label.setText(self.period.title())
        self.prev_button.setToolTip(translate("ProgressPage", "Previous {noun} (Alt+Left)").format(noun=noun))
        self.next_button.setToolTip(translate("ProgressPage", "Next {noun} (Alt+Right)").format(noun=noun))
        self.prev_button.setAccessibleName(translate("ProgressPage", "Previous {noun}").format(noun=noun))
        self.next_button.setAccessibleName(translate("ProgressPage", "Next {noun}").format(noun=noun))
        self.jump.blockSignals(True)
        start = self.period.start
        self.jump.setDate(QDate(start.year, start.month, start.day))
        self.jump.blockSignals(False)

    def _on_data_changed(self, _event: object) -> None:
        # Hidden pages only note it; they redraw when shown again.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_setting_changed(self, event: SettingChanged) -> None:
        if event.key == "theme" and self.charts is not None:
            self._restyle()

    def changeEvent(self, event) -> None:
        # The system scheme can change without a setting changing; the palette tells.
        if event.type() == QEvent.Type.PaletteChange and self.charts is not None:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        from ui.progress.colours import colours_for

        colours = colours_for(self._tokens())
        if self.charts is not None and colours != self.charts.colours:
            self.charts.apply_colours(colours)

    # -- report --------------------------------------------------------------------------
    def open_report(self) -> None:
        from ui.report.dialog import ReportDialog

        dialog = ReportDialog(self._stats, self.period, parent=self)
        dialog.open()
        self._report_dialog = dialog

    def self_check(self) -> str | None:
        if not self.period_label.text():
            return "the Progress page did not show its period"
        return None
