"""Storage failures a person can fix are said plainly: a full disk, a database made
read-only, a URL that is not one, an unreachable server. Two processes adding the same
tag both succeed. Permissions the user set are never loosened."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.context import open_context
from app.errors import StorageError
from app.mood.types import CheckinDraft
from app.storage import database

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextlib.contextmanager
def tiny_disk(where: Path, size: str):
    """A real small file system (tmpfs); the tests run as root in CI, where mount works."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(where)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs to fill up (run the tests as root): {done.stderr}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path) -> None:
    with contextlib.suppress(OSError), open(disk / "filler", "wb") as f:
        while True:
            f.write(b"\0" * 4096)
            f.flush()


def cap_pages(monkeypatch, pages: int) -> None:
    """Every connection Stillpoint opens may grow the file to `pages` pages: SQLite's own
    limit then gives the real SQLITE_FULL error, without a full disk."""
    plain = database._apply_sqlite_pragmas

    def capped(conn):
        plain(conn)
        conn.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(database, "_apply_sqlite_pragmas", capped)


def _draft(note: str = "a quiet walk") -> CheckinDraft:
    return CheckinDraft(pleasantness=2, energy=1, note=note)


# -- full disk ----------------------------------------------------------------------------
def test_a_new_folder_on_a_full_disk_says_full_and_leaves_no_empty_database(tmp_path):
    with tiny_disk(tmp_path / "disk", "64k") as disk:
        fill(disk)
        with pytest.raises(StorageError, match=r"disk holding .* is full"):
            open_context(str(disk / "data"))
        assert not any(f.name.startswith("stillpoint.db") for f in (disk / "data").iterdir())


def test_an_existing_database_on_a_full_disk_says_full_and_stays_whole(tmp_path):
    with tiny_disk(tmp_path / "disk", "1m") as disk:
        with open_context(str(disk / "data")) as ctx:
            ctx.mood.add_checkin(_draft())
        fill(disk)
        with pytest.raises(StorageError, match="is full") as caught, \
                open_context(str(disk / "data")) as ctx:
            ctx.mood.add_checkin(_draft("x" * 4000))
        assert "cannot be read as a database" not in str(caught.value)
        (disk / "filler").unlink()
        with open_context(str(disk / "data")) as ctx:
            assert [c.note for c in ctx.mood.list_checkins()] == ["a quiet walk"]


def test_a_full_database_file_on_save_says_full(data_dir, monkeypatch):
    """The same without a mount: SQLite's page limit gives the real SQLITE_FULL error."""
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(_draft())
    pages = sqlite3.connect(data_dir / "stillpoint.db").execute("PRAGMA page_count").fetchone()[0]
    cap_pages(monkeypatch, pages)
    with open_context(str(data_dir)) as ctx:
        with pytest.raises(StorageError, match="is full"):
            for _ in range(50):  # each needs a new page before long
                ctx.mood.add_checkin(_draft("x" * 1900))
        assert 1 <= len(ctx.mood.list_checkins()) < 50


# -- read-only ------------------------------------------------------------------------------
def _saved_once(data_dir: Path) -> Path:
    with open_context(str(data_dir)) as ctx:
        ctx.mood.add_checkin(_draft())
    return data_dir / "stillpoint.db"


def test_a_read_only_file_stays_read_only_and_opens_for_reading(data_dir):
    db_file = _saved_once(data_dir)
    os.chmod(db_file, 0o400)
    with open_context(str(data_dir)) as ctx:
        assert [c.note for c in ctx.mood.list_checkins()] == ["a quiet walk"]
        with pytest.raises(StorageError, match="read-only"):
            ctx.mood.add_checkin(_draft())
    assert _mode(db_file) == 0o400


def test_a_read_only_folder_stays_read_only_and_opens_for_reading(data_dir):
    _saved_once(data_dir)
    os.chmod(data_dir, 0o500)
    try:
        with open_context(str(data_dir)) as ctx:
            assert [c.note for c in ctx.mood.list_checkins()] == ["a quiet walk"]
            with pytest.raises(StorageError, match=f"folder {data_dir} is read-only"):
                ctx.mood.add_tag(name="Gym", category="place")
        assert _mode(data_dir) == 0o500
    finally:
        os.chmod(data_dir, 0o700)


