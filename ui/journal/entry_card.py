"""One journal entry in the list: when, the prompt above the text, the text as rich text
(read-only; long entries open on request), tags as chips, Edit and Delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from app.journal.markup import to_html
from app.journal.service import JournalEntry
from app.therapy.service import TherapyService
from ui.i18n import translate
from ui.journal.editor import when_words
from ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QWidget
from ui.widgets.bring_to_session import BringToSessionButton
from ui.widgets.card import Card, label
from ui.widgets.flow import FlowLayout

# Longer entries show their first paragraph until "Read all" is pressed.
SHORT_CHARS = 420


def _excerpt(text: str) -> str | None:
    """The opening of a long entry, cut at a paragraph or line; None when it is short."""
    if len(text) <= SHORT_CHARS and text.count("\n") < 8:
        return None
    head = text[:SHORT_CHARS]
    for mark in ("\n\n", "\n"):
        cut = head.find(mark, 40)
        if cut > 0:
            return head[:cut]
    return head.rsplit(" ", 1)[0] + " …"


class EntryCard(Card):
    def __init__(self, entry: JournalEntry, *, on_edit: Callable[[JournalEntry], None],
                 on_delete: Callable[[JournalEntry], None],
                 on_tag: Callable[[str], None], therapy: TherapyService | None = None) -> None:
        super().__init__()
        self.entry = entry
        self.body.setSpacing(8)
        top = QHBoxLayout()
        edited = " · " + translate("EntryCard", "edited") if entry.updated_at_utc else ""
        self.when = label(f"{when_words(entry.local_time)}{edited}", "caption", wrap=False)
        top.addWidget(self.when, 1)
        if therapy is not None:
            self.session_button = BringToSessionButton(therapy, translate("EntryCard", "journal"), entry.id)
            top.addWidget(self.session_button)
        self.edit_button = QPushButton(translate("EntryCard", "Edit"))
        self.delete_button = QPushButton(translate("EntryCard", "Delete"))
        first = entry.first_line[:40]
        for button, action in ((self.edit_button, on_edit), (self.delete_button, on_delete)):
            button.setProperty("flat", True)
            button.setAutoDefault(False)
            button.setAccessibleName(
                translate("EntryCard", "{text} the entry {first}").format(text=button.text(), first=first)
            )
            button.clicked.connect(lambda _c=False, a=action: a(self.entry))
            top.addWidget(button)
        self.body.addLayout(top)
        if entry.prompt_text:
            self.prompt = label(
                translate("EntryCard", "<i>{escape}</i>").format(
                    escape=escape(entry.prompt_text, quote=False)
                ),
                "muted",
            )
            self.prompt.setTextFormat(Qt.TextFormat.RichText)
            self.body.addWidget(self.prompt)
        self.text = label("")
        # Rich text from our own converter only: it escapes everything the person wrote.
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName(translate("EntryCard", "Entry text"))
        self.body.addWidget(self.text)
        self._excerpt = _excerpt(entry.text)
        self.more_button: QPushButton | None = None
        if self._excerpt is not None:
            self.more_button = QPushButton(translate("EntryCard", "Read all"))
            self.more_button.setProperty("flat", True)
            self.more_button.setAutoDefault(False)
            self.more_button.clicked.connect(self.toggle)
            self.body.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._open = False
        self._show_text()
        if entry.tags:
            self.body.addWidget(self._build_tags(entry.tags, on_tag))

    @staticmethod
    def _build_tags(tags: Sequence[str], on_tag: Callable[[str], None]) -> QWidget:
        """The entry's tags as chips; each shows the entries that carry it."""
        holder = QWidget()
        chips = FlowLayout(holder, spacing=6)
        for name in tags:
            chip = QPushButton(name)
            chip.setProperty("chip", True)
            chip.setAutoDefault(False)
            chip.setToolTip(translate("EntryCard", "Show entries tagged {name}").format(name=name))
            chip.setAccessibleName(
                translate("EntryCard", "Tag {name}: show entries tagged {name}").format(name=name)
            )
            chip.clicked.connect(lambda _c=False, n=name: on_tag(n))
            chips.add(chip)
        return holder

    def toggle(self) -> None:
        self._open = not self._open
        self._show_text()

    def _show_text(self) -> None:
        shown = self.entry.text if self._open or self._excerpt is None else self._excerpt
        self.text.setText(to_html(shown))
        if self.more_button is not None:
            self.more_button.setText(
                translate("EntryCard", "Show less") if self._open else translate("EntryCard", "Read all")
            )

    def chip_names(self) -> list[str]:
        return [w.text() for w in self.findChildren(QPushButton) if w.property("chip")]

    def shown_text(self) -> str:
        return QLabel.text(self.text)
