"""The journal's editor card: a prompt picker (by set, or Shuffle), the text, tags and an
optional link to a recent check-in. Used for new entries and for editing one."""

from __future__ import annotations

import datetime as dt
from html import escape

from app.errors import UserError
from app.journal.prompts import Prompt, find_prompt, prompt_sets, shuffle
from app.journal.service import JournalDraft, JournalEntry, JournalService, split_tags
from app.timeutil import today
from ui.i18n import clock_time, moment_text, translate
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QWidget,
    Signal,
)
from ui.widgets.card import Card, label
from ui.widgets.shortcuts import local_keys
from ui.widgets.status_line import StatusLine


def when_words(moment: dt.datetime) -> str:
    """'Today 09:15', 'Yesterday 21:40' or 'Mon 1 Dec 08:00'."""
    day = moment.date()
    if day == today():
        return translate("JournalEditor", "Today {time}").format(time=clock_time(moment))
    if day == today() - dt.timedelta(days=1):
        return translate("JournalEditor", "Yesterday {time}").format(time=clock_time(moment))
    return moment_text(moment)


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    # Prompts are whole sentences: without this the combo grows as wide as the longest.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class JournalEditor(Card):
    saved = Signal(object)  # the JournalEntry just written

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("JournalEditor", "New entry"),
            parent,
            intro=translate("JournalEditor", "Write freely, or let a prompt start you off."),
        )
        self._journal = journal
        self._prompt: Prompt | None = None
        self._kept_prompt: tuple[str, str] | None = None  # an edited entry's own prompt
        self.editing: JournalEntry | None = None
        picker = QHBoxLayout()
        picker.setSpacing(8)
        self.set_combo = _combo(translate("JournalEditor", "Prompt set"))
        self.set_combo.addItem(translate("JournalEditor", "Start from a prompt…"), None)
        for prompt_set in prompt_sets():
            self.set_combo.addItem(prompt_set.title, prompt_set.id)
            self.set_combo.setItemData(
                self.set_combo.count() - 1, prompt_set.description, Qt.ItemDataRole.ToolTipRole
            )
        self.prompt_combo = _combo(translate("JournalEditor", "Prompt"))
        self.prompt_combo.setEnabled(False)
        self.prompt_combo.addItem(translate("JournalEditor", "Choose a prompt"), None)
        self.shuffle_button = QPushButton(translate("JournalEditor", "Shuffle"))
        self.shuffle_button.setAutoDefault(False)
        self.shuffle_button.setToolTip(
            translate("JournalEditor", "A prompt at random (from the chosen set, if any)")
        )
        picker.addWidget(self.set_combo, 2)
        picker.addWidget(self.prompt_combo, 3)
        picker.addWidget(self.shuffle_button)
        self.body.addLayout(picker)
        self._build_prompt_line()
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("JournalEditor", "Journal entry"))
        self.text.setPlaceholderText(translate("JournalEditor", "What is on your mind?"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(100)
        self.body.addWidget(self.text)
        self.body.addWidget(
            label(
                translate(
                    "JournalEditor",
                    "**bold**, *italic* and lines starting with - show as rich text. Ctrl+Enter saves.",
                ),
                "caption",
            )
        )
        self._build_details()
        self._build_actions()
        self.set_combo.currentIndexChanged.connect(self._set_chosen)
        self.prompt_combo.currentIndexChanged.connect(self._prompt_chosen)
        self.shuffle_button.clicked.connect(self.shuffle)
        local_keys(self, [("Ctrl+Return", self.save), ("Ctrl+Enter", self.save)])

    def _build_prompt_line(self) -> None:
        self.prompt_line = QWidget()
        row = QHBoxLayout(self.prompt_line)
        row.setContentsMargins(0, 4, 0, 0)
        self.prompt_label = label("", "tile-name")
        self.prompt_label.setAccessibleName(translate("JournalEditor", "Chosen prompt"))
        self.clear_prompt_button = QPushButton(translate("JournalEditor", "Write freely"))
        self.clear_prompt_button.setProperty("flat", True)
        self.clear_prompt_button.setAutoDefault(False)
        self.clear_prompt_button.setAccessibleName(
            translate("JournalEditor", "Remove the prompt and write freely")
        )
        self.clear_prompt_button.clicked.connect(lambda: self.choose_prompt(None))
        row.addWidget(self.prompt_label, 1)
        row.addWidget(self.clear_prompt_button, 0, Qt.AlignmentFlag.AlignTop)
        self.prompt_line.hide()
        self.body.addWidget(self.prompt_line)

    def _build_details(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("JournalEditor", "Tags, separated by commas"))
        self.tags.setAccessibleName(translate("JournalEditor", "Tags"))
        self.checkin = _combo(translate("JournalEditor", "Link to a check-in"))
        row.addWidget(self.tags, 3)
        row.addWidget(self.checkin, 2)
        self.body.addLayout(row)

    def _build_actions(self) -> None:
        row = QHBoxLayout()
        self.status = StatusLine(translate("JournalEditor", "Journal status"))
        self.cancel_button = QPushButton(translate("JournalEditor", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reset)
        self.cancel_button.hide()
        self.save_button = QPushButton(translate("JournalEditor", "Save entry"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(translate("JournalEditor", "Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.status, 4)
        row.addStretch(1)  # keeps the buttons their own size while the status is hidden
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        self.body.addLayout(row)

    # -- prompts ----------------------------------------------------------------------
    def _set_chosen(self) -> None:
        set_id = self.set_combo.currentData()
        self.prompt_combo.blockSignals(True)
        self.prompt_combo.clear()
        self.prompt_combo.addItem(translate("JournalEditor", "Choose a prompt"), None)
        if set_id:
            for prompt_set in prompt_sets():
                if prompt_set.id == set_id:
                    for p in prompt_set.prompts:
                        self.prompt_combo.addItem(p.text, p.id)
                        self.prompt_combo.setItemData(
                            self.prompt_combo.count() - 1, p.text, Qt.ItemDataRole.ToolTipRole
                        )
        self.prompt_combo.setEnabled(bool(set_id))
        current = self._prompt.id if self._prompt else None
        self.prompt_combo.setCurrentIndex(max(0, self.prompt_combo.findData(current)))
        self.prompt_combo.blockSignals(False)

    def _prompt_chosen(self) -> None:
        prompt_id = self.prompt_combo.currentData()
        if prompt_id:
            self.choose_prompt(find_prompt(prompt_id))

    def shuffle(self) -> None:
        avoid = self._prompt.id if self._prompt else None
        self.choose_prompt(shuffle(self.set_combo.currentData(), avoid=avoid))

    def choose_prompt(self, prompt: Prompt | None) -> None:
        """Show the prompt above the text (None: write freely) and point the combos at it."""
        self._prompt = prompt
        self._kept_prompt = None
        self._show_prompt(prompt.text if prompt else None)
        self.set_combo.blockSignals(True)
        self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(prompt.set_id if prompt else None)))
        self.set_combo.blockSignals(False)
        self._set_chosen()
        if prompt is not None:
            self.text.setFocus()

    def _show_prompt(self, text: str | None) -> None:
        self.prompt_label.setText(escape(text or "", quote=False))
        self.prompt_line.setVisible(bool(text))

    def prompt(self) -> Prompt | None:
        return self._prompt

    # -- check-ins --------------------------------------------------------------------
    def refresh_checkins(self) -> None:
        keep = self.checkin.currentData()
        self.checkin.blockSignals(True)
        self.checkin.clear()
        self.checkin.addItem(translate("JournalEditor", "Not linked to a check-in"), None)
        for checkin_id, moment in self._journal.recent_checkins():
            self.checkin.addItem(
                translate("JournalEditor", "Check-in {when_words}").format(when_words=when_words(moment)),
                checkin_id,
            )
        if keep is not None and self.checkin.findData(keep) < 0:
            self.checkin.addItem(
                translate("JournalEditor", "Check-in {keep}").format(keep=keep), keep
            )  # older than the recent ones
        self.checkin.setCurrentIndex(max(0, self.checkin.findData(keep)))
        self.checkin.blockSignals(False)

    def link_checkin(self, checkin_id: int | None) -> None:
        if checkin_id is not None and self.checkin.findData(checkin_id) < 0:
            self.checkin.addItem(
                translate("JournalEditor", "Check-in {checkin_id}").format(checkin_id=checkin_id), checkin_id
            )
        self.checkin.setCurrentIndex(max(0, self.checkin.findData(checkin_id)))

    # -- editing and saving -----------------------------------------------------------
    def load(self, entry: JournalEntry) -> None:
        """Edit an existing entry here; its prompt stays as it was written."""
        self.reset()
        self.editing = entry
        self.title.setText(translate("JournalEditor", "Edit entry"))
        self.cancel_button.show()
        self.save_button.setText(translate("JournalEditor", "Save changes"))
        try:
            self.choose_prompt(find_prompt(entry.prompt_id) if entry.prompt_id else None)
        except UserError:  # the prompt left the data files: keep the words it had
            self.choose_prompt(None)
        if entry.prompt_id:
            self._kept_prompt = (entry.prompt_id, entry.prompt_text or "")
            self._show_prompt(entry.prompt_text)
        self.text.setPlainText(entry.text)
        self.tags.setText(", ".join(entry.tags))
        self.link_checkin(entry.checkin_id)
        self.text.setFocus()

    def draft(self) -> JournalDraft:
        prompt_id = self._kept_prompt[0] if self._kept_prompt else self._prompt.id if self._prompt else None
        return JournalDraft(
            text=self.text.toPlainText(),
            prompt_id=prompt_id,
            tags=split_tags(self.tags.text()),
            checkin_id=self.checkin.currentData(),
        )

    def save(self) -> JournalEntry | None:
        try:
            if self.editing is not None:
                entry = self._journal.update_entry(self.editing.id, self.draft())
            else:
                entry = self._journal.add_entry(self.draft())
        except UserError as exc:
            self.status.show_error(exc)
            return None
        self.reset()
        self.status.show_info(translate("JournalEditor", "Saved. Thank you for taking this time."))
        self.saved.emit(entry)
        return entry

    def reset(self) -> None:
        self.editing = None
        self.title.setText(translate("JournalEditor", "New entry"))
        self.cancel_button.hide()
        self.save_button.setText(translate("JournalEditor", "Save entry"))
        self.choose_prompt(None)
        self.text.clear()
        self.tags.clear()
        self.checkin.setCurrentIndex(0)
        self.status.clear()
