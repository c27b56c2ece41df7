"""The crisis card: emergency number, a crisis line, your therapist, grounding, your plan.

Calm, large and readable; Esc closes it. `show_crisis_card` is the one way to open it
(the sidebar button, the tray, Ctrl+Shift+H, and a PHQ-9 answer that shows risk)."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import UserError
from app.safety.service import SafetyService
from app.safety.types import CrisisCard
from app.settings.service import SettingsService
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate
from ui.qt import QDialog, QFont, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.widgets.card import Card, label
from ui.widgets.status_line import StatusLine

HELP_SHORTCUT = "Ctrl+Shift+H"
CARD_TITLE = QT_TRANSLATE_NOOP("CrisisCard", "Need help now?")


def _big(text: str) -> QLabel:
    """A number to read at a glance: bigger than the body text, scaled from it."""
    widget = label(text, "value")
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0) * 1.7)
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    return widget


class CrisisCardDialog(QDialog):
    def __init__(self, settings: SettingsService, safety: SafetyService, *,
                 start_grounding: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._safety = settings, safety
        self._start_grounding = start_grounding
        self.setObjectName("CrisisCard")
        self.setWindowTitle(translate("CrisisCard", CARD_TITLE))
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 28, 32, 24)
        column.setSpacing(16)
        column.addWidget(label(translate("CrisisCard", CARD_TITLE), "title"))
        column.addWidget(
            label(
                translate(
                    "CrisisCardDialog",
                    "You are not alone in this. If you might act on thoughts of harming yourself, "
                    "or you are in danger, call the emergency number now.",
                )
            )
        )
        self.numbers = Card()
        self.numbers.body.setSpacing(6)
        column.addWidget(self.numbers)
        self.note = label("", "caption")
        column.addWidget(self.note)
        self.status = StatusLine(translate("CrisisCardDialog", "Crisis card status"))
        column.addWidget(self.status)
        column.addLayout(self._buttons())
        self.refresh()

    def _buttons(self) -> QVBoxLayout:
        self.ground_button = QPushButton(translate("CrisisCardDialog", "Start grounding"))
        self.ground_button.setProperty("primary", True)
        self.ground_button.setToolTip(
            translate(
                "CrisisCardDialog",
                "A short 5-4-3-2-1 practice that brings you back to "
                "the room you are in, through your senses.",
            )
        )
        self.ground_button.clicked.connect(self.start_grounding)
        self.plan_button = QPushButton(translate("CrisisCardDialog", "Open my safety plan"))
        self.plan_button.clicked.connect(self.open_plan)
        self.edit_button = QPushButton(translate("CrisisCardDialog", "Edit these numbers"))
        self.edit_button.setProperty("flat", True)
        self.edit_button.clicked.connect(self.edit_numbers)
        self.close_button = QPushButton(translate("CrisisCardDialog", "Close"))
        self.close_button.setToolTip(translate("CrisisCardDialog", "Esc"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.ground_button, self.plan_button, self.edit_button, self.close_button):
            button.setAutoDefault(False)
        rows = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.ground_button)
        top.addWidget(self.plan_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        rows.addLayout(top)
        rows.addLayout(bottom)
        return rows

    # -- content ---------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            card = self._safety.card(self._settings.all())
        except UserError as exc:  # the card must still show: from the defaults
            from app.safety.card import crisis_card

            card = crisis_card()
            self.status.show_error(exc)
        self.card = card
        layout = self.numbers.body
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for title, number, detail in _rows(card):
            layout.addWidget(label(title, "muted"))
            big = _big(number)
            big.setAccessibleName(f"{title}: {number}")
            layout.addWidget(big)
            if detail:
                layout.addWidget(label(detail, "caption"))
            layout.addSpacing(8)
        self.note.setText(app_text(card.check_note))

    # -- actions ---------------------------------------------------------------------------
    def start_grounding(self) -> None:
        start = self._start_grounding or self._window_grounding()
        self.accept()
        if start is not None:
            start()

    def _window_grounding(self) -> Callable[[], object] | None:
        from ui.safety.entry import start_grounding

        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if window is None or not hasattr(window, "show_page"):
            return None
        return lambda: start_grounding(window)

    def open_plan(self) -> None:
        from ui.safety.plan_page import SafetyPlanDialog

        dialog = SafetyPlanDialog(self._safety, self._settings, parent=self)
        dialog.open()
        self.plan_dialog = dialog

    def edit_numbers(self) -> None:
        from ui.safety.contacts import ContactsDialog

        dialog = ContactsDialog(self._safety, self._settings, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.contacts_dialog = dialog


def _rows(card: CrisisCard) -> list[tuple[str, str, str]]:
    rows = [(app_text(card.emergency_label), card.emergency_number, "")]
    if card.crisis_line_number:
        rows.append(
            (
                card.crisis_line_name or translate("CrisisCard", "Crisis line"),
                card.crisis_line_number,
                card.crisis_line_how.capitalize() if card.crisis_line_how else "",
            )
        )
    else:
        rows.append(
            (translate("CrisisCard", "Crisis line"), translate("CrisisCard", "Not saved yet"),
             translate("CrisisCard", "Add a crisis line you trust with “Edit these numbers”."))
        )
    if card.therapist_number or card.therapist_name:
        rows.append(
            (
                translate("CrisisCard", "Contact your therapist, {name}").format(name=card.therapist_name)
                if card.therapist_name else translate("CrisisCard", "Contact your therapist"),
                card.therapist_number or translate("CrisisCard", "No number saved"),
                "",
            )
        )
    else:
        rows.append(
            (
                translate("CrisisCard", "Contact your therapist"),
                translate("CrisisCard", "Not saved yet"),
                translate("CrisisCard", "Save their number here so it is ready when you need it."),
            )
        )
    return rows


def show_crisis_card(
    parent: QWidget,
    settings: SettingsService,
    safety: SafetyService,
    *,
    start_grounding: Callable[[], object] | None = None,
) -> CrisisCardDialog:
    """Open the card over parent (window-modal; Esc closes). Without start_grounding, the
    card starts the guided 5-4-3-2-1 practice on the Meditate page of parent's window."""
    existing = parent.window().findChild(CrisisCardDialog, "CrisisCard")
    if isinstance(existing, CrisisCardDialog) and existing.isVisible():
        existing.refresh()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = CrisisCardDialog(settings, safety, start_grounding=start_grounding, parent=parent.window())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.ground_button.setFocus()
    return dialog
