"""Write the therapist report as an A4 PDF with QPdfWriter: text, tables and vector charts.

Pure painting on a paged device, so it runs in a worker thread (the dialog) or from the
command line with only a QGuiApplication. The file appears whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import sys
from pathlib import Path

from app.practice.service import KIND_NAMES, KINDS
from app.stats import words
from app.stats.report import SECTION_TITLES, ReportData
from ui.i18n import translate
from ui.pdf_file import a4_writer, cannot_write, private_part
from ui.qt import (
    QFont,
    QPainter,
    QPdfWriter,
    QRectF,
    Qt,
    QTextDocument,
)
from ui.report import paint

DPI = 96
DISCLAIMER = ("This report was made with Stillpoint, a self-help app, from entries the person "
              "chose to record. It describes those entries; it is not a diagnosis or an "
              "assessment.")
CSS = ("body { color: #2B2D33; } h1 { font-size: 17pt; font-weight: 600; margin: 0; } "
       "h2 { font-size: 12.5pt; font-weight: 600; color: #276966; margin-top: 6px; } "
       ".muted { color: #62666D; } td { padding: 2px 10px 2px 0; } "
       "th { text-align: left; color: #62666D; font-weight: 600; padding: 2px 10px 2px 0; }")


class _Flow:
    """Places blocks top to bottom, starting a new page when the next one does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.p = writer, painter
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(rect.width()), float(rect.height())
        self.y = 0.0
        self.pages = 1

    def ensure(self, height: float) -> None:
        if self.y + height > self.height - 24 and self.y > 0:
            self._footer()
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def _doc(self, body: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        font = QFont()
        font.setPointSizeF(10)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(CSS)
        doc.setHtml(body)
        doc.setTextWidth(self.width)
        return doc

    def table(self, intro: str, head: str, rows: list[str]) -> None:
        """Rows fill what is left of the page and go on under a repeated header on the
        next, so a table neither leaves a gap above it nor stands alone on a new page."""
        start = 0
        while start < len(rows):
            room = self.height - 24 - self.y
            count = 0
            while start + count < len(rows) and self._doc(
                    _table(intro, head, rows[start:start + count + 1])).size().height() <= room:
                count += 1
            if count < min(3, len(rows) - start) and self.y > 0:
                self.ensure(self.height)  # too few rows fit here: begin on the next page
                continue
            count = max(count, 1)
            self.html(_table(intro, head, rows[start:start + count]))
            start += count
            intro = ""

    def html(self, body: str, *, keep: float = 0.0) -> None:
        doc = self._doc(body)
        height = doc.size().height()
        self.ensure(height + keep)
        self.p.save()
        self.p.translate(0, self.y)
        doc.drawContents(self.p, QRectF(0, 0, self.width, height))
        self.p.restore()
        self.y += height

    def block(self, height: float) -> QRectF:
        self.ensure(height)
        rect = QRectF(0, self.y, self.width, height)
        self.y += height + 8
        return rect

    def finish(self) -> None:
        self._footer()

    def _footer(self) -> None:
        self.p.save()
        self.p.setFont(paint._small(self.p))
        self.p.setPen(paint.MUTED)
        self.p.drawText(QRectF(0, self.height - 16, self.width, 16), Qt.AlignmentFlag.AlignRight,
                        translate("_Flow", "Stillpoint report · page {pages}").format(pages=self.pages))
        self.p.restore()


def write_report(data: ReportData, path: Path) -> int:
    """Draw the report into `path`; returns the number of pages."""
    ensure_gui_application()
    partial = private_part(path)  # the report holds mental-health notes
    writer = a4_writer(partial, f"Stillpoint report, {data.period.title()}")
    writer.setResolution(DPI)
    painter = QPainter()
    if not painter.begin(writer):
        partial.unlink(missing_ok=True)
        raise cannot_write(path)
    try:
        flow = _Flow(writer, painter)
        _draw(flow, data)
        flow.finish()
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)  # no half-drawn copy of private notes left behind
        raise
    painter.end()
    os.replace(partial, path)
    return flow.pages


def _draw(flow: _Flow, data: ReportData) -> None:
    made = dt.date.today()
    flow.html(f"<h1>Stillpoint report</h1><p><b>{html.escape(data.period.title())}</b> "
              f"({data.period.start.isoformat()} to {data.period.end.isoformat()}), "
              f"made on {made.isoformat()}.</p><p class='muted'>{DISCLAIMER}</p>")
    for section in data.sections:
        {"mood": _mood, "emotions": _emotions, "regulation": _regulation,
         "practice": _practice, "notes": _notes, "therapy": _therapy,
         "safety": _safety}[section](flow, data)


def _h2(section: str) -> str:
    return f"<h2>{SECTION_TITLES[section]}</h2>"


