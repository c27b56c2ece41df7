"""Dialogs share one column (ui/widgets/layouts.py): 24 px all round; the three that open with
a heading and a few words keep the 20 px below that they were drawn with."""

from __future__ import annotations

import datetime as dt

from app.stats.periods import span
from ui.breathe.editor import PatternEditor
from ui.qt import QDialog, QFormLayout, QLabel
from ui.report.dialog import ReportDialog
from ui.safety.contacts import ContactsDialog
from ui.widgets.dialog_buttons import titled_dialog_column
from ui.widgets.form_fields import LABEL_GAP
from ui.widgets.layouts import DIALOG_MARGIN, dialog_column


def _margins(dialog: QDialog) -> tuple[int, int, int, int]:
    m = dialog.layout().contentsMargins()
    return m.left(), m.top(), m.right(), m.bottom()


def test_a_dialogs_column_has_the_house_margin(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = dialog_column(dialog, spacing=14)
    assert _margins(dialog) == (DIALOG_MARGIN,) * 4 == (24,) * 4
    assert column.spacing() == 14


def test_a_titled_dialog_opens_with_its_heading_and_words(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = titled_dialog_column(dialog, "Crisis card numbers", "Save the numbers.", min_width=480)
    assert dialog.windowTitle() == "Crisis card numbers" and dialog.minimumWidth() == 480
    assert _margins(dialog) == (24, 24, 24, 20) and column.spacing() == 12
    heading, words = (column.itemAt(i).widget() for i in range(2))
    assert isinstance(heading, QLabel) and heading.text() == "Crisis card numbers"
    assert isinstance(words, QLabel) and words.text() == "Save the numbers."


def test_the_titled_dialogs_keep_their_look(ctx, qtbot):
    dialogs = [
        ReportDialog(ctx.stats, span(dt.date(2026, 10, 19), dt.date(2026, 10, 25))),
        ContactsDialog(ctx.safety, ctx.settings),
        PatternEditor(ctx.breathing),
    ]
    for dialog, width, spacing in zip(dialogs, (520, 480, 460), (12, 12, 16), strict=True):
        qtbot.addWidget(dialog)
        assert _margins(dialog) == (24, 24, 24, 20)
        assert dialog.minimumWidth() == width and dialog.layout().spacing() == spacing
        # Every label-and-field form in them keeps the house gap between label and field.
        forms = dialog.findChildren(QFormLayout)
        assert forms and {f.horizontalSpacing() for f in forms} == {LABEL_GAP}
