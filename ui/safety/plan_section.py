"""One part of the safety plan: its heading and prompt, its lines, and a field to add one.

Double-click (or F2) edits a line in place; the buttons move or remove the chosen one."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import UserError
from app.limits import SAFETY_ITEM_MAX
from app.safety.service import SafetyService
from app.safety.types import PlanItem, Section
from ui.i18n import app_text, translate
from ui.qt import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
)
from ui.widgets.card import Card
from ui.widgets.status_line import StatusLine

Offer = Callable[[str, Callable[[], object]], None]


class PlanSection(Card):
    def __init__(self, section: Section, safety: SafetyService, offer_undo: Offer) -> None:
        heading = app_text(section.heading)  # the app's words, marked in app/safety/types.py
        super().__init__(f"{section.number}. {heading}" if section.number <= 6 else heading,
                         intro=app_text(section.prompt))
        self.section, self._safety, self._offer_undo = section, safety, offer_undo
        self.heading = heading
        self.setAccessibleName(heading)
        self.list = QListWidget()
        self.list.setAccessibleName(heading)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        # Lines read as a list on the card, not as a box inside it; roomy enough to tap.
        self.list.setStyleSheet("QListWidget { background: transparent; } "
                                "QListWidget::item { padding: 6px 8px; border-radius: 6px; }")
        self.list.itemChanged.connect(self._edited)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.body.addWidget(self.list)
        self.body.addLayout(self._tools())
        self.status = StatusLine(translate("PlanSection", "{heading} status").format(heading=heading))
        self.body.addWidget(self.status)
        self.items: list[PlanItem] = []
        self._filling = False

    def _tools(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setPlaceholderText(translate("PlanSection", "Add a line…"))
        self.field.setAccessibleName(
            translate("PlanSection", "New line for {heading}").format(heading=self.heading)
        )
        self.field.setMaxLength(SAFETY_ITEM_MAX)
        self.field.returnPressed.connect(self.add)
        self.add_button = QPushButton(translate("PlanSection", "Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        self.up_button = QPushButton(translate("PlanSection", "Up"))
        self.down_button = QPushButton(translate("PlanSection", "Down"))
        self.remove_button = QPushButton(translate("PlanSection", "Remove"))
        for button, name, action in (
            (self.up_button, translate("PlanSection", "Move the chosen line up"),
             lambda: self.move_item(-1)),
            (self.down_button, translate("PlanSection", "Move the chosen line down"),
             lambda: self.move_item(1)),
            (self.remove_button, translate("PlanSection", "Remove the chosen line"), self.remove),
        ):
            button.setProperty("flat", True)
            button.setAutoDefault(False)
            keep = button.sizePolicy()
            keep.setRetainSizeWhenHidden(True)  # the row does not jump as they come and go
            button.setSizePolicy(keep)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(action)
            row.addWidget(button)
        return row

    # -- showing ---------------------------------------------------------------------------
    def show_items(self, items: list[PlanItem], *, current: int | None = None) -> None:
        self._filling = True
        self.items = items
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(item.text)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsEditable)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self._filling = False
        self.list.setVisible(bool(items))
        # As tall as its lines: the page scrolls, never a box inside it.
        height = sum(self.list.sizeHintForRow(r) for r in range(len(items)))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 4)
        ids = [i.id for i in items]
        if current in ids:
            self.list.setCurrentRow(ids.index(current))
        self._enable()

    def _enable(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self.items)
        # Shown only while a line is chosen: the flat style draws disabled ones like live ones.
        self.up_button.setVisible(chosen and row > 0)
        self.down_button.setVisible(chosen and row < len(self.items) - 1)
        self.remove_button.setVisible(chosen)

    def chosen(self) -> PlanItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    # -- changing --------------------------------------------------------------------------
    def add(self) -> None:
        try:
            self._safety.add_item(self.section.key, self.field.text())
        except UserError as exc:
            self.status.show_error(exc)
            return
        self.status.clear()
        self.field.clear()

    def _edited(self, entry: QListWidgetItem) -> None:
        if self._filling:
            return
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        try:
            self._safety.edit_item(item_id, entry.text())
        except UserError as exc:
            self.status.show_error(exc)
            self.show_items(self._safety.section_items(self.section.key), current=item_id)
            return
        self.status.clear()

    def move_item(self, offset: int) -> None:
        item = self.chosen()
        if item is not None:
            self._safety.move_item(item.id, offset)
            self.show_items(self._safety.section_items(self.section.key), current=item.id)
            self.list.setFocus()

    def remove(self) -> None:
        item = self.chosen()
        if item is None:
            return
        removed = self._safety.remove_item(item.id)
        self._offer_undo(
            translate("PlanSection", "Removed “{text}” from your plan.").format(text=removed.text),
            lambda: self._safety.restore_item(removed),
        )
