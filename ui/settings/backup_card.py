"""The Backups card on the Settings page: the list, "Back up now" and restore.

A restore first backs up the current state (app/backup), then the pages reload through
DataChanged. Both are quick for a personal log, so they run here on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from app.backup.files import BackupInfo
from app.backup.service import BackupService
from app.errors import UserError
from app.events import DataChanged, EventHub
from ui.i18n import clock_time, date_pattern, number, translate
from ui.qt import QHBoxLayout, QListWidget, QListWidgetItem, QMessageBox, QPushButton, Qt, QWidget
from ui.widgets.card import Card
from ui.widgets.layouts import insert_beside
from ui.widgets.status_line import StatusLine


class BackupCard(Card):
    def __init__(self, get_backup: Callable[[], BackupService], hub: EventHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("BackupCard", "Backups"), parent, intro=translate(
            "BackupCard", "Stillpoint keeps a copy of your data each day you use it. "
            "You can go back to one; your data as it is now is saved first."))
        self._get_backup = get_backup
        self._hub = hub
        self.list = QListWidget()
        self.list.setAccessibleName(translate("BackupCard", "Backups"))
        self.list.setMaximumHeight(160)
        self.body.addWidget(self.list)
        row = QHBoxLayout()
        self.backup_now = QPushButton(translate("BackupCard", "Back up now"))
        self.backup_now.clicked.connect(self._backup_now)
        self.restore = QPushButton(translate("BackupCard", "Restore…"))
        self.restore.clicked.connect(self._restore)
        row.addWidget(self.backup_now)
        row.addWidget(self.restore)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = StatusLine()
        self.body.addWidget(self.status)
        self.confirm: Callable[[BackupInfo], bool] = self._ask
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        service = self._get_backup()
        if not service.available:
            self.status.show_info(translate("BackupCard", "Backups of a database server are made with the "
                                  "server's own tools."))
            self.backup_now.setEnabled(False)
            self.restore.setEnabled(False)
            return
        for info in service.backups():
            item = QListWidgetItem(_describe(info))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        self.restore.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _backup_now(self) -> None:
        try:
            self._get_backup().create()
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.refresh()
        self.status.show_info(translate("BackupCard", "Backed up."))

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        info: BackupInfo = item.data(Qt.ItemDataRole.UserRole)
        if not self.confirm(info):
            return
        try:
            self._get_backup().restore(info.path)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self._hub.publish(DataChanged())
        self.refresh()
        self.status.show_info(translate(
            "BackupCard", "Restored the backup from {when}. Your data as it was is saved as the "
            "newest backup.").format(when=_when(info)))

    def _ask(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self, translate("BackupCard", "Restore this backup?"),
            translate("BackupCard", "Go back to your data as it was on {when}? Your data as it is "
                      "now is saved as a backup first.").format(when=_when(info)))
        return answer == QMessageBox.StandardButton.Yes


def _when(info: BackupInfo) -> str:
    moment = info.taken_at.astimezone()
    return translate("BackupCard", "{day}, {time}").format(
        day=date_pattern(moment.date(), translate("Formats", "d MMMM yyyy")),
        time=clock_time(moment))


def _describe(info: BackupInfo) -> str:
    size = translate("BackupCard", "{size} KB").format(size=number(max(1, info.size // 1024)))
    if info.reason:
        return translate("BackupCard", "{when}  ·  {size} (before an update)").format(
            when=_when(info), size=size)
    return f"{_when(info)}  ·  {size}"


def add_to_settings(page: QWidget, get_backup: Callable[[], BackupService],
                    hub: EventHub) -> BackupCard:
    """Put the card on the Settings page just after "Your data"."""
    card = BackupCard(get_backup, hub)
    insert_beside(page, card, translate("SettingsPage", "Your data"), after=True)
    return card
