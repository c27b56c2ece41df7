"""`stillpoint crisis`: the card and the saved plan; the card still prints, exit 0, when
the data cannot be opened (corrupt file, unreadable folder, newer schema)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from app.safety.types import Contacts
from tests.cli.test_storage_failures_cli import NOBODY, _nobody_python


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_a_fresh_folder_prints_the_card_and_creates_nothing(cli, data_dir, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    result = cli("crisis")
    assert result.code == 0 and result.err == ""
    assert "Need help now?" in result.out
    assert "Emergency: 911" in result.out
    assert "988 Suicide & Crisis Lifeline: 988 (call or text)" in result.out
    assert "Check the number for where you are" in result.out
    assert "Name five things you can see." in result.out
    assert "My safety plan is empty" in result.out
    assert not (data_dir / "stillpoint.db").exists()


def test_elsewhere_the_card_names_the_local_emergency_number(cli):
    result = cli("crisis")  # the tests' locale is C.UTF-8: no country
    assert result.code == 0
    assert "Your local emergency number (112 in many countries): 112" in result.out
    assert "Crisis line: none saved yet" in result.out


def test_the_saved_plan_and_numbers_are_printed(cli, ctx, monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    ctx.safety.add_item("warning_signs", "I stop answering messages")
    ctx.safety.add_item("reasons", "my sister")
    ctx.safety.add_item("reasons", "the dog\x1b[2J")  # printed escaped, never run
    ctx.safety.save_contacts(Contacts(therapist_name="Dr. Lee", therapist_number="555 0100"))
    result = cli("crisis")
    assert result.code == 0 and result.err == ""
    out = result.out
    assert "Emergency (or 112): 999" in out and "Samaritans: 116 123" in out
    assert "Contact your therapist, Dr. Lee: 555 0100" in out
    assert "1. Signs that a hard time is building\n   - I stop answering messages" in out
    assert "My reasons for living\n   - my sister\n   - the dog\\x1b[2J" in out
    assert "\x1b" not in out
    doc = json.loads(cli("crisis", "--json").out)
    assert doc["card"]["emergency"]["number"] == "999"
    assert doc["card"]["therapist"] == {"name": "Dr. Lee", "number": "555 0100"}
    reasons = next(s for s in doc["plan"] if s["section"] == "reasons")
    assert [i["text"] for i in reasons["items"]] == ["my sister", "the dog\x1b[2J"]


def test_a_corrupt_database_still_prints_the_card(cli, data_dir):
    data_dir.mkdir(mode=0o700)
    garbage = os.urandom(4096)
    (data_dir / "stillpoint.db").write_bytes(garbage)
    result = cli("crisis")
    assert result.code == 0
    assert "Need help now?" in result.out and "Name five things" in result.out
    assert "could not be read just now" in result.out
    assert "safety plan could not be read" in one_line(result.err)
    assert (data_dir / "stillpoint.db").read_bytes() == garbage  # left untouched
    doc = json.loads(cli("crisis", "--json").out)
    assert doc["plan"] is None and doc["card"]["emergency"]["number"] == "112"


def test_a_newer_schema_still_prints_the_card(cli, ctx, data_dir):
    ctx.safety.add_item("coping", "a walk")
    ctx.close()
    with sqlite3.connect(data_dir / "stillpoint.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = cli("crisis")
    assert result.code == 0 and "Need help now?" in result.out
    assert "safety plan could not be read" in one_line(result.err)


def test_a_folder_that_is_a_file_still_prints_the_card(cli, data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("not a folder")
    result = cli("crisis")
    assert result.code == 0 and "Need help now?" in result.out
    assert "safety plan could not be read" in one_line(result.err)


def test_an_unreadable_folder_still_prints_the_card_as_a_normal_user():
    """Root ignores permission bits, so this runs the command as 'nobody'."""
    command = _nobody_python()
    if command is None:
        # CI runs as root with setpriv (util-linux): there this must run, never skip.
        if os.environ.get("CI"):
            pytest.fail("needs root and setpriv to run the command as another user")
        pytest.skip("needs root and setpriv to run the command as another user")
    base = Path(tempfile.mkdtemp(prefix="stillpoint-crisis-"))
    try:
        os.chmod(base, 0o755)
        data = base / "data"
        data.mkdir(mode=0o700)
        with sqlite3.connect(data / "stillpoint.db") as conn:
            conn.execute("CREATE TABLE t (x)")
        for path in (data, *data.iterdir()):
            os.chown(path, NOBODY, NOBODY)
        os.chmod(data, 0o000)
        proc = subprocess.run([*command, "--data-dir", str(data), "crisis"], cwd="/",
                              capture_output=True, text=True, timeout=120,
                              env={"HOME": str(base), "LANG": "en_US.UTF-8", "TZ": "UTC"})
        assert proc.returncode == 0, proc.stderr
        assert "Emergency: 911" in proc.stdout and "988" in proc.stdout
        assert "safety plan could not be read" in one_line(proc.stderr)
        assert "Traceback" not in proc.stderr
    finally:
        os.chmod(base / "data", 0o700)
        shutil.rmtree(base)


def test_crisis_takes_no_other_arguments(cli):
    result = cli("crisis", "--bogus")
    assert result.code == 2 and "--bogus" in one_line(result.err)
