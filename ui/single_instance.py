"""One window per data folder: a second launch asks the first to come to the front.

The first instance listens on a local socket named after its data folder (a hash of the
path, in the user's runtime folder); a second launch on the same folder connects, asks
it to raise its window, and exits. A socket left by a crashed instance answers nobody,
so it is removed and the new instance takes its place.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from ui.qt import QLocalServer, QLocalSocket, QObject, Signal

log = logging.getLogger(__name__)
RAISE = b"raise\n"
CONNECT_MS = 500


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(runtime) / f"stillpoint-{digest}")


def ask_running_instance(name: str) -> bool:
    """True when an instance answered and was asked to raise its window."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(CONNECT_MS):
        return False
    sock.write(RAISE)
    sock.flush()
    sock.waitForBytesWritten(CONNECT_MS)
    sock.disconnectFromServer()
    return True


def _answers(name: str) -> bool:
    sock = QLocalSocket()
    sock.connectToServer(name)
    alive = sock.waitForConnected(CONNECT_MS)
    sock.abort()
    return alive


class SingleInstance(QObject):
    """The first instance's end: emits raise_requested when a second launch asks."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name) and not _answers(name):
            # A stale socket from an instance that crashed: nobody answers on it.
            QLocalServer.removeServer(name)
            if not self._server.listen(name):
                log.warning("cannot listen for a second launch: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if RAISE.strip() in bytes(sock.readAll().data()):
            log.info("a second launch asked to bring the window to the front")
            self.raise_requested.emit()
