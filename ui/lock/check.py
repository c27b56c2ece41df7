"""The slow part of an unlock (an Argon2id verify, ~0.3 s) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from app.lock.service import matches
from ui.qt import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(bool)


class _Check(QRunnable):
    """Compares one secret with the verifier; touches neither a widget nor the database."""

    def __init__(self, verifier: str, secret: str) -> None:
        super().__init__()
        self._verifier = verifier
        self._secret = secret
        self.signals = _Signals()
        self.setAutoDelete(False)  # the caller keeps it until its signal has arrived

    def run(self) -> None:
        try:
            ok = matches(self._verifier, self._secret)
        finally:
            self._secret = ""
        self.signals.done.emit(ok)


class OffThreadCheck(QObject):
    """One check at a time; `done` comes back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: _Check | None = None
        self._done: Callable[[bool], None] | None = None
        self._kept: _Check | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, verifier: str, secret: str, done: Callable[[bool], None]) -> None:
        job = _Check(verifier, secret)
        # A method of this object: should the lock screen go first, Qt drops the call.
        job.signals.done.connect(self._finished)
        self._job, self._done = job, done
        # Kept past its signal too: the pool thread may still be returning from run().
        self._kept = job
        QThreadPool.globalInstance().start(job)

    def _finished(self, ok: bool) -> None:
        done, self._job, self._done = self._done, None, None
        if done is not None:
            done(ok)
