"""`--self-test` and `--quit-after-startup` as a user's shell runs them."""

from __future__ import annotations

import os
import subprocess
import sys

from app import paths


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.launch", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_self_test_visits_every_page(data_dir):
    result = _run("--data-dir", str(data_dir), "--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_quit_after_startup_creates_the_database_and_exits(data_dir):
    result = _run("--data-dir", str(data_dir), "--quit-after-startup")
    assert result.returncode == 0, result.stderr
    assert (data_dir / paths.DB_FILENAME).exists()


def test_gui_refuses_a_corrupt_database_with_one_line(data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / paths.DB_FILENAME).write_bytes(b"nope" * 1000)
    result = _run("--data-dir", str(data_dir), "--quit-after-startup")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot be read as a database" in result.stderr
