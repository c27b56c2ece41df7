"""A private PostgreSQL server for tests that need a real one (started once per run)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import uuid
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def _as_postgres(args: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; CI runs as root.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, base: Path) -> None:
        bindir = _bindir()
        if bindir is None or (shutil.which("runuser") is None and os.geteuid() == 0):
            message = "PostgreSQL is not installed (.ci/system-packages installs it)"
            if os.environ.get("CI") == "true":
                pytest.fail(message)
            pytest.skip(message)
        self.bindir = bindir
        self.data = base / "data"
        self.sockets = base / "sockets"
        self.sockets.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(base, "postgres")
            shutil.chown(self.sockets, "postgres")
        self.port = _free_port()
        subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(self.data), "-A", "trust",
                                     "-U", "stillpoint", "--no-sync"]),
                       check=True, capture_output=True)
        subprocess.run(_as_postgres([
            str(bindir / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(base / "log"),
            "-o", f"-p {self.port} -k {self.sockets} -c listen_addresses='' -c fsync=off",
            "start"]), check=True, capture_output=True)

    def new_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        subprocess.run([str(self.bindir / "createdb"), "-h", str(self.sockets), "-p",
                        str(self.port), "-U", "stillpoint", name], check=True,
                       capture_output=True)
        return f"postgresql+psycopg://stillpoint@/{name}?host={self.sockets}&port={self.port}"

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m",
                                     "fast", "stop"]), capture_output=True)
