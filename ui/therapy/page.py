"""Sessions: gather what to bring to the next therapy session, then note how it went."""

from __future__ import annotations

import datetime as dt

from app.errors import UserError
from app.events import (
    AssessmentsChanged,
    EventHub,
    GoalsChanged,
    JournalChanged,
    MoodChanged,
    RegulationChanged,
    TherapyChanged,
)
from app.goals.service import GoalService
from app.limits import THERAPY_KINDS
from app.therapy.service import Flag, TherapyService
from app.timeutil import today
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import (
    QDate,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.therapy.parts import GROUP_TITLES, FlagRow, HomeworkCard, PastSession, friendly_day
from ui.widgets.card import Card, Page, label
from ui.widgets.freshness import Freshness
from ui.widgets.layouts import clear_layout
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe
from ui.widgets.undo_bar import UndoBar

EMPTY = QT_TRANSLATE_NOOP(
    "TherapyPage",
    "Between sessions, things come up: a hard moment, a check-in, something you wrote. "
    "Press \u201cBring to session\u201d beside it in your log, your journal or a "
    "check-up result, and it waits here for you. You do not have to hold it all in "
    "your head.",
)


class TherapyPage(Page):
    key = "therapy"
    navigate = Signal(str)  # a page key; the main window switches to it

    def __init__(
        self,
        therapy: TherapyService,
        hub: EventHub,
        goals: GoalService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("TherapyPage", "Between sessions"), parent)
        self._therapy = therapy
        self._goals = goals
        self.fresh = Freshness(self, self.refresh)
        self.content.addWidget(
            label(
                translate(
                    "TherapyPage",
                    "What you want to bring to your next therapy session, in one place, and what "
                    "you take away from it.",
                ),
                "muted",
            )
        )
        self.undo_bar = UndoBar()
        self.content.addWidget(self.undo_bar)
        self._build_next()
        self._build_after()
        self.homework_box = QVBoxLayout()
        self.homework_box.setContentsMargins(0, 0, 0, 0)
        self.content.addLayout(self.homework_box)
        self.homework: HomeworkCard | None = None
        self.chosen_goal: int | None = None  # where homework steps go; None: a new goal
        self.past_card = Card(translate("TherapyPage", "Past sessions"))
        self.past_box = QVBoxLayout()
        self.past_box.setSpacing(4)
        self.past_card.body.addLayout(self.past_box)
        self.content.addWidget(self.past_card)
        self.finish()
        self.undo_bar.listen_for_shortcut(self)
        for event in (
            TherapyChanged,
            MoodChanged,
            RegulationChanged,
            JournalChanged,
            AssessmentsChanged,
            GoalsChanged,
        ):
            subscribe(self, hub, event, self.fresh.changed)

    # -- building ------------------------------------------------------------------
    def _build_next(self) -> None:
        card = Card(translate("TherapyPage", "Your next session"))
        self.day_text = label("", "muted")
        card.body.addWidget(self.day_text)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd d MMM yyyy")
        self.day_edit.setAccessibleName(translate("TherapyPage", "Date of the next session"))
        self.day_edit.dateChanged.connect(self._date_picked)
        self.set_day_button = QPushButton(translate("TherapyPage", "Set a date"))
        self.set_day_button.setAutoDefault(False)
        self.set_day_button.clicked.connect(lambda: self.set_day(today()))
        self.clear_day_button = QPushButton(translate("TherapyPage", "Clear date"))
        self.clear_day_button.setProperty("flat", True)
        self.clear_day_button.setAutoDefault(False)
        self.clear_day_button.clicked.connect(lambda: self.set_day(None))
        for widget in (self.day_edit, self.set_day_button, self.clear_day_button):
            row.addWidget(widget)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addWidget(label(translate("TherapyPage", "<b>What you want to bring</b>")))
        self.flags_box = QVBoxLayout()
        self.flags_box.setSpacing(2)
        card.body.addLayout(self.flags_box)
        self.content.addWidget(card)

    def _build_after(self) -> None:
        card = Card(
            translate("TherapyPage", "After the session"),
            intro=translate(
                "TherapyPage",
                "A few words while it is fresh. Anything you bring now is kept with this session.",
            ),
        )
        card.body.addWidget(label(translate("TherapyPage", "What we worked on")))
        self.worked_on = QPlainTextEdit()
        self.worked_on.setAccessibleName(translate("TherapyPage", "What we worked on"))
        self.worked_on.setTabChangesFocus(True)
        self.worked_on.setFixedHeight(84)
        card.body.addWidget(self.worked_on)
        card.body.addWidget(label(translate("TherapyPage", "Homework, one task a line (optional)")))
        self.homework_edit = QPlainTextEdit()
        self.homework_edit.setAccessibleName(translate("TherapyPage", "Homework, one task a line"))
        self.homework_edit.setTabChangesFocus(True)
        self.homework_edit.setFixedHeight(84)
        card.body.addWidget(self.homework_edit)
        self.status = StatusLine(translate("TherapyPage", "Session notes status"))
        card.body.addWidget(self.status)
        self.save_button = QPushButton(translate("TherapyPage", "Save session notes"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_session)
        card.body.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addWidget(card)

    # -- showing -------------------------------------------------------------------
    def self_check(self) -> str | None:
        self._therapy.next_session()  # raises if the tables cannot be read
        return None

    def refresh(self) -> None:
        coming = self._therapy.next_session()
        self._show_day(coming.on_day)
        self._show_flags(list(coming.items))
        self._show_homework()
        self._show_past()

    def _show_day(self, day: dt.date | None) -> None:
        self.day_text.setText(friendly_day(day))
        self.day_edit.setVisible(day is not None)
        self.clear_day_button.setVisible(day is not None)
        self.set_day_button.setVisible(day is None)
        if day is not None:
            self.day_edit.blockSignals(True)  # showing the stored date is not a new choice
            self.day_edit.setDate(QDate(day.year, day.month, day.day))
            self.day_edit.blockSignals(False)

    def _show_flags(self, flags: list[Flag]) -> None:
        clear_layout(self.flags_box)
        self.rows: list[FlagRow] = []
        if not flags:
            self.flags_box.addWidget(label(translate("TherapyPage", EMPTY), "muted"))
            self.go_to_log = QPushButton(translate("TherapyPage", "Go to your log"))
            self.go_to_log.setAutoDefault(False)
            self.go_to_log.clicked.connect(lambda: self.navigate.emit("log"))
            self.flags_box.addWidget(self.go_to_log, 0, Qt.AlignmentFlag.AlignLeft)
            return
        for kind in THERAPY_KINDS:
            group = [f for f in flags if f.kind == kind]
            if not group:
                continue
            caption = label(translate("TherapyPage", GROUP_TITLES[kind]), "caption")
            # Rows carry their own space above (level with their buttons); a group's
            # title gets the same before it, so the groups read apart.
            caption.setContentsMargins(0, 10 if self.rows else 0, 0, 0)
            self.flags_box.addWidget(caption)
            for flag in group:
                row = FlagRow(flag, self.remove_flag)
                self.rows.append(row)
                self.flags_box.addWidget(row)

    def _show_homework(self) -> None:
        latest = self._therapy.latest_session()
        clear_layout(self.homework_box)
        self.homework = None
        if self._goals is None or latest is None or not latest.homework_lines:
            return
        self.homework = HomeworkCard(
            self._goals, latest, chosen=self.chosen_goal, on_choose=self._choose_goal
        )
        self.homework_box.addWidget(self.homework)

    def _show_past(self) -> None:
        clear_layout(self.past_box)
        past = self._therapy.past_sessions()
        self.past_card.setVisible(bool(past))
        self.past_rows = [PastSession(s) for s in past]
        for row in self.past_rows:
            self.past_box.addWidget(row)

    # -- actions -------------------------------------------------------------------
    def _choose_goal(self, goal_id: int | None) -> None:
        self.chosen_goal = goal_id

    def _date_picked(self, date: QDate) -> None:
        self.set_day(dt.date(date.year(), date.month(), date.day()))

    def set_day(self, day: dt.date | None) -> None:
        try:
            self._therapy.set_next_session_day(day)
        except UserError as exc:
            self.undo_bar.show_error(exc)

    def remove_flag(self, flag: Flag) -> None:
        try:
            gone = self._therapy.unflag(flag.id)
        except UserError as exc:
            self.undo_bar.show_error(exc)
            return
        self.undo_bar.offer(
            translate("TherapyPage", "Took “{short}” off the list.").format(short=_short(gone.summary)),
            lambda: self._therapy.restore_flag(gone.id),
        )
        self.undo_bar.button.setFocus()

    def save_session(self) -> None:
        try:
            held = self._therapy.record_session(
                self.worked_on.toPlainText(), self.homework_edit.toPlainText()
            )
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.worked_on.clear()
        self.homework_edit.clear()
        self.status.show_info(
            translate("TherapyPage", "Saved. What you brought is kept with it. The list starts "
                      "fresh for your next session.") if held.items
            else translate("TherapyPage", "Saved. The list starts fresh for your next session.")
        )


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
