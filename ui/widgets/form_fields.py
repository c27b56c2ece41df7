"""Form pieces several dialogs and cards share: the house spacing of a label-and-field form,
and a spin box for a number of seconds."""

from __future__ import annotations

from ui.i18n import translate
from ui.qt import QDoubleSpinBox, QFormLayout

LABEL_GAP = 16  # between a form's labels and its fields, the same in every form


def spaced_form(*, row_spacing: int | None = None) -> QFormLayout:
    """A label-and-field form; `row_spacing` is the only thing forms choose for themselves
    (a dense editor packs its rows closer than a settings card; None keeps the style's)."""
    form = QFormLayout()
    form.setHorizontalSpacing(LABEL_GAP)
    if row_spacing is not None:
        form.setVerticalSpacing(row_spacing)
    return form


def seconds_spin(low: float, high: float, *, step: float, value: float, name: str) -> QDoubleSpinBox:
    """Seconds to a tenth, shown with " s"; `name` is what a screen reader says."""
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSingleStep(step)
    spin.setSuffix(translate("SecondsSpin", " s"))
    spin.setValue(value)
    spin.setAccessibleName(name)
    return spin
