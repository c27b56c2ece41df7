"""CLI fixtures: run the real `stillpoint` entry point in-process or as a subprocess."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

import pytest


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, data_dir):
    """stillpoint <args> in-process, on this test's data dir."""
    from app.cli import main
    from ui.launch import launch_gui, write_report_pdf

    def run(*args: str) -> Result:
        code = main(["--data-dir", str(data_dir), *args], launch_gui=launch_gui,
                    pdf_writer=write_report_pdf)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli_process(data_dir):
    """stillpoint <args> as a separate process, exactly as a user's shell runs it."""

    def run(*args: str, timeout: float = 120) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "ui.launch", *args], capture_output=True, text=True,
            timeout=timeout,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return run
