"""A quiet line that says what was just deleted and offers to bring it back."""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.errors import UserError
from ui.i18n import app_text, translate
from ui.qt import QFrame, QHBoxLayout, QKeySequence, QPushButton, QWidget
from ui.widgets.card import label
from ui.widgets.shortcuts import local_keys

log = logging.getLogger(__name__)


class UndoBar(QFrame):
    """Every delete of the session stays undoable ("user data is sacred", DESIGN.md): offers
    pile up, and each Undo brings back the latest one still waiting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        self.message = label("")
        self.button = QPushButton(translate("UndoBar", "Undo"))
        self.button.setAutoDefault(False)
        self.button.setToolTip(translate("UndoBar", "Ctrl+Z"))
        self.button.clicked.connect(self.undo)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        self._pending: list[tuple[str, Callable[[], object]]] = []
        self.hide()

    def listen_for_shortcut(self, host: QWidget) -> None:
        """Ctrl+Z anywhere inside host undoes, as the button does."""
        local_keys(host, [(QKeySequence.StandardKey.Undo, self.undo)])

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        """message says what was deleted; undo brings it back (it may raise UserError)."""
        self._pending.append((message, undo))
        self._show()

    def say(self, text: str) -> None:
        """A sentence with no undo of its own; earlier undos stay on offer."""
        self._show(text)

    def show_error(self, exc: UserError) -> None:
        """Why something could not be done, as a sentence; earlier undos stay on offer."""
        self._show(exc.sentence(app_text))

    def undo(self) -> bool:
        """Bring back the latest delete still waiting; False when none was brought back."""
        if not self._pending:
            self.hide()
            return False
        message, action = self._pending.pop()
        try:
            action()
        except UserError as exc:  # cannot be done, and the reason says why: let it go
            self._show(exc.sentence(app_text))
            return False
        except Exception:  # e.g. the database is busy: keep it, so trying again can work
            log.exception("undo failed: %s", message)
            self._pending.append((message, action))
            self._show(translate("UndoBar", "That could not be brought back just now; the log has "
                                 "the details."))
            return False
        self._show()
        return True

    def _show(self, first: str = "") -> None:
        parts = [first] if first else []
        if self._pending:
            parts.append(self._pending[-1][0])
            earlier = len(self._pending) - 1
            if earlier:
                parts.append(translate("UndoBar", "({count} earlier can be undone after it.)").format(
                    count=earlier))
        if not parts:
            self.hide()
            return
        self.message.setText(" ".join(parts))
        self.button.setVisible(bool(self._pending))
        self.show()
