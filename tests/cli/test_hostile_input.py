"""Careless and hostile command lines: each is refused with exit 2 and one line, or handled.

Found by a hostile-user probe: empty values taken as "not given", bytes that are not UTF-8,
ids past SQLite's integer range, offsets with seconds, pipes and devices given as script
files, and a headless breathing session started with SIGINT ignored.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

MOOD = ("mood", "add", "--pleasantness", "1", "--energy", "1")
REGULATE = ("regulate", "add", "--situation", "a meeting", "--emotion", "anxious:6",
            "--strategy", "Paced breathing", "--helpful", "3")


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _stored(ctx) -> tuple[int, int]:
    return len(ctx.mood.list_checkins()), len(ctx.regulation.list_entries())


# -- 1. an empty value is refused, never read as "not given" -----------------------------

@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([*MOOD, "--at", ""], "--at is empty; give a date and time"),
        ([*MOOD, "--at", "  "], "--at is empty; give a date and time"),
        ([*MOOD, "--note", ""], "--note is empty"),
        ([*MOOD, "--tag", ""], "--tag is empty"),
        ([*REGULATE, "--at", ""], "--at is empty; give a date and time"),
        ([*REGULATE, "--person", ""], "--person is empty"),
        ([*REGULATE, "--practice", ""], "--practice is empty; give an id"),
        (["mood", "list", "--since", ""], "--since is empty; give a date"),
        (["regulate", "list", "--since", ""], "--since is empty; give a date"),
        (["stats", "week", "--date", ""], "--date is empty; give a date"),
        (["breathe", "--pattern", "", "--no-ui"], "--pattern is empty; give a name"),
        (["guided", "--validate", ""], "--validate is empty; give a file name"),
        (["guided", "--import", ""], "--import is empty; give a file name"),
        (["report", "--from", "2026-01-01", "--to", "2026-01-31", "--out", ""],
         "--out is empty; give a file name ending in .pdf"),
        (["--database-url", "", "mood", "list"], "--database-url is empty; give a database URL"),
    ],
)
def test_empty_value_is_refused(cli, ctx, args, message):
    result = cli(*args)
    assert result.code == 2, result
    assert _one_line(result.err).startswith(f"stillpoint: {message}")
    assert result.out == ""
    assert _stored(ctx) == (0, 0)


def test_empty_data_dir_does_not_fall_back_to_the_default_folder(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"))
    env.pop("STILLPOINT_DATA_DIR", None)
    proc = subprocess.run([sys.executable, "-m", "ui.launch", "--data-dir", "", *MOOD],
                          capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert _one_line(proc.stderr) == "stillpoint: --data-dir is empty; give a folder"
    assert not home.exists() and sorted(os.listdir(tmp_path)) == []


# -- 2. bytes that are not UTF-8, and ids past SQLite's range ----------------------------

def test_note_that_is_not_utf8_is_refused(data_dir, ctx):
    # As a shell passes $'\xff': Python decodes argv with surrogateescape.
    proc = subprocess.run([sys.executable, "-m", "ui.launch", *MOOD, b"--note", b"bad\xff\xfe"],
                          capture_output=True, timeout=60)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert _one_line(err).startswith("stillpoint: --note is not valid UTF-8")
    assert _stored(ctx) == (0, 0)


def test_huge_practice_id_is_refused(cli, ctx):
    result = cli(*REGULATE, "--practice", "99999999999999999999")
    assert result.code == 2, result
    assert _one_line(result.err) == ("stillpoint: practice must be from 1 to "
                                     "9223372036854775807, not 99999999999999999999")
    assert _stored(ctx) == (0, 0)


def test_huge_demo_seed_is_refused(cli, tmp_path):
    result = cli("demo-data", "--data-dir", str(tmp_path / "demo"), "--seed", "9" * 30)
    assert result.code == 2, result
    assert "seed must be from 0 to" in _one_line(result.err)


# -- 3. a UTC offset with seconds --------------------------------------------------------

def test_offset_with_seconds_is_refused(cli, ctx):
    result = cli(*MOOD, "--at", "2026-03-01T00:00:10+05:30:30")
    assert result.code == 2, result
    assert "UTC offset with seconds" in _one_line(result.err)
    assert _stored(ctx) == (0, 0)


def test_offset_in_minutes_keeps_its_day(cli, ctx):
    result = cli(*MOOD, "--at", "2026-03-01T00:00:10+05:30")
    assert result.code == 0, result.err
    assert "for 2026-03-01" in result.out


# -- 4. script files that are pipes, devices or too big ----------------------------------

def _run_limited(args: list[str], timeout: float = 20) -> subprocess.CompletedProcess[str]:
    def limit_memory() -> None:
        # Before the fix /dev/zero was read whole: cap the child so it fails, not the host.
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run([sys.executable, "-m", "ui.launch", *args], capture_output=True,
                          text=True, timeout=timeout, preexec_fn=limit_memory)


@pytest.mark.parametrize("option", ["--validate", "--import"])
def test_fifo_script_is_refused_without_waiting(data_dir, tmp_path, option):
    fifo = tmp_path / "script.txt"
    os.mkfifo(fifo)
    proc = _run_limited(["guided", option, str(fifo)])
    assert proc.returncode == 2, proc.stderr
    assert "is not a regular file" in _one_line(proc.stderr)


@pytest.mark.parametrize("option", ["--validate", "--import"])
def test_dev_zero_script_is_refused(data_dir, option):
    proc = _run_limited(["guided", option, "/dev/zero"])
    assert proc.returncode == 2, proc.stderr
    assert _one_line(proc.stderr) == ("stillpoint: /dev/zero: this is not a regular file (it "
                                      "is a folder, device or pipe); give a script file")


def test_oversized_script_is_refused(cli, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"title: Big\n" + b"say: " + b"a" * (1024 * 1024) + b"\n")
    result = cli("guided", "--validate", str(big))
    assert result.code == 2, result
    assert "larger than 1024 KiB" in _one_line(result.err)


def test_folder_as_script_is_refused(cli, tmp_path):
    result = cli("guided", "--validate", str(tmp_path))
    assert result.code == 2, result
    assert "is not a regular file" in _one_line(result.err)


# -- 5. a headless session ends on SIGINT even when started with SIGINT ignored ----------

@pytest.mark.parametrize(("stop", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_session_started_with_sigint_ignored_still_stops(data_dir, ctx, stop, code):
    ctx.breathing.create_pattern(name="Slow", inhale=2, hold_in=0, exhale=2, hold_out=0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.launch", "breathe", "--pattern", "slow", "--minutes", "1",
         "--no-ui"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # As a shell starts a background job: SIGINT ignored before Python starts.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        first = json.loads(proc.stdout.readline())
        assert first["phase"] == "inhale"
        proc.send_signal(stop)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["phase"] == "stopped"
    assert lines[-1]["session"]["completed"] is False
    record = ctx.breathing.list_sessions()[0]
    assert record.completed is False
    assert record.actual_seconds < 10 and record.planned_seconds == 60.0


def test_signal_handlers_are_restored_after_a_session(cli, ctx):
    ctx.breathing.create_pattern(name="Tiny", inhale=0.5, hold_in=0, exhale=0.5, hold_out=0)
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    result = cli("breathe", "--pattern", "tiny", "--cycles", "1", "--no-ui")
    assert result.code == 0, result.err
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


def test_path_option_still_gives_a_path(tmp_path):
    # Paths stay Path objects after the empty-value check wraps their type.
    from app.cli.parser import build_parser

    args = build_parser().parse_args(["guided", "--validate", str(tmp_path / "x.txt")])
    assert isinstance(args.validate, Path)
