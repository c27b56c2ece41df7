"""Passphrases on the "Your data" card: protecting an export, and unlocking one to import."""

from __future__ import annotations

from app.errors import UserError
from app.exchange.crypto import Seal
from app.exchange.json_format import PLAIN_TEXT_WARNING
from ui.encryption.secret_form import secret_field
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate
from ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import label

PROTECTED_NOTE = QT_TRANSLATE_NOOP("ProtectBox", "Keep the passphrase somewhere safe: without "
                                   "it nobody can open the file, Stillpoint included.")


class ProtectBox(QWidget):
    """"Protect with a passphrase", typed twice; while unchecked, the plain-text note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.check = QCheckBox(translate("ProtectBox", "&Protect exports with a passphrase"))
        passphrase = translate("ProtectBox", "Passphrase")
        self.first = secret_field(passphrase, passphrase)
        self.second = secret_field(translate("ProtectBox", "Passphrase again"),
                                   translate("ProtectBox", "The same passphrase again"))
        self.fields = QWidget()
        row = QHBoxLayout(self.fields)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first)
        row.addWidget(self.second)
        # The warning is app/exchange's (the CLI says it too): app_text translates it here.
        self.plain_note = label(app_text(PLAIN_TEXT_WARNING), "muted")
        self.protected_note = label(translate("ProtectBox", PROTECTED_NOTE), "muted")
        for widget in (self.check, self.fields, self.plain_note, self.protected_note):
            box.addWidget(widget)
        self.check.toggled.connect(self._show_choice)
        self._show_choice(False)

    def _show_choice(self, protect: bool) -> None:
        self.fields.setVisible(protect)
        self.protected_note.setVisible(protect)
        self.plain_note.setVisible(not protect)
        if protect:
            self.first.setFocus()

    def protected(self) -> bool:
        return self.check.isChecked()

    def seal(self) -> Seal | None:
        """The passphrase to encrypt with, None for a plain export; UserError if the two
        fields are empty or differ."""
        if not self.check.isChecked():
            return None
        if not self.first.text():
            raise UserError(translate("ProtectBox", "type a passphrase twice to protect the export"))
        if self.first.text() != self.second.text():
            raise UserError(translate("ProtectBox", "the two passphrases differ; type the same one twice"))
        return Seal(self.first.text())


class UnlockRow(QWidget):
    """Shown in place when the file to import is protected: its passphrase, then Import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = secret_field(translate("ProtectBox", "Passphrase of the export"),
                                  translate("ProtectBox", "Passphrase of the export"))
        self.unlock = QPushButton(translate("UnlockRow", "&Unlock and import"))
        self.cancel = QPushButton(translate("UnlockRow", "Cancel"))
        self.cancel.clicked.connect(self.close_row)
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock)
        row.addWidget(self.cancel)
        self.hide()

    def ask(self, path: str) -> None:
        self.path = path
        self.field.clear()
        self.show()
        self.field.setFocus()

    def close_row(self) -> None:
        self.path = ""
        self.field.clear()
        self.hide()
