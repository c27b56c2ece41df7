"""A damaged database at start-up: say so, offer the newest good backup, or quit.

The damaged file is never overwritten or deleted: restoring moves it aside first, named
stillpoint.db.damaged-YYYYMMDD-HHMMSS, beside the database.
"""

from __future__ import annotations

from pathlib import Path

from app import paths
from app.backup import files
from app.backup.files import BackupInfo
from app.backup.service import DEFAULT_KEEP, BackupService
from app.errors import UserError
from app.storage.database import Database
from ui.i18n import clock_time, long_date, translate
from ui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.widgets.status_line import StatusLine


class RecoveryDialog(QDialog):
    """Accepted once the backup is restored (the caller then starts normally)."""

    def __init__(self, service: BackupService, database: Path, backup: BackupInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._backup = backup
        self.kept_aside: Path | None = None
        self.setWindowTitle(translate("RecoveryDialog", "Stillpoint cannot read your data"))
        layout = QVBoxLayout(self)
        text = translate("RecoveryDialog", "Your database at {database} is damaged and cannot be "
                         "read. It will not be changed or deleted.").format(database=database)
        if backup is not None:
            taken = backup.taken_at.astimezone()
            when = f"{long_date(taken.date())}, {clock_time(taken)}"
            text += "\n\n" + translate(
                "RecoveryDialog", "You have a good backup from {when}. Restoring it keeps the "
                "damaged file aside, so nothing is lost. Entries made after the backup are not "
                "in it.").format(when=when)
        else:
            text += "\n\n" + translate("RecoveryDialog", "There is no good backup to restore. "
                                       "Your data folder is untouched.")
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.status = StatusLine()
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.quit_button = QPushButton(translate("RecoveryDialog", "Quit"))
        self.quit_button.clicked.connect(self.reject)
        row.addWidget(self.quit_button)
        self.restore_button = QPushButton(translate("RecoveryDialog", "Restore backup"))
        self.restore_button.setProperty("primary", True)
        self.restore_button.setDefault(True)
        self.restore_button.setVisible(backup is not None)
        self.restore_button.clicked.connect(self._restore)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.setMinimumWidth(440)

    def _restore(self) -> None:
        assert self._backup is not None
        try:
            self.kept_aside = self._service.restore(self._backup.path)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.accept()


def recovery_dialog(data_dir: str | None, database_url: str | None) -> RecoveryDialog | None:
    """The dialog when the local database is damaged; None for any other start-up problem."""
    location = paths.resolve(data_dir, database_url)
    db = Database(location.database_url)
    if db.path is None or not files.is_damaged(db.path):
        return None
    service = BackupService(db, location.backups_dir, keep=lambda: DEFAULT_KEEP)
    return RecoveryDialog(service, db.path, service.newest_good())
