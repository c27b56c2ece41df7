"""Import from Daylio: choose the CSV file, give each mood name a pleasantness, import.

The whole file goes in as one transaction (app/exchange/daylio_import.py); importing the
same file again adds nothing, so the dialog can be used without worry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from app.exchange.daylio import STANDARD_MOODS, DaylioFile, mood_key, read_daylio_file
from app.exchange.daylio_import import DEFAULT_TAG_KIND, import_daylio
from app.limits import SCALE_MAX, SCALE_MIN, TAG_CATEGORIES
from app.mood.service import MoodService
from ui.qt import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.card import Card, label
from ui.widgets.dialog_buttons import dialog_buttons
from ui.widgets.layouts import insert_beside
from ui.widgets.status_line import StatusLine

# A spin box at this value shows "Choose": the mood has no pleasantness yet.
_UNSET = SCALE_MIN - 1
_KIND_WORDS = {"activity": "What you were doing", "person": "Who you were with",
               "place": "Where you were"}


class DaylioDialog(QDialog):
    def __init__(self, mood: MoodService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood = mood
        self._file: DaylioFile | None = None
        self.spins: dict[str, QSpinBox] = {}
        self.setWindowTitle("Import from Daylio")
        self.setMinimumWidth(480)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(14)
        box.addWidget(label(
            "Bring your Daylio entries into your mood log. In Daylio, export your entries "
            "as a CSV file, then choose that file here."))
        row = QHBoxLayout()
        self.choose = QPushButton("&Choose file…")
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.choose)
        self.file_label = label("No file chosen yet.", "muted")
        row.addWidget(self.file_label, 1)
        box.addLayout(row)
        self.moods_box = QWidget()
        self.grid = QGridLayout(self.moods_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.moods_box.hide()
        box.addWidget(self.moods_box)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in TAG_CATEGORIES:
            self.kind.addItem(_KIND_WORDS.get(kind, kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_TAG_KIND))
        form.addRow("&Activities count as", self.kind)
        box.addLayout(form)
        box.addWidget(label("Daylio has no energy scale, so imported check-ins sit in the "
                            "middle of it (0).", "caption"))
        self.status = StatusLine("Import")
        box.addWidget(self.status)
        buttons, self.cancel, self.import_button = dialog_buttons(self, "&Import", self._import)
        self.import_button.setEnabled(False)
        box.addLayout(buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a Daylio export", "",
                                              "Daylio export (*.csv);;All files (*)")
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file and list its mood names; a file it cannot read is named, not kept."""
        self.status.clear()
        try:
            parsed = read_daylio_file(path)
        except UserError as exc:
            self._file = None
            self.moods_box.hide()
            self.import_button.setEnabled(False)
            self.status.show_error(exc)
            return
        self._file = parsed
        days = sorted(e.local.date() for e in parsed.entries)
        span = f", {days[0]:%d %b %Y} to {days[-1]:%d %b %Y}" if days else ""
        self.file_label.setText(f"{path.name}: {len(parsed.entries)} entries{span}")
        self._fill_moods(parsed.mood_counts())
        self.import_button.setEnabled(bool(parsed.entries))
        self.import_button.setText("&Import")
        self.cancel.setText("Cancel")

    def _fill_moods(self, counts: dict[str, int]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins = {}
        self.grid.addWidget(label("Daylio mood", "caption"), 0, 0)
        self.grid.addWidget(label("Entries", "caption"), 0, 1)
        self.grid.addWidget(label(f"Pleasantness, {SCALE_MIN} to {SCALE_MAX}", "caption",
                                  wrap=False), 0, 2)
        for row, (name, count) in enumerate(counts.items(), start=1):
            spin = QSpinBox()
            spin.setRange(_UNSET, SCALE_MAX)
            spin.setSpecialValueText("Choose")
            spin.setValue(STANDARD_MOODS.get(mood_key(name), _UNSET))
            spin.setAccessibleName(f"Pleasantness for {name}")
            self.grid.addWidget(label(name, wrap=True), row, 0)
            self.grid.addWidget(label(str(count), "muted"), row, 1,
                                Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(spin, row, 2)
            self.spins[name] = spin
        self.grid.setColumnStretch(0, 1)
        self.moods_box.show()

    def _import(self) -> None:
        if self._file is None:
            return
        unset = [name for name, spin in self.spins.items() if spin.value() == _UNSET]
        if unset:
            names = ", ".join(f"'{n}'" for n in unset)
            self.status.show_error(UserError(f"give every mood a pleasantness first: {names}"))
            self.spins[unset[0]].setFocus()
            return
        chosen = {name: spin.value() for name, spin in self.spins.items()}
        try:
            summary = import_daylio(self._mood, self._file, chosen,
                                    tag_kind=str(self.kind.currentData()))
        except UserError as exc:
            self.status.show_error(exc)
            return
        text = summary.sentence()
        if summary.skipped:
            line, why = summary.skipped[0]
            text += f" The first skipped one, on line {line}: {why}."
        self.status.show_info(text)
        self.import_button.setEnabled(False)
        self.cancel.setText("Close")
        self.cancel.setFocus()


def add_to_settings(page: QWidget, get_mood: Callable[[], MoodService]) -> Card:
    """A small card on the Settings page, just after "Your data"."""
    card = Card("Coming from another app")
    card.body.addWidget(label("Moving from Daylio? Bring your entries with you.", "muted"))
    button = QPushButton("Import from &Daylio…")
    button.clicked.connect(lambda: DaylioDialog(get_mood(), page).exec())
    card.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    button.setObjectName("daylioImport")
    insert_beside(page, card, "Your data", after=True)
    return card
