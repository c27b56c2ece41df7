"""Logging to <data dir>/logs, so a traceback goes to a file and never to the user."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from app import paths


def log_dir_for(data_dir: str | None) -> Path:
    try:
        location = paths.resolve(data_dir)
        location.logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        return location.logs_dir
    except OSError:
        import tempfile

        return Path(tempfile.gettempdir())


def setup_file_logging(logs_dir: Path) -> None:
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = logging.FileHandler(logs_dir / "stillpoint.log", encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def log_exception(args: object, exc: BaseException) -> Path:
    target = log_dir_for(getattr(args, "data_dir", None)) / "stillpoint.log"
    try:
        with open(target, "a", encoding="utf-8") as f:
            f.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return target
