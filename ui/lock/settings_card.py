"""Settings > App lock: set, change or remove a PIN or passphrase, and the idle minutes."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import UserError
from app.events import EventHub, LockChanged
from app.lock.service import LockService
from app.lock.types import IDLE_CHOICES, LockKind, noun
from app.settings.service import SettingsService
from ui.qt import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import Card, align_form_labels, label
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe

NOTE = ("The lock keeps out someone at your laptop, not someone with your files: "
        "for that, encrypt your data.")
KIND_TEXTS: tuple[tuple[LockKind, str], ...] = (("passphrase", "Passphrase"),
                                                  ("pin", "PIN (digits only)"))


def _idle_text(minutes: int) -> str:
    if minutes == 0:
        return "Only when it starts"
    return f"After {minutes} minute{'s' if minutes > 1 else ''} without use"


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class LockSettingsCard(Card):
    def __init__(self, settings: SettingsService, hub: EventHub,
                 parent: QWidget | None = None) -> None:
        super().__init__("App lock", parent)
        self._service = LockService(settings, hub)
        self.summary = label("", "muted")
        self.body.addWidget(self.summary)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(12)
        self.current = _secret_field("Current PIN or passphrase")
        self.form.addRow("&Current", self.current)
        self.kind = QComboBox()
        for key, text in KIND_TEXTS:
            self.kind.addItem(text, key)
        self.kind.setAccessibleName("Lock with")
        self.form.addRow("Lock &with", self.kind)
        self.new = _secret_field("New PIN or passphrase")
        self.form.addRow("&New", self.new)
        self.again = _secret_field("New PIN or passphrase again")
        self.form.addRow("A&gain", self.again)
        self.idle = QComboBox()
        for minutes in IDLE_CHOICES:
            self.idle.addItem(_idle_text(minutes), minutes)
        self.idle.setAccessibleName("Lock")
        self.form.addRow("&Lock", self.idle)
        align_form_labels(self.form)
        self.body.addLayout(self.form)
        self.body.addLayout(self._buttons())
        self.status = StatusLine("App lock status")
        self.body.addWidget(self.status)
        self.body.addWidget(label(NOTE, "caption"))
        self.refresh()
        self.idle.currentIndexChanged.connect(self._idle_chosen)
        subscribe(self, hub, LockChanged, lambda _event: self.refresh())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.set_button = QPushButton("Set lock")
        self.set_button.clicked.connect(self.set_lock)
        self.change_button = QPushButton("Change lock")
        self.change_button.clicked.connect(self.change_lock)
        self.remove_button = QPushButton("Remove lock")
        self.remove_button.clicked.connect(self.remove_lock)
        for button in (self.set_button, self.change_button):
            button.setProperty("primary", True)
        for button in (self.set_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        state = self._service.state()
        if state.kind is None:
            self.summary.setText("No lock is set. Anyone at this computer can open "
                                 "Stillpoint.")
        else:
            self.summary.setText(f"Stillpoint asks for your {noun(state.kind)} when it "
                                 "starts, and when you lock it (Ctrl+L).")
        self.form.setRowVisible(self.current, state.is_set)
        if state.kind is not None:  # a change keeps the kind unless one is chosen
            self.kind.setCurrentIndex(max(0, self.kind.findData(state.kind)))
        self.set_button.setVisible(not state.is_set)
        self.change_button.setVisible(state.is_set)
        self.remove_button.setVisible(state.is_set)
        self.idle.blockSignals(True)
        self.idle.setCurrentIndex(max(0, self.idle.findData(state.idle_minutes)))
        self.idle.blockSignals(False)

    # -- actions -------------------------------------------------------------------------
    def set_lock(self) -> None:
        self._run(lambda: self._service.set_lock(kind=self._kind(), secret=self._new()),
                  "The lock is set. Stillpoint will ask for it when it starts.")

    def change_lock(self) -> None:
        current = self.current.text()
        self._run(lambda: self._service.change_lock(current=current, kind=self._kind(),
                                                    secret=self._new()),
                  "The lock is changed.")

    def remove_lock(self) -> None:
        current = self.current.text()
        self._run(lambda: self._service.remove_lock(current=current), "The lock is removed.")

    def _idle_chosen(self) -> None:
        try:
            self._service.set_idle_minutes(int(self.idle.currentData()))
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.status.clear()

    def _kind(self) -> LockKind:
        return "pin" if self.kind.currentData() == "pin" else "passphrase"

    def _new(self) -> str:
        if self.new.text() != self.again.text():
            raise UserError("the two new entries differ: type them again")
        return self.new.text()

    def _run(self, action: Callable[[], None], done: str) -> None:
        """One change, with a wait cursor: hashing takes a moment (about 0.3 s)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            action()
        except UserError as exc:
            self.status.show_error(exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.current.clear()
        self.new.clear()
        self.again.clear()
        self.status.show_info(done)


def add_lock_card(content: QVBoxLayout, settings: SettingsService,
                  hub: EventHub | None) -> LockSettingsCard | None:
    """The card on the Settings page (none where the page has no hub, as in some tests)."""
    if hub is None:
        return None
    card = LockSettingsCard(settings, hub)
    content.addWidget(card)
    return card