def test_loose_permissions_are_tightened(data_dir):
    db_file = _saved_once(data_dir)
    os.chmod(data_dir, 0o755)
    os.chmod(db_file, 0o644)
    open_context(str(data_dir)).close()
    assert _mode(data_dir) == 0o700 and _mode(db_file) == 0o600


def test_a_read_only_database_that_needs_creating_is_refused_untouched(data_dir):
    data_dir.mkdir()
    (data_dir / "stillpoint.db").write_bytes(b"")
    os.chmod(data_dir / "stillpoint.db", 0o400)
    with pytest.raises(StorageError, match="read-only"):
        open_context(str(data_dir))
    assert _mode(data_dir / "stillpoint.db") == 0o400


# -- URLs and servers -------------------------------------------------------------------------
@pytest.mark.parametrize(("url", "says"), [
    ("nonsense", "the database URL 'nonsense' is not a URL SQLAlchemy knows; write it like "
                 "postgresql+psycopg://user@host/name"),
    ("postgresql://", "the database URL 'postgresql://' names no database"),
    ("postgresql+psycopg://u@127.0.0.1:1/x",
     "cannot reach the database server at 127.0.0.1:1: connection refused"),
    ("postgresql+psycopg://u:hunter2@127.0.0.1:1/x", "127.0.0.1:1: connection refused"),
])
def test_bad_urls_and_unreachable_servers_say_what_to_fix(data_dir, url, says):
    with pytest.raises(StorageError) as caught:
        open_context(str(data_dir), url)
    assert says in str(caught.value) and "hunter2" not in str(caught.value)


def test_paths_prepare_keeps_a_user_read_only_folder(data_dir):
    _saved_once(data_dir)
    os.chmod(data_dir, 0o500)
    try:
        paths.prepare(paths.resolve(str(data_dir)))
        assert _mode(data_dir) == 0o500
    finally:
        os.chmod(data_dir, 0o700)


# -- two processes adding the same tag ----------------------------------------------------------
def _interleaved(first, second_adds) -> None:
    """Let `second_adds` run after `first` looked the tag up and before it writes: exactly
    the window in which another process adds the same tag."""
    look_up = first.mood.list_tags

    def list_tags_then_race(**kwargs):
        found = look_up(**kwargs)
        second_adds()
        return found

    first.mood.list_tags = list_tags_then_race


def test_the_same_new_tag_added_at_once_is_one_tag(data_dir):
    _saved_once(data_dir)
    with open_context(str(data_dir)) as one, open_context(str(data_dir)) as two:
        _interleaved(one, lambda: two.mood.add_tag(name="Gym", category="place"))
        tag = one.mood.add_tag(name="Gym", category="place")
        assert [t.id for t in two.mood.list_tags() if t.name == "Gym"] == [tag.id]


def test_the_same_new_tag_on_two_checkins_at_once_is_one_tag(data_dir):
    _saved_once(data_dir)
    with open_context(str(data_dir)) as one, open_context(str(data_dir)) as two:
        _interleaved(one, lambda: two.mood.add_checkin(CheckinDraft(
            pleasantness=1, energy=1, tags=("place:Gym",))))
        saved = one.mood.add_checkin(CheckinDraft(pleasantness=1, energy=1, tags=("place:Gym",)))
        gyms = [t for t in two.mood.list_tags() if t.name == "Gym"]
        assert len(gyms) == 1 and [t.id for t in saved.tags] == [gyms[0].id]
        assert len(two.mood.list_checkins()) == 3


RACER = """
import sys, time
from app.context import open_context
with open_context(sys.argv[1]) as ctx:
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    for i in range(int(sys.argv[3])):
        ctx.mood.add_tag(name=f"Race {i}", category="place")
"""


def test_processes_racing_to_add_the_same_tags_all_succeed(data_dir):
    import time

    _saved_once(data_dir)
    start = str(time.time() + 3)  # after every interpreter has started
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(data_dir), start, "15"],
                               cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in racers]
    assert [p.returncode for p in racers] == [0, 0, 0, 0], errors
    with open_context(str(data_dir)) as ctx:
        names = [t.name for t in ctx.mood.list_tags() if t.name.startswith("Race ")]
    assert sorted(names) == sorted(f"Race {i}" for i in range(15))
