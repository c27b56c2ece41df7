"""The one way a page shows a UserError or a short note in place (DESIGN.md: Errors)."""

from __future__ import annotations

from app.errors import UserError
from ui.i18n import app_text
from ui.qt import QLabel, Qt, QWidget


class StatusLine(QLabel):
    """A word-wrapped line, hidden while empty: muted for a note, the theme's error style
    for a UserError. Its accessible description repeats the text so a screen reader
    announces it."""

    def __init__(self, name: str = "Status", *, keep_space: bool = False,
                 parent: QWidget | None = None) -> None:
        """keep_space: while hidden it still holds its place, so a row of buttons beside it
        does not jump when a message comes and goes."""
        super().__init__(parent)
        if keep_space:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name)
        self._set_role("muted")
        self.hide()

    def show_error(self, exc: UserError) -> None:
        """The service's message as a sentence; never exc.hint, which is for the CLI."""
        self._show(exc.sentence(app_text), "error")

    def show_info(self, text: str) -> None:
        self._show(text, "muted")

    def clear(self) -> None:
        self._show("", "muted")

    def is_error(self) -> bool:
        return self.property("role") == "error"

    def _show(self, text: str, role: str) -> None:
        self._set_role(role)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def _set_role(self, role: str) -> None:
        if self.property("role") == role:
            return
        self.setProperty("role", role)
        self.style().unpolish(self)
        self.style().polish(self)
