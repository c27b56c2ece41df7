"""`stillpoint export --encrypt` and the import of an encrypted export, as a shell runs them:
the passphrase from the environment, or typed on a terminal, or one line saying how."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time

from app.exchange.crypto import MAGIC
from app.exchange.passphrase import ENV

NOTE = "a private thought"


def _run(*args, env_passphrase=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k != ENV}
    if env_passphrase is not None:
        env[ENV] = env_passphrase
    proc = subprocess.run([sys.executable, "-m", "ui.launch", *args], capture_output=True,
                          text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL)
    return proc


def _rows(folder):
    listed = _run("--data-dir", str(folder), "mood", "list", "--json")
    return json.loads(listed.stdout)["checkins"]


def _filled(tmp_path):
    source = tmp_path / "source"
    added = _run("--data-dir", str(source), "mood", "add", "--pleasantness", "2",
                 "--energy", "1", "--note", NOTE)
    assert added.returncode == 0, added.stderr
    return source


def test_encrypted_round_trip_through_the_environment(tmp_path):
    source = _filled(tmp_path)
    out = tmp_path / "mine.json"
    made = _run("--data-dir", str(source), "export", "--out", str(out), "--encrypt", "--json",
                env_passphrase="sea glass")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["tables"]["mood_checkin"] == 1  # stdout is one document
    assert "plain text" not in made.stderr
    data = out.read_bytes()
    assert data.startswith(MAGIC) and NOTE.encode() not in data
    target = tmp_path / "target"
    wrong = _run("--data-dir", str(target), "import", str(out), env_passphrase="sea-glass")
    assert wrong.returncode == 2
    assert wrong.stderr.count("\n") == 1 and "passphrase is wrong" in wrong.stderr
    assert _rows(target) == []
    good = _run("--data-dir", str(target), "import", str(out), env_passphrase="sea glass")
    assert good.returncode == 0, good.stderr
    assert [row["note"] for row in _rows(target)] == [NOTE]


def test_a_plain_export_says_so_on_stderr_only(tmp_path):
    source = _filled(tmp_path)
    made = _run("--data-dir", str(source), "export", "--out", str(tmp_path / "p.json"),
                "--json")
    assert made.returncode == 0
    assert made.stderr.count("\n") == 1 and "plain text" in made.stderr
    json.loads(made.stdout)


def test_without_a_passphrase_or_terminal_it_says_how(tmp_path):
    source = _filled(tmp_path)
    out = tmp_path / "x.json"
    made = _run("--data-dir", str(source), "export", "--out", str(out), "--encrypt")
    assert made.returncode == 2
    assert made.stderr.count("\n") == 1 and ENV in made.stderr
    assert not out.exists()
    sealed = tmp_path / "sealed.json"
    assert _run("--data-dir", str(source), "export", "--out", str(sealed), "--encrypt",
                env_passphrase="pw").returncode == 0
    target = tmp_path / "target"
    imported = _run("--data-dir", str(target), "import", str(sealed))
    assert imported.returncode == 2
    assert imported.stderr.count("\n") == 1 and ENV in imported.stderr
    assert "Traceback" not in imported.stderr


def test_a_tampered_file_is_one_line_and_changes_nothing(tmp_path):
    source = _filled(tmp_path)
    out = tmp_path / "mine.json"
    assert _run("--data-dir", str(source), "export", "--out", str(out), "--encrypt",
                env_passphrase="pw").returncode == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x20
    out.write_bytes(bytes(data))
    target = tmp_path / "target"
    result = _run("--data-dir", str(target), "import", str(out), env_passphrase="pw")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "changed" in result.stderr
    assert _rows(target) == []


def _answer_prompts(args, answers, timeout=60.0):
    """Run the CLI with a terminal as stdin (and no controlling terminal, so getpass reads
    that one), typing each answer when a prompt shows on stderr."""
    primary, secondary = os.openpty()
    env = {k: v for k, v in os.environ.items() if k != ENV}
    proc = subprocess.Popen([sys.executable, "-m", "ui.launch", *args], stdin=secondary,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)
    os.close(secondary)
    err = b""
    deadline = time.monotonic() + timeout
    try:
        for answer in answers:
            seen = err.count(b": ")
            while err.count(b": ") == seen and time.monotonic() < deadline:
                ready, _, _ = select.select([proc.stderr], [], [], 0.2)
                if ready:
                    err += os.read(proc.stderr.fileno(), 4096)
            os.write(primary, answer.encode() + b"\n")
        out, rest = proc.communicate(timeout=timeout)
    finally:
        os.close(primary)
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, out.decode(), (err + rest).decode()


def test_passphrase_typed_twice_on_a_terminal(tmp_path):
    source = _filled(tmp_path)
    out = tmp_path / "typed.json"
    code, _out, err = _answer_prompts(["--data-dir", str(source), "export", "--out", str(out),
                                       "--encrypt"], ["tide pool", "tide pool"])
    assert code == 0, err
    assert "again" in err
    differ = tmp_path / "differ.json"
    code, _out, err = _answer_prompts(["--data-dir", str(source), "export", "--out",
                                       str(differ), "--encrypt"], ["tide pool", "tide poll"])
    assert code == 2 and "differ" in err and not differ.exists()
    target = tmp_path / "target"
    code, _out, err = _answer_prompts(["--data-dir", str(target), "import", str(out)],
                                      ["tide pool"])
    assert code == 0, err
    assert [row["note"] for row in _rows(target)] == [NOTE]
