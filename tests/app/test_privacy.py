"""Logs never hold what the user wrote, are private (0600 in a 0700 folder), and are never
written outside the data folder."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.cli import main
from app.context import open_context
from app.logs import log_exception, setup_file_logging
from app.storage.database import Database

NOTE = "my-sister-said-zebra-7731"  # distinctive: found anywhere means it leaked


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _everything_under(folder: Path) -> str:
    return "".join(f.read_text(errors="replace") for f in folder.rglob("*") if f.is_file())


def _refuse_checkins(data_dir: Path) -> None:
    """A save that fails inside the database, the way a CHECK or trigger would."""
    open_context(str(data_dir)).close()
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        conn.execute("CREATE TRIGGER no_more BEFORE INSERT ON mood_checkin "
                     "BEGIN SELECT RAISE(ABORT, 'refused'); END")


def test_a_failed_save_keeps_the_note_out_of_the_log(data_dir, capsys):
    _refuse_checkins(data_dir)
    code = main(["--data-dir", str(data_dir), "mood", "add", "--pleasantness", "1",
                 "--energy", "1", "--note", NOTE])
    err = capsys.readouterr().err
    assert code == 1 and "IntegrityError" in err
    log = (data_dir / "logs" / "stillpoint.log").read_text()
    assert "IntegrityError" in log and "Traceback" in log  # still useful for a bug report
    assert NOTE not in _everything_under(data_dir / "logs")


def test_exception_messages_are_withheld_along_the_whole_chain(data_dir):
    from sqlalchemy.exc import IntegrityError

    try:
        try:
            raise ValueError(f"could not parse {NOTE}")
        except ValueError as inner:
            raise IntegrityError("INSERT INTO mood_checkin (note) VALUES (?)", (NOTE,),
                                 sqlite3.IntegrityError(f"CHECK failed: {NOTE}")) from inner
    except IntegrityError as exc:
        target = log_exception(SimpleNamespace(data_dir=str(data_dir)), exc)
    assert target == data_dir / "logs" / "stillpoint.log"
    text = target.read_text()
    assert NOTE not in text
    assert "ValueError" in text and "IntegrityError" in text and "test_privacy.py" in text


def test_window_logging_withholds_messages_and_files_are_private(data_dir):
    old_umask = os.umask(0)  # a careless umask must not open the log to others
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_file_logging(data_dir / "logs")
        try:
            raise RuntimeError(NOTE)
        except RuntimeError:
            logging.getLogger("ui.test").exception("unexpected error")
    finally:
        os.umask(old_umask)
        for handler in root.handlers[len(before):]:
            handler.close()
            root.removeHandler(handler)
    log = data_dir / "logs" / "stillpoint.log"
    assert "unexpected error" in log.read_text() and NOTE not in log.read_text()
    assert _mode(log) == 0o600 and _mode(log.parent) == 0o700


def test_existing_loose_logs_are_tightened_never_loosened(data_dir):
    logs = data_dir / "logs"
    logs.mkdir(parents=True)
    os.chmod(logs, 0o755)
    (logs / "stillpoint.log").write_text("old\n")
    os.chmod(logs / "stillpoint.log", 0o644)
    log_exception(SimpleNamespace(data_dir=str(data_dir)), RuntimeError("x"))
    assert _mode(logs) == 0o700 and _mode(logs / "stillpoint.log") == 0o600


def test_an_unusable_logs_folder_logs_nothing_and_nowhere_else(data_dir, tmp_path, monkeypatch,
                                                               capsys):
    elsewhere = tmp_path / "tmp"
    elsewhere.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(elsewhere))
    monkeypatch.setenv("TMPDIR", str(elsewhere))
    _refuse_checkins(data_dir)
    (data_dir / "logs").write_text("not a folder")
    code = main(["--data-dir", str(data_dir), "mood", "add", "--pleasantness", "1",
                 "--energy", "1", "--note", NOTE])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "nothing was logged" in err
    assert list(elsewhere.iterdir()) == []
    assert (data_dir / "logs").read_text() == "not a folder"


def test_engines_hide_statement_parameters(data_dir):
    db = Database(f"sqlite:///{data_dir / 'x.db'}")
    try:
        assert db.engine.hide_parameters is True
    finally:
        db.dispose()


@pytest.mark.parametrize("bad", ["file", "symlink"])
def test_log_never_follows_a_link_or_replaces_a_file(data_dir, tmp_path, bad):
    outside = tmp_path / "outside.log"
    outside.write_text("")
    logs = data_dir / "logs"
    if bad == "symlink":
        logs.mkdir(parents=True)
        (logs / "stillpoint.log").symlink_to(outside)
    else:
        data_dir.mkdir(parents=True)
        logs.symlink_to(tmp_path)
    assert log_exception(SimpleNamespace(data_dir=str(data_dir)), RuntimeError(NOTE)) is None
    assert outside.read_text() == ""
