"""The therapist report can include what waits for the next session and the latest notes."""

from __future__ import annotations

import datetime as dt
import subprocess

from app.journal.types import JournalDraft
from app.mood.service import CheckinDraft
from app.stats.periods import span
from app.stats.report import ReportRequest
from ui.report.dialog import ReportDialog

PERIOD = span(dt.date(2026, 10, 19), dt.date(2026, 10, 25))


def flagged(ctx) -> None:
    checkin = ctx.mood.add_checkin(CheckinDraft(pleasantness=-2, energy=2, note="Racing heart"),
                                   at=dt.datetime(2026, 10, 20, 7, 0))
    ctx.therapy.flag("checkin", checkin.id)
    ctx.therapy.record_session("Old patterns at work", "Breathe before replying")
    entry = ctx.journal.add_entry(JournalDraft(text="I froze when she shouted."),
                                  at=dt.datetime(2026, 10, 22, 21, 0))
    ctx.therapy.flag("journal", entry.id, note="Where does the freezing come from?")
    ctx.therapy.set_next_session_day(dt.date(2026, 10, 27))


def test_report_data_holds_the_list_and_the_latest_notes(ctx):
    flagged(ctx)
    data = ctx.stats.report(ReportRequest(PERIOD.start, PERIOD.end, sections=("therapy",)))
    assert data.sections == ("therapy",)
    assert data.next_session.on_day == dt.date(2026, 10, 27)
    assert [f.summary for f in data.next_session.items] == ["I froze when she shouted."]
    assert data.last_session.worked_on == "Old patterns at work"
    without = ctx.stats.report(ReportRequest(PERIOD.start, PERIOD.end, sections=("mood",)))
    assert without.next_session is None and without.last_session is None


def test_the_dialog_saves_it_in_the_pdf(ctx, qtbot, tmp_path):
    flagged(ctx)
    dialog = ReportDialog(ctx.stats, PERIOD)
    qtbot.addWidget(dialog)
    assert dialog.sections["therapy"].isChecked()
    for key, box in dialog.sections.items():
        box.setChecked(key == "therapy")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        assert dialog.save_to(tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Bring to my next session" in text and "I froze when she shouted." in text
    assert "Where does the freezing come from?" in text
    assert "Old patterns at work" in text and "Breathe before replying" in text
    assert "Tuesday, 27 October 2026" in text  # the locale's date, not ISO
    assert "Regulation strategies" not in text


def test_the_whole_pdf_goes_through_the_translation(ctx, qapp, tmp_path):
    """With a translation installed (the pseudo one that brackets every string it knows),
    every heading, sentence, table header and chart label of the PDF comes from it; only
    the person's own words, names from the starter lists and figures stay as they are."""
    from app.stats.report import SECTIONS
    from tests.ui.test_translations import (
        CLOSE,
        OPEN,
        PseudoTranslator,
        catalogue_tools,
        content_strings,
        locale_names,
        untranslated,
    )
    from ui.report.pdf import write_report

    flagged(ctx)
    ctx.mood.add_checkin(CheckinDraft(pleasantness=2, energy=-1, emotions=(("calm", 6),)),
                         at=dt.datetime(2026, 10, 21, 9, 0))
    ctx.regulation.add_entry(situation="Missed the bus", emotions=[("frustrated", 6, 2)],
                             strategy="Reappraisal", helpfulness=2,
                             at=dt.datetime(2026, 10, 21, 10, 0))
    ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                             planned_seconds=300, actual_seconds=300, completed=True,
                             started_at=dt.datetime(2026, 10, 22, 8, 0), calm_before=4,
                             calm_after=7)
    ctx.safety.add_item("coping", "Walk round the block")
    data = ctx.stats.report(ReportRequest(PERIOD.start, PERIOD.end, sections=SECTIONS,
                                          note_ids=None))
    known = {(context, text) for context, text, _ in catalogue_tools().fresh_messages()}
    translator = PseudoTranslator(known)
    qapp.installTranslator(translator)
    try:
        write_report(data, tmp_path / "r.pdf")
    finally:
        qapp.removeTranslator(translator)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for shown in ("Stillpoint report", "Day by day", "check-ins", "Next session: {day}.",
                  "Homework:", "strategy"):
        assert OPEN + shown.split("{")[0] in text, shown
    own = {"Racing heart", "I froze when she shouted.", "Where does the freezing come from?",
           "Old patterns at work", "Breathe before replying", "Walk round the block"}
    assert untranslated(text, locale_names(), content_strings() | own) is None
    assert CLOSE in text
