"""Audio test fixtures: a private PulseAudio server with a null sink that tests can record."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

SINK = "nullsink"


@dataclass(frozen=True)
class PulseSink:
    runtime_dir: Path
    sink: str = SINK

    @property
    def monitor(self) -> str:
        return f"{self.sink}.monitor"


def missing(what: str, apt: str) -> None:
    """A system tool is absent: fail on CI, where it must be installed; skip elsewhere."""
    message = f"{what} is needed for the audio tests (apt: {apt})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def require():
    """require(ok, what, apt): skip (or fail on CI) when a tool the test needs is missing."""

    def check(ok: bool, what: str, apt: str) -> None:
        if not ok:
            missing(what, apt)

    return check


def _kill_from_pidfile(pidfile: Path) -> None:
    """Stop a daemon this session started, by the pid it wrote into our private dir."""
    try:
        pid = int(pidfile.read_text().split()[0])
        os.kill(pid, signal.SIGTERM)
    except (OSError, ValueError, IndexError):
        return
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.05)


@pytest.fixture(scope="session")
def pulse_sink() -> Iterator[PulseSink]:
    for tool in ("pulseaudio", "pactl", "parecord"):
        if shutil.which(tool) is None:
            missing(tool, "pulseaudio pulseaudio-utils")
    runtime = Path(tempfile.mkdtemp(prefix="stillpoint-pulse-"))
    runtime.chmod(0o700)
    saved = {key: os.environ.get(key) for key in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}
    # Clients (gst-play, parecord, speech-dispatcher) inherit these and find only our server.
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    os.environ["PULSE_SERVER"] = f"unix:{runtime}/pulse/native"
    try:
        started = subprocess.run(
            [
                "pulseaudio", "-D", "-n", "--exit-idle-time=-1",
                f"--load=module-null-sink sink_name={SINK}",
                "--load=module-native-protocol-unix",
            ],
            capture_output=True, text=True, timeout=30, check=False,
        )
        if started.returncode != 0:
            pytest.fail(f"pulseaudio did not start: {started.stderr.strip()}")
        deadline = time.monotonic() + 15
        while subprocess.run(["pactl", "info"], capture_output=True, check=False).returncode != 0:
            if time.monotonic() > deadline:
                pytest.fail("pulseaudio started but `pactl info` never answered")
            time.sleep(0.1)
        subprocess.run(["pactl", "set-default-sink", SINK], check=True, capture_output=True)
        yield PulseSink(runtime)
    finally:
        # speech-dispatcher is autospawned by the voice test into the same private dir.
        _kill_from_pidfile(runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid")
        _kill_from_pidfile(runtime / "pulse" / "pid")
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(runtime, ignore_errors=True)


class Recording:
    """A running parecord; ``position()`` is how many seconds of audio it has written."""

    BYTES_PER_SECOND = 44_100 * 2 * 2  # the null sink's s16le stereo 44.1 kHz
    HEADER = 44

    def __init__(self, path: Path) -> None:
        self.path = path

    def position(self) -> float:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return 0.0
        return max(size - self.HEADER, 0) / self.BYTES_PER_SECOND


@pytest.fixture
def record(pulse_sink: PulseSink):
    """record(path) -> a context manager that records the null sink to a WAV while it runs.

    It returns only once audio is flowing: an idle null sink renders in blocks of up to
    two seconds, so the first data can arrive late by a random amount.
    """

    @contextmanager
    def recording(path: Path) -> Iterator[Recording]:
        proc = subprocess.Popen(
            # A short latency makes the null sink render in small blocks, in real time.
            ["parecord", "--latency-msec=20", "-d", pulse_sink.monitor,
             "--file-format=wav", str(path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        rec = Recording(path)
        try:
            deadline = time.monotonic() + 10
            while rec.position() < 0.2:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"parecord recorded nothing (exit code {proc.poll()})")
                time.sleep(0.02)
            yield rec
            time.sleep(0.5)  # the tail of the last sound, still in flight
        finally:
            proc.send_signal(signal.SIGINT)  # parecord finishes the WAV header on SIGINT
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    return recording