def _mood(flow: _Flow, data: ReportData) -> None:
    series = data.mood
    if not series.logged:
        flow.html(_h2("mood") + "<p class='muted'>No check-ins in this period.</p>")
        return
    p_avg, e_avg = series.average("pleasantness"), series.average("energy")
    assert p_avg is not None and e_avg is not None
    unit = "day" if data.daily_chart else "week"
    flow.html(
        _h2("mood") +
        f"<p>{series.entries} check-ins on {len(series.logged)} of {data.period.length} days. "
        f"Average pleasantness {words.signed(p_avg)} ({words.pleasantness_words(p_avg)}), "
        f"average energy {words.signed(e_avg)} ({words.energy_words(e_avg)}), on a scale from "
        f"-5 to +5. One point per {unit}: the mean of its check-ins"
        f"{'' if unit == 'day' else ' (each day counted once)'}.</p>", keep=220)
    paint.mood_chart(flow.p, flow.block(190), data)
    paint.mood_legend(flow.p, flow.block(16))
    if data.daily_chart and len(series.logged) <= 31:
        rows = [
            f"<tr><td>{d.day:%a} {d.day.day} {d.day:%b}</td><td>{d.entries}</td>"
            f"<td>{words.signed(d.pleasantness)}</td>"
            f"<td>{value_range(d.pleasantness_min, d.pleasantness_max)}</td>"
            f"<td>{words.signed(d.energy)}</td></tr>"
            for d in series.logged]
        flow.table("<p class='muted'>Day by day (range: lowest to highest check-in)</p>",
                   "<tr><th>day</th><th>check-ins</th><th>pleasantness</th><th>range</th>"
                   "<th>energy</th></tr>", rows)


def _table(intro: str, head: str, rows: list[str]) -> str:
    return f"{intro}<table>{head}{''.join(rows)}</table>"


def value_range(low: int, high: int) -> str:
    """"-2 to +3"; one value alone when every check-in agreed ("+0 to +0" said nothing)."""
    def show(v: int) -> str:
        return f"{v:+d}" if v else "0"
    return show(low) if low == high else f"{show(low)} to {show(high)}"


def _emotions(flow: _Flow, data: ReportData) -> None:
    if not data.plane:
        flow.html(_h2("emotions") + "<p class='muted'>No check-ins in this period.</p>")
        return
    if data.words:
        listed = ", ".join(f"{html.escape(w.word)} ({w.count})" for w in data.words)
        words_html = f"<p>Words chosen most often, with how many times: {listed}.</p>"
    else:
        words_html = "<p class='muted'>No emotion words were chosen in this period.</p>"
    flow.html(_h2("emotions") + words_html + "<p>How many check-ins fell on each point of "
              "pleasantness (left to right, -5 to +5) and energy (bottom to top, -5 to +5).</p>",
              keep=200)
    rect = flow.block(190)
    paint.plane_grid(flow.p, QRectF(rect.left() + 20, rect.top(), 190, 190), data.plane)
    quadrants = {"pleasant, higher energy": 0, "pleasant, lower energy": 0,
                 "unpleasant, higher energy": 0, "unpleasant, lower energy": 0}
    for (x, y), n in data.plane.items():
        if x == 0 or y == 0:
            continue
        quadrants[f"{'pleasant' if x > 0 else 'unpleasant'}, "
                  f"{'higher' if y > 0 else 'lower'} energy"] += n
    flow.p.setFont(paint._small(flow.p))
    flow.p.setPen(paint.INK)
    lines = [f"{name}: {n}" for name, n in quadrants.items()]
    flow.p.drawText(QRectF(rect.left() + 240, rect.top() + 40, rect.width() - 240, 120),
                    int(Qt.AlignmentFlag.AlignLeft), "\n".join(
                        ["Check-ins by quadrant (the neutral lines aside):", *lines]))


def _regulation(flow: _Flow, data: ReportData) -> None:
    if not data.strategies:
        flow.html(_h2("regulation") + "<p class='muted'>No regulation entries in this "
                  "period.</p>")
        return
    rows = "".join(
        f"<tr><td>{html.escape(s.name)}</td><td>{s.uses}</td><td>{s.helpfulness:.1f}</td>"
        f"<td>{'' if s.drop is None else f'{s.drop:.1f}'}</td></tr>" for s in data.strategies)
    labels = {"high-pleasant": "pleasant, high energy", "low-pleasant": "pleasant, low energy",
              "high-unpleasant": "unpleasant, high energy",
              "low-unpleasant": "unpleasant, low energy"}
    quadrant_rows = "".join(
        f"<tr><td>{html.escape(q.name)}</td>" +
        "".join(f"<td>{q.counts.get(k, 0)}</td>" for k in labels) + "</tr>"
        for q in data.quadrants)
    flow.html(
        _h2("regulation") + "<p>Each strategy as it was logged: how often, how helpful it felt "
        "(0 not at all to 4 very much) and how much the feeling's intensity fell on average "
        "(0-10 scale, emotions rated before and after).</p><table><tr><th>strategy</th>"
        f"<th>times</th><th>helpful</th><th>intensity drop</th></tr>{rows}</table>"
        "<p>Where each was used, by the quadrant of the strongest feeling at the time:</p>"
        "<table><tr><th>strategy</th>" + "".join(f"<th>{v}</th>" for v in labels.values()) +
        f"</tr>{quadrant_rows}</table>")


