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

from app.stats.report import ReportData
from ui.i18n import QT_TRANSLATE_NOOP, install_translators, long_date, translate
from ui.pdf_file import a4_writer, cannot_write, private_part
from ui.qt import (
    QFont,
    QPainter,
    QPdfWriter,
    QRectF,
    Qt,
    QTextDocument,
)
from ui.report import paint, sections

DPI = 96
DISCLAIMER = QT_TRANSLATE_NOOP(
    "Report", "This report was made with Stillpoint, a self-help app, from entries the person "
    "chose to record. It describes those entries; it is not a diagnosis or an assessment.")
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
    writer = a4_writer(partial, translate("Report", "Stillpoint report, {period}").format(
        period=sections.period_title(data.period)))
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
    # The period's title names its days in full ("13 November – 3 December 2026").
    made = translate("Report", "Made on {day}.").format(day=long_date(dt.date.today()))
    title = translate("Report", "Stillpoint report")
    flow.html(f"<h1>{html.escape(title)}</h1><p><b>"
              f"{html.escape(sections.period_title(data.period))}</b><br>{html.escape(made)}</p>"
              f"<p class='muted'>{html.escape(translate('Report', DISCLAIMER))}</p>")
    for section in data.sections:
        sections.DRAWERS[section](flow, data)


def _table(intro: str, head: str, rows: list[str]) -> str:
    return f"{intro}<table>{head}{''.join(rows)}</table>"


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
        # The document in the language the window would write it in, not English words
        # around the locale's dates; costs nothing for English (see ui/i18n.py).
        install_translators(_app)


_app = None
