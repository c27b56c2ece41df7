"""Stillpoint's own dialogs: the heading and few words that open them, and the Cancel and
primary-action buttons that end them, right-aligned."""

from __future__ import annotations

from collections.abc import Callable

from ui.i18n import translate
from ui.qt import QDialog, QHBoxLayout, QPushButton, QVBoxLayout
from ui.widgets.card import label
from ui.widgets.layouts import dialog_column


def dialog_buttons(
    dialog: QDialog, text: str, on_confirm: Callable[[], object],
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The row, its Cancel button (rejects the dialog) and the default, primary `text` button."""
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(translate("ui.widgets.dialog_buttons", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    confirm = QPushButton(text)
    confirm.setProperty("primary", True)
    confirm.setDefault(True)
    confirm.clicked.connect(on_confirm)
    row.addWidget(cancel)
    row.addWidget(confirm)
    return row, cancel, confirm


def titled_dialog_column(dialog: QDialog, title: str, intro: str, *, min_width: int,
                         spacing: int = 12) -> QVBoxLayout:
    """Titles the dialog and returns its column, begun with the title and `intro`."""
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(min_width)
    # 20 px below rather than 24: these dialogs were drawn so, and sharing the column
    # must not move their button rows.
    column = dialog_column(dialog, spacing=spacing, bottom=20)
    column.addWidget(label(title, "section"))
    column.addWidget(label(intro, "muted"))
    return column
