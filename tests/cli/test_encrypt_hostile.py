"""`encrypt`, `rekey`, `decrypt` given careless or hostile passphrases and folders: exit 2,
one line on stderr, and every file in the data folder byte-identical (real subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NOTE = "the kettle sang at dawn"


def run(data_dir: Path, *args: str, env: dict[bytes, bytes] | None = None
        ) -> subprocess.CompletedProcess[bytes]:
    # Bytes, because a shell can hand over a variable that is not UTF-8 at all.
    full = {k: v for k, v in os.environb.items() if not k.startswith(b"STILLPOINT_")}
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "ui.launch", *args, "--data-dir", str(data_dir)],
                          capture_output=True, timeout=180, env=full,
                          stdin=subprocess.DEVNULL)


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every file but the log, by name: a file that appears counts as a change too."""
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in data_dir.rglob("*")
            if p.is_file() and "logs" not in p.parts}


def refused(result: subprocess.CompletedProcess[bytes], words: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert words in err, err


def write_note(data_dir: Path) -> None:
    done = run(data_dir, "mood", "add", "--pleasantness", "1", "--energy", "1", "--note", NOTE)
    assert done.returncode == 0, done.stderr


def test_passphrases_that_are_not_text_change_nothing(data_dir):
    write_note(data_dir)
    before = snapshot(data_dir)
    refused(run(data_dir, "encrypt", env={b"STILLPOINT_PASSPHRASE": b"bad\xff\xfe"}), "UTF-8")
    refused(run(data_dir, "encrypt", env={b"STILLPOINT_PASSPHRASE": b""}), "empty")
    assert snapshot(data_dir) == before  # no backup, no -wal or -shm left behind
    assert run(data_dir, "encrypt", env={b"STILLPOINT_PASSPHRASE": b"k"}).returncode == 0
    before = snapshot(data_dir)
    refused(run(data_dir, "rekey", env={b"STILLPOINT_PASSPHRASE": b"k",
                                        b"STILLPOINT_NEW_PASSPHRASE": b"\xc3\x28"}), "UTF-8")
    refused(run(data_dir, "rekey", env={b"STILLPOINT_PASSPHRASE": b"k",
                                        b"STILLPOINT_NEW_PASSPHRASE": b"k"}), "same")
    refused(run(data_dir, "decrypt", env={b"STILLPOINT_PASSPHRASE": b"\xff"}), "UTF-8")
    refused(run(data_dir, "decrypt", env={b"STILLPOINT_PASSPHRASE": b"guess"}), "wrong passphrase")
    assert snapshot(data_dir) == before


def test_a_read_only_folder_is_not_encrypted(data_dir):
    write_note(data_dir)
    before = snapshot(data_dir)
    data_dir.chmod(0o500)  # the tests may run as root, who could still write: the bits decide
    try:
        refused(run(data_dir, "encrypt", env={b"STILLPOINT_PASSPHRASE": b"k"}), "read-only")
    finally:
        data_dir.chmod(0o700)
    assert snapshot(data_dir) == before
    (data_dir / "stillpoint.db").chmod(0o400)
    try:
        refused(run(data_dir, "encrypt", env={b"STILLPOINT_PASSPHRASE": b"k"}), "read-only")
    finally:
        (data_dir / "stillpoint.db").chmod(0o600)
    assert snapshot(data_dir) == before


def test_encrypt_while_another_program_holds_the_database(data_dir):
    import sqlite3

    write_note(data_dir)
    before = snapshot(data_dir)
    holder = sqlite3.connect(data_dir / "stillpoint.db", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # a writer in the middle of its save
        refused(run(data_dir, "encrypt", env={b"STILLPOINT_PASSPHRASE": b"k"}), "busy")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert snapshot(data_dir) == before  # not even the "before-encrypt" backup stays
