"""The regulation log's pieces: the row for one entry and the editable strategy list."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.errors import UserError
from app.regulation.service import (
    ATTACHMENT_ACTIONS,
    HELPFULNESS_WORDS,
    RegulationEntry,
    RegulationService,
)
from app.therapy.service import TherapyService
from ui.i18n import app_text, clock_time, short_date, translate
from ui.qt import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from ui.widgets.card import Card, label
from ui.widgets.layouts import clear_layout
from ui.widgets.list_row import ListRow
from ui.widgets.status_line import StatusLine


class RegulationRow(ListRow):
    def __init__(self, entry: RegulationEntry, on_edit: Callable[[RegulationEntry], None],
                 on_delete: Callable[[RegulationEntry], None],
                 therapy: TherapyService | None = None) -> None:
        super().__init__(f"{short_date(entry.local_time.date())}\n{clock_time(entry.local_time)}",
                         when_width=56)
        self.entry = entry
        feelings = ", ".join(
            f"{c.word} {c.before}" + (f" \u2192 {c.after}" if c.after is not None else "")
            for c in entry.emotions)
        helped = translate("RegulationRow", "{strategy}; helped {words}").format(
            strategy=entry.strategy.name, words=app_text(HELPFULNESS_WORDS[entry.helpfulness]))
        lines = [f"<b>{escape(entry.situation, quote=False)}</b>", escape(feelings, quote=False),
                 escape(helped, quote=False)]
        if entry.attachment_person or entry.attachment_action:
            who = entry.attachment_person or translate("RegulationRow", "someone")
            did = ATTACHMENT_ACTIONS.get(entry.attachment_action or "", "")
            with_whom = (translate("RegulationRow", "With {who}: I {did}").format(who=who, did=app_text(did))
                         if did else translate("RegulationRow", "With {who}").format(who=who))
            lines.append(escape(with_whom, quote=False))
        if entry.note:
            lines.append(f"<span style='opacity:0.75'>{escape(entry.note, quote=False)}</span>")
        self.line.addWidget(label("<br>".join(lines)), 1)
        self.add_actions(translate("RegulationRow", "the entry {situation}").format(
                             situation=entry.situation),
                         lambda: on_edit(self.entry), lambda: on_delete(self.entry),
                         session=("regulation", entry.id), therapy=therapy)


class StrategyList(Card):
    """Every strategy with a box to keep it in the form's list, and a field to add one."""

    def __init__(self, regulation: RegulationService, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("StrategyList", "Your strategies"),
            parent,
            intro=translate(
                "StrategyList",
                "Untick the ones you never use to keep the list short; add ways that work for you.",
            ),
        )
        self._regulation = regulation
        self.strategy_box = QVBoxLayout()
        self.strategy_box.setSpacing(4)
        self.body.addLayout(self.strategy_box)
        add = QHBoxLayout()
        self.new_strategy = QLineEdit()
        self.new_strategy.setPlaceholderText(
            translate("StrategyList", "A way of your own, such as calling my sister")
        )
        self.new_strategy.setAccessibleName(translate("StrategyList", "New strategy name"))
        self.new_strategy.returnPressed.connect(self.add_strategy)
        self.add_strategy_button = QPushButton(translate("StrategyList", "Add strategy"))
        self.add_strategy_button.setAutoDefault(False)
        self.add_strategy_button.clicked.connect(self.add_strategy)
        add.addWidget(self.new_strategy, 1)
        add.addWidget(self.add_strategy_button)
        self.body.addLayout(add)
        self.status = StatusLine(translate("StrategyList", "Strategy not added"))
        self.body.addWidget(self.status)
        self.shown = False  # filled when the regulation log is first shown

    def refresh(self) -> None:
        self.shown = True
        clear_layout(self.strategy_box)
        family = None
        for s in self._regulation.list_strategies(include_hidden=True):
            if s.family != family:
                family = s.family
                self.strategy_box.addWidget(label(s.family_label, "caption"))
            box = QCheckBox(s.name)
            box.setChecked(not s.hidden)
            box.setToolTip(s.description or "")
            box.setAccessibleName(translate("StrategyList", "Show {name} in the list").format(name=s.name))
            box.toggled.connect(lambda on, i=s.id: self._regulation.set_strategy_hidden(i, hidden=not on))
            self.strategy_box.addWidget(box)

    def add_strategy(self) -> None:
        try:
            self._regulation.add_strategy(name=self.new_strategy.text())
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.status.clear()
        self.new_strategy.clear()
