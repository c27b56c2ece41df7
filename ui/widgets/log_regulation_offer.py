"""After a breathing or guided session: a gentle offer to note it in the regulation log.

Practice pages call it with the id PracticeService.log_session returned:

    offer = RegulationOffer(regulation, record.id)       # a card to place in the page
    offer.saved.connect(...)      # RegulationEntry, once stored
    offer.dismissed.connect(...)  # "Not now"
or, as a dialog:
    entry = offer_regulation_entry(parent, regulation, record.id)   # entry or None

The strategy is the practice itself (e.g. "Breathing exercise"), linked to the session."""

from __future__ import annotations

from app.errors import UserError
from app.limits import INTENSITY_MAX, INTENSITY_MIN
from app.regulation.service import RegulationDraft, RegulationEntry, RegulationService
from ui.i18n import translate
from ui.qt import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import label
from ui.widgets.regulation_inputs import HelpfulnessPicker, intensity_box, word_box
from ui.widgets.status_line import StatusLine


class RegulationOffer(QFrame):
    saved = Signal(object)  # RegulationEntry
    dismissed = Signal()

    def __init__(self, regulation: RegulationService, practice_session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self._regulation = regulation
        self.practice_session_id = practice_session_id
        offer = regulation.practice_offer(practice_session_id)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 20, 20, 20)
        box.setSpacing(12)
        box.addWidget(label(translate("RegulationOffer", "Was this for something hard?"), "section"))
        box.addWidget(
            label(
                translate(
                    "RegulationOffer",
                    "If you turned to {title} because something stirred you up, you can note it in your "
                    "regulation log. It takes a moment, and it is entirely up to you.",
                ).format(title=offer.title),
                "muted",
            )
        )
        self.situation = QLineEdit()
        self.situation.setPlaceholderText(translate("RegulationOffer", "What happened, in a few words"))
        self.situation.setAccessibleName(translate("RegulationOffer", "Situation"))
        box.addWidget(self.situation)
        box.addLayout(self._build_feeling_row())
        box.addWidget(label(translate("RegulationOffer", "How much did it help?"), "caption"))
        self.helpful = HelpfulnessPicker()
        box.addWidget(self.helpful)
        actions = QHBoxLayout()
        self.status = StatusLine(translate("RegulationOffer", "Status"), keep_space=True)
        self.not_now = QPushButton(translate("RegulationOffer", "Not now"))
        self.not_now.setAutoDefault(False)
        self.not_now.clicked.connect(self.dismissed)
        self.save_button = QPushButton(translate("RegulationOffer", "Save to my log"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.not_now)
        actions.addWidget(self.save_button)
        box.addLayout(actions)
        if offer.already_logged:
            self.status.show_info(
                translate("RegulationOffer", "This session is already in your log; you can add another.")
            )

    def _build_feeling_row(self) -> QHBoxLayout:
        """The main feeling and how strong it was before and now, on one line."""
        feeling = QHBoxLayout()
        feeling.setSpacing(12)
        self.word = word_box(translate("RegulationOffer", "The main feeling, such as tense"))
        self.word.setAccessibleName(translate("RegulationOffer", "Main feeling"))
        scale = f"{INTENSITY_MIN} to {INTENSITY_MAX}"
        self.before = intensity_box(
            translate("RegulationOffer", "How strong before, {scale}").format(scale=scale), value=6
        )
        self.after = intensity_box(
            translate("RegulationOffer", "How strong now, {scale}").format(scale=scale), value=4
        )
        feeling.addWidget(self.word, 1)
        feeling.addWidget(label(translate("RegulationOffer", "before"), "caption", wrap=False))
        feeling.addWidget(self.before)
        feeling.addWidget(label(translate("RegulationOffer", "now"), "caption", wrap=False))
        feeling.addWidget(self.after)
        return feeling

    def save(self) -> RegulationEntry | None:
        try:
            if self.helpful.value() is None:
                raise UserError(
                    translate(
                        "RegulationOffer", "choose how much it helped, even if the answer is not at all"
                    )
                )
            entry = self._regulation.add_entry(
                RegulationDraft(
                    situation=self.situation.text(),
                    emotions=((self.word.text(), self.before.value(), self.after.value()),)
                    if self.word.text().strip()
                    else (),
                    helpfulness=self.helpful.value(),
                    practice_session_id=self.practice_session_id,
                )
            )
        except UserError as exc:
            self.status.show_error(exc)
            return None
        self.saved.emit(entry)
        return entry


def offer_regulation_entry(
    parent: QWidget | None, regulation: RegulationService, practice_session_id: int
) -> RegulationEntry | None:
    """Show the offer as a small dialog; the stored entry, or None if the person declined."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("ui.widgets.log_regulation_offer", "Note it in your log?"))
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(16, 16, 16, 16)
    offer = RegulationOffer(regulation, practice_session_id, dialog)
    layout.addWidget(offer)
    result: list[RegulationEntry] = []

    def keep(entry: RegulationEntry) -> None:
        result.append(entry)
        dialog.accept()

    offer.saved.connect(keep)
    offer.dismissed.connect(dialog.reject)
    dialog.exec()
    return result[0] if result else None
