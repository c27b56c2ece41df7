"""Emotion words for a check-in: chips suggested for the point on the plane, each chosen
word with how strong it is (0-10), and a search box for any other word in the list. The
chosen-word row and the intensity box also serve the regulation form's before/after rows."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.errors import UserError
from app.limits import INTENSITY_MAX, INTENSITY_MIN
from app.mood.vocabulary import vocabulary
from ui.i18n import translate
from ui.qt import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.card import label
from ui.widgets.flow import FlowLayout
from ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from ui.qt import QCompleter, QStringListModel

SUGGESTIONS = 10
NOT_NOTED = -1  # an optional intensity box: "not yet"
DEFAULT_INTENSITY = 5


def chip(text: str, *, checked: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("chip", True)
    button.setCheckable(True)
    button.setChecked(checked)
    button.setAutoDefault(False)
    return button


def remove_button(word: str) -> QPushButton:
    """A quiet 'Remove' beside a chosen word; flat and never the dialog's default."""
    button = QPushButton(translate("ui.widgets.emotion_picker", "Remove"))
    button.setProperty("flat", True)
    button.setAutoDefault(False)
    button.setAccessibleName(translate("ui.widgets.emotion_picker", "Remove {word}").format(word=word))
    return button


def intensity_box(name: str, *, optional: bool = False, value: int = 5) -> QSpinBox:
    """How strong a feeling is, 0-10; `optional` adds "not yet" below 0."""
    spin = QSpinBox()
    spin.setRange(NOT_NOTED if optional else INTENSITY_MIN, INTENSITY_MAX)
    if optional:
        spin.setSpecialValueText(translate("ui.widgets.emotion_picker", "not yet"))
    spin.setSuffix(f" / {INTENSITY_MAX}")
    spin.setValue(value)
    spin.setAccessibleName(name)
    return spin


class WordRow(QWidget):
    """A chosen word in a row: its name, captioned boxes added after it, then Remove."""

    def __init__(self, word: str, *, name_width: int, on_remove: Callable[[], None]) -> None:
        super().__init__()
        self.word = word
        self.line = QHBoxLayout(self)
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.setSpacing(12)
        name = label(word, wrap=False)
        name.setMinimumWidth(name_width)
        self.line.addWidget(name)
        self.remove = remove_button(word)
        self.remove.clicked.connect(lambda _c=False: on_remove())

    def add_box(self, caption: str, box: QSpinBox) -> QSpinBox:
        self.line.addWidget(label(caption, "caption", wrap=False))
        self.line.addWidget(box)
        return box

    def end(self) -> None:
        """Puts Remove at the far end, once the boxes are in."""
        self.line.addStretch(1)
        self.line.addWidget(self.remove)


class IntensityRow(WordRow):
    """One chosen word: its name, how strong (0-10), and a way to let it go."""

    def __init__(self, word: str, intensity: int, on_remove: Callable[[str], None]) -> None:
        super().__init__(word, name_width=120, on_remove=lambda: on_remove(word))
        self.spin = self.add_box(
            "how strong",
            intensity_box(
                translate("IntensityRow", "How strong is {word}, {INTENSITY_MIN} to {INTENSITY_MAX}").format(
                    word=word, INTENSITY_MIN=INTENSITY_MIN, INTENSITY_MAX=INTENSITY_MAX
                ),
                value=intensity,
            ),
        )
        self.end()


class EmotionPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocabulary()
        self._point = (0, 0)
        self._chosen: dict[str, IntensityRow] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.hint = label(
            translate("EmotionPicker", "Words that might fit. Choose any that ring true."), "caption"
        )
        box.addWidget(self.hint)
        self.chip_box = QWidget()
        self.chips = FlowLayout(self.chip_box)
        box.addWidget(self.chip_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("EmotionPicker", "Another word? Type to find it"))
        self.search.setAccessibleName(translate("EmotionPicker", "Find another emotion word"))
        # Words that start with what was typed come first ("t" -> tender, not excited);
        # ranked before the completer filters, since this connection is made first. The
        # completer (a model and a hidden popup list) comes with the first letter typed:
        # the start page need not build it before its first paint.
        self._names: QStringListModel | None = None
        self.search.textEdited.connect(self._rank)
        self.search.returnPressed.connect(self._add_searched)
        box.addWidget(self.search)
        self.search_error = StatusLine(translate("EmotionPicker", "Word not found"))
        box.addWidget(self.search_error)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        box.addLayout(self.rows_box)
        self._show_chips()

    # -- public ----------------------------------------------------------------------
    def set_point(self, pleasantness: int, energy: int) -> None:
        self._point = (pleasantness, energy)
        self._show_chips()

    def selected(self) -> list[tuple[str, int]]:
        return [(word, row.spin.value()) for word, row in self._chosen.items()]

    def set_selected(self, ratings: list[tuple[str, int]]) -> None:
        for word in list(self._chosen):
            self._drop(word, announce=False)
        for word, intensity in ratings:
            self._choose(word, intensity, announce=False)
        self._show_chips()
        self.changed.emit()

    def chip_words(self) -> list[str]:
        return [self.chips.itemAt(i).widget().text() for i in range(self.chips.count())]

    def chip(self, word: str) -> QPushButton | None:
        for i in range(self.chips.count()):
            button = self.chips.itemAt(i).widget()
            if button.text() == word:
                return button
        return None

    def focus_chain(self) -> list[QWidget]:
        """Widgets in keyboard order, for the form's tab order."""
        chips = [self.chips.itemAt(i).widget() for i in range(self.chips.count())]
        rows = [w for row in self._chosen.values() for w in (row.spin, row.remove)]
        return [*chips, self.search, *rows]

    # -- inside ----------------------------------------------------------------------
    def _show_chips(self) -> None:
        near = [e.word for e in self._vocab.near(*self._point, count=SUGGESTIONS)]
        # Chosen words stay in view (first), so they can be unticked where they were ticked.
        words = list(self._chosen) + [w for w in near if w not in self._chosen]
        focused = self.focusWidget()
        focused_word = (
            focused.text() if isinstance(focused, QPushButton) and focused.property("chip") else None
        )
        self.chips.clear()
        for word in words:
            button = chip(word, checked=word in self._chosen)
            button.setAccessibleName(translate("EmotionPicker", "{word}, emotion word").format(word=word))
            button.toggled.connect(lambda on, w=word: self._toggle(w, on))
            self.chips.add(button)
        self.chip_box.updateGeometry()
        if focused_word is not None:
            again = self.chip(focused_word)
            if again is not None:
                again.setFocus()
        self._fix_tab_order()

    def _toggle(self, word: str, on: bool) -> None:
        if on:
            self._choose(word, DEFAULT_INTENSITY)
        else:
            self._drop(word)

    def _choose(self, word: str, intensity: int, *, announce: bool = True) -> None:
        if word in self._chosen:
            return
        row = IntensityRow(word, intensity, self._remove_clicked)
        row.spin.valueChanged.connect(self.changed)
        self._chosen[word] = row
        self.rows_box.addWidget(row)
        row.show()  # now, not on the next event loop turn, so Tab can reach it at once
        self._fix_tab_order()
        if announce:
            self.changed.emit()

    def _drop(self, word: str, *, announce: bool = True) -> None:
        row = self._chosen.pop(word, None)
        if row is None:
            return
        row.hide()
        row.deleteLater()
        button = self.chip(word)
        if button is not None and button.isChecked():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self._fix_tab_order()
        if announce:
            self.changed.emit()

    def _remove_clicked(self, word: str) -> None:
        self._drop(word)
        self._show_chips()
        self.search.setFocus()

    def _add_searched(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        emotion = self._vocab.get(text) or self._vocab.get(self._top_suggestion(text))
        if emotion is None:
            from app.mood.vocabulary import did_you_mean

            hint = did_you_mean(text, self._vocab.names()).removeprefix("; ")
            self.search_error.show_error(
                UserError(
                    translate("EmotionPicker", "'{text}' is not in the word list; {hint}").format(
                        text=text, hint=hint) if hint
                    else translate("EmotionPicker", "'{text}' is not in the word list. Try a nearby "
                                   "word.").format(text=text)
                )
            )
            return
        self.search_error.clear()
        self.search.clear()
        self._choose(emotion.word, DEFAULT_INTENSITY)
        self._show_chips()
        # Focus stays here so the next word can be typed at once; Tab reaches its strength.
        self.search.setFocus()

    def _completer(self) -> QCompleter:
        self._word_model()
        return self.search.completer()

    def _word_model(self) -> QStringListModel:
        if self._names is None:
            from ui.qt import QCompleter, QStringListModel  # not needed for the first paint

            self._names = QStringListModel(self._vocab.names(), self)
            completer = QCompleter(self._names, self.search)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.search.setCompleter(completer)
            completer.activated.connect(lambda _text: self._add_searched())
        return self._names

    def _rank(self, text: str) -> None:
        model = self._word_model()  # made before the line edit asks it to complete
        typed = text.strip().lower()
        names = self._vocab.names()
        model.setStringList(sorted(names, key=lambda w: not w.startswith(typed)))

    def _top_suggestion(self, text: str) -> str:
        """The first word offered for `text` not chosen yet: Enter takes it, as in a list."""
        self._rank(text)
        completer = self._completer()
        completer.setCompletionPrefix(text)
        model = completer.completionModel()
        words = (str(model.index(row, 0).data()) for row in range(model.rowCount()))
        return next((w for w in words if w not in self._chosen), "")

    def take_typing(self, text: str) -> None:
        """A letter typed elsewhere in the check-in (on the plane) starts a word search."""
        self._completer()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.insert(text)

    def _fix_tab_order(self) -> None:
        chain = self.focus_chain()
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
