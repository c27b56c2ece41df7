"""A dialog to make or change a custom pattern; impossible timings are explained in place."""

from __future__ import annotations

from app.breathing import validate_phases
from app.breathing.service import BreathingService, SavedPattern, rate_text
from app.errors import UserError
from ui.i18n import translate
from ui.qt import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import dialog_buttons, titled_dialog_column
from ui.widgets.form_fields import seconds_spin, spaced_form
from ui.widgets.status_line import StatusLine

# Above the 60 s limit on purpose: typing 75 should be answered with the reason, not
# silently turned into 60 by the spin box.
SPIN_MAX = 99.5


def _spin(name: str, value: float) -> QDoubleSpinBox:
    spin = seconds_spin(0.0, SPIN_MAX, step=0.5, value=value, name=name)
    spin.setMinimumWidth(110)
    return spin


class PatternEditor(QDialog):
    """Edits ``existing`` when given, else makes a new pattern. ``saved`` holds the result."""

    def __init__(self, service: BreathingService, existing: SavedPattern | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._existing = existing
        self.saved: SavedPattern | None = None
        column = titled_dialog_column(
            self,
            translate("PatternEditor", "Edit your pattern")
            if existing
            else translate("PatternEditor", "A pattern of your own"),
            translate(
                "PatternEditor",
                "Set each part of one breath in half-second steps. A hold of 0 seconds skips it.",
            ),
            min_width=460,
            spacing=16,
        )
        self._form = self._build_form(existing)
        column.addLayout(self._form)
        self.preview = label("", "muted")
        column.addWidget(self.preview)
        self.error = StatusLine(translate("PatternEditor", "Problem"))
        column.addWidget(self.error)
        buttons, self.cancel_button, self.save_button = dialog_buttons(
            self, translate("PatternEditor", "Save pattern"), self.save
        )
        column.addLayout(buttons)
        for spin in (self.inhale, self.hold_in, self.exhale, self.hold_out, self.top_up):
            spin.valueChanged.connect(self._check)
        self.use_top_up.toggled.connect(self._check)
        self.name.textEdited.connect(lambda _text: self.error.clear())
        self._check()

    def _build_form(self, e: SavedPattern | None) -> QFormLayout:
        """The name, and how long each part of one breath lasts."""
        form = spaced_form(row_spacing=10)
        self.name = QLineEdit(e.name if e else "")
        self.name.setPlaceholderText(translate("PatternEditor", "For example: Evening wind-down"))
        self.name.setAccessibleName(translate("PatternEditor", "Pattern name"))
        self.name.setMaxLength(80)
        form.addRow(translate("PatternEditor", "&Name"), self.name)
        self.inhale = _spin(translate("PatternEditor", "Breathe in"), e.inhale if e else 4.0)
        self.hold_in = _spin(translate("PatternEditor", "Hold after breathing in"), e.hold_in if e else 0.0)
        self.exhale = _spin(translate("PatternEditor", "Breathe out"), e.exhale if e else 6.0)
        self.hold_out = _spin(
            translate("PatternEditor", "Hold after breathing out"), e.hold_out if e else 0.0
        )
        self.top_up = _spin(
            translate("PatternEditor", "Top-up breath in"), e.top_up if e and e.top_up else 1.0
        )
        self.use_top_up = QCheckBox(
            translate("PatternEditor", "Add a short &top-up breath after breathing in")
        )
        self.use_top_up.setChecked(bool(e and e.top_up))
        form.addRow(translate("PatternEditor", "Breathe &in"), self.inhale)
        form.addRow("", self.use_top_up)
        form.addRow(translate("PatternEditor", "T&op-up breath"), self.top_up)
        form.addRow(translate("PatternEditor", "&Hold, full"), self.hold_in)
        form.addRow(translate("PatternEditor", "Breathe &out"), self.exhale)
        form.addRow(translate("PatternEditor", "Hold, &empty"), self.hold_out)
        align_form_labels(form)
        return form

    def timings(self) -> dict[str, float]:
        return {
            "inhale": self.inhale.value(),
            "hold_in": self.hold_in.value(),
            "exhale": self.exhale.value(),
            "hold_out": self.hold_out.value(),
            "top_up": self.top_up.value() if self.use_top_up.isChecked() else 0.0,
        }

    def _check(self) -> bool:
        """Live feedback: the rate while the timings work, the reason when they do not."""
        self._form.setRowVisible(self.top_up, self.use_top_up.isChecked())
        t = self.timings()
        try:
            validate_phases(t["inhale"], t["hold_in"], t["exhale"], t["hold_out"], t["top_up"])
        except UserError as exc:
            self.error.show_error(exc)
            self.preview.setText("")
            return False
        self.error.clear()
        cycle = sum(t.values())
        self.preview.setText(
            translate(
                "PatternEditor", "One breath takes {cycle:g} seconds: about {rate_text} breaths a minute."
            ).format(cycle=cycle, rate_text=rate_text(60 / cycle))
        )
        return True

    def save(self) -> None:
        if not self._check():
            return
        try:
            if self._existing is None:
                self.saved = self._service.create_pattern(name=self.name.text(), **self.timings())
            else:
                self.saved = self._service.update_pattern(
                    self._existing.id, name=self.name.text(), **self.timings()
                )
        except UserError as exc:
            self.error.show_error(exc)
            self.name.setFocus()
            return
        self.accept()
