"""`stillpoint encrypt`, `rekey`, `decrypt` as a user's shell runs them (real subprocesses)."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

NOTE = "the heron by the quiet canal"


def run(data_dir: Path, *args: str, env: dict[str, str] | None = None,
        stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("STILLPOINT_PASS")}
    full_env.pop("STILLPOINT_NEW_PASSPHRASE", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "ui.launch", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=180, env=full_env, stdin=stdin)


def files_holding(data_dir: Path, text: str) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def snapshot(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}


def test_encrypt_rekey_decrypt(data_dir):
    assert run(data_dir, "mood", "add", "--pleasantness", "2", "--energy", "1",
               "--note", NOTE).returncode == 0
    assert run(data_dir, "backup").returncode == 0
    assert files_holding(data_dir, NOTE)
    done = run(data_dir, "encrypt", env={"STILLPOINT_PASSPHRASE": "first key"})
    assert done.returncode == 0, done.stderr
    assert "nobody can recover" in done.stdout
    assert files_holding(data_dir, NOTE) == []  # the db, any -wal, every backup
    listed = run(data_dir, "mood", "list", env={"STILLPOINT_PASSPHRASE": "first key"})
    assert listed.returncode == 0 and NOTE in listed.stdout
    checked = run(data_dir, "check", env={"STILLPOINT_PASSPHRASE": "first key"})
    assert checked.returncode == 0 and "No problems found." in checked.stdout
    rekeyed = run(data_dir, "rekey", env={"STILLPOINT_PASSPHRASE": "first key",
                                          "STILLPOINT_NEW_PASSPHRASE": "second key"})
    assert rekeyed.returncode == 0, rekeyed.stderr
    old = run(data_dir, "mood", "list", env={"STILLPOINT_PASSPHRASE": "first key"})
    assert old.returncode == 2 and old.stderr.startswith("stillpoint: wrong passphrase")
    decrypted = run(data_dir, "decrypt", env={"STILLPOINT_PASSPHRASE": "second key"})
    assert decrypted.returncode == 0, decrypted.stderr
    plain = run(data_dir, "mood", "list")
    assert plain.returncode == 0 and NOTE in plain.stdout


def test_refusals_exit_2_and_touch_nothing(data_dir):
    assert run(data_dir, "mood", "add", "--pleasantness", "1", "--energy", "1",
               "--note", NOTE).returncode == 0
    empty = run(data_dir, "encrypt", env={"STILLPOINT_PASSPHRASE": ""})
    assert empty.returncode == 2 and "empty" in empty.stderr
    assert run(data_dir, "decrypt").returncode == 2  # not encrypted
    assert run(data_dir, "encrypt", env={"STILLPOINT_PASSPHRASE": "k"}).returncode == 0
    before = snapshot(data_dir)
    wrong = run(data_dir, "decrypt", env={"STILLPOINT_PASSPHRASE": "guess"})
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("stillpoint: wrong passphrase") and wrong.stderr.count("\n") == 1
    no_key = run(data_dir, "mood", "list")
    assert no_key.returncode == 2
    assert no_key.stderr == ("stillpoint: this database is encrypted: set STILLPOINT_PASSPHRASE "
                             "or run from a terminal\n")
    again = run(data_dir, "encrypt", env={"STILLPOINT_PASSPHRASE": "k"})
    assert again.returncode == 2 and "already encrypted" in again.stderr
    assert snapshot(data_dir) == before
    server = run(data_dir, "encrypt", "--database-url", "postgresql+psycopg://u@localhost/x",
                 env={"STILLPOINT_PASSPHRASE": "k"})
    assert server.returncode == 2 and "Traceback" not in server.stderr


def _on_terminal(data_dir: Path, args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run stillpoint on a real pseudo-terminal, typing `answers` at each prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin is now a terminal
        env = {k: v for k, v in os.environ.items() if not k.startswith("STILLPOINT_PASS")}
        os.execve(sys.executable, [sys.executable, "-m", "ui.launch", *args,
                                   "--data-dir", str(data_dir)], env)
    output, deadline, answered = b"", time.monotonic() + 120, 0
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        if answers and output[answered:].rstrip().endswith(b":"):  # a new prompt
            os.write(fd, answers.pop(0).encode() + b"\n")
            answered = len(output)
    else:
        os.kill(pid, signal.SIGKILL)  # stuck at a prompt: fail, never hang
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_passphrase_asked_on_a_terminal(data_dir):
    assert run(data_dir, "mood", "add", "--pleasantness", "1", "--energy", "1",
               "--note", NOTE).returncode == 0
    code, out = _on_terminal(data_dir, ["encrypt"], ["typed key", "typed key"])
    assert code == 0, out
    assert "typed key" not in out  # not echoed
    assert files_holding(data_dir, NOTE) == []
    code, out = _on_terminal(data_dir, ["mood", "list"], ["typed key"])
    assert code == 0 and NOTE in out
    code, out = _on_terminal(data_dir, ["mood", "list"], ["mistyped"])
    assert code == 2 and "wrong passphrase" in out
