"""Export, import and backup given careless or hostile places and passphrases: exit 2, one
line, nothing written and the data folder byte-identical."""

from __future__ import annotations

import os
import stat
from pathlib import Path

NOTE = "moss on the north wall"


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every file but the log, by name: a -wal or -shm left behind counts as a change."""
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*")
            if p.is_file() and "logs" not in p.parts}


def one_line(result, words: str) -> None:
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and words in result.err, result.err


def test_passphrase_that_is_not_utf8(cli, data_dir, tmp_path, monkeypatch):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "0", "--note", NOTE).code == 0
    monkeypatch.setenv("STILLPOINT_EXPORT_PASSPHRASE", "right")
    sealed = tmp_path / "sealed.json.enc"
    assert cli("export", "--encrypt", "--out", str(sealed)).code == 0
    before = snapshot(data_dir)
    # Bytes that are not UTF-8 reach Python's environment as lone surrogates.
    monkeypatch.setenv("STILLPOINT_EXPORT_PASSPHRASE", "bad\udcff\udcfe")
    one_line(cli("export", "--encrypt", "--out", str(tmp_path / "new.enc")), "UTF-8")
    assert not (tmp_path / "new.enc").exists()
    one_line(cli("import", str(sealed)), "UTF-8")
    monkeypatch.setenv("STILLPOINT_EXPORT_PASSPHRASE", "wrong")
    one_line(cli("import", str(sealed)), "passphrase is wrong")
    assert snapshot(data_dir) == before


def test_a_read_only_folder_gets_no_export_or_backup(cli, data_dir, tmp_path):
    assert cli("mood", "add", "--pleasantness", "1", "--energy", "0", "--note", NOTE).code == 0
    shut = tmp_path / "shut"
    shut.mkdir()
    shut.chmod(0o500)  # the tests may run as root, who could still write: the bits decide
    before = snapshot(data_dir)
    try:
        one_line(cli("export", "--out", str(shut / "all.json")), "read-only")
        one_line(cli("backup", "--out", str(shut / "copy.db")), "read-only")
        assert list(shut.iterdir()) == []
    finally:
        shut.chmod(0o700)
    assert snapshot(data_dir) == before


def test_report_and_script_refuse_folders_pipes_and_read_only_places(cli, tmp_path):
    period = ("report", "--from", "2026-11-01", "--to", "2026-11-30", "--force", "--out")
    (tmp_path / "folder.pdf").mkdir()
    one_line(cli(*period, str(tmp_path / "folder.pdf")), "not a regular file")
    os.mkfifo(tmp_path / "pipe.pdf")
    one_line(cli(*period, str(tmp_path / "pipe.pdf")), "not a regular file")
    assert stat.S_ISFIFO((tmp_path / "pipe.pdf").stat().st_mode)  # --force replaced no pipe
    shut = tmp_path / "shut"
    shut.mkdir()
    shut.chmod(0o500)
    try:
        one_line(cli(*period, str(shut / "report.pdf")), "read-only")
        one_line(cli("guided", "--export", "calm-place", str(shut / "calm.txt")), "read-only")
        assert list(shut.iterdir()) == []
    finally:
        shut.chmod(0o700)
