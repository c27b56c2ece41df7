"""Settings > App lock: set, change or remove a PIN or passphrase, and the idle minutes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import UserError
from app.events import EventHub, LockChanged
from app.lock.service import LockService, make_verifier, matches
from app.lock.types import IDLE_CHOICES, LockKind, noun
from app.settings.service import SettingsService
from ui.encryption.secret_form import secret_field, typed_twice
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.lock.check import OffThread
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import Card, align_form_labels, label
from ui.widgets.form_fields import spaced_form
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe

NOTE = QT_TRANSLATE_NOOP("LockSettingsCard", "The lock keeps out someone at your laptop, not "
                         "someone with your files: for that, encrypt your data.")
KIND_TEXTS: tuple[tuple[LockKind, str], ...] = (
    ("passphrase", QT_TRANSLATE_NOOP("LockSettingsCard", "Passphrase")),
    ("pin", QT_TRANSLATE_NOOP("LockSettingsCard", "PIN (digits only)")))


def _idle_text(minutes: int) -> str:
    if minutes == 0:
        return translate("LockSettingsCard", "Only when it starts")
    if minutes == 1:
        return translate("LockSettingsCard", "After 1 minute without use")
    return translate("LockSettingsCard", "After {n} minutes without use").format(n=minutes)


class LockSettingsCard(Card):
    def __init__(self, settings: SettingsService, hub: EventHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("LockSettingsCard", "App lock"), parent)
        self._service = LockService(settings, hub)
        self._work = OffThread(self)
        self.summary = label("", "muted")
        self.body.addWidget(self.summary)
        self.form = spaced_form(row_spacing=12)
        self.current = secret_field(translate("LockSettingsCard", "Current PIN or passphrase"))
        self.form.addRow(translate("LockSettingsCard", "&Current"), self.current)
        self.kind = QComboBox()
        for key, text in KIND_TEXTS:
            self.kind.addItem(translate("LockSettingsCard", text), key)
        self.kind.setAccessibleName(translate("LockSettingsCard", "Lock with"))
        self.form.addRow(translate("LockSettingsCard", "Lock &with"), self.kind)
        self.new = secret_field(translate("LockSettingsCard", "New PIN or passphrase"))
        self.form.addRow(translate("LockSettingsCard", "&New"), self.new)
        self.again = secret_field(translate("LockSettingsCard", "New PIN or passphrase again"))
        self.form.addRow(translate("LockSettingsCard", "A&gain"), self.again)
        self.idle = QComboBox()
        for minutes in IDLE_CHOICES:
            self.idle.addItem(_idle_text(minutes), minutes)
        self.idle.setAccessibleName(translate("LockSettingsCard", "Lock"))
        self.form.addRow(translate("LockSettingsCard", "&Lock"), self.idle)
        align_form_labels(self.form)
        self.body.addLayout(self.form)
        self.body.addLayout(self._buttons())
        self.status = StatusLine(translate("LockSettingsCard", "App lock status"))
        self.body.addWidget(self.status)
        self.body.addWidget(label(translate("LockSettingsCard", NOTE), "caption"))
        self.refresh()
        self.idle.currentIndexChanged.connect(self._idle_chosen)
        subscribe(self, hub, LockChanged, lambda _event: self.refresh())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.set_button = QPushButton(translate("LockSettingsCard", "Set lock"))
        self.set_button.clicked.connect(self.set_lock)
        self.change_button = QPushButton(translate("LockSettingsCard", "Change lock"))
        self.change_button.clicked.connect(self.change_lock)
        self.remove_button = QPushButton(translate("LockSettingsCard", "Remove lock"))
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
            self.summary.setText(translate(
                "LockSettingsCard", "No lock is set. Anyone at this computer can open Stillpoint."))
        else:
            self.summary.setText(translate(
                "LockSettingsCard", "Stillpoint asks for your {noun} when it starts, and when you "
                "lock it (Ctrl+L).").format(noun=noun(state.kind)))
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
    # Argon2id takes ~0.3-1 s: the hash and the verify run in a pool thread (OffThread),
    # and only the quick settings writes happen here, on the GUI thread, around them.
    @property
    def busy(self) -> bool:
        return self._work.running

    def set_lock(self) -> None:
        if self.busy:
            return
        try:
            kind, secret = self._kind(), self._new()
            if self._service.state().is_set:
                raise UserError(translate("LockSettingsCard", "a lock is already set: change it with the "
                                                              "current one"))
            self._service.check_new(kind=kind, secret=secret)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self._start(lambda: make_verifier(secret),
                    lambda verifier: self._service.store_lock(kind=kind, verifier=verifier),
                    self.tr("The lock is set. Stillpoint will ask for it when it starts."))

    def change_lock(self) -> None:
        if self.busy:
            return
        current = self.current.text()
        try:
            kind, secret = self._kind(), self._new()
            self._service.check_new(kind=kind, secret=secret)  # a typo costs no try
            verifier = self._service.begin_check()
        except UserError as exc:
            self.status.show_error(exc)
            return

        def work() -> tuple[bool, str | None]:
            ok = matches(verifier, current)
            return ok, make_verifier(secret) if ok else None

        def finish(result: tuple[bool, str | None]) -> None:
            ok, new_verifier = result
            self._service.finish_check(ok)
            assert new_verifier is not None
            self._service.store_lock(kind=kind, verifier=new_verifier)

        self._start(work, finish, self.tr("The lock is changed."))

    def remove_lock(self) -> None:
        if self.busy:
            return
        current = self.current.text()
        try:
            verifier = self._service.begin_check()
        except UserError as exc:
            self.status.show_error(exc)
            return

        def finish(ok: bool) -> None:
            self._service.finish_check(ok is True)
            self._service.forget_lock()

        self._start(lambda: matches(verifier, current), finish,
                    self.tr("The lock is removed."))

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
        return typed_twice(self.new, self.again, "the two new entries differ: type them again")

    def _start(self, work: Callable[[], Any], finish: Callable[[Any], None], done: str) -> None:
        """Run `work` off the GUI thread with the card showing it is busy, then `finish`
        (settings writes, a UserError for a wrong secret) back here."""
        self.current.clear()
        self._set_busy(True)
        self.status.show_info(self.tr("Working… this takes a moment."))

        def back(result: Any) -> None:
            self._set_busy(False)
            try:
                if isinstance(result, Exception):
                    raise result
                finish(result)
            except UserError as exc:
                self.status.show_error(exc)
                return
            self.new.clear()
            self.again.clear()
            self.status.show_info(done)

        self._work.run(work, back)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.kind, self.new, self.again, self.idle,
                       self.set_button, self.change_button, self.remove_button):
            widget.setEnabled(not busy)


def add_lock_card(content: QVBoxLayout, settings: SettingsService,
                  hub: EventHub | None) -> LockSettingsCard | None:
    """The card on the Settings page (none where the page has no hub, as in some tests)."""
    if hub is None:
        return None
    card = LockSettingsCard(settings, hub)
    content.addWidget(card)
    return card
