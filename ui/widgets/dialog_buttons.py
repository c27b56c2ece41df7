"""The Cancel and primary-action buttons that end Stillpoint's own dialogs, right-aligned."""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QDialog, QHBoxLayout, QPushButton


def dialog_buttons(
    dialog: QDialog, text: str, on_confirm: Callable[[], object],
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The row, its Cancel button (rejects the dialog) and the default, primary `text` button."""
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton("Cancel")
    cancel.clicked.connect(dialog.reject)
    confirm = QPushButton(text)
    confirm.setProperty("primary", True)
    confirm.setDefault(True)
    confirm.clicked.connect(on_confirm)
    row.addWidget(cancel)
    row.addWidget(confirm)
    return row, cancel, confirm
