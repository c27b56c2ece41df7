"""The "Report for my therapist" dialog: choose a period, the sections and which notes."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from app.errors import UserError
from app.stats.periods import Period, span
from app.stats.report import DEFAULT_SECTIONS, SECTION_TITLES, ReportRequest
from app.stats.service import StatsService
from ui import theme
from ui.i18n import app_text, moment_text, translate
from ui.qt import (
    QCheckBox,
    QDate,
    QDateEdit,
    QDateTimeEdit,
    QDesktopServices,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPalette,
    QPushButton,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
    QWidget,
    Signal,
)
from ui.widgets.card import align_form_labels, label
from ui.widgets.dialog_buttons import titled_dialog_column
from ui.widgets.form_fields import spaced_form
from ui.widgets.status_line import StatusLine

log = logging.getLogger(__name__)

OFFERED = ("mood", "emotions", "regulation", "practice", "therapy", "safety")


class _Signals(QObject):
    done = Signal(int, str)   # pages, path
    failed = Signal(str)


class _WriteJob(QRunnable):
    """Draws the PDF off the GUI thread; it only paints, it never touches a widget."""

    def __init__(self, data, path: Path) -> None:
        super().__init__()
        self.data, self.path = data, path
        self.signals = _Signals()
        self.setAutoDelete(False)  # the dialog keeps it until its signals have arrived

    def run(self) -> None:
        from ui.report.pdf import write_report

        try:
            pages = write_report(self.data, self.path)
        except UserError as exc:
            self.signals.failed.emit(exc.message)
            return
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or repr(exc))
            return
        except Exception:  # a drawing bug must not leave the dialog "writing" for ever
            log.exception("drawing the report into %s failed", self.path)
            self.signals.failed.emit(translate(
                "ReportDialog", "something unexpected went wrong while drawing it (the details "
                "are in Stillpoint's log)"))
            return
        self.signals.done.emit(pages, str(self.path))


NOTES_STYLE = """
QListWidget { padding: 8px; outline: none; }
QListWidget::item { padding: 6px 8px; border-radius: 6px; }
QListWidget::item:selected, QListWidget::item:hover {
    background: palette(alternate-base); color: palette(text);
}
QListWidget::indicator {
    width: 16px; height: 16px; border: 1px solid %(muted)s; border-radius: 4px;
    background: palette(base);
}
QListWidget::indicator:checked {
    background: palette(highlight); border-color: palette(highlight); image: url("%(tick)s");
}
"""


def notes_style(palette: QPalette) -> str:
    """The theme's check boxes for the notes' ticks: Fusion's own were lost in the dark."""
    role = QPalette.ColorRole
    tick = theme.svg_file("check", palette.color(role.HighlightedText).name())
    return NOTES_STYLE % {"muted": palette.color(role.PlaceholderText).name(), "tick": tick}


