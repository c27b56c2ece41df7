"""What the `stillpoint` command says when storage fails: one line, exit 2, for a full disk,
a read-only database, a bad URL or an unreachable server; a bug's log without the note."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

from tests.app.test_storage_failures import fill, tiny_disk

ROOT = Path(__file__).resolve().parents[2]
NOTE = "my-sister-said-zebra-7731"
NOBODY = 65534


def stillpoint(*args: str, env: dict[str, str] | None = None,
               prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    command = [*prefix, sys.executable, "-m", "ui.launch", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    return proc.stderr


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _add(data: Path, note: str = "a quiet walk", *more: str) -> subprocess.CompletedProcess[str]:
    return stillpoint("--data-dir", str(data), "mood", "add", "--pleasantness", "1",
                      "--energy", "1", "--note", note, *more)


@pytest.mark.parametrize(("url", "says"), [
    ("nonsense", "'nonsense' is not a URL SQLAlchemy knows; write it like postgresql+psycopg://"),
    ("postgresql://", "'postgresql://' names no database"),
    ("postgresql+psycopg://u@127.0.0.1:1/x",
     "cannot reach the database server at 127.0.0.1:1: connection refused"),
])
def test_bad_urls_and_unreachable_servers(data_dir, url, says):
    proc = stillpoint("--data-dir", str(data_dir), "--database-url", url, "mood", "list")
    assert proc.returncode == 2 and says in one_line(proc)


def test_a_full_disk_says_full_and_leaves_no_empty_database(tmp_path):
    with tiny_disk(tmp_path / "disk", "64k") as disk:
        fill(disk)
        proc = _add(disk / "data")
        assert proc.returncode == 2 and "is full" in one_line(proc)
        assert "cannot be read as a database" not in proc.stderr
        assert not list((disk / "data").glob("stillpoint.db*"))


def test_a_read_only_file_lists_and_refuses_to_save(data_dir):
    assert _add(data_dir).returncode == 0
    db_file = data_dir / "stillpoint.db"
    os.chmod(db_file, 0o400)
    listed = stillpoint("--data-dir", str(data_dir), "mood", "list")
    assert listed.returncode == 0 and "a quiet walk" in listed.stdout
    refused = _add(data_dir, "another")
    assert refused.returncode == 2 and "read-only" in one_line(refused)
    assert _mode(db_file) == 0o400


def _nobody_python() -> list[str] | None:
    """An interpreter the user 'nobody' may run, with this checkout and its packages."""
    setpriv = shutil.which("setpriv")
    if setpriv is None or os.geteuid() != 0:
        return None
    drop = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    places = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    boot = (f"import sys; sys.path[:0] = {places!r}; from app.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, shutil.which(version), f"/usr/bin/{version}"):
        if python and subprocess.run([*drop, python, "-c", "import sqlalchemy"],
                                     capture_output=True, env={"PYTHONPATH": places[1]},
                                     cwd="/").returncode == 0:
            return [*drop, python, "-c", boot]
    return None


@pytest.mark.parametrize(("folder_mode", "file_mode"), [(0o500, 0o600), (0o700, 0o400)])
def test_as_a_normal_user_a_read_only_database_lists_and_refuses_to_save(folder_mode,
                                                                          file_mode):
    """Root ignores permission bits, so this runs the command as 'nobody'."""
    command = _nobody_python()
    if command is None:
        # CI runs as root with setpriv (util-linux): there this must run, never skip.
        if os.environ.get("CI"):
            pytest.fail("needs root and setpriv to run the command as another user")
        pytest.skip("needs root and setpriv to run the command as another user")
    base = Path(tempfile.mkdtemp(prefix="stillpoint-ro-"))
    try:
        os.chmod(base, 0o755)
        data = base / "data"
        assert _add(data).returncode == 0
        for path in (data, *data.iterdir()):
            os.chown(path, NOBODY, NOBODY)
        os.chmod(data / "stillpoint.db", file_mode)
        os.chmod(data, folder_mode)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*command, "--data-dir", str(data), *args], cwd="/",
                                  capture_output=True, text=True, timeout=120,
                                  env={"HOME": str(base), "LANG": "C.UTF-8", "TZ": "UTC"})

        listed = run("mood", "list")
        assert listed.returncode == 0 and "a quiet walk" in listed.stdout, listed.stderr
        refused = run("mood", "add", "--pleasantness", "1", "--energy", "1")
        assert refused.returncode == 2 and "read-only" in one_line(refused)
        assert (_mode(data), _mode(data / "stillpoint.db")) == (folder_mode, file_mode)
    finally:
        os.chmod(base / "data", 0o700)
        shutil.rmtree(base)


def test_a_crash_logs_no_note_privately_and_nowhere_else(data_dir, tmp_path):
    assert _add(data_dir).returncode == 0
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        conn.execute("CREATE TRIGGER no_more BEFORE INSERT ON mood_checkin "
                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    elsewhere = tmp_path / "tmp"
    elsewhere.mkdir()
    env = {"TMPDIR": str(elsewhere)}
    crashed = stillpoint("--data-dir", str(data_dir), "mood", "add", "--pleasantness", "1",
                         "--energy", "1", "--note", NOTE, env=env)
    assert crashed.returncode == 1 and "details are in" in one_line(crashed)
    log = data_dir / "logs" / "stillpoint.log"
    assert NOTE not in log.read_text()
    assert (_mode(log.parent), _mode(log)) == (0o700, 0o600)

    shutil.rmtree(data_dir / "logs")
    (data_dir / "logs").write_text("")  # logs/ unusable: log nothing, not in /tmp either
    crashed = stillpoint("--data-dir", str(data_dir), "mood", "add", "--pleasantness", "1",
                         "--energy", "1", "--note", NOTE, env=env)
    assert crashed.returncode == 1 and "nothing was logged" in one_line(crashed)
    assert list(elsewhere.iterdir()) == []


def test_processes_adding_the_same_new_tag_at_once_all_succeed(data_dir):
    assert _add(data_dir).returncode == 0
    command = [sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir), "mood", "add",
               "--pleasantness", "1", "--energy", "1", "--tag", "place:Gym"]
    racers = [subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True,
                               stdout=subprocess.DEVNULL) for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in racers]
    assert [p.returncode for p in racers] == [0, 0, 0, 0], errors
    listed = stillpoint("--data-dir", str(data_dir), "mood", "list", "--json")
    assert listed.returncode == 0 and listed.stdout.count('"Gym"') == 4
