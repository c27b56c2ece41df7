"""The regulation entry form: what happened, feelings before and after, what you did,
whether it helped, and optionally who was involved and what you did toward them."""

from __future__ import annotations

import datetime as dt

from app.errors import UserError
from app.events import EventHub
from app.limits import ATTACHMENT_ACTIONS
from app.mood.vocabulary import vocabulary
from app.regulation.service import (
    RegulationDraft,
    RegulationEntry,
    RegulationService,
    StrategiesChanged,
)
from ui.i18n import app_text, moment_text, translate
from ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.form_fields import spaced_form
from ui.widgets.regulation_inputs import EmotionChangeRow, HelpfulnessPicker, word_box
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt+letter moves to the widget (rows holding a layout need one)."""
    name = QLabel(text)
    name.setBuddy(widget)
    return name


class RegulationForm(QWidget):
    saved = Signal(object)  # the RegulationEntry

    def __init__(self, regulation: RegulationService, hub: EventHub,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regulation = regulation
        self._editing: int | None = None
        # The practice session the entry links to. Held here rather than read back from the
        # combo, which lists only recent sessions of the strategy's kind: an older link, or
        # one made from the command line with another strategy, must survive an edit.
        self._link: int | None = None
        self._strategies: dict = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        form = spaced_form(row_spacing=12)

        self.situation = QLineEdit()
        self.situation.setPlaceholderText(
            translate("RegulationForm", "What happened? A few words are enough")
        )
        self.situation.setAccessibleName(translate("RegulationForm", "Situation"))
        form.addRow(translate("RegulationForm", "&Situation"), self.situation)

        feelings = self._feelings_box()
        form.addRow(_buddy(translate("RegulationForm", "&Feelings"), self.word), feelings)
        self.rows: list[EmotionChangeRow] = []

        strategy_box = self._strategy_box()
        form.addRow(_buddy(translate("RegulationForm", "What you &did"), self.strategy), strategy_box)

        self.practice = QComboBox()
        self.practice.setAccessibleName(translate("RegulationForm", "The practice session it was"))
        self.practice.currentIndexChanged.connect(self._on_practice)
        self.practice_label = label(translate("RegulationForm", "Session"), wrap=False)
        form.addRow(self.practice_label, self.practice)

        self.helpful = HelpfulnessPicker()
        form.addRow(translate("RegulationForm", "How much it &helped"), self.helpful)
        align_form_labels(form)
        box.addLayout(form)

        self._add_people_section(box)

        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("RegulationForm", "Anything else worth keeping (optional)"))
        self.note.setAccessibleName(translate("RegulationForm", "Note"))
        box.addWidget(self.note)

        box.addLayout(self._actions_row())

        self._loaded = False
        subscribe(self, hub, StrategiesChanged, self._on_strategies_changed)

    def _feelings_box(self) -> QVBoxLayout:
        feelings = QVBoxLayout()
        feelings.setSpacing(6)
        add_row = QHBoxLayout()
        self.word = word_box()
        self.word.setAccessibleName(translate("RegulationForm", "Emotion word"))
        self.word.returnPressed.connect(self.add_word)
        self.add_word_button = QPushButton(translate("RegulationForm", "Add feeling"))
        self.add_word_button.setAutoDefault(False)
        self.add_word_button.clicked.connect(self.add_word)
        add_row.addWidget(self.word, 1)
        add_row.addWidget(self.add_word_button)
        feelings.addLayout(add_row)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        feelings.addLayout(self.rows_box)
        return feelings

    def _strategy_box(self) -> QVBoxLayout:
        self.strategy = QComboBox()
        self.strategy.setAccessibleName(translate("RegulationForm", "Strategy you used"))
        self.strategy.currentIndexChanged.connect(self._on_strategy)
        self.strategy_hint = label("", "caption")
        strategy_box = QVBoxLayout()
        strategy_box.setSpacing(4)
        strategy_box.addWidget(self.strategy)
        strategy_box.addWidget(self.strategy_hint)
        return strategy_box

    def _add_people_section(self, box: QVBoxLayout) -> None:
        """Who else was part of it, behind a toggle: most entries need none of it."""
        self.people_toggle = QPushButton(translate("RegulationForm", "Someone else was part of this"))
        self.people_toggle.setProperty("flat", True)
        self.people_toggle.setCheckable(True)
        self.people_toggle.setAutoDefault(False)
        box.addWidget(self.people_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.people = QWidget()
        people = QFormLayout(self.people)
        people.setContentsMargins(0, 0, 0, 0)
        people.setHorizontalSpacing(16)
        self.person = QLineEdit()
        self.person.setPlaceholderText(translate("RegulationForm", "Who, in your own words"))
        self.person.setAccessibleName(translate("RegulationForm", "Person involved"))
        people.addRow(translate("RegulationForm", "&Person"), self.person)
        self.action = QComboBox()
        self.action.setAccessibleName(translate("RegulationForm", "What you did toward them"))
        self.action.addItem(translate("RegulationForm", "choose if you like"), None)
        for key, words in ATTACHMENT_ACTIONS.items():
            self.action.addItem(app_text(words), key)
        people.addRow(translate("RegulationForm", "What you did &toward them"), self.action)
        align_form_labels(people)
        self.people.hide()
        self.people_toggle.toggled.connect(self.people.setVisible)
        box.addWidget(self.people)

    def _actions_row(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.status = StatusLine(translate("RegulationForm", "Regulation entry status"), keep_space=True)
        self.cancel_button = QPushButton(translate("RegulationForm", "Cancel editing"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reset)
        self.cancel_button.hide()
        self.save_button = QPushButton(translate("RegulationForm", "Save to my log"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        return actions

    # -- data ------------------------------------------------------------------------
    def _on_strategies_changed(self, _event: object) -> None:
        if self._loaded:
            self.reload_strategies()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload_strategies()

    def reload_strategies(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.strategy.currentData()
        self.strategy.blockSignals(True)
        self.strategy.clear()
        self.strategy.addItem(translate("RegulationForm", "Choose what you did"), None)
        family = None
        strategies = self._regulation.list_strategies()
        if keep is not None and keep not in [s.id for s in strategies]:
            strategies += [s for s in self._regulation.list_strategies(include_hidden=True) if s.id == keep]
        self._strategies = {s.id: s for s in strategies}
        for s in strategies:
            if s.family != family:
                family = s.family
                self.strategy.insertSeparator(self.strategy.count())
            self.strategy.addItem(s.name, s.id)
            self.strategy.setItemData(self.strategy.count() - 1, s.description, Qt.ItemDataRole.ToolTipRole)
        index = self.strategy.findData(keep) if keep is not None else 0
        self.strategy.setCurrentIndex(max(0, index))
        self.strategy.blockSignals(False)
        self._on_strategy()

    def _on_strategy(self) -> None:
        chosen = self._strategies.get(self.strategy.currentData()) if self._loaded else None
        self.strategy_hint.setText(chosen.description or "" if chosen else "")
        self.strategy_hint.setVisible(bool(chosen and chosen.description))
        self._fill_practice(chosen.practice_kind if chosen else None)

    def _fill_practice(self, kind: str | None) -> None:
        """Recent sessions of the strategy's kind, plus the one linked to, shown selected."""
        sessions: list[tuple[int, str, dt.datetime | None]] = list(
            self._regulation.recent_practice(kind) if kind else []
        )
        if self._link is not None and self._link not in [s[0] for s in sessions]:
            linked = self._regulation.practice_choice(self._link)
            sessions.append(linked or (self._link, translate("RegulationForm", "A practice session"), None))
        self.practice.blockSignals(True)  # refilling is not the user choosing
        self.practice.clear()
        if sessions:
            self.practice.addItem(translate("RegulationForm", "not linked to a session"), None)
        for sid, title, start in sessions:
            self.practice.addItem(f"{title}, {moment_text(start)}" if start else title, sid)
        self.practice.setCurrentIndex(max(0, self.practice.findData(self._link)))
        self.practice.blockSignals(False)
        shown = bool(kind) or self._link is not None
        self.practice.setVisible(shown)
        self.practice_label.setVisible(shown)

    def _on_practice(self) -> None:
        self._link = self.practice.currentData()

    # -- feelings --------------------------------------------------------------------
    def add_word(self) -> None:
        text = self.word.text().strip()
        if not text:
            return
        try:
            word = vocabulary().require(text).word
        except UserError as exc:
            self.status.show_error(exc)
            return
        if word not in [r.word for r in self.rows]:
            self._add_row(word, 5, None)
        self.word.clear()
        self.status.clear()
        next(r for r in self.rows if r.word == word).before.setFocus()

    def _add_row(self, word: str, before: int, after: int | None) -> None:
        row = EmotionChangeRow(word, before, after, self._remove_row)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        row.show()  # now, so focus can move into it right away

    def _remove_row(self, row: EmotionChangeRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.word.setFocus()

    # -- saving ----------------------------------------------------------------------
    def values(self) -> RegulationDraft:
        return RegulationDraft(
            situation=self.situation.text(),
            emotions=tuple(r.values() for r in self.rows),
            strategy=self.strategy.currentData(),
            helpfulness=self.helpful.value(),
            note=self.note.text(),
            practice_session_id=self._link,
            attachment_person=self.person.text(),
            attachment_action=self.action.currentData(),
        )

    def save(self) -> None:
        values = self.values()
        if self.word.text().strip():
            self.add_word()  # a typed word not yet added still counts
            values = self.values()
        try:
            if values.strategy is None and not values.practice_session_id:
                raise UserError(
                    translate("RegulationForm", "choose what you did, from the list under What you did")
                )
            if values.helpfulness is None:
                raise UserError(
                    translate("RegulationForm", "choose how much it helped, even if the answer is not at all")
                )
            if self._editing is None:
                entry = self._regulation.add_entry(values)
            else:
                entry = self._regulation.update_entry(self._editing, values)
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.reset()
        self.status.show_info(translate("RegulationForm", "Saved. Noticing what helps is a skill in itself."))
        self.saved.emit(entry)

    def load(self, entry: RegulationEntry) -> None:
        self.ensure_loaded()
        self.reset()
        self._editing = entry.id
        self._link = entry.practice_session_id
        self.situation.setText(entry.situation)
        for change in entry.emotions:
            self._add_row(change.word, change.before, change.after)
        self.reload_strategies(keep=entry.strategy.id)
        self.helpful.set_value(entry.helpfulness)
        self.note.setText(entry.note or "")
        self.person.setText(entry.attachment_person or "")
        self.action.setCurrentIndex(max(0, self.action.findData(entry.attachment_action)))
        self.people_toggle.setChecked(bool(entry.attachment_person or entry.attachment_action))
        self.save_button.setText(translate("RegulationForm", "Save changes"))
        self.cancel_button.show()
        self.situation.setFocus()

    def reset(self) -> None:
        self._editing = None
        self._link = None
        self.situation.clear()
        for row in list(self.rows):
            self._remove_row(row)
        self.word.clear()
        self.strategy.setCurrentIndex(0)
        self._on_strategy()  # also when already at 0: the edited entry's link must go
        self.helpful.set_value(None)
        self.note.clear()
        self.person.clear()
        self.action.setCurrentIndex(0)
        self.people_toggle.setChecked(False)
        self.save_button.setText(translate("RegulationForm", "Save to my log"))
        self.cancel_button.hide()
        self.status.clear()
