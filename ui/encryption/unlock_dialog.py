"""Before the window: ask for the passphrase of an encrypted database, calmly, in place."""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.errors import UserError
from app.storage import cipher
from ui.i18n import translate
from ui.qt import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from ui.widgets.layouts import dialog_column
from ui.widgets.status_line import StatusLine


class UnlockDialog(QDialog):
    """Accepted once the passphrase opens the database; it then stays in memory only."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(translate("UnlockDialog", "Unlock Stillpoint"))
        layout = dialog_column(self, spacing=12)
        message = QLabel(translate("UnlockDialog", "Your entries are encrypted. Type your passphrase to "
                                                   "open them."))
        message.setWordWrap(True)
        layout.addWidget(message)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("UnlockDialog", "Passphrase"))
        self.passphrase.setPlaceholderText(translate("UnlockDialog", "Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        layout.addWidget(self.passphrase)
        self.status = StatusLine(translate("UnlockDialog", "Unlock status"), keep_space=True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(translate("UnlockDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        self.unlock_button = QPushButton(translate("UnlockDialog", "Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.setMinimumWidth(420)

    def unlock(self) -> None:
        text = self.passphrase.text()
        try:
            with contextlib.closing(cipher.open_keyed(self._database, cipher.checked(text))):
                pass
        except UserError as exc:
            if exc.message == cipher.WRONG:
                exc = UserError(translate("UnlockDialog", "that passphrase does not open your entries; try "
                                                          "again"))
            self.status.show_error(exc)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except cipher.errors() as exc:
            self.status.show_error(UserError(translate("UnlockDialog", "your database cannot be read "
                                                                       "({exc})").format(exc=exc)))
            return
        cipher.unlock(text)
        self.passphrase.clear()
        self.accept()
