"""Journal: write an entry (freely or from a prompt), then find it again by words, prompt
set, tag or date; edit, and delete with undo."""

from __future__ import annotations

from app.errors import UserError
from app.events import EventHub, MoodChanged
from app.journal.prompts import prompt_sets, shuffle
from app.journal.service import JournalChanged, JournalEntry, JournalFilter, JournalService
from app.therapy.service import TherapyService
from ui.i18n import translate
from ui.journal.editor import JournalEditor, when_words
from ui.journal.entry_card import EntryCard
from ui.qt import QComboBox, QPushButton, Qt, QVBoxLayout, QWidget
from ui.widgets.card import Card, Page, label
from ui.widgets.freshness import Freshness
from ui.widgets.history_filters import HistoryFilters, refill_choices
from ui.widgets.layouts import clear_layout
from ui.widgets.show_earlier import EarlierPages
from ui.widgets.subscriptions import subscribe
from ui.widgets.undo_bar import UndoBar

PAGE_SIZE = 50  # entries per screenful; "Show earlier" asks for more


class JournalPage(Page):
    key = "journal"

    def __init__(self, journal: JournalService, hub: EventHub,
                 parent: QWidget | None = None, *, therapy: TherapyService | None = None) -> None:
        super().__init__(translate("JournalPage", "Journal"), parent)
        self._journal = journal
        self._therapy = therapy  # entries offer "bring to my next session" when given
        self.fresh = Freshness(self, self.refresh)  # read when first shown
        self.cards: list[EntryCard] = []
        self.content.addWidget(
            label(
                translate(
                    "JournalPage",
                    "A quiet place to put things into words: what you notice, what you remember, "
                    "what you want to bring to your next session.",
                ),
                "muted",
            )
        )
        self.undo_bar = UndoBar()
        self.content.addWidget(self.undo_bar)
        self.editor = JournalEditor(journal)
        self.content.addWidget(self.editor)
        self.content.addWidget(self._build_filters())
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(16)
        self.content.addLayout(self.entries_box)
        self.more_button = QPushButton(translate("JournalPage", "Show earlier entries"))
        self.pages = EarlierPages(self.more_button, PAGE_SIZE, self._show_entries)
        self.filters.changed.connect(self.pages.restart)
        self.content.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.finish()
        self.undo_bar.listen_for_shortcut(self)
        self.editor.saved.connect(lambda _e: self.undo_bar.hide())
        subscribe(self, hub, JournalChanged, self.fresh.changed)
        subscribe(self, hub, MoodChanged, self._on_checkins)

    def refresh(self) -> None:
        self.editor.refresh_checkins()
        self._fill_tag_filter()
        self._show_entries()

    def _on_checkins(self, _event: object) -> None:
        if self.isVisible():
            self.editor.refresh_checkins()
        else:
            self.fresh.stale = True

    # -- filters ---------------------------------------------------------------------
    def _build_filters(self) -> Card:
        self.set_filter = QComboBox()
        self.set_filter.setAccessibleName(translate("JournalPage", "Only entries from this prompt set"))
        self.set_filter.addItem(translate("JournalPage", "Any prompt set"), None)
        for prompt_set in prompt_sets():
            self.set_filter.addItem(prompt_set.title, prompt_set.id)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(translate("JournalPage", "Only entries with this tag"))
        self.filters = HistoryFilters(
            translate("JournalPage", "Your entries"),
            placeholder=translate("JournalPage", "Search your entries, prompts and tags"),
            name=translate("JournalPage", "Search journal entries"),
            choices=(self.set_filter, self.tag_filter),
        )
        self.search = self.filters.search
        return self.filters

    def _fill_tag_filter(self) -> None:
        names = self._journal.tags_used()
        # a chosen tag stays choosable while its entries are away
        refill_choices(
            self.tag_filter, translate("JournalPage", "Any tag"), ((n, n) for n in names), keep_missing=True
        )

    def filter_by_tag(self, name: str) -> None:
        self._fill_tag_filter()
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(name)))

    def current_filter(self) -> JournalFilter:
        since, until = self.filters.dates()
        return JournalFilter(
            text=self.search.text().strip() or None,
            set_id=self.set_filter.currentData(),
            tag=self.tag_filter.currentData(),
            since=since,
            until=until,
        )

    # -- the list --------------------------------------------------------------------
    def _show_entries(self) -> None:
        flt = self.current_filter()
        found = self.pages.shown(self._journal.search(flt, limit=self.pages.wanted))
        clear_layout(self.entries_box)
        self.cards = []
        if not found:
            self.entries_box.addWidget(self._empty_card(flt != JournalFilter()))
            return
        for entry in found:
            card = EntryCard(
                entry,
                on_edit=self.edit_entry,
                on_delete=self.delete_entry,
                on_tag=self.filter_by_tag,
                therapy=self._therapy,
            )
            self.cards.append(card)
            self.entries_box.addWidget(card)

    def _empty_card(self, filtered: bool) -> Card:
        card = Card()
        self.empty_note = label(
            translate("JournalPage", "Nothing matches these filters. Try fewer words or a longer period.")
            if filtered
            else translate(
                "JournalPage",
                "Your entries will gather here. Whenever you are ready, write a few lines above, "
                "or press Shuffle for a prompt to start from.",
            ),
            "muted",
        )
        card.body.addWidget(self.empty_note)
        if not filtered:
            start = QPushButton(translate("JournalPage", "Start from a prompt"))
            start.setAutoDefault(False)
            start.clicked.connect(self.editor.shuffle)
            card.body.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def show_target(self, set_id: str) -> None:
        """Open at a prompt set (a Learn article's related link). A prompt from it is offered
        only while the editor is empty: words being written are never swapped for another."""
        editor = self.editor
        if editor.set_combo.findData(set_id) < 0:
            return
        if editor.text.toPlainText().strip():
            editor.set_combo.setCurrentIndex(editor.set_combo.findData(set_id))
        else:
            editor.choose_prompt(shuffle(set_id))
        editor.text.setFocus()

    def card_for(self, entry_id: int) -> EntryCard | None:
        return next((c for c in self.cards if c.entry.id == entry_id), None)

    def edit_entry(self, entry: JournalEntry) -> None:
        self.editor.load(entry)
        self.ensureWidgetVisible(self.editor)

    def delete_entry(self, entry: JournalEntry) -> None:
        try:
            gone = self._journal.delete_entry(entry.id)
        except UserError as exc:
            self.undo_bar.show_error(exc)
            return
        if self.editor.editing is not None and self.editor.editing.id == gone.id:
            self.editor.reset()
        self.undo_bar.offer(
            translate("JournalPage", "Deleted the entry from {when_words}.").format(
                when_words=when_words(gone.local_time)
            ),
            lambda: self._journal.restore_entry(gone.id),
        )
        self.undo_bar.button.setFocus()

    def self_check(self) -> str | None:
        return None if prompt_sets() else "the Journal page found no prompts"
