"""One window per data folder, and a CLI write shows up in an open window."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

from ui.data_watch import DataWatch
from ui.single_instance import server_name


def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # for server_name() here too
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("STILLPOINT_DATA_DIR", None)
    return env


def _launch(data_dir, env):
    return subprocess.Popen([sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _raise_logged(data_dir) -> bool:
    log = data_dir / "logs" / "stillpoint.log"
    return log.exists() and "asked to bring the window to the front" in log.read_text()


def _wait_listening(name, deadline=60.0) -> bool:
    """True once the first instance accepts connections (a stale file refuses them)."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        probe = socket.socket(socket.AF_UNIX)
        try:
            probe.connect(name)
            return True
        except OSError:
            time.sleep(0.2)
        finally:
            probe.close()
    return False


def _second_launch_until_raised(data_dir, env, deadline=60.0):
    end = time.monotonic() + deadline
    codes = []
    while time.monotonic() < end and not _raise_logged(data_dir):
        second = _launch(data_dir, env)
        try:
            codes.append(second.wait(timeout=60))
        except subprocess.TimeoutExpired:  # it opened a window of its own: end it
            second.kill()
            second.wait()
            codes.append(None)
        time.sleep(0.3)
    return codes


def test_second_launch_raises_the_first_and_exits_0(tmp_path, data_dir, monkeypatch):
    env = _env(tmp_path, monkeypatch)
    first = _launch(data_dir, env)
    try:
        assert _wait_listening(server_name(data_dir))
        codes = _second_launch_until_raised(data_dir, env)
        assert _raise_logged(data_dir) and codes and set(codes) == {0}
        assert first.poll() is None  # the first window is still open
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_stale_socket_is_replaced(tmp_path, data_dir, monkeypatch):
    env = _env(tmp_path, monkeypatch)
    name = server_name(data_dir)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)  # bound, never listening, never removed: like a crashed instance
    stale.close()
    first = _launch(data_dir, env)
    try:
        assert _wait_listening(name)  # it did not take the stale socket for a window
        assert first.poll() is None
        _second_launch_until_raised(data_dir, env)
        assert _raise_logged(data_dir)
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_cli_write_shows_up_on_the_today_page(window, ctx, qtbot, data_dir):
    page = window.show_page("today")
    assert page.entry_count() == 0
    DataWatch(ctx.db, ctx.hub, window, interval_ms=100)
    done = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir), "mood", "add",
         "--pleasantness", "2", "--energy", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: page.entry_count() == 1, timeout=5000)


def test_a_cli_restore_shows_up_and_later_saves_reach_the_restored_file(
        window, ctx, qtbot, data_dir, tmp_path):
    """restore renames a new file over the database: the window follows it, for reads and
    for its next save, instead of staying on the old, unlinked file."""
    from app.mood.types import CheckinDraft

    def cli(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir),
                               *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr

    page = window.show_page("today")
    ctx.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1))
    cli("backup", "--out", str(tmp_path / "one.db"))
    ctx.mood.add_checkin(CheckinDraft(pleasantness=2, energy=2))
    qtbot.waitUntil(lambda: page.entry_count() == 2, timeout=5000)
    DataWatch(ctx.db, ctx.hub, window, interval_ms=100)
    cli("restore", str(tmp_path / "one.db"))
    qtbot.waitUntil(lambda: page.entry_count() == 1, timeout=5000)
    ctx.mood.add_checkin(CheckinDraft(pleasantness=3, energy=3))
    done = subprocess.run([sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir), "mood",
                           "list", "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    kept = [c["pleasantness"] for c in json.loads(done.stdout)["checkins"]]
    assert kept == [1, 3]  # the restored one, and the save made after the restore
