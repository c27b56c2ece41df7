"""A track in the user's own audio library, and why its file may not play right now."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Track:
    id: int
    title: str
    path: Path
    copied: bool  # True: the file lives in Stillpoint's data folder
    duration_seconds: float | None  # None until a player has read it
    tags: tuple[str, ...]
    added_at_utc: dt.datetime
    problem: str | None  # why it cannot play now (e.g. the file is gone); never hidden

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "path": str(self.path),
                "copied": self.copied, "duration_seconds": self.duration_seconds,
                "tags": list(self.tags), "problem": self.problem}


def file_problem(path: Path) -> str | None:
    """Why a library file cannot be played right now, in words for the user; None if fine."""
    if not path.exists():
        return "The file is no longer there. It may have been moved, renamed or deleted."
    if not path.is_file():
        return "This is a folder, not an audio file."
    if not os.access(path, os.R_OK):
        return "Stillpoint is not allowed to read this file."
    if path.stat().st_size == 0:
        return "The file is empty."
    return None
