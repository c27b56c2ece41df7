"""Export and import on the Settings page's "Your data" card.

Both run off the GUI thread (a QRunnable in the global pool): the worker calls the
exchange service and only emits signals; the panel, on the GUI thread, updates widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.exchange.passphrase import file_is_encrypted
from app.exchange.service import ExchangeService
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate
from ui.qt import (
    QFileDialog,
    QHBoxLayout,
    QObject,
    QProgressBar,
    QPushButton,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings.data_protect import ProtectBox, UnlockRow
from ui.widgets.card import label
from ui.widgets.status_line import StatusLine

log = logging.getLogger(__name__)
_FILTERS = {
    "json": QT_TRANSLATE_NOOP("DataPanel", "Stillpoint export (*.json)"),
    "csv": QT_TRANSLATE_NOOP("DataPanel", "Zip of CSV files (*.zip)"),
}


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Runs one export or import; it never touches a widget."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # the panel keeps it until its signals have arrived

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except UserError as exc:
            self.signals.failed.emit(exc.sentence(app_text))
            return
        except Exception:  # a bug must not leave the panel busy for ever
            log.exception("export or import failed")
            self.signals.failed.emit("Something unexpected went wrong (the details are in Stillpoint's log).")
            return
        self.signals.done.emit(result)


class DataPanel(QWidget):
    def __init__(self, get_exchange: Callable[[], ExchangeService], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._get_exchange = get_exchange
        self._job: _Job | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(10)
        box.addWidget(
            label(translate("DataPanel", "Take all your entries with you, or bring them back."), "muted")
        )
        self.protect = ProtectBox()
        box.addWidget(self.protect)
        row = QHBoxLayout()
        self.export_json = QPushButton(translate("DataPanel", "Export &JSON…"))
        self.export_json.clicked.connect(lambda: self.start_export("json"))
        self.export_csv = QPushButton(translate("DataPanel", "Export for &spreadsheets…"))
        self.export_csv.clicked.connect(lambda: self.start_export("csv"))
        self.import_button = QPushButton(translate("DataPanel", "&Import…"))
        self.import_button.clicked.connect(self.start_import)
        for button in (self.export_json, self.export_csv, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.unlock = UnlockRow()
        self.unlock.unlock.clicked.connect(self._unlock_and_import)
        self.unlock.field.returnPressed.connect(self._unlock_and_import)
        box.addWidget(self.unlock)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("DataPanel", "Import progress"))
        self.progress.hide()
        box.addWidget(self.progress)
        self.status = StatusLine(translate("DataPanel", "Export and import"))
        box.addWidget(self.status)

    # The dialogs are methods so that tests can answer them.
    def ask_save_path(self, fmt: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "stillpoint-export." + ("json" if fmt == "json" else "zip")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("DataPanel", "Export your data"),
            str(Path(folder) / name),
            translate("DataPanel", _FILTERS[fmt]),
        )
        return path

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("DataPanel", "Import a Stillpoint export"),
            "",
            translate("DataPanel", _FILTERS["json"]),
        )
        return path

    def start_export(self, fmt: str) -> None:
        try:
            seal = self.protect.seal()
        except UserError as exc:
            self.status.show_error(exc)
            return
        path = self.ask_save_path(fmt)
        if not path:
            return
        exchange = self._get_exchange()
        self._run(
            lambda _progress: (path, exchange.export(Path(path), fmt, seal=seal), seal is not None),
            self._exported,
            translate("DataPanel", "Exporting…"),
        )

    def start_import(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        if file_is_encrypted(path):
            self.unlock.ask(path)
            self.status.show_info(
                translate("DataPanel", "This export is protected. Type its passphrase to import it.")
            )
            return
        self.unlock.close_row()
        self._import(path, None)

    def _unlock_and_import(self) -> None:
        if self.unlock.path and not self.busy():
            self._import(self.unlock.path, self.unlock.field.text())

    def _import(self, path: str, passphrase: str | None) -> None:
        exchange = self._get_exchange()
        self._run(
            lambda progress: exchange.import_file(Path(path), progress, passphrase=passphrase),
            self._imported,
            translate("DataPanel", "Checking the file…"),
        )

    def busy(self) -> bool:
        return self._job is not None

    def _run(
        self, work: Callable[[Callable[[int, int], None]], Any], done: Callable[[Any], None], note: str
    ) -> None:
        self._set_busy(True)
        self.status.show_info(note)
        job = _Job(work)
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(lambda result: self._finished(done, result))
        job.signals.failed.connect(self._failed)
        self._job = job
        QThreadPool.globalInstance().start(job)

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._set_busy(False)
        done(result)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.export_json, self.export_csv, self.import_button, self.unlock.unlock):
            button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)  # "working" until the first count arrives
            self.progress.show()
        else:
            self.progress.hide()
            self._job = None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, result: tuple[str, dict[str, int], bool]) -> None:
        path, counts, sealed = result
        care = (
            translate("DataPanel", "It is protected with your passphrase.")
            if sealed
            else translate("DataPanel", "It is plain text: keep it somewhere private.")
        )
        self.status.show_info(
            translate("DataPanel", "Saved {sum} rows to {path}. {care}").format(
                sum=sum(counts.values()), path=path, care=care
            )
        )

    def _imported(self, summary: Any) -> None:
        self.unlock.close_row()
        self.status.show_info(
            translate("DataPanel", "Read {read} rows: {added} added, {present} already here.").format(
                read=summary.read, added=summary.added, present=summary.present
            )
        )

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.show_error(UserError(message))


def add_to_settings(page: QWidget, get_exchange: Callable[[], ExchangeService]) -> DataPanel:
    """The panel at the end of the "Your data" card (or of the page, if it has none)."""
    panel = DataPanel(get_exchange)
    panel.setObjectName("dataExchange")
    content = page.content  # type: ignore[attr-defined]
    for i in range(content.count()):
        card = content.itemAt(i).widget()
        title = getattr(card, "title", None)
        if title is not None and title.text() == translate("SettingsPage", "Your data"):
            card.body.addWidget(panel)
            break
    else:
        content.insertWidget(max(content.count() - 1, 0), panel)
    page.data_panel = panel  # type: ignore[attr-defined]
    return panel
