"""Copying an imported audio file into Stillpoint's folder, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserError
from app.meditation.audio_library import AudioLibraryService
from ui.qt import QObject, QRunnable, Signal


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
