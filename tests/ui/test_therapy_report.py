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
    assert "2026-10-27" in text
    assert "Regulation strategies" not in text
