"""Password fields for a passphrase or PIN, shared by the Encryption and App lock cards
and the export's "protect" box: one place decides how a secret is typed and read back."""

from __future__ import annotations

from app.errors import UserError
from ui.qt import QLineEdit


def secret_field(name: str, placeholder: str = "") -> QLineEdit:
    """A field that shows dots, named for screen readers (a password field has no text
    of its own to be read by)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def typed_twice(first: QLineEdit, again: QLineEdit, differ: str) -> str:
    """The new secret, when both fields hold the same; a UserError saying `differ` if not."""
    if first.text() != again.text():
        raise UserError(differ)
    return first.text()
