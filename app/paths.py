"""Where Stillpoint keeps its files: one data dir holding the database, backups and logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app import APP_NAME
from app.errors import StorageError

DB_FILENAME = "stillpoint.db"
ENV_DATA_DIR = "STILLPOINT_DATA_DIR"


@dataclass(frozen=True)
class DataLocation:
    data_dir: Path
    database_url: str

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    from platformdirs import (
        user_data_dir,  # imported here: only needed without --data-dir
    )

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve(data_dir: str | None = None, database_url: str | None = None) -> DataLocation:
    """--data-dir beats STILLPOINT_DATA_DIR beats the platform default."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or None
    folder = Path(chosen).expanduser().resolve() if chosen else default_data_dir()
    url = database_url or f"sqlite:///{folder / DB_FILENAME}"
    return DataLocation(data_dir=folder, database_url=url)


def prepare(location: DataLocation) -> None:
    """Create the data dir private to this user (0700); check it is usable: writable, or
    holding the database already (which then opens read-only)."""
    from app.storage.database import sqlite_path, tighten, user_may_write

    folder = location.data_dir
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot use data folder {folder}: {exc.strerror or exc}") from None
    # Only ever take permissions away: a folder the user made read-only (chmod 500) stays so.
    tighten(folder)
    if not os.access(folder, os.X_OK):
        raise StorageError(f"cannot open data folder {folder}; choose another with --data-dir")
    database = sqlite_path(location.database_url)
    if database is not None and database.exists():
        return  # a read-only folder still lets the user read their data
    if not user_may_write(folder):
        raise StorageError(f"cannot write to data folder {folder}; choose another with --data-dir")
