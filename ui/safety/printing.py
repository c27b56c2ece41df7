"""The safety plan on paper: one HTML document, printed (QPrintDialog) or saved as a PDF.

The plan holds the most private things a person writes, so the PDF is made 0600 before
anything is drawn into it and appears whole or not at all (as the therapist report)."""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

from app.safety.types import SECTIONS, CrisisCard, SafetyPlan
from ui.i18n import app_text, long_date, translate
from ui.pdf_file import a4_writer, private_part
from ui.qt import (
    QFont,
    QPrintDialog,
    QPrinter,
    QTextDocument,
    QWidget,
)

CSS = ("body { color: #2B2D33; } h1 { font-size: 18pt; font-weight: 600; margin: 0; } "
       "h2 { font-size: 12.5pt; font-weight: 600; color: #276966; margin-top: 14px; } "
       ".muted { color: #62666D; } li { margin-bottom: 3px; }")


def plan_html(plan: SafetyPlan, card: CrisisCard) -> str:
    e = html.escape
    printed = translate("SafetyPrint", "Printed on {day}. Keep it where you can find it on a "
                        "hard day.").format(day=long_date(dt.date.today()))
    parts = [f"<h1>{e(translate('SafetyPrint', 'My safety plan'))}</h1>",
             f"<p class='muted'>{e(printed)}</p>",
             f"<h2>{e(translate('SafetyPrint', 'Need help now?'))}</h2><ul>",
             f"<li>{e(app_text(card.emergency_label))}: <b>{e(card.emergency_number)}</b></li>"]
    if card.crisis_line_number:
        how = f" ({e(card.crisis_line_how)})" if card.crisis_line_how else ""
        name = card.crisis_line_name or translate("SafetyPrint", "Crisis line")
        parts.append(f"<li>{e(name)}: <b>{e(card.crisis_line_number)}</b>{how}</li>")
    if card.therapist_number or card.therapist_name:
        who = translate("SafetyPrint", "My therapist {name}").format(
            name=card.therapist_name or "").strip()
        parts.append(f"<li>{e(who)}: <b>{e(card.therapist_number or '')}</b></li>")
    parts.append(f"</ul><p class='muted'>{e(app_text(card.check_note))}</p>")
    for section in SECTIONS:
        parts.append(f"<h2>{section.number}. {e(app_text(section.heading))}</h2>")
        items = plan.section(section.key)
        if items:
            parts.append("<ul>" + "".join(f"<li>{e(i.text)}</li>" for i in items) + "</ul>")
        else:
            parts.append(f"<p class='muted'>{e(app_text(section.prompt))}</p>")
    return "".join(parts)


def _document(body: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(body)
    return doc


def save_pdf(body: str, path: Path) -> None:
    """Write the plan to path as an A4 PDF; UserError when the folder cannot be written."""
    partial = private_part(path)
    try:
        writer = a4_writer(partial, "My safety plan")
        _document(body).print_(writer)
        del writer  # flushes and closes the file
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)  # no half-written copy of the plan left behind
        raise


def print_plan(parent: QWidget, body: str) -> bool:
    """Ask which printer, then print; False when the person cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("ui.safety.printing", "Print my safety plan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(body).print_(printer)
    return True
