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


def test_self_test_with_an_app_lock_says_why_in_one_line(data_dir):
    from app.context import open_context
    from app.lock.service import LockService

    with open_context(str(data_dir)) as ctx:
        LockService(ctx.settings, ctx.hub).set_lock(kind="pin", secret="4321")
    result = _run("--data-dir", str(data_dir), "--self-test")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "app lock is on" in result.stderr


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


def test_without_a_display_the_window_says_why_in_one_line(data_dir):
    """No DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM: Qt would abort (exit 134)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    entry = os.path.join(os.path.dirname(sys.executable), "stillpoint")
    command = [entry] if os.path.exists(entry) else [sys.executable, "-m", "ui.launch"]
    result = subprocess.run([*command, "--data-dir", str(data_dir)], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "DISPLAY" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert not data_dir.exists()  # nothing was opened or created
