"""Before a session: choose a pattern, a length in minutes or breaths, and rate your calm."""

from __future__ import annotations

from typing import cast

from app.breathing import BreathPattern, BreathSchedule
from app.breathing.service import (
    MAX_CYCLES,
    MAX_MINUTES,
    BreathingService,
    SavedPattern,
    is_custom,
    rate_text,
)
from ui.accessibility.roles import as_radio
from ui.breathe.editor import PatternEditor
from ui.i18n import number_g, translate
from ui.qt import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.calm import CalmRating
from ui.widgets.card import Card, Page, label
from ui.widgets.status_line import StatusLine
from ui.widgets.undo_bar import UndoBar


def phase_summary(p: BreathPattern) -> str:
    """"in 4 · hold 7 · out 8": the parts of one breath, holds of 0 left out."""
    inhale = translate("SetupView", "in {seconds}").format(seconds=number_g(p.inhale))
    inhale += f" + {number_g(p.top_up)}" if p.top_up else ""
    hold = translate("SetupView", "hold {seconds}")
    parts = [inhale, hold.format(seconds=number_g(p.hold_in)) if p.hold_in else "",
             translate("SetupView", "out {seconds}").format(seconds=number_g(p.exhale)),
             hold.format(seconds=number_g(p.hold_out)) if p.hold_out else ""]
    return " · ".join(x for x in parts if x)


