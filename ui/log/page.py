"""Log: the check-in history day by day (search, filters, edit, delete with undo) and the
emotion-regulation log with its editable strategy list."""

from __future__ import annotations

import datetime as dt

from app.errors import UserError
from app.events import DataChanged, EventHub, MoodChanged, TagsChanged
from app.mood.service import Checkin, CheckinFilter, MoodService
from app.regulation.service import (
    RegulationChanged,
    RegulationEntry,
    RegulationService,
    StrategiesChanged,
)
from app.therapy.service import TherapyService
from ui.accessibility.roles import as_tab
from ui.i18n import clock_time, translate
from ui.log.edit_dialog import CheckinEditDialog
from ui.log.history import CheckinRow, day_title
from ui.log.regulation_list import RegulationRow, StrategyList
from ui.qt import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import Card, Page, label
from ui.widgets.freshness import Freshness
from ui.widgets.history_filters import HistoryFilters, refill_choices
from ui.widgets.layouts import clear_layout
from ui.widgets.mood_plane import PLEASANTNESS_WORDS
from ui.widgets.regulation_form import RegulationForm
from ui.widgets.show_earlier import EarlierPages
from ui.widgets.subscriptions import subscribe
from ui.widgets.undo_bar import UndoBar

PAGE_SIZE = 150  # check-ins per screenful; "Show earlier" asks for more


