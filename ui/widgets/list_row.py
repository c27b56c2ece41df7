"""A row of a history list (check-ins, the regulation log, the session list): when it was
on the left, what it was, then its quiet buttons, all along the row's top."""

from __future__ import annotations

from collections.abc import Callable

from app.therapy.service import TherapyService
from ui.i18n import translate
from ui.qt import QHBoxLayout, QPushButton, Qt, QWidget
from ui.widgets.bring_to_session import BringToSessionButton
from ui.widgets.card import label


class ListRow(QWidget):
    def __init__(self, when: str, *, when_width: int) -> None:
        super().__init__()
        self.line = QHBoxLayout(self)
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.setSpacing(16)
        self.when = label(when, "muted", wrap=False)
        self.when.setMinimumWidth(when_width)
        self.line.addWidget(self.when, 0, Qt.AlignmentFlag.AlignTop)

    def add_button(self, text: str, name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("flat", True)
        button.setAutoDefault(False)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _c=False: action())
        self.line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return button

    def add_actions(self, what: str, on_edit: Callable[[], None],
                    on_delete: Callable[[], None], *, session: tuple[str, int],
                    therapy: TherapyService | None) -> None:
        """"Bring to session" (when `therapy` is given), Edit and Delete, named for `what`."""
        if therapy is not None:
            self.session_button = BringToSessionButton(therapy, *session)
            self.line.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignTop)
        self.edit_button = self.add_button(translate("ListRow", "Edit"),
                                           translate("ListRow", "Edit {what}").format(what=what),
                                           on_edit)
        self.delete_button = self.add_button(translate("ListRow", "Delete"),
                                             translate("ListRow", "Delete {what}").format(what=what),
                                             on_delete)