def _practice(flow: _Flow, data: ReportData) -> None:
    totals = {k: sum(w.minutes.get(k, 0.0) for w in data.practice_weeks) for k in KINDS}
    # practice_weeks may reach a few days past the period's edges (whole weeks)
    if not any(totals.values()):
        flow.html(_h2("practice") + "<p class='muted'>No practice logged in this period.</p>")
        return
    rows = "".join(f"<tr><td>{KIND_NAMES[k]}</td><td>{words.minutes_text(m)}</td></tr>"
                   for k, m in totals.items() if m >= 0.5)
    flow.html(_h2("practice") + "<p>Minutes practised per week (whole weeks touching the "
              f"period).</p><table>{rows}</table>", keep=150)
    paint.kinds_legend(flow.p, flow.block(16))
    paint.practice_bars(flow.p, flow.block(130), data)
    if data.calm:
        rows = "".join(
            f"<tr><td>{html.escape(c.title)}</td><td>{c.rated_sessions}</td>"
            f"<td>{c.before:.1f}</td><td>{c.after:.1f}</td><td>{c.change:+.1f}</td></tr>"
            for c in data.calm)
        flow.html("<p>Calm (0-10) before and after each exercise, over sessions rated both "
                  "times:</p><table><tr><th>exercise</th><th>rated</th><th>before</th>"
                  f"<th>after</th><th>change</th></tr>{rows}</table>")


def _notes(flow: _Flow, data: ReportData) -> None:
    if not data.notes:
        flow.html(_h2("notes") + "<p class='muted'>No notes were chosen for this report.</p>")
        return
    rows = "".join(
        f"<tr><td>{n.local_time:%a %Y-%m-%d %H:%M}</td><td>{n.pleasantness:+d} / "
        f"{n.energy:+d}</td><td>{html.escape(n.note)}</td></tr>" for n in data.notes)
    flow.html(_h2("notes") + "<p class='muted'>Notes chosen by the person to share.</p>"
              "<table><tr><th>when</th><th>pleasant / energy</th><th>note</th></tr>"
              f"{rows}</table>")


def _therapy(flow: _Flow, data: ReportData) -> None:
    coming, last = data.next_session, data.last_session
    parts = [_h2("therapy")]
    if coming is not None and coming.on_day is not None:
        parts.append(f"<p>Next session: {coming.on_day:%A} {coming.on_day.isoformat()}.</p>")
    if coming is not None and coming.items:
        rows = "".join(
            f"<tr><td>{f.day.isoformat()}</td><td>{html.escape(f.kind_name)}</td>"
            f"<td>{html.escape(f.summary)}"
            + (f"<br><i>{html.escape(f.note)}</i>" if f.note else "") + "</td></tr>"
            for f in coming.items)
        parts.append("<p>What the person flagged to talk about (from any date):</p><table>"
                     f"<tr><th>day</th><th>what</th><th>about</th></tr>{rows}</table>")
    else:
        parts.append("<p class='muted'>Nothing is flagged for the next session.</p>")
    if last is not None:
        held = last.on_day.isoformat() if last.on_day else "the last session"
        homework = "".join(f"<li>{html.escape(h)}</li>" for h in last.homework_lines)
        parts.append(f"<p><b>Notes from the session of {held}.</b> Worked on: "
                     f"{html.escape(last.worked_on or '')}</p>"
                     + (f"<p>Homework:</p><ul>{homework}</ul>" if homework else ""))
    flow.html("".join(parts))


def _safety(flow: _Flow, data: ReportData) -> None:
    from app.safety.types import SECTIONS

    plan = data.safety_plan
    parts = [_h2("safety"), "<p class='muted'>Included because the person chose to share "
             "it.</p>"]
    for section in SECTIONS:
        lines = plan.section(section.key) if plan is not None else []
        if lines:
            items = "".join(f"<li>{html.escape(item.text)}</li>" for item in lines)
            parts.append(f"<p><b>{html.escape(section.heading)}</b></p><ul>{items}</ul>")
    if len(parts) == 2:
        parts.append("<p class='muted'>The safety plan has no lines yet.</p>")
    flow.html("".join(parts))


def ensure_gui_application() -> None:
    """Painting text needs a Qt application; the CLI has none, and may have no screen.

    A QApplication rather than a bare QGuiApplication: the process may go on to make
    widgets (tests run the CLI in-process), and widgets abort under a QGuiApplication."""
    from ui.qt import QApplication, QGuiApplication

    if QGuiApplication.instance() is None:
        # A PDF needs no screen: never open a window-system connection for it.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app
        _app = QApplication(sys.argv[:1])


_app = None
