"""Settings' Reminders card: the list, a quick daily reminder, pause, start with the session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from app.errors import UserError
from app.events import EventHub, SettingChanged
from app.reminders import autostart
from app.reminders.service import ReminderService
from app.reminders.types import ReminderDraft
from ui.i18n import QT_TRANSLATE_NOOP, clock_time, translate, weekday
from ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTime,
    QTimeEdit,
    QWidget,
)
from ui.widgets.card import Card, label
from ui.widgets.layouts import insert_beside
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe

PAUSES = ((QT_TRANSLATE_NOOP("RemindersCard", "Pause for an hour"), 1),
          (QT_TRANSLATE_NOOP("RemindersCard", "Pause until tomorrow"), 16),
          (QT_TRANSLATE_NOOP("RemindersCard", "Pause for a week"), 24 * 7))


class RemindersCard(Card):
    def __init__(self, service: ReminderService, hub: EventHub) -> None:
        super().__init__(
            translate("RemindersCard", "Reminders"),
            intro=translate(
                "RemindersCard",
                "A gentle nudge to check in or to breathe. Never during a session, and you can "
                "always say later.",
            ),
        )
        self._service = service
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RemindersCard", "Reminders"))
        self.list.setMaximumHeight(120)
        self.body.addWidget(self.list)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("RemindersCard", "Remind me to"))
        self.kind.addItem(translate("RemindersCard", "Check in"), "checkin")
        self.kind.addItem(translate("RemindersCard", "Breathe"), "breathe")
        self.time = QTimeEdit(QTime(9, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("RemindersCard", "Reminder time"))
        self.add_button = QPushButton(translate("RemindersCard", "&Add daily reminder"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(translate("RemindersCard", "&Remove"))
        self.remove_button.clicked.connect(self.remove)
        for widget in (self.kind, self.time, self.add_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.body.addLayout(row)
        pause_row = QHBoxLayout()
        self.pause = QComboBox()
        self.pause.setAccessibleName(translate("RemindersCard", "Pause reminders"))
        for text, hours in PAUSES:
            self.pause.addItem(translate("RemindersCard", text), hours)
        self.pause_button = QPushButton(translate("RemindersCard", "&Pause"))
        self.pause_button.clicked.connect(self.pause_all)
        self.resume_button = QPushButton(translate("RemindersCard", "Res&ume"))
        self.resume_button.clicked.connect(service.resume)
        self.paused_label = label("", "caption")
        for part in (self.pause, self.pause_button, self.resume_button, self.paused_label):
            pause_row.addWidget(part)
        pause_row.addStretch(1)
        self.body.addLayout(pause_row)
        self.autostart = QCheckBox(translate("RemindersCard", "Start Stillpoint in the tray when I log in"))
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.toggled.connect(self._toggle_autostart)
        self.body.addWidget(self.autostart, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = StatusLine()
        self.body.addWidget(self.status)
        subscribe(self, hub, SettingChanged, self._on_setting)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for reminder in self._service.all():
            item = QListWidgetItem(reminder.describe().capitalize())
            item.setData(Qt.ItemDataRole.UserRole, reminder.id)
            self.list.addItem(item)
        paused = self._service.paused_until()
        now = datetime.now().astimezone()
        self.paused_label.setText(
            translate("RemindersCard", "Paused until {day} {time}").format(
                day=weekday(paused.astimezone().date(), short=True), time=clock_time(paused.astimezone())
            )
            if paused and paused > now
            else ""
        )
        self.resume_button.setEnabled(bool(self.paused_label.text()))

    def add(self) -> None:
        picked = self.time.time()
        draft = ReminderDraft(
            kind=str(self.kind.currentData()), times=(time(picked.hour(), picked.minute()),)
        )
        self._act(lambda: self._service.add(draft))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._act(lambda: self._service.remove(int(item.data(Qt.ItemDataRole.UserRole))))

    def pause_all(self) -> None:
        hours = int(self.pause.currentData())
        self._act(lambda: self._service.pause(hours, datetime.now().astimezone()))

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.status.clear()

    def _toggle_autostart(self, on: bool) -> None:
        try:
            autostart.enable() if on else autostart.disable()
        except OSError as exc:
            self.status.show_error(
                UserError(
                    translate("RemindersCard", "Could not change the autostart entry ({exc})").format(exc=exc)
                )
            )

    def _on_setting(self, event: SettingChanged) -> None:
        if event.key in ("reminders", "reminders_paused_until"):
            self.refresh()


def add_to_settings(page: QWidget, service: ReminderService, hub: EventHub) -> RemindersCard:
    """Put the card on the Settings page just before "Your data"."""
    card = RemindersCard(service, hub)
    insert_beside(page, card, translate("SettingsPage", "Your data"))
    return card
