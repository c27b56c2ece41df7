"""The Encryption card on the Settings page: encrypt, change the passphrase, or decrypt.

The work (app/encryption) takes a moment for a personal log, so it runs here on the GUI
thread, with each step shown in the status line as it starts.
"""

from __future__ import annotations

from pathlib import Path

from app.encryption.service import change_key
from app.errors import UserError
from app.paths import DataLocation
from app.storage import cipher
from app.storage.database import sqlite_path
from ui.encryption.secret_form import secret_field, typed_twice
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QApplication, QFormLayout, QHBoxLayout, QProgressBar, QPushButton, QWidget
from ui.widgets.card import Card, label
from ui.widgets.status_line import StatusLine

NO_RECOVERY = QT_TRANSLATE_NOOP("EncryptionCard",
                                "If you forget the passphrase, nobody can recover your entries.")


class EncryptionCard(Card):
    def __init__(self, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(translate("EncryptionCard", "Encryption"), parent)
        self._path = sqlite_path(location.database_url)
        self._backups = location.backups_dir
        self.explain = label("", "muted")
        self.body.addWidget(self.explain)
        self.body.addWidget(label(translate("EncryptionCard", NO_RECOVERY)))
        form = QFormLayout()
        self.current = secret_field(translate("EncryptionCard", "Current passphrase"))
        self.new = secret_field(translate("EncryptionCard", "New passphrase"))
        self.again = secret_field(translate("EncryptionCard", "New passphrase again"))
        form.addRow(translate("EncryptionCard", "&Current passphrase"), self.current)
        form.addRow(translate("EncryptionCard", "&New passphrase"), self.new)
        form.addRow(translate("EncryptionCard", "Type it &again"), self.again)
        self.form = form
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.encrypt_button = QPushButton(translate("EncryptionCard", "Encrypt"))
        self.encrypt_button.setProperty("primary", True)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.rekey_button = QPushButton(translate("EncryptionCard", "Change passphrase"))
        self.rekey_button.clicked.connect(self.rekey)
        self.decrypt_button = QPushButton(translate("EncryptionCard", "Decrypt"))
        self.decrypt_button.clicked.connect(self.decrypt)
        for button in (self.encrypt_button, self.rekey_button, self.decrypt_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the steps are named in the status line
        self.progress.setAccessibleName(translate("EncryptionCard", "Encryption progress"))
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.status = StatusLine(translate("EncryptionCard", "Encryption status"))
        self.body.addWidget(self.status)
        self.refresh()

    @property
    def encrypted(self) -> bool:
        return self._path is not None and cipher.looks_encrypted(self._path)

    def refresh(self) -> None:
        if self._path is None:
            self.explain.setText(translate(
                "EncryptionCard", "Encryption covers the local database file; a database server "
                "keeps your data safe with its own settings."))
            for widget in (self.current, self.new, self.again, self.encrypt_button,
                           self.rekey_button, self.decrypt_button):
                widget.setEnabled(False)
            return
        on = self.encrypted
        self.explain.setText(
            translate("EncryptionCard",
                      "Your entries and their backups are encrypted with your passphrase.") if on
            else translate("EncryptionCard",
                           "Your entries are stored as plain files that anyone with access to this "
                           "computer could read. A passphrase can lock them and their backups."))
        self.form.setRowVisible(self.current, on)
        self.encrypt_button.setVisible(not on)
        self.rekey_button.setVisible(on)
        self.decrypt_button.setVisible(on)

    def _new_passphrase(self) -> str:
        cipher.checked(self.new.text())
        return typed_twice(self.new, self.again,
                           "the two passphrases differ; type the new one twice")

    def _current_passphrase(self) -> str:
        current = cipher.checked(self.current.text())
        if cipher.has_passphrase() and current != cipher.passphrase():
            raise UserError(cipher.WRONG)
        return current

    def encrypt(self) -> None:
        self._run(lambda: (None, self._new_passphrase()), "before-encrypt",
                  "Your entries and backups are encrypted now.")

    def rekey(self) -> None:
        self._run(lambda: (self._current_passphrase(), self._new_passphrase()), "before-rekey",
                  "Your passphrase is changed, for the backups too.")

    def decrypt(self) -> None:
        self._run(lambda: (self._current_passphrase(), None), "before-decrypt",
                  "Your entries and backups are stored without encryption again.")

    def _run(self, keys, reason: str, done: str) -> None:
        assert self._path is not None
        path: Path = self._path
        try:
            old, new = keys()
            self.progress.show()
            outcome = change_key(path, self._backups, old, new, reason=reason,
                                 progress=self._step)
        except UserError as exc:
            self.status.show_error(exc)
            return
        except cipher.errors(also=(OSError,)) as exc:
            self.status.show_error(UserError(translate(
                "EncryptionCard", "that could not be done ({exc}); your data was left as it "
                "was").format(exc=exc)))
            return
        finally:
            self.progress.hide()
        for field in (self.current, self.new, self.again):
            field.clear()
        left = (f" {len(outcome.left)} backups did not open with the passphrase and were "
                "left as they were." if outcome.left else "")
        self.status.show_info(done + left)
        self.refresh()

    def _step(self, text: str) -> None:
        self.status.show_info(text)
        QApplication.processEvents()
