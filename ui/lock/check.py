"""The slow parts of the app lock (an Argon2id hash or verify, ~0.3-1 s) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.lock.service import matches
from ui.qt import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    """Runs one pure function (a hash, a verify): touches neither a widget nor the database,
    so nothing here needs the GUI thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work: Callable[[], Any] | None = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # the caller keeps it until its signal has arrived

    def run(self) -> None:
        work, self._work = self._work, None  # drop the closure (and the secret in it)
        assert work is not None
        try:
            result = work()
        except Exception as exc:  # the GUI thread decides what to say; the job must end
            result = exc
        self.signals.done.emit(result)


class OffThread(QObject):
    """One job at a time; `done` gets its result back on the GUI thread (the exception
    instead, when the work raised one)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: _Job | None = None
        self._done: Callable[[Any], None] | None = None
        self._kept: _Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        job = _Job(work)
        # A method of this object: should its owner go first, Qt drops the call.
        job.signals.done.connect(self._finished)
        self._job, self._done = job, done
        # Kept past its signal too: the pool thread may still be returning from run().
        self._kept = job
        QThreadPool.globalInstance().start(job)

    def _finished(self, result: Any) -> None:
        done, self._job, self._done = self._done, None, None
        if done is not None:
            done(result)


class OffThreadCheck(OffThread):
    """An unlock's check: whether a secret fits the verifier."""

    def start(self, verifier: str, secret: str, done: Callable[[bool], None]) -> None:
        # Only a real True opens the lock: a failed check (an exception) is a wrong one.
        self.run(lambda: matches(verifier, secret), lambda result: done(result is True))
