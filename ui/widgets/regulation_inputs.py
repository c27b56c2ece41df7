"""The small inputs a regulation entry is made of: an emotion word with completion, an
intensity box, the helpfulness choice and a feeling's before/after row. The entry form and
the after-session offer share them."""

from __future__ import annotations

from collections.abc import Callable

from app.limits import HELPFULNESS_WORDS, INTENSITY_MAX, INTENSITY_MIN
from app.mood.vocabulary import vocabulary
from ui.qt import QButtonGroup, QCompleter, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, Qt, QWidget
from ui.widgets.card import label
from ui.widgets.emotion_picker import chip, remove_button

NOT_NOTED = -1


def word_box(placeholder: str = "An emotion word, such as anxious") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    completer = QCompleter(vocabulary().names(), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


def intensity_box(name: str, *, optional: bool = False, value: int = 5) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(NOT_NOTED if optional else INTENSITY_MIN, INTENSITY_MAX)
    if optional:
        spin.setSpecialValueText("not yet")
    spin.setSuffix(f" / {INTENSITY_MAX}")
    spin.setValue(value)
    spin.setAccessibleName(name)
    return spin


class HelpfulnessPicker(QWidget):
    """Five choices from 'not at all' to 'very much'; none chosen at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for value, words in enumerate(HELPFULNESS_WORDS):
            button = chip(words)
            button.setAccessibleName(f"Helped {words}")
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        self.group.setExclusive(False)
        for i, button in enumerate(self.buttons):
            button.setChecked(i == value)
        self.group.setExclusive(True)


class EmotionChangeRow(QWidget):
    def __init__(self, word: str, before: int, after: int | None,
                 on_remove: Callable[[EmotionChangeRow], None]) -> None:
        super().__init__()
        self.word = word
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        name = label(word, wrap=False)
        name.setMinimumWidth(110)
        row.addWidget(name)
        row.addWidget(label("before", "caption", wrap=False))
        scale = f"{INTENSITY_MIN} to {INTENSITY_MAX}"
        self.before = intensity_box(f"{word} before, {scale}", value=before)
        row.addWidget(self.before)
        row.addWidget(label("after", "caption", wrap=False))
        self.after = intensity_box(f"{word} after, {scale}", optional=True,
                                   value=NOT_NOTED if after is None else after)
        row.addWidget(self.after)
        row.addStretch(1)
        self.remove = remove_button(word)
        self.remove.clicked.connect(lambda: on_remove(self))
        row.addWidget(self.remove)

    def values(self) -> tuple[str, int, int | None]:
        after = self.after.value()
        return self.word, self.before.value(), None if after < 0 else after
