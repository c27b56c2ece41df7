"""Script files that are pipes, devices or too big; UTC offsets with seconds (hostile probe)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import threading
from pathlib import Path

import pytest

from app.errors import UserError
from app.meditation.library import MAX_SCRIPT_BYTES, load_user_scripts, read_script_file
from app.meditation.script import ScriptError
from app.timeutil import parse_moment, stamp_from

SCRIPT = """\
title: Short
kind: meditation
summary: A short one.
intro: Sit comfortably.

say 10s: Breathe in and out.
"""


def _within(seconds: float, work):
    """work() in a daemon thread; fails the test instead of hanging it."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the test below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "script.txt"
    os.mkfifo(fifo)
    with pytest.raises(ScriptError, match="is not a regular file"):
        _within(5, lambda: read_script_file(fifo))


def test_fifo_in_the_scripts_folder_is_listed_as_a_problem(tmp_path):
    (tmp_path / "good.txt").write_text(SCRIPT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    scripts = _within(5, lambda: load_user_scripts(tmp_path))
    assert [s.title for s in scripts.scripts] == ["Short"]
    assert len(scripts.problems) == 1 and "pipe.txt" in scripts.problems[0]


def test_device_and_folder_are_refused(tmp_path):
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(ScriptError, match="is not a regular file"):
            _within(5, lambda p=path: read_script_file(p))


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    sparse = tmp_path / "huge.txt"
    with sparse.open("wb") as out:
        out.truncate(50 * MAX_SCRIPT_BYTES)  # 50 MiB claimed, nothing written
    with pytest.raises(ScriptError, match="larger than 1024 KiB"):
        read_script_file(sparse)
    just_over = tmp_path / "over.txt"
    just_over.write_bytes(b"#" * (MAX_SCRIPT_BYTES + 1))
    with pytest.raises(ScriptError, match="larger than 1024 KiB"):
        read_script_file(just_over)


def test_ordinary_file_still_reads(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text(SCRIPT, encoding="utf-8")
    script = read_script_file(path)
    assert (script.title, script.source_path) == ("Short", path)


@pytest.mark.parametrize("text", ["2026-03-01T00:30:00+05:30:30",
                                  "2026-11-27T00:00:10-00:00:30",
                                  "2026-11-27T00:00:10+01:00:00.5"])
def test_offset_with_seconds_is_refused(text):
    with pytest.raises(ValueError, match="UTC offset with seconds"):
        parse_moment(text)


@pytest.mark.parametrize("offset", [dt.timedelta(hours=5, minutes=30, seconds=30),
                                    -dt.timedelta(hours=5, minutes=30, seconds=30),
                                    dt.timedelta(minutes=19, seconds=32)])
def test_stamp_keeps_the_local_day_when_the_offset_has_seconds(offset):
    # Such offsets still reach stamp_from from a naive time in an old local mean time.
    moment = dt.datetime(2026, 3, 1, 0, 0, 10, tzinfo=dt.timezone(offset))
    stamp = stamp_from(moment)
    assert stamp.local == dt.datetime(2026, 3, 1, 0, 0, 10)
    assert stamp.local_day == dt.date(2026, 3, 1)
    assert abs(stamp.at_utc - moment.astimezone(dt.UTC).replace(tzinfo=None)) < \
        dt.timedelta(minutes=1)


def test_stamp_is_exact_for_whole_minute_offsets():
    moment = dt.datetime(2026, 3, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45)))
    stamp = stamp_from(moment)
    assert stamp.at_utc == dt.datetime(2026, 2, 28, 18, 45)
    assert (stamp.offset_min, stamp.local_day) == (345, dt.date(2026, 3, 1))


def test_export_never_replaces_a_pipe_or_device(tmp_path):
    from app.meditation.library import builtin_scripts, export_script

    fifo = tmp_path / "out.txt"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="is not a regular file"):
        export_script(builtin_scripts()[0], fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    with pytest.raises(UserError, match="is not a regular file"):
        export_script(builtin_scripts()[0], tmp_path)
