"""Adding audio files to the library: each checked, copies made off the GUI thread, the
rows written on it after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from app.meditation.audio_library import AudioLibraryService, Track
from ui.i18n import app_text, translate
from ui.qt import QObject, QRunnable, Qt, QThreadPool, Signal
from ui.widgets.status_line import StatusLine


class CopySignals(QObject):
    done = Signal(object, object, object)  # source Path, staged Path | None, error str | None


class CopyJob(QRunnable):
    """Copies one file into the audio folder off the GUI thread; touches no widget.

    It carries the title and tags chosen for its file: another import may start while it
    copies, and must not lend it its own."""

    def __init__(self, library: AudioLibraryService, source: Path, *, title: str | None, tags: str) -> None:
        super().__init__()
        self.signals = CopySignals()
        self._library = library
        self._source = source
        self.title, self.tags = title, tags

    def run(self) -> None:
        try:
            staged = self._library.stage_copy(self._source)
        except UserError as error:
            self.signals.done.emit(self._source, None, error.message)
            return
        self.signals.done.emit(self._source, staged, None)


class TrackImporter(QObject):
    """Imports files for the Audio section and tells how it went on the section's status
    line; on_added hears of each track written."""

    def __init__(self, library: AudioLibraryService, status: StatusLine, *,
                 on_added: Callable[[Track], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._status = status
        self._on_added = on_added
        self.pending = 0
        self._jobs: list[CopyJob] = []

    def import_files(self, files: list[Path], *, copy: bool, title: str | None, tags: str) -> None:
        title = title if len(files) == 1 else None
        problems: list[str] = []
        for path in files:
            try:
                self._library.check_importable(path)
            except UserError as error:
                problems.append(error.sentence(app_text))
                continue
            if copy:
                self.pending += 1
                job = CopyJob(self._library, path, title=title, tags=tags)
                job.signals.done.connect(self._copied, Qt.ConnectionType.QueuedConnection)
                self._jobs.append(job)
                QThreadPool.globalInstance().start(job)
            else:
                self._add(path, copy=False, staged=None, title=title, tags=tags, problems=problems)
        if self.pending:
            self._show_copying()
        self._report(problems)

    def _copied(self, source: Path, staged: Path | None, error: str | None) -> None:
        self.pending -= 1
        job = next(j for j in self._jobs if j.signals is self.sender())
        self._jobs.remove(job)
        problems = [UserError(error).sentence(app_text)] if error else []
        if staged is not None:
            self._add(source, copy=True, staged=staged, title=job.title, tags=job.tags, problems=problems)
        self._report(problems)

    def _add(
        self,
        path: Path,
        *,
        copy: bool,
        staged: Path | None,
        title: str | None,
        tags: str,
        problems: list[str],
    ) -> None:
        try:
            track = self._library.import_track(path, copy=copy, title=title, tags=tags, staged=staged)
        except UserError as error:
            problems.append(error.sentence(app_text))
            return
        self._on_added(track)

    def _show_copying(self) -> None:
        self._status.show_info(
            translate("AudioSection", "Copying {pending} file{value}…").format(
                pending=self.pending, value="s" if self.pending != 1 else ""
            )
        )

    def _report(self, problems: list[str]) -> None:
        if problems:
            not_added = translate("AudioSection", "Not added:")
            self._status.show_error(UserError(not_added + " " + " ".join(problems)))
        elif self.pending:
            self._show_copying()
        else:
            self._status.show_info(translate("AudioSection", "Added. Choose Play whenever you are ready."))
