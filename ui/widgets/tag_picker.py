"""Context tags for a check-in: chips by list (doing, with, where) and a way to add your own."""

from __future__ import annotations

from app.errors import UserError
from app.events import EventHub, TagsChanged
from app.mood.service import MoodService, Tag
from app.storage.starter_lists import TAG_CATEGORIES, category_labels
from ui.i18n import translate
from ui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QWidget,
    Signal,
)
from ui.widgets.card import label
from ui.widgets.emotion_picker import chip
from ui.widgets.flow import FlowLayout
from ui.widgets.status_line import StatusLine
from ui.widgets.subscriptions import subscribe


class TagPicker(QWidget):
    reloaded = Signal()
    def __init__(self, mood: MoodService, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood = mood
        self._chosen: set[int] = set()
        self._extra: dict[int, Tag] = {}  # hidden tags a loaded check-in still carries
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self._flows: dict[str, FlowLayout] = {}
        labels = category_labels()
        for row, category in enumerate(TAG_CATEGORIES):
            name = label(labels[category], "caption", wrap=False)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            self._flows[category] = FlowLayout(holder, spacing=6)
            grid.addWidget(holder, row, 1)
        grid.setColumnStretch(1, 1)
        add = QHBoxLayout()
        add.setSpacing(8)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(translate("TagPicker", "Add a tag of your own"))
        self.new_name.setAccessibleName(translate("TagPicker", "New tag name"))
        self.new_name.returnPressed.connect(self._add)
        self.new_category = QComboBox()
        self.new_category.setAccessibleName(translate("TagPicker", "List for the new tag"))
        for category in TAG_CATEGORIES:
            self.new_category.addItem(labels[category].lower(), category)
        self.add_button = QPushButton(translate("TagPicker", "Add tag"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        add.addWidget(self.new_name, 1)
        add.addWidget(self.new_category)
        add.addWidget(self.add_button)
        grid.addLayout(add, len(TAG_CATEGORIES), 0, 1, 2)
        self.error = StatusLine(translate("TagPicker", "Tag not added"))
        grid.addWidget(self.error, len(TAG_CATEGORIES) + 1, 0, 1, 2)
        self._loaded = False
        subscribe(self, hub, TagsChanged, self._on_tags_changed)

    def _on_tags_changed(self, _event: object) -> None:
        if self._loaded:
            self.reload()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        tags = self._mood.list_tags() + [t for t in self._extra.values() if t.hidden]
        for flow in self._flows.values():
            flow.clear()
        for tag in tags:
            button = chip(tag.name, checked=tag.id in self._chosen)
            button.setAccessibleName(
                translate("TagPicker", "{name}, {category} tag").format(name=tag.name, category=tag.category)
            )
            button.toggled.connect(lambda on, i=tag.id: self._toggle(i, on))
            self._flows[tag.category].add(button)
        self.reloaded.emit()

    def focus_chain(self) -> list[QWidget]:
        chips = [
            flow.itemAt(i).widget()
            for c in TAG_CATEGORIES
            for flow in [self._flows[c]]
            for i in range(flow.count())
        ]
        return [*chips, self.new_name, self.new_category, self.add_button]

    def chip(self, name: str) -> QPushButton | None:
        for flow in self._flows.values():
            for i in range(flow.count()):
                button = flow.itemAt(i).widget()
                if button.text() == name:
                    return button
        return None

    def selected(self) -> list[int]:
        return sorted(self._chosen)

    def set_selected(self, tags: list[Tag]) -> None:
        self._chosen = {t.id for t in tags}
        self._extra = {t.id: t for t in tags}
        self._loaded = True
        self.reload()

    def _toggle(self, tag_id: int, on: bool) -> None:
        if on:
            self._chosen.add(tag_id)
        else:
            self._chosen.discard(tag_id)

    def _add(self) -> None:
        try:
            tag = self._mood.add_tag(name=self.new_name.text(), category=self.new_category.currentData())
        except UserError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        self.new_name.clear()
        self._chosen.add(tag.id)  # you add a tag because it fits this moment
        self.reload()
