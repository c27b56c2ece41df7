"""The small inputs a regulation entry is made of: an emotion word with completion, an
intensity box, the helpfulness choice and a feeling's before/after row. The entry form and
the after-session offer share them."""

from __future__ import annotations

from collections.abc import Callable

from app.limits import HELPFULNESS_WORDS, INTENSITY_MAX, INTENSITY_MIN
from app.mood.vocabulary import vocabulary
from ui.accessibility.roles import as_radio
from ui.i18n import app_text, translate
from ui.qt import QButtonGroup, QCompleter, QHBoxLayout, QLineEdit, QPushButton, Qt, QWidget
from ui.widgets.emotion_picker import NOT_NOTED, WordRow, chip, intensity_box


def word_box(placeholder: str | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder or translate("WordBox", "An emotion word, such as anxious"))
    completer = QCompleter(vocabulary().names(), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


class HelpfulnessPicker(QWidget):
    """Five choices from 'not at all' to 'very much'; none chosen at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for value, marked in enumerate(HELPFULNESS_WORDS):
            words = app_text(marked)
            button = as_radio(chip(words))  # one of five
            button.setAccessibleName(translate("HelpfulnessPicker", "Helped {words}").format(words=words))
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


class EmotionChangeRow(WordRow):
    def __init__(self, word: str, before: int, after: int | None,
                 on_remove: Callable[[EmotionChangeRow], None]) -> None:
        super().__init__(word, name_width=110, on_remove=lambda: on_remove(self))
        scale = f"{INTENSITY_MIN} to {INTENSITY_MAX}"
        self.before = self.add_box(
            "before",
            intensity_box(
                translate("EmotionChangeRow", "{word} before, {scale}").format(word=word, scale=scale),
                value=before,
            ),
        )
        self.after = self.add_box(
            "after",
            intensity_box(
                translate("EmotionChangeRow", "{word} after, {scale}").format(word=word, scale=scale),
                optional=True,
                value=NOT_NOTED if after is None else after,
            ),
        )
        self.end()

    def values(self) -> tuple[str, int, int | None]:
        after = self.after.value()
        return self.word, self.before.value(), None if after < 0 else after
