"""A writer killed with SIGKILL at random moments, 100 times: every check-in it reported as
saved is there with its note, `stillpoint check` finds nothing wrong, and the database
opens. On a plain database and on an encrypted one."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pytest

SEED = 20261203
PASSPHRASE = "kill test passphrase"


@dataclass
class Variant:
    """How the data folder is prepared, and what every process needs to open it."""

    name: str
    kills: int
    open_window: float  # how long opening may take: kills while it opens land within it
    env: dict[str, str] = field(default_factory=dict)
    prepare: tuple[str, ...] = ()  # a `stillpoint` command run once before the writer


VARIANTS = [
    Variant("plain", kills=100, open_window=0.15),
    # Deriving an encrypted database's key takes about a second here; the writer derives
    # it once and its children inherit it (kill_writer.py), so each open is quick again.
    Variant("encrypted", kills=100, open_window=0.3, env={"STILLPOINT_PASSPHRASE": PASSPHRASE},
            prepare=("encrypt",)),
]


def _env(variant: Variant) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STILLPOINT_PASS")}
    return {**env, **variant.env}


def _stillpoint(data_dir, variant: Variant, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.launch", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, timeout=120,
                          env=_env(variant), stdin=subprocess.DEVNULL)


class _Writer:
    """tests/cli/kill_writer.py: forks one writing child per `start()`."""

    def __init__(self, data_dir, variant: Variant) -> None:
        scratch = data_dir.parent / "warm-up"
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.cli.kill_writer",
                                      str(data_dir), str(scratch)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=_env(variant))
        self.acked: dict[int, str] = {}
        self.runs = 0

    def _take(self, line: str) -> str:
        kind, value, *rest = line.split(" ", 2)
        if kind == "ack":
            self.acked[int(value)] = rest[0].rstrip("\n")
        return kind

    def start(self) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.flush()
        self.runs += 1
        while True:  # the last child's acks come first: it was reaped before this fork
            line = self.proc.stdout.readline().decode()
            assert line, "the writer ended"
            if self._take(line) == "pid":
                return int(line.split()[1])

    def wait_for_a_write(self) -> None:
        """Until the child started last has reported a commit."""
        assert self.proc.stdout is not None
        mine = f"run {self.runs - 1} "
        while True:
            line = self.proc.stdout.readline().decode()
            assert line, "the writer ended"
            if self._take(line) == "ack" and mine in line:
                return

    def finish(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        for line in self.proc.stdout.read().decode().splitlines():
            assert self._take(line) == "ack"
        assert self.proc.wait(timeout=30) == 0


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_nothing_acknowledged_is_lost_to_sigkill(tmp_path, variant):
    data_dir = tmp_path / "data"
    if variant.prepare:
        first = _stillpoint(data_dir, variant, "mood", "add", "--pleasantness", "1",
                            "--energy", "1")
        assert first.returncode == 0, first.stderr
        prepared = _stillpoint(data_dir, variant, *variant.prepare)
        assert prepared.returncode == 0, prepared.stderr
    chance = random.Random(SEED)
    writer = _Writer(data_dir, variant)
    started = time.monotonic()
    for _ in range(variant.kills):
        pid = writer.start()
        if chance.random() < 0.2:  # while it opens the database
            time.sleep(chance.uniform(0.0, variant.open_window))
        else:  # mid-write, at any point of a transaction
            writer.wait_for_a_write()
            time.sleep(chance.uniform(0.0, 0.25))
        os.kill(pid, signal.SIGKILL)
    writer.finish()
    elapsed = time.monotonic() - started
    assert len(writer.acked) >= variant.kills // 2, "too few writes to mean anything"

    listed = _stillpoint(data_dir, variant, "mood", "list", "--json", "--limit", "1000000")
    assert listed.returncode == 0, listed.stderr
    import json

    notes = {row["id"]: row["note"] for row in json.loads(listed.stdout)["checkins"]}
    lost = {i: n for i, n in writer.acked.items() if notes.get(i) != n}
    assert not lost, f"{len(lost)} acknowledged check-ins lost, e.g. {sorted(lost)[:5]}"
    checked = _stillpoint(data_dir, variant, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No problems" in checked.stdout
    db_file = next(data_dir.glob("*.db"))
    header = db_file.read_bytes()[:16]
    assert (header == b"SQLite format 3\x00") == (not variant.env)
    if not variant.env:
        with sqlite3.connect(db_file) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    print(f"{variant.name}: {variant.kills} kills, {len(writer.acked)} acknowledged, "
          f"{elapsed:.1f} s")
