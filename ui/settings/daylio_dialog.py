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
from ui.i18n import QT_TRANSLATE_NOOP, short_date_year, translate
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
    QWidget,
)
from ui.widgets.card import Card, label
from ui.widgets.dialog_buttons import dialog_buttons
from ui.widgets.layouts import dialog_column, insert_beside
from ui.widgets.status_line import StatusLine

# A spin box at this value shows "Choose": the mood has no pleasantness yet.
_UNSET = SCALE_MIN - 1
_KIND_WORDS = {
    "activity": QT_TRANSLATE_NOOP("DaylioDialog", "What you were doing"),
    "person": QT_TRANSLATE_NOOP("DaylioDialog", "Who you were with"),
    "place": QT_TRANSLATE_NOOP("DaylioDialog", "Where you were"),
}


class DaylioDialog(QDialog):
    def __init__(self, mood: MoodService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood = mood
        self._file: DaylioFile | None = None
        self.spins: dict[str, QSpinBox] = {}
        self.setWindowTitle(translate("DaylioDialog", "Import from Daylio"))
        self.setMinimumWidth(480)
        box = dialog_column(self, spacing=14)
        box.addWidget(
            label(
                translate(
                    "DaylioDialog",
                    "Bring your Daylio entries into your mood log. In Daylio, export your entries "
                    "as a CSV file, then choose that file here.",
                )
            )
        )
        row = QHBoxLayout()
        self.choose = QPushButton(translate("DaylioDialog", "&Choose file…"))
        self.choose.clicked.connect(self._choose)
        row.addWidget(self.choose)
        self.file_label = label(translate("DaylioDialog", "No file chosen yet."), "muted")
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
            self.kind.addItem(
                translate("DaylioDialog", _KIND_WORDS[kind]) if kind in _KIND_WORDS else kind, kind
            )
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_TAG_KIND))
        form.addRow(translate("DaylioDialog", "&Activities count as"), self.kind)
        box.addLayout(form)
        box.addWidget(
            label(
                translate(
                    "DaylioDialog",
                    "Daylio has no energy scale, so imported check-ins sit in the middle of it (0).",
                ),
                "caption",
            )
        )
        self.status = StatusLine(translate("DaylioDialog", "Import"))
        box.addWidget(self.status)
        buttons, self.cancel, self.import_button = dialog_buttons(
            self, translate("DaylioDialog", "&Import"), self._import
        )
        self.import_button.setEnabled(False)
        box.addLayout(buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("DaylioDialog", "Choose a Daylio export"),
            "",
            translate("DaylioDialog", "Daylio export (*.csv);;All files (*)"),
        )
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
        span = (
            ", "
            + translate("DaylioDialog", "{first} to {last}").format(
                first=short_date_year(days[0]), last=short_date_year(days[-1])
            )
            if days
            else ""
        )
        self.file_label.setText(
            translate("DaylioDialog", "{name}: {count} entries{span}").format(
                name=path.name, count=len(parsed.entries), span=span
            )
        )
        self._fill_moods(parsed.mood_counts())
        self.import_button.setEnabled(bool(parsed.entries))
        self.import_button.setText(translate("DaylioDialog", "&Import"))
        self.cancel.setText(translate("DaylioDialog", "Cancel"))

    def _fill_moods(self, counts: dict[str, int]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins = {}
        self.grid.addWidget(label(translate("DaylioDialog", "Daylio mood"), "caption"), 0, 0)
        self.grid.addWidget(label(translate("DaylioDialog", "Entries"), "caption"), 0, 1)
        self.grid.addWidget(
            label(
                translate("DaylioDialog", "Pleasantness, {SCALE_MIN} to {SCALE_MAX}").format(
                    SCALE_MIN=SCALE_MIN, SCALE_MAX=SCALE_MAX
                ),
                "caption",
                wrap=False,
            ),
            0,
            2,
        )
        for row, (name, count) in enumerate(counts.items(), start=1):
            spin = QSpinBox()
            spin.setRange(_UNSET, SCALE_MAX)
            spin.setSpecialValueText(translate("DaylioDialog", "Choose"))
            spin.setValue(STANDARD_MOODS.get(mood_key(name), _UNSET))
            spin.setAccessibleName(translate("DaylioDialog", "Pleasantness for {name}").format(name=name))
            self.grid.addWidget(label(name, wrap=True), row, 0)
            self.grid.addWidget(label(str(count), "muted"), row, 1, Qt.AlignmentFlag.AlignRight)
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
            self.status.show_error(
                UserError(
                    translate("DaylioDialog", "give every mood a pleasantness first: {names}").format(
                        names=names
                    )
                )
            )
            self.spins[unset[0]].setFocus()
            return
        chosen = {name: spin.value() for name, spin in self.spins.items()}
        try:
            summary = import_daylio(self._mood, self._file, chosen, tag_kind=str(self.kind.currentData()))
        except UserError as exc:
            self.status.show_error(exc)
            return
        text = summary.sentence()
        if summary.skipped:
            line, why = summary.skipped[0]
            text += f" The first skipped one, on line {line}: {why}."
        self.status.show_info(text)
        self.import_button.setEnabled(False)
        self.cancel.setText(translate("DaylioDialog", "Close"))
        self.cancel.setFocus()


def add_to_settings(page: QWidget, get_mood: Callable[[], MoodService]) -> Card:
    """A small card on the Settings page, just after "Your data"."""
    card = Card(
        translate("ui.settings.daylio_dialog", "Coming from another app"),
        intro=translate("ui.settings.daylio_dialog", "Moving from Daylio? Bring your entries with you."),
    )
    button = QPushButton(translate("ui.settings.daylio_dialog", "Import from &Daylio…"))
    button.clicked.connect(lambda: DaylioDialog(get_mood(), page).exec())
    card.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    button.setObjectName("daylioImport")
    insert_beside(page, card, translate("SettingsPage", "Your data"), after=True)
    return card