def duration_text(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    if minutes and secs:
        return translate("SetupView", "{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)
    if minutes:
        return translate("SetupView", "{minutes} min").format(minutes=minutes)
    return translate("SetupView", "{seconds} s").format(seconds=secs)


def _tile(name: str, detail: str) -> QPushButton:
    """A checkable button holding two labels: the name stands out, the timings are quiet."""
    tile = QPushButton()
    as_radio(tile)  # one pattern of the set: a radio button to screen readers
    box = QVBoxLayout(tile)
    box.setContentsMargins(14, 10, 14, 10)
    box.setSpacing(2)
    for text, role in ((name, "tile-name"), (detail, "muted")):
        part = label(text, role, wrap=False)
        # Clicks go through to the button underneath.
        part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box.addWidget(part)
    tile.setMinimumHeight(box.sizeHint().height())
    tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return tile


class SetupView(Page):
    begin_requested = Signal()

    def __init__(self, breathing: BreathingService, parent: QWidget | None = None) -> None:
        super().__init__(translate("SetupView", "Breathe"), parent)
        self._breathing = breathing
        self._patterns: list[BreathPattern] = []
        self.content.addWidget(label(
            translate("SetupView", "Choose a rhythm, settle in, and let the circle lead your breath. "
            "You can pause or stop whenever you like."), "muted"))

        self.content.addWidget(self._chooser_card())
        self.undo_bar = UndoBar()
        self.undo_bar.listen_for_shortcut(self)
        self.content.addWidget(self.undo_bar)

        self.content.addWidget(self._session_card())
        self.finish()

        self.by_minutes.toggled.connect(self._length_changed)
        self.minutes.valueChanged.connect(self._length_changed)
        self.cycles.valueChanged.connect(self._length_changed)
        self.reload()

    def _chooser_card(self) -> Card:
        chooser = Card()
        header = QHBoxLayout()
        header.addWidget(label(translate("SetupView", "Choose a pattern"), "section"), 1)
        self.new_button = QPushButton(translate("SetupView", "New pattern…"))
        self.new_button.clicked.connect(lambda: self.edit_pattern(None))
        header.addWidget(self.new_button)
        chooser.body.addLayout(header)
        self.tiles_grid = QGridLayout()
        self.tiles_grid.setSpacing(8)
        chooser.body.addLayout(self.tiles_grid)
        self.tiles = QButtonGroup(self)
        self.tiles.setExclusive(True)
        self.tiles.idToggled.connect(self._tile_toggled)
        self.summary = label("", "tile-name")
        self.explanation = label("", "muted")
        self.source = label("", "caption")
        chooser.body.addSpacing(4)
        chooser.body.addWidget(self.summary)
        chooser.body.addWidget(self.explanation)
        chooser.body.addWidget(self.source)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.edit_button = QPushButton(translate("SetupView", "Edit"))
        self.edit_button.clicked.connect(lambda: self.edit_pattern(self._selected_saved()))
        self.delete_button = QPushButton(translate("SetupView", "Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for widget in (self.edit_button, self.delete_button):
            widget.hide()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        chooser.body.addLayout(actions)
        return chooser

    def _session_card(self) -> Card:
        session = Card(translate("SetupView", "Your session"))
        length = QHBoxLayout()
        length.setSpacing(8)
        self.by_minutes = QRadioButton(translate("SetupView", "&Minutes"))
        self.by_cycles = QRadioButton(translate("SetupView", "&Breaths"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(translate("SetupView", " min"))
        self.minutes.setAccessibleName(translate("SetupView", "Minutes"))
        self.cycles = QSpinBox()
        self.cycles.setRange(1, MAX_CYCLES)
        self.cycles.setAccessibleName(translate("SetupView", "Breaths"))
        self.length_hint = label("", "muted")
        length.addWidget(self.by_minutes)
        length.addWidget(self.minutes)
        length.addSpacing(16)
        length.addWidget(self.by_cycles)
        length.addWidget(self.cycles)
        length.addSpacing(16)
        length.addWidget(self.length_hint, 1)
        session.body.addLayout(length)
        session.body.addSpacing(8)
        self.calm_before = CalmRating(translate("SetupView", "How calm do you feel right now? (optional)"))
        session.body.addWidget(self.calm_before)
        bottom = QHBoxLayout()
        self.status = StatusLine(translate("SetupView", "Breathing status"), keep_space=True)
        self.begin_button = QPushButton(translate("SetupView", "Begin"))
        self.begin_button.setProperty("primary", True)
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self._begin)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.begin_button)
        session.body.addLayout(bottom)
        return session

    # -- patterns ------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Rebuild the tiles from the service, keeping (or moving) the selection."""
        select = select or (self.selected().key if self._patterns else None)
        for button in self.tiles.buttons():
            self.tiles.removeButton(button)
            button.deleteLater()
        self._patterns = self._breathing.list_patterns()
        for index, pattern in enumerate(self._patterns):
            # Two short lines rather than one long one: at the 960 px minimum window a
            # single line was cut off mid-word.
            rate = translate("SetupView", "{rate} breaths a minute").format(
                rate=rate_text(pattern.breaths_per_minute))
            tile = _tile(pattern.name, f"{phase_summary(pattern)}\n{rate}")
            tile.setProperty("tile", True)
            tile.setAccessibleName(pattern.name)
            self.tiles.addButton(tile, index)
            self.tiles_grid.addWidget(tile, index // 2, index % 2)
        keys = [p.key for p in self._patterns]
        self.tiles.button(keys.index(select) if select in keys else 0).setChecked(True)

    def selected(self) -> BreathPattern:
        return self._patterns[max(0, self.tiles.checkedId())]

    def select(self, key: str) -> None:
        keys = [p.key for p in self._patterns]
        self.tiles.button(keys.index(key)).click()

    def tile(self, key: str) -> QPushButton:
        return cast(QPushButton, self.tiles.button([p.key for p in self._patterns].index(key)))

    def _selected_saved(self) -> SavedPattern | None:
        pattern = self.selected()
        if not is_custom(pattern):
            return None
        return next((s for s in self._breathing.list_custom() if s.key == pattern.key), None)

    def _tile_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        p = self._patterns[index]
        custom = is_custom(p)
        own = translate("SetupView", "Your own pattern: {phases} seconds.")
        self.summary.setText(p.summary if not custom else own.format(phases=phase_summary(p)))
        self.explanation.setText(
            p.explanation
            or (
                translate(
                    "SetupView",
                    "One breath takes {cycle_seconds:g} seconds, about {rate_text} breaths a minute. Change "
                    "it whenever it stops feeling right.",
                ).format(cycle_seconds=p.cycle_seconds, rate_text=rate_text(p.breaths_per_minute))
            )
        )
        self.explanation.setVisible(bool(self.explanation.text()))
        self.source.setText(
            translate("SetupView", "Source: {source}").format(source=p.source) if p.source else ""
        )
        self.source.setVisible(bool(p.source))
        self.edit_button.setVisible(custom)
        self.delete_button.setVisible(custom)
        # Start from the pattern's own suggestion; 4-7-8 is counted in breaths.
        self.minutes.setValue(max(1, round(p.suggested_minutes)))
        if p.suggested_cycles:
            self.cycles.setValue(p.suggested_cycles)
            self.by_cycles.setChecked(True)
        else:
            self.cycles.setValue(max(1, round(p.suggested_minutes * p.breaths_per_minute)))
            self.by_minutes.setChecked(True)
        self._length_changed()

    def edit_pattern(self, existing: SavedPattern | None) -> PatternEditor:
        """Open the editor (not modal to the whole app: only this window waits)."""
        editor = PatternEditor(self._breathing, existing, self)
        editor.accepted.connect(lambda: self._edited(editor))
        editor.open()
        return editor

    def _edited(self, editor: PatternEditor) -> None:
        if editor.saved is not None:
            self.reload(select=editor.saved.key)
            self.status.show_info(translate("SetupView", "Saved “{name}”.").format(name=editor.saved.name))

    def delete_selected(self) -> None:
        saved = self._selected_saved()
        if saved is None:
            return
        deleted = self._breathing.delete_pattern(saved.id)
        self.reload(select=self._patterns[0].key)
        self.undo_bar.offer(
            translate("SetupView", "“{name}” is deleted.").format(name=saved.name),
            lambda: self._restore(deleted),
        )
        self.undo_bar.button.setFocus()

    def _restore(self, deleted: SavedPattern) -> None:
        # Failures (a UserError, or a database error) are the undo bar's to show in place.
        restored = self._breathing.restore_pattern(deleted)
        self.reload(select=restored.key)
        if restored.name != deleted.name:
            self.status.show_info(
                translate(
                    "SetupView", "“{name}” is back as “{name2}”, as a newer pattern has its name."
                ).format(name=deleted.name, name2=restored.name)
            )

    # -- length --------------------------------------------------------------------------
    def length(self) -> tuple[float | None, int | None]:
        if self.by_cycles.isChecked():
            return None, self.cycles.value()
        return float(self.minutes.value()), None

    def _length_changed(self, *_args: object) -> None:
        if not self._patterns:
            return
        self.minutes.setEnabled(self.by_minutes.isChecked())
        self.cycles.setEnabled(self.by_cycles.isChecked())
        minutes, cycles = self.length()
        schedule = BreathSchedule(self.selected(), minutes=minutes, cycles=cycles)
        if cycles is None:
            n = schedule.cycles
            self.length_hint.setText(
                translate("SetupView", "{n} breath{value}, ending after {duration_text}").format(
                    n=n, value="" if n == 1 else "s", duration_text=duration_text(schedule.total)
                )
            )
        else:
            self.length_hint.setText(
                translate("SetupView", "About {duration_text}").format(
                    duration_text=duration_text(schedule.total)
                )
            )

    # -- start -----------------------------------------------------------------------------
    def _begin(self) -> None:
        self.status.clear()
        self.begin_requested.emit()