def _room_for_mnemonics(form: QFormLayout) -> None:
    """An underlined mnemonic is drawn apart from its neighbour, which loses the pair's
    kerning: "&To" measured 13 px and drew wider, clipped to "Tc". Each label gets the
    width of its letters set one by one."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        if isinstance(caption, QLabel):
            caption.ensurePolished()  # the theme's font, not the default one
            metrics = caption.fontMetrics()
            text = caption.text().replace("&", "")
            caption.setMinimumWidth(sum(metrics.horizontalAdvance(c) for c in text) + 2)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class ReportDialog(QDialog):
    saved = Signal(int, str)

    def __init__(self, stats: StatsService, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stats = stats
        self._job: _WriteJob | None = None
        column = titled_dialog_column(
            self,
            translate("ReportDialog", "Report for my therapist"),
            translate(
                "ReportDialog",
                "Choose a period and what to include. The PDF is saved where you say and goes "
                "nowhere else; you decide whether to share it.",
            ),
            min_width=520,
        )

        dates = spaced_form()
        self.start = QDateEdit(_qdate(period.start))
        self.end = QDateEdit(_qdate(period.end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            # Day first, as people say dates; the day (not the year) is the part selected.
            edit.setDisplayFormat(translate("Formats", "d MMMM yyyy"))
            edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
            edit.dateChanged.connect(self._load_notes)
        dates.addRow(translate("ReportDialog", "&From"), self.start)
        dates.addRow(translate("ReportDialog", "&To"), self.end)
        align_form_labels(dates)
        _room_for_mnemonics(dates)
        column.addLayout(dates)

        self.sections: dict[str, QCheckBox] = {}
        for key in OFFERED:
            box = QCheckBox(app_text(SECTION_TITLES[key]))
            box.setChecked(key in DEFAULT_SECTIONS)  # the safety plan only when ticked
            self.sections[key] = box
            column.addWidget(box)

        column.addWidget(label(translate("ReportDialog", "Notes to include"), "section"))
        column.addWidget(
            label(translate("ReportDialog", "Your notes stay private unless you tick them here."), "caption")
        )
        self.notes = QListWidget()
        self.notes.setAccessibleName(translate("ReportDialog", "Notes to include"))
        self.notes.setProperty("card", True)  # the theme's rounded surface, not a grey box
        self.notes.setStyleSheet(notes_style(self.palette()))
        self.notes.setSpacing(2)
        self.notes.setMinimumHeight(140)
        column.addWidget(self.notes)

        self.status = StatusLine(translate("ReportDialog", "Report status"))
        column.addWidget(self.status)
        column.addLayout(self._buttons())
        self._saved_path: str | None = None
        self._load_notes()

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(translate("ReportDialog", "Open PDF"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_saved)
        close = QPushButton(translate("ReportDialog", "Close"))
        close.clicked.connect(self.reject)
        self.save_button = QPushButton(translate("ReportDialog", "Save PDF…"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_save)
        for button in (self.open_button, close, self.save_button):
            buttons.addWidget(button)
        return buttons

    # -- choices -------------------------------------------------------------------------
    def _load_notes(self) -> None:
        self.notes.clear()
        start, end = _day(self.start.date()), _day(self.end.date())
        if start > end:
            self.status.show_error(
                UserError(
                    translate("ReportDialog", "The start date is after the end date; swap them to continue.")
                )
            )
            return
        self.status.clear()
        found = self._stats.notes(span(start, end))[:500]
        for note in found:
            item = QListWidgetItem(moment_text(note.local_time) + "  ·  " + note.note)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
        if not found:
            item = QListWidgetItem(translate("ReportDialog", "No notes in this period."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes.addItem(item)

    def request(self) -> ReportRequest:
        ticked = tuple(
            self.notes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.notes.count())
            if self.notes.item(i).checkState() == Qt.CheckState.Checked
        )
        sections = tuple(k for k, box in self.sections.items() if box.isChecked())
        if ticked:
            sections += ("notes",)
        return ReportRequest(
            start=_day(self.start.date()), end=_day(self.end.date()), sections=sections, note_ids=ticked
        )

    # -- saving --------------------------------------------------------------------------
    def file_dialog(self) -> QFileDialog:
        request = self.request()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        # ISO dates in the name, so the reports sort by date in any file manager.
        name = translate("ReportDialog", "stillpoint-report-{start}-to-{end}.pdf").format(
            start=request.start.isoformat(), end=request.end.isoformat())
        dialog = QFileDialog(self, translate("ReportDialog", "Save report"), folder,
                             translate("ReportDialog", "PDF document (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        # ".pdf" is added before the dialog's "replace it?" question, so it asks about the
        # file that will really be written.
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(name)
        return dialog

    def ask_save(self) -> None:
        dialog = self.file_dialog()
        chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        if chosen:
            self.save_to(Path(chosen[0]))

    def save_to(self, path: Path) -> bool:
        """Gather the figures now, draw the PDF in the background; False if the choice is
        not possible (the reason is shown in the dialog)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            if path.exists():  # nobody was asked about replacing this one
                self.status.show_error(
                    UserError(
                        translate(
                            "ReportDialog",
                            "{name} is already there. Choose another name, or choose {name} itself to "
                            "replace it.",
                        ).format(name=path.name)
                    )
                )
                return False
        try:
            data = self._stats.report(self.request())
        except UserError as exc:
            self.status.show_error(exc)
            return False
        if not path.parent.is_dir():
            self.status.show_error(
                UserError(
                    translate("ReportDialog", "The folder {parent} does not exist. Choose another.").format(
                        parent=path.parent
                    )
                )
            )
            return False
        self.status.show_info(translate("ReportDialog", "Writing your report…"))
        self.save_button.setEnabled(False)
        self._job = _WriteJob(data, path)
        self._job.signals.done.connect(self._on_done)
        self._job.signals.failed.connect(self._on_failed)
        QThreadPool.globalInstance().start(self._job)
        return True

    def _on_done(self, pages: int, path: str) -> None:
        self.save_button.setEnabled(True)
        self._saved_path = path
        self.status.show_info(
            translate("ReportDialog", "Saved a {pages}-page report to {path}.").format(pages=pages, path=path)
        )
        self.open_button.show()
        self.saved.emit(pages, path)

    def _on_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.status.show_error(
            UserError(
                translate("ReportDialog", "The report could not be saved: {message}").format(message=message)
            )
        )

    def _open_saved(self) -> None:
        if self._saved_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._saved_path))