class LogPage(Page):
    key = "log"
    navigate = Signal(str)  # a page key; the main window switches to it

    def __init__(self, mood: MoodService, regulation: RegulationService, hub: EventHub,
                 parent: QWidget | None = None, *, therapy: TherapyService | None = None) -> None:
        super().__init__(translate("LogPage", "Your log"), parent)
        self._therapy = therapy  # rows offer "bring to my next session" when given
        self._mood = mood
        self._regulation = regulation
        self._hub = hub
        self._built = False
        self.fresh = Freshness(self, self.refresh)  # read when first shown, built then too
        self.content.addWidget(label(
            translate("LogPage", "Look back at how you have been, and at what helped when things were hard."),
            "muted"))
        switch = QHBoxLayout()
        switch.setSpacing(8)
        self.sections = QButtonGroup(self)
        self.history_tab = QPushButton(translate("LogPage", "History"))
        self.regulation_tab = QPushButton(translate("LogPage", "Regulation log"))
        for i, button in enumerate((self.history_tab, self.regulation_tab)):
            as_tab(button)  # History and Regulation log: page tabs to screen readers
            button.setProperty("chip", True)
            button.setAutoDefault(False)
            self.sections.addButton(button, i)
            switch.addWidget(button)
        switch.addStretch(1)
        self.history_tab.setChecked(True)
        self.content.addLayout(switch)
        self.undo_bar = UndoBar()
        self.content.addWidget(self.undo_bar)
        # Sections are shown and hidden rather than stacked: a stack would make the short
        # history as tall as the long regulation section.
        self.sections_box = QVBoxLayout()
        self.sections_box.setContentsMargins(0, 0, 0, 0)
        self.content.addLayout(self.sections_box)
        self.finish()
        self.sections.idClicked.connect(self.show_section)
        self.undo_bar.listen_for_shortcut(self)
        subscribe(self, hub, MoodChanged, self.fresh.changed)
        subscribe(self, hub, DataChanged, self.fresh.changed)
        subscribe(self, hub, RegulationChanged, self.fresh.changed)
        subscribe(self, hub, StrategiesChanged, self._on_strategies)
        subscribe(self, hub, TagsChanged, self._on_tags)

    # -- lazily built: nothing is read until the page is first shown -----------------
    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self.history = QWidget()
        self._build_history(self.history)
        self.regulation_view = QWidget()
        self._build_regulation(self.regulation_view)
        self.sections_box.addWidget(self.history)
        self.sections_box.addWidget(self.regulation_view)
        self.regulation_view.hide()

    def show_section(self, index: int) -> None:
        self._build()
        self.sections.button(index).setChecked(True)
        self.history.setVisible(index == 0)
        self.regulation_view.setVisible(index == 1)
        if index == 1:
            self.form.ensure_loaded()
            if not self.strategies.shown:
                self.strategies.refresh()

    def show_target(self, key: str) -> None:
        """Open a section by name, "history" or "regulation" (Learn's related exercises)."""
        if key in ("history", "regulation"):
            self.show_section(("history", "regulation").index(key))

    def refresh(self) -> None:
        self._build()
        self._show_history()
        self._show_entries()

    def _on_strategies(self, _event) -> None:
        if self._built:
            self.strategies.refresh()

    def _on_tags(self, _event) -> None:
        if self._built:
            self._fill_tag_filter()

    # -- history ---------------------------------------------------------------------
    def _build_history(self, host: QWidget) -> None:
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        self.word_filter = QComboBox()
        self.word_filter.setAccessibleName(translate("LogPage", "Only check-ins with this feeling"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(translate("LogPage", "Only check-ins with this tag"))
        filters = HistoryFilters(None, placeholder=translate("LogPage", "Search notes, feelings and tags"),
                                 name=translate("LogPage", "Search check-ins"),
                                 choices=(self.word_filter, self.tag_filter))
        self.filters, self.search = filters, filters.search
        box.addWidget(filters)
        self.days_box = QVBoxLayout()
        self.days_box.setSpacing(16)
        box.addLayout(self.days_box)
        self.more_button = QPushButton(translate("LogPage", "Show earlier check-ins"))
        self.pages = EarlierPages(self.more_button, PAGE_SIZE, self._show_history)
        box.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        filters.changed.connect(self.pages.restart)
        self._fill_word_filter()
        self._fill_tag_filter()

    def _fill_word_filter(self) -> None:
        refill_choices(self.word_filter, translate("LogPage", "Any feeling"),
                       ((w, w) for w in self._mood.words_used()))

    def _fill_tag_filter(self) -> None:
        tags = self._mood.list_tags(include_hidden=True)
        refill_choices(self.tag_filter, translate("LogPage", "Any tag"), ((t.name, t.id) for t in tags))

    def current_filter(self) -> CheckinFilter:
        since, until = self.filters.dates()
        return CheckinFilter(
            text=self.search.text() or None,
            word=self.word_filter.currentData(),
            tag_id=self.tag_filter.currentData(),
            since=since,
            until=until,
        )

    def _show_history(self) -> None:
        flt = self.current_filter()
        self._fill_word_filter()
        found = self.pages.shown(self._mood.search(flt, limit=self.pages.wanted))
        clear_layout(self.days_box)
        self.rows: list[CheckinRow] = []
        if not found:
            filtered = flt != CheckinFilter()
            card = Card()
            card.body.addWidget(
                label(
                    translate("LogPage", "Nothing matches these filters. Try fewer words or a longer period.")
                    if filtered
                    else translate(
                        "LogPage",
                        "Your check-ins will gather here, day by day. Whenever you like, start one on "
                        "the Today page.",
                    ),
                    "muted",
                )
            )
            if not filtered:
                self.check_in_button = QPushButton(translate("LogPage", "Check in now"))
                self.check_in_button.clicked.connect(lambda: self.navigate.emit("today"))
                card.body.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.days_box.addWidget(card)
            return
        days: dict[dt.date, list[Checkin]] = {}
        for checkin in found:
            days.setdefault(checkin.local_day, []).append(checkin)
        for day, entries in days.items():
            card = Card(day_title(day))
            low = min(c.pleasantness for c in entries)
            high = max(c.pleasantness for c in entries)
            count = (
                translate("LogPage", "{count} check-ins").format(count=len(entries))
                if len(entries) > 1
                else translate("LogPage", "1 check-in")
            )
            lowest = translate("MoodPlane", PLEASANTNESS_WORDS[low])
            spread = (
                lowest
                if low == high
                else translate("LogPage", "from {low} to {high}").format(
                    low=lowest, high=translate("MoodPlane", PLEASANTNESS_WORDS[high])
                )
            )
            card.body.addWidget(label(f"{count} · {spread}", "caption"))
            for checkin in entries:
                row = CheckinRow(checkin, self.edit_checkin, self.delete_checkin, self._therapy)
                self.rows.append(row)
                card.body.addWidget(row)
            self.days_box.addWidget(card)

    def row_for(self, checkin_id: int) -> CheckinRow | None:
        return next((r for r in self.rows if r.checkin.id == checkin_id), None)

    def edit_checkin(self, checkin: Checkin) -> None:
        dialog = CheckinEditDialog(self._mood, self._hub, checkin, self)
        dialog.open()
        self.edit_dialog = dialog  # tests reach it here

    def delete_checkin(self, checkin: Checkin) -> None:
        try:
            gone = self._mood.delete_checkin(checkin.id)
        except UserError as exc:
            self.undo_bar.show_error(exc)
            return
        when = translate("LogPage", "{day} at {time}").format(
            day=day_title(gone.local_day).lower(), time=clock_time(gone.local_time))
        self.undo_bar.offer(
            translate("LogPage", "Deleted the check-in from {when}.").format(when=when),
            lambda: self._mood.restore_checkin(gone.id),
        )
        self.undo_bar.button.setFocus()

    # -- regulation ------------------------------------------------------------------
    def _build_regulation(self, host: QWidget) -> None:
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        new = Card(
            translate("LogPage", "When something is hard"),
            intro=translate(
                "LogPage",
                "Note what happened, how strong the feelings were, what you did, and whether it "
                "helped. Over time you see which ways work for you.",
            ),
        )
        self.form = RegulationForm(self._regulation, self._hub)
        new.body.addWidget(self.form)
        box.addWidget(new)
        entries = Card(translate("LogPage", "Your entries"))
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(12)
        entries.body.addLayout(self.entries_box)
        box.addWidget(entries)
        self.strategies = StrategyList(self._regulation)
        box.addWidget(self.strategies)

    def _show_entries(self) -> None:
        clear_layout(self.entries_box)
        entries = self._regulation.list_entries(limit=PAGE_SIZE)
        self.entry_rows: list[RegulationRow] = []
        if not entries:
            self.entries_box.addWidget(
                label(
                    translate(
                        "LogPage",
                        "Nothing here yet. The next time something stirs you up, you can note it above, "
                        "even hours later.",
                    ),
                    "muted",
                )
            )
        for entry in entries:
            row = RegulationRow(entry, self.form.load, self.delete_entry, self._therapy)
            self.entry_rows.append(row)
            self.entries_box.addWidget(row)
        if self.regulation_view.isVisibleTo(self) or self.strategies.shown:
            self.strategies.refresh()

    def delete_entry(self, entry: RegulationEntry) -> None:
        gone = self._regulation.delete_entry(entry.id)
        self.undo_bar.offer(
            translate("LogPage", "Deleted the entry “{short}”.").format(short=_short(gone.situation)),
            lambda: self._regulation.restore_entry(gone.id),
        )
        self.undo_bar.button.setFocus()

    def self_check(self) -> str | None:
        self._build()
        return None if self.sections_box.count() == 2 else "the Log page did not build its sections"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
