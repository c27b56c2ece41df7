"""The Sessions page's pieces: a flagged item's row, homework into goal steps, a past session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from app.errors import UserError
from app.goals.service import Goal, GoalService
from app.therapy.types import Flag, TherapySession
from app.timeutil import today
from ui.i18n import QT_TRANSLATE_NOOP, long_date, short_date, translate
from ui.qt import QComboBox, QHBoxLayout, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.card import Card, label
from ui.widgets.list_row import ListRow
from ui.widgets.status_line import StatusLine

GROUP_TITLES = {
    "checkin": QT_TRANSLATE_NOOP("TherapyPage", "Check-ins"),
    "journal": QT_TRANSLATE_NOOP("TherapyPage", "Journal entries"),
    "regulation": QT_TRANSLATE_NOOP("TherapyPage", "Hard moments from the regulation log"),
    "assessment": QT_TRANSLATE_NOOP("TherapyPage", "Self-assessments"),
}
SESSIONS_GOAL = "From my sessions"  # the goal homework goes to when no other is chosen


def long_day(day: dt.date) -> str:
    return long_date(day)


def friendly_day(day: dt.date | None) -> str:
    """How far away the next session is, in plain words."""
    if day is None:
        return translate("TherapyPage", "No date yet. Add one when you know it.")
    days = (day - today()).days
    if days == 0:
        return translate("TherapyPage", "Today, {day}.").format(day=long_day(day))
    if days == 1:
        return translate("TherapyPage", "Tomorrow, {day}.").format(day=long_day(day))
    if days > 1:
        return translate("TherapyPage", "{day}, in {count} days.").format(day=long_day(day), count=days)
    return translate("TherapyPage", "It was on {day}. When you are ready, note below how it "
                     "went.").format(day=long_day(day))


class FlagRow(ListRow):
    """One item waiting for the session: its day, a line about it, the note, Remove."""

    def __init__(self, flag: Flag, on_remove: Callable[[Flag], None]) -> None:
        super().__init__(short_date(flag.day), when_width=56)
        self.flag = flag
        text = escape(flag.summary, quote=False)
        if flag.note:
            text += f"<br><i>{escape(flag.note, quote=False)}</i>"
        self.text = label(text)
        self.line.addWidget(self.text, 1, Qt.AlignmentFlag.AlignTop)
        self.remove_button = self.add_button(
            translate("FlagRow", "Remove"),
            translate("FlagRow", "Remove {summary} from the list").format(summary=flag.summary),
            lambda: on_remove(self.flag),
        )
        # The labels are lowered so their first line reads level with the button's text.
        pad = max(0, (self.remove_button.sizeHint().height() - self.when.fontMetrics().height()) // 2)
        for widget in (self.when, self.text):
            widget.setContentsMargins(0, pad, 0, 0)


class HomeworkCard(Card):
    """The latest session's homework, each line a possible step of a goal."""

    def __init__(
        self,
        goals: GoalService,
        session: TherapySession,
        *,
        chosen: int | None,
        on_choose: Callable[[int | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("HomeworkCard", "Your homework"),
            parent,
            intro=translate(
                "HomeworkCard",
                "Turn what you agreed to try into small steps of a goal, so it stays in view "
                "until your next session.",
            ),
        )
        self._goals = goals
        self.session = session
        self._on_choose = on_choose
        choose = QHBoxLayout()
        choose.addWidget(label(translate("HomeworkCard", "Add steps to"), wrap=False))
        self.goal_box = QComboBox()
        self.goal_box.setAccessibleName(translate("HomeworkCard", "The goal the steps go to"))
        choose.addWidget(self.goal_box, 1)
        self.body.addLayout(choose)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(8)
        self.body.addLayout(self.lines)
        self.status = StatusLine(translate("HomeworkCard", "Homework status"))
        self.body.addWidget(self.status)
        self.buttons: dict[str, QPushButton] = {}
        self._fill(chosen)
        # The page rebuilds this card whenever goals change; it keeps the choice.
        self.goal_box.activated.connect(lambda _i: on_choose(self.goal_box.currentData()))

    def _fill(self, chosen: int | None) -> None:
        every = self._goals.list_goals()
        goals = [g for g in every if not g.done and not g.archived]
        self.goal_box.clear()
        for goal in goals:
            self.goal_box.addItem(goal.title, goal.id)
        if not any(g.title == SESSIONS_GOAL for g in goals):
            self.goal_box.addItem(
                translate("HomeworkCard", "A new goal: {SESSIONS_GOAL}").format(SESSIONS_GOAL=SESSIONS_GOAL),
                None,
            )
        found = self.goal_box.findData(chosen)
        self.goal_box.setCurrentIndex(max(found, 0))
        made = {s.title: g for g in every for s in g.steps if s.therapy_session_id == self.session.id}
        for line in self.session.homework_lines:
            self.lines.addWidget(self._line(line, made.get(line[:200])))

    def _line(self, text: str, goal: Goal | None) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(escape(text, quote=False)), 1)
        if goal is not None:
            row.addWidget(
                label(
                    translate("HomeworkCard", "✓ A step of “{escape}”").format(escape=escape(goal.title)),
                    "caption",
                    wrap=False,
                )
            )
            return host
        button = QPushButton(translate("HomeworkCard", "Make it a goal step"))
        button.setAutoDefault(False)
        button.setAccessibleName(translate("HomeworkCard", "Make “{text}” a goal step").format(text=text))
        button.clicked.connect(lambda _c=False, t=text: self.make_step(t))
        self.buttons[text] = button
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return host

    def make_step(self, text: str) -> None:
        try:
            goal_id = self.goal_box.currentData()
            if goal_id is None:
                goal_id = self._goals.add_goal(
                    title=SESSIONS_GOAL, why="What I agreed to try between therapy sessions."
                ).id
                self._on_choose(goal_id)
            self._goals.add_step(goal_id, text[:200], therapy_session_id=self.session.id)
        except UserError as exc:
            self.status.show_error(exc)


class PastSession(QWidget):
    """A held session, collapsed to one line until it is opened."""

    def __init__(self, session: TherapySession) -> None:
        super().__init__()
        self.session = session
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        day = long_day(session.on_day) if session.on_day else translate("PastSession", "A session")
        self.toggle = QPushButton(f"\u25b8  {day}")
        self.toggle.setProperty("flat", True)
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.setAccessibleName(translate("PastSession", "Session of {day}").format(day=day))
        self.toggle.setStyleSheet("text-align: left;")
        column.addWidget(self.toggle)
        self.details = label(self._details())
        self.details.setContentsMargins(24, 0, 0, 8)
        self.details.hide()
        column.addWidget(self.details)
        self.toggle.toggled.connect(self._show)

    def _show(self, on: bool) -> None:
        self.details.setVisible(on)
        day = (long_day(self.session.on_day) if self.session.on_day
               else translate("PastSession", "A session"))
        arrow = "\u25be" if on else "\u25b8"
        self.toggle.setText(f"{arrow}  {day}")

    def _details(self) -> str:
        s = self.session
        parts = [f"<b>What you worked on</b><br>{_lines(s.worked_on)}"]
        if s.homework_lines:
            parts.append(
                "<b>Homework</b><br>"
                + "<br>".join(f"\u2022 {escape(h, quote=False)}" for h in s.homework_lines)
            )
        if s.items:
            parts.append(
                "<b>" + translate("TherapyPage", "What you brought") + "</b><br>"
                + "<br>".join(f"{short_date(f.day)} \u00b7 {escape(f.summary, quote=False)}" for f in s.items)
            )
        return "<br><br>".join(parts)


def _lines(text: str | None) -> str:
    return "<br>".join(escape(line, quote=False) for line in (text or "").splitlines())
