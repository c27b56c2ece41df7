"""A small toggle on an entry: "Bring to my next session" (flag it for therapy) or not."""

from __future__ import annotations

from app.errors import UserError
from app.events import TherapyChanged
from app.limits import THERAPY_KIND_NAMES
from app.therapy.service import TherapyService
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate
from ui.qt import QCursor, QPushButton, QToolTip, QWidget
from ui.widgets.subscriptions import subscribe

OFF_TEXT = QT_TRANSLATE_NOOP("BringToSessionButton", "Bring to session")
ON_TEXT = QT_TRANSLATE_NOOP("BringToSessionButton", "\u2713 Bringing to session")


class BringToSessionButton(QPushButton):
    """Checked while the item waits for the next session; a click flags or unflags it.

    It follows changes made elsewhere (the Sessions page, the CLI after a refresh)."""

    def __init__(self, therapy: TherapyService, kind: str, item_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("BringToSessionButton", OFF_TEXT), parent)
        self._therapy = therapy
        self.kind, self.item_id = kind, item_id
        self.setCheckable(True)
        self.setProperty("flat", True)
        self.setAutoDefault(False)
        what = app_text(THERAPY_KIND_NAMES.get(kind, kind))
        self.setAccessibleName(
            translate("BringToSessionButton", "Bring this {what} to my next therapy session").format(
                what=what
            )
        )
        self.setToolTip(
            translate(
                "BringToSessionButton", "Keep this in a list for your next therapy session (Sessions page)"
            )
        )
        self.clicked.connect(self._toggle)
        subscribe(self, therapy.hub, TherapyChanged, self._on_change)
        self.refresh()

    def refresh(self) -> None:
        on = self._therapy.is_flagged(self.kind, self.item_id)
        self.setChecked(on)
        self.setText(translate("BringToSessionButton", ON_TEXT if on else OFF_TEXT))

    def _on_change(self, event: TherapyChanged) -> None:
        if event.kind is None or (event.kind, event.item_id) == (self.kind, self.item_id):
            self.refresh()

    def _toggle(self) -> None:
        try:
            flag_id = self._therapy.pending_flag(self.kind, self.item_id)
            if flag_id is None:
                self._therapy.flag(self.kind, self.item_id)
            else:
                self._therapy.unflag(flag_id)
        except UserError as exc:
            QToolTip.showText(QCursor.pos(), exc.sentence(app_text), self)
        self.refresh()
