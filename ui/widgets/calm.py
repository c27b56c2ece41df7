"""An optional 0-10 calm rating (one tap sets it, a second clears it), and the after-session
view that asks for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import translate
from ui.qt import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import Card, Page, label
from ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from ui.widgets.log_regulation_offer import RegulationOffer


class CalmRating(QWidget):
    changed = Signal(object)  # int | None

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.question = label(question)
        column.addWidget(self.question)
        # The scale and its end captions share one box, so "10" sits above its caption.
        scale = QWidget()
        scale.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(scale)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(6)
        # Not exclusive: an exclusive group cannot be emptied, and "no answer" is allowed.
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setMinimumWidth(40)
            button.setAccessibleName(
                translate("CalmRating", "{question} {value} of 10").format(question=question, value=value)
            )
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        box.addLayout(row)
        ends = QHBoxLayout()
        ends.addWidget(label(translate("CalmRating", "0  not calm at all"), "caption", wrap=False))
        ends.addStretch(1)
        right = label(translate("CalmRating", "completely calm  10"), "caption", wrap=False)
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(right)
        box.addLayout(ends)
        column.addWidget(scale, 0, Qt.AlignmentFlag.AlignLeft)
        self.group.idClicked.connect(self._clicked)

    def value(self) -> int | None:
        return self._value

    def clear(self) -> None:
        self._set(None)

    def _clicked(self, value: int) -> None:
        self._set(None if value == self._value else value)

    def _set(self, value: int | None) -> None:
        self._value = value
        for i, button in enumerate(self.buttons):
            button.setChecked(i == value)
        self.changed.emit(value)


class FinishView(Page):
    """After a session: what was logged, an optional calm rating, a status line and Save."""

    def __init__(
        self,
        title: str | None = None,
        *,
        save_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if title is None:
            title = translate("FinishView", "Thank you for taking this time")
        if save_text is None:
            save_text = translate("FinishView", "Save and close")
        super().__init__(title, parent)
        card = Card()
        self.summary = label("")
        card.body.addWidget(self.summary)
        card.body.addSpacing(4)
        self.calm_after = CalmRating(translate("FinishView", "How calm do you feel now? (optional)"))
        card.body.addWidget(self.calm_after)
        row = QHBoxLayout()
        self.status = StatusLine(translate("FinishView", "Saving status"))
        self.save_button = QPushButton(save_text)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        row.addWidget(self.status, 1)
        row.addStretch(1)  # keeps the button its own size while the status line is hidden
        row.addWidget(self.save_button)
        card.body.addLayout(row)
        self.content.addWidget(card)
        self.offer: RegulationOffer | None = None  # when one is shown
        self.offer_note = label("", "muted")
        self.offer_note.hide()
        self.content.addWidget(self.offer_note)
        self.finish()

    def offer_regulation(self, regulation, practice_session_id: int) -> None:
        """Below the rating: a gentle offer to note the session in the regulation log."""
        from ui.widgets.log_regulation_offer import RegulationOffer

        self._drop_offer()
        self.offer_note.hide()
        if regulation is None:
            return
        self.offer = offer = RegulationOffer(regulation, practice_session_id)
        offer.saved.connect(self._offer_saved)
        offer.dismissed.connect(self._drop_offer)
        # Before the closing stretch, right under the rating card.
        self.content.insertWidget(self.content.count() - 2, offer)

    def _offer_saved(self, _entry) -> None:
        self._drop_offer()
        self.offer_note.setText(translate("FinishView", "Noted in your regulation log."))
        self.offer_note.show()

    def _drop_offer(self) -> None:
        if self.offer is not None:
            self.offer.hide()
            self.offer.deleteLater()
            self.offer = None

    def show_result(self, title: str, summary: str) -> None:
        self.heading.setText(title)
        self.summary.setText(summary)
        self.calm_after.clear()
        self.status.clear()
