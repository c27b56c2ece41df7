"""The calm view that stands in for the whole window while Stillpoint is locked."""

from __future__ import annotations

from app.errors import UserError
from app.lock.service import LockService
from app.lock.types import noun
from ui.i18n import translate
from ui.lock.check import OffThreadCheck
from ui.qt import QLineEdit, QPushButton, Qt, QVBoxLayout, QWidget, Signal
from ui.widgets.card import Card, label
from ui.widgets.status_line import StatusLine

CARD_WIDTH = 420
EMERGENCY = "In an emergency, call your local emergency number."


class LockScreen(QWidget):
    """"Stillpoint is locked", a password field, Unlock, and errors in place."""

    unlocked = Signal()

    def __init__(self, service: LockService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.setAccessibleName(translate("LockScreen", "Stillpoint is locked"))
        self._service = service
        self._check = OffThreadCheck(self)

        card = Card()
        card.setFixedWidth(CARD_WIDTH)  # its wrapped lines would otherwise make it narrow
        card.body.addWidget(label(translate("LockScreen", "Stillpoint is locked"), "title"))
        self.prompt = label("", "muted")
        card.body.addWidget(self.prompt)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self.try_unlock)
        card.body.addWidget(self.field)
        self.unlock_button = QPushButton(translate("LockScreen", "Unlock"))
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.try_unlock)
        card.body.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = StatusLine(translate("LockScreen", "Unlock status"))
        card.body.addWidget(self.status)
        card.body.addWidget(label(EMERGENCY, "caption"))

        column = QVBoxLayout(self)
        column.setContentsMargins(32, 32, 32, 32)
        column.addStretch(1)
        column.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    @property
    def busy(self) -> bool:
        return self._check.running

    def reset(self) -> None:
        """Fresh for the next time the window locks: empty field, no old message."""
        what = noun(self._service.state().kind)
        self.prompt.setText(translate("LockScreen", "Enter your {what} to continue.").format(what=what))
        self.field.setAccessibleName(what[0].upper() + what[1:])
        self.field.setPlaceholderText(what[0].upper() + what[1:])
        self.field.clear()
        self.status.clear()
        self._set_busy(False)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        if self.busy:
            return
        if not self._service.state().is_set:  # removed meanwhile (`lock off`, a restore)
            self.unlocked.emit()
            return
        secret = self.field.text()
        if not secret:
            kind = noun(self._service.state().kind)
            self.status.show_info(translate("LockScreen", "Type your {noun} first.").format(noun=kind))
            return
        try:
            verifier = self._service.begin_check()
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.field.clear()
        self._set_busy(True)
        self.status.show_info(translate("LockScreen", "Checking…"))
        self._check.start(verifier, secret, self._checked)

    def _checked(self, ok: bool) -> None:
        self._set_busy(False)
        try:
            self._service.finish_check(ok)
        except UserError as exc:
            self.status.show_error(exc)
            self.focus_field()
            return
        self.status.clear()
        self.unlocked.emit()

    def _set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
