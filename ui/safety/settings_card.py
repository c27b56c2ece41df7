"""Settings > Crisis card: edit the card's numbers and open the safety plan from Settings."""

from __future__ import annotations

from collections.abc import Callable

from app.safety.service import SafetyService
from app.settings.service import SettingsService
from ui.i18n import translate
from ui.qt import QDialog, QHBoxLayout, QPushButton, QWidget
from ui.widgets.card import Card
from ui.widgets.layouts import insert_beside


class CrisisSettingsCard(Card):
    def __init__(self, settings: SettingsService, get_safety: Callable[[], SafetyService],
                 parent: QWidget | None = None) -> None:
        super().__init__(
            translate("CrisisSettingsCard", "Crisis card"),
            parent,
            intro=translate(
                "CrisisSettingsCard",
                "“Need help now?” at the bottom of the sidebar (Ctrl+Shift+H) shows an emergency "
                "number, a crisis line and your therapist's number. Defaults follow your "
                "language setting; save the numbers that are right for you.",
            ),
        )
        self._settings, self._get_safety = settings, get_safety
        row = QHBoxLayout()
        self.numbers_button = QPushButton(translate("CrisisSettingsCard", "Edit crisis numbers…"))
        self.numbers_button.clicked.connect(self.edit_numbers)
        self.plan_button = QPushButton(translate("CrisisSettingsCard", "Open my safety plan…"))
        self.plan_button.clicked.connect(self.open_plan)
        row.addWidget(self.numbers_button)
        row.addWidget(self.plan_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def edit_numbers(self) -> None:
        from ui.safety.contacts import ContactsDialog

        self.dialog: QDialog = ContactsDialog(self._get_safety(), self._settings, parent=self.window())
        self.dialog.open()

    def open_plan(self) -> None:
        from ui.safety.plan_page import SafetyPlanDialog

        self.dialog = SafetyPlanDialog(self._get_safety(), self._settings, parent=self.window())
        self.dialog.open()


def add_to_settings(
    page: QWidget, settings: SettingsService, get_safety: Callable[[], SafetyService]
) -> CrisisSettingsCard:
    """Put the card on the Settings page just before "Your data"."""
    card = CrisisSettingsCard(settings, get_safety)
    insert_beside(page, card, translate("SettingsPage", "Your data"))
    return card
