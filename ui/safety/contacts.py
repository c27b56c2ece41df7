"""Editing the crisis card's numbers: a crisis line, the emergency number, your therapist.
An empty field keeps the default for where you are (shown as its placeholder)."""

from __future__ import annotations

from app.errors import UserError
from app.safety.card import CONTACT_KEYS, crisis_card
from app.safety.service import SafetyService
from app.safety.types import Contacts
from app.settings.service import SettingsService
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.qt import QDialog, QLineEdit, QWidget
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons, titled_dialog_column
from ui.widgets.form_fields import spaced_form
from ui.widgets.status_line import StatusLine

_LABELS = {
    "crisis_line_name": QT_TRANSLATE_NOOP("ContactsDialog", "Crisis line &name"),
    "crisis_line_number": QT_TRANSLATE_NOOP("ContactsDialog", "Crisis line n&umber"),
    "emergency_number": QT_TRANSLATE_NOOP("ContactsDialog", "&Emergency number"),
    "therapist_name": QT_TRANSLATE_NOOP("ContactsDialog", "&Therapist's name"),
    "therapist_number": QT_TRANSLATE_NOOP("ContactsDialog", "Therapist's num&ber"),
}


class ContactsDialog(QDialog):
    def __init__(
        self, safety: SafetyService, settings: SettingsService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._safety = safety
        column = titled_dialog_column(
            self,
            translate("ContactsDialog", "Crisis card numbers"),
            translate(
                "ContactsDialog",
                "Save the numbers you would want to have ready. Leave a field empty to use the "
                "usual number for where you are.",
            ),
            min_width=480,
        )
        defaults = crisis_card()
        placeholders = {
            "crisis_line_name": defaults.crisis_line_name or "e.g. a local helpline",
            "crisis_line_number": defaults.crisis_line_number or "",
            "emergency_number": defaults.emergency_number,
            "therapist_name": "",
            "therapist_number": "",
        }
        saved = settings.all()
        form = spaced_form()
        self.fields: dict[str, QLineEdit] = {}
        for key in CONTACT_KEYS:
            edit = QLineEdit(saved.get(key) or "")
            edit.setPlaceholderText(placeholders[key])
            edit.setAccessibleName(translate("ContactsDialog", _LABELS[key]).replace("&", ""))
            self.fields[key] = edit
            form.addRow(translate("ContactsDialog", _LABELS[key]), edit)
        align_form_labels(form)
        column.addLayout(form)
        column.addWidget(label(crisis_card().check_note, "caption"))
        self.status = StatusLine(translate("ContactsDialog", "Crisis numbers status"))
        column.addWidget(self.status)
        row, _cancel, self.save_button = dialog_buttons(self, translate("ContactsDialog", "Save"), self.save)
        column.addLayout(row)

    def save(self) -> None:
        text = {key: edit.text() for key, edit in self.fields.items()}
        contacts = Contacts(
            crisis_line_name=text["crisis_line_name"],
            crisis_line_number=text["crisis_line_number"],
            emergency_number=text["emergency_number"],
            therapist_name=text["therapist_name"],
            therapist_number=text["therapist_number"],
        )
        try:
            self._safety.save_contacts(contacts)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.accept()
