"""The form pieces the pattern editor, the script editor and Settings share."""

from __future__ import annotations

from ui.widgets.form_fields import LABEL_GAP, seconds_spin, spaced_form


def test_a_seconds_spin_reads_tenths_with_its_name(qtbot):
    spin = seconds_spin(1.0, 60.0, step=0.5, value=4.0, name="Breathe in")
    qtbot.addWidget(spin)
    assert (spin.minimum(), spin.maximum(), spin.decimals()) == (1.0, 60.0, 1)
    assert (spin.singleStep(), spin.value(), spin.suffix()) == (0.5, 4.0, " s")
    assert spin.accessibleName() == "Breathe in"
    spin.setValue(99)  # the range holds: the editor explains, the spin box never overflows
    assert spin.value() == 60.0


def test_a_value_outside_the_range_is_kept_inside_it(qtbot):
    spin = seconds_spin(5.0, 10.0, step=5, value=20.0, name="Seconds")
    qtbot.addWidget(spin)
    assert spin.value() == 10.0


def test_every_form_keeps_the_same_label_gap(qapp):
    dense, roomy = spaced_form(row_spacing=8), spaced_form(row_spacing=12)
    assert dense.horizontalSpacing() == roomy.horizontalSpacing() == LABEL_GAP
    assert (dense.verticalSpacing(), roomy.verticalSpacing()) == (8, 12)


def test_a_form_may_keep_the_styles_row_spacing(qapp):
    from ui.qt import QFormLayout

    # A dialog that does not choose its row spacing still gets the house label gap.
    form = spaced_form()
    assert form.horizontalSpacing() == LABEL_GAP
    assert form.verticalSpacing() == QFormLayout().verticalSpacing()
