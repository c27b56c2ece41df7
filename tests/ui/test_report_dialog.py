"""The therapist report dialog: a private PDF, never a silent overwrite, and a calm message
in place when drawing fails for a reason nobody foresaw."""

from __future__ import annotations

import dataclasses
import datetime as dt

from app.stats.periods import span
from ui.report.dialog import ReportDialog

PERIOD = span(dt.date(2026, 10, 19), dt.date(2026, 10, 25))


class NotesThatCannotBeDrawn:
    """The real statistics, except that the report holds a note the writer cannot draw."""

    def __init__(self, stats) -> None:
        self._stats = stats

    def notes(self, period):
        return self._stats.notes(period)

    def report(self, request):
        data = self._stats.report(request)
        return dataclasses.replace(data, sections=(*data.sections, "notes"), notes=[None])


def _dialog(qtbot, stats):
    dialog = ReportDialog(stats, PERIOD)
    qtbot.addWidget(dialog)
    return dialog


def test_the_pdf_is_readable_by_its_owner_only(ctx, qtbot, tmp_path):
    dialog = _dialog(qtbot, ctx.stats)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        assert dialog.save_to(tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o600


def test_an_existing_pdf_is_not_replaced_behind_the_users_back(ctx, qtbot, tmp_path):
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"last month's report")
    dialog = _dialog(qtbot, ctx.stats)
    assert not dialog.save_to(tmp_path / "report")  # ".pdf" would be added after the check
    assert existing.read_bytes() == b"last month's report"
    assert "already" in dialog.status.text() and dialog.save_button.isEnabled()
    assert dialog.file_dialog().defaultSuffix() == "pdf"  # the dialog asks about report.pdf


def test_an_unexpected_drawing_error_is_shown_and_save_works_again(ctx, qtbot, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = _dialog(qtbot, NotesThatCannotBeDrawn(ctx.stats))
    assert dialog.save_to(out / "r.pdf")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20000)
    assert "could not be saved" in dialog.status.text()
    assert "Writing" not in dialog.status.text()
    assert list(out.iterdir()) == []  # no half-drawn file with private notes in it


def test_date_labels_are_whole_and_dates_read_day_first(ctx, qtbot):
    from ui.qt import QDateTimeEdit, QLabel

    dialog = _dialog(qtbot, ctx.stats)
    dialog.show()
    qtbot.waitExposed(dialog)
    for text in ("&From", "&To"):
        caption = next(lab for lab in dialog.findChildren(QLabel) if lab.text() == text)
        # Drawn with its mnemonic underlined, the letters lose their kerning ("Tc").
        metrics = caption.fontMetrics()
        assert caption.width() >= sum(metrics.horizontalAdvance(c) for c in text[1:])
    assert dialog.start.text() == "19 October 2026" and dialog.end.text() == "25 October 2026"
    assert dialog.start.currentSection() == QDateTimeEdit.Section.DaySection


def test_the_notes_list_wears_the_theme(ctx, qtbot):
    dialog = _dialog(qtbot, ctx.stats)
    assert dialog.notes.property("card") is True
    assert "border-radius" in dialog.notes.styleSheet()


def test_ranges_in_the_report_say_one_value_once():
    from ui.report.paint import day_label
    from ui.report.sections import value_range

    assert value_range(0, 0) == "0" and value_range(2, 2) == "+2"
    assert value_range(-2, 3) == "-2 to +3" and value_range(0, 4) == "0 to +4"
    assert day_label(dt.date(2026, 11, 1)) == "1 Nov"


def test_the_report_draws_with_the_themes_primary(qapp):
    """The legend's pleasantness square is the light theme's primary (darkened for
    contrast), not an older copy of the colour."""
    from ui.qt import QImage, QPainter, QRectF
    from ui.report.paint import mood_legend
    from ui.theme import LIGHT

    image = QImage(600, 40, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    mood_legend(painter, QRectF(0, 0, 600, 40))
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(600) for y in range(40)}
    assert LIGHT.primary.lower() in colours
    assert "#2f7d7a" not in colours
