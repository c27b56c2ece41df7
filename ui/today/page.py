"""Today: a greeting, a one-minute mood check-in and what was noted today."""

from __future__ import annotations

import datetime as dt

from app.errors import UserError
from app.events import DataChanged, EventHub, MoodChanged
from app.limits import INTENSITY_MAX
from app.mood.service import Checkin, MoodService
from app.settings.service import SettingsService
from app.timeutil import today
from ui import i18n
from ui.i18n import clock_time, long_date, translate
from ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QTimer, QVBoxLayout, QWidget
from ui.startup import after_first_paint
from ui.today.welcome import WelcomeCard
from ui.widgets.card import Card, Page, label
from ui.widgets.checkin_form import CheckinForm
from ui.widgets.layouts import clear_layout
from ui.widgets.mood_plane import MoodMark, describe
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe


def greeting(now: dt.datetime) -> str:
    if now.hour < 5:
        return translate("TodayPage", "Hello, night owl")
    if now.hour < 12:
        return translate("TodayPage", "Good morning")
    if now.hour < 18:
        return translate("TodayPage", "Good afternoon")
    return translate("TodayPage", "Good evening")


class TodayPage(Page):
    key = "today"

    def __init__(self, mood: MoodService, hub: EventHub, parent: QWidget | None = None, *,
                 settings: SettingsService | None = None) -> None:
        super().__init__("", parent)
        self._mood = mood
        self._settings = settings
        self._shown_day: dt.date | None = None
        self.date_line = label("", "muted")
        self.content.insertWidget(1, self.date_line)
        self.content.insertWidget(
            2,
            label(
                translate("TodayPage", "Take a moment to notice how you feel. There is no right answer."),
                "muted",
            ),
        )
        self.welcome: WelcomeCard | None = None
        if settings is not None and not settings.get("welcome_dismissed"):
            self.welcome = WelcomeCard(self.dismiss_welcome)
            self.content.addWidget(self.welcome)

        self.content.addWidget(self._build_checkin_card(mood, hub))

        entries_card = Card(translate("TodayPage", "Today so far"))
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(8)
        entries_card.body.addLayout(self.entries_box)
        self.content.addWidget(entries_card)
        self.finish()

        # The app may stay open (or in the tray) for days: a new local day starts a new page.
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh)
        subscribe(self, hub, MoodChanged, self._on_mood_changed)
        subscribe(self, hub, DataChanged, lambda _event: self.refresh())
        self._rows_due: list[Checkin] | None = None
        self.refresh(rows_after_paint=True)

    def _build_checkin_card(self, mood: MoodService, hub: EventHub) -> Card:
        checkin = Card(translate("TodayPage", "How are you arriving?"))
        checkin.body.addWidget(
            label(
                translate(
                    "TodayPage",
                    "Place the point where you are: right is more pleasant, up is more energy. "
                    "Arrow keys work too.",
                ),
                "muted",
            )
        )
        self.form = CheckinForm(mood, hub)
        self.plane = self.form.plane
        self.note = self.form.note
        self.form.submitted.connect(self.save_checkin)
        checkin.body.addWidget(self.form)
        actions = QHBoxLayout()
        self.status = StatusLine(translate("TodayPage", "Check-in status"), keep_space=True)
        self.save_button = QPushButton(translate("TodayPage", "Save check-in"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_checkin)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)
        checkin.body.addLayout(actions)
        return checkin

    def dismiss_welcome(self) -> None:
        if self.welcome is None or self._settings is None:
            return
        self._settings.set("welcome_dismissed", True)
        self.welcome.hide()
        self.welcome.deleteLater()
        self.welcome = None

    # -- data ------------------------------------------------------------------------
    def refresh(self, *, rows_after_paint: bool = False) -> None:
        now = dt.datetime.now()
        self._shown_day = today()
        self.heading.setText(greeting(now))
        self.date_line.setText(long_date(now.date()))
        entries = self._mood.list_for_day(self._shown_day)
        if rows_after_paint and entries:
            # A row per check-in, below the fold: built once the page has been painted, so
            # the first frame costs the same on a busy day as on an empty one.
            self._rows_due = entries
            after_first_paint(self, self._show_due_rows)
        else:
            self._rows_due = None
            self._show_entries(entries)
        if entries:  # the welcome has done its work once there is an entry: gone for good
            self.dismiss_welcome()
        next_day = dt.datetime.combine(self._shown_day + dt.timedelta(days=1), dt.time())
        self._midnight.start(int((next_day - now).total_seconds() * 1000) + 1000)

    def _on_mood_changed(self, event: MoodChanged) -> None:
        if event.day == self._shown_day or today() != self._shown_day:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The plane takes the keys first: arrows, a letter for a word, Ctrl+Enter to save.
        focus = self.window().focusWidget() if self.window() is not None else None
        if focus is None or not self.isAncestorOf(focus):
            self.plane.setFocus(Qt.FocusReason.OtherFocusReason)
        if today() != self._shown_day:
            self.refresh()

    def _show_due_rows(self) -> None:
        if self._rows_due is not None:  # else a refresh has shown newer rows already
            entries, self._rows_due = self._rows_due, None
            self._show_entries(entries)

    def _show_entries(self, entries: list[Checkin]) -> None:
        clear_layout(self.entries_box)
        if not entries:
            self.entries_box.addWidget(
                label(
                    translate(
                        "TodayPage",
                        "No check-ins yet today. Whenever you are ready, the plane above is here.",
                    ),
                    "muted",
                )
            )
            return
        for entry in entries:
            self.entries_box.addWidget(EntryRow(entry))

    def entry_count(self) -> int:
        self._show_due_rows()
        items = (self.entries_box.itemAt(i) for i in range(self.entries_box.count()))
        return sum(item is not None and isinstance(item.widget(), EntryRow) for item in items)

    # -- actions ---------------------------------------------------------------------
    def save_checkin(self) -> None:
        try:
            self._mood.add_checkin(self.form.values())
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.form.reset()
        self.status.show_info(translate("TodayPage", "Saved. Thank you for checking in."))

    def self_check(self) -> str | None:
        return None if self.heading.text() else "the Today page did not load its greeting"


class EntryRow(QWidget):
    def __init__(self, entry: Checkin) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        time_label = QLabel(clock_time(entry.local_time))
        time_label.setProperty("role", "muted")
        time_label.setMinimumWidth(48)
        row.addWidget(time_label, 0, Qt.AlignmentFlag.AlignTop)
        self.mark = MoodMark(entry.pleasantness, entry.energy)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = describe(entry.pleasantness, entry.energy)
        text = label(words)
        extra = [
            ", ".join(f"{e.word} {e.intensity}/{INTENSITY_MAX}" for e in entry.emotions),
            " · ".join(t.name for t in entry.tags),
            sleep_words(entry.sleep_hours),
            entry.note or "",
        ]
        lines = "".join(f"<br><span style='opacity:0.75'>{_escape(x)}</span>" for x in extra if x)
        if lines:
            text.setText(f"{_escape(words)}{lines}")
        row.addWidget(text, 1)
        self.setAccessibleName(f"{clock_time(entry.local_time)} {words}")


def sleep_words(hours: float | None) -> str:
    """The same words Log uses for the hours slept, so both pages show one entry alike."""
    return "" if hours is None else i18n.sleep_words(hours)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
