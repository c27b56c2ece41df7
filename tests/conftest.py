"""Test-wide setup: offscreen Qt, fixed locale and time zone, a fresh data dir per test."""

from __future__ import annotations

import os
import time

# Before anything can create a QApplication.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
os.environ["TZ"] = "Europe/Berlin"  # has DST, so day-boundary bugs show up
time.tzset()
os.environ.pop("STILLPOINT_DATA_DIR", None)
# Apps started by tests (also as subprocesses) skip the first-run welcome unless a test asks.
os.environ["STILLPOINT_NO_WELCOME"] = "1"

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh, private data dir; also the default location for code that reads the env."""
    folder = tmp_path / "data"
    monkeypatch.setenv("STILLPOINT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def ctx(data_dir):
    from app.context import open_context

    context = open_context(str(data_dir))
    yield context
    context.close()


@pytest.fixture(scope="session")
def postgres_server():
    import shutil
    import tempfile
    from pathlib import Path

    from tests.pg import Server

    # Not under pytest's tmp dir: that is private to root, and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="stillpoint-pg-"))
    server = Server(base)
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    return postgres_server.new_database()
