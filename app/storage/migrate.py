"""Bring the database to this app's schema before any window opens.

New database: create and stamp. Older schema: back up, then upgrade. Newer schema or a
file that is not a Stillpoint database: refuse, touching nothing. Alembic is imported
only when there is something to do, so an up-to-date start stays fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import StorageError
from app.storage.database import Database

# The newest revision in migrations/versions, oldest first. A test checks this against
# Alembic's own view of the scripts, so the fast path cannot drift from the real chain.
REVISIONS = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    action: str  # "created" | "upgraded" | "current"
    from_revision: str | None
    backup: Path | None = None


def current_revision(db: Database) -> str | None:
    """The stamped revision, or None for a database that does not exist or is empty."""
    if db.path is not None:
        return _sqlite_revision(db.path)
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        if "alembic_version" not in tables:
            if tables:
                raise StorageError("this database holds other tables and is not Stillpoint's")
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _sqlite_revision(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise StorageError(
                        f"{path} is not a Stillpoint database; it was left untouched"
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"{path} cannot be read as a database ({exc}); it was left untouched"
        ) from None
    return row[0] if row else None


def ensure_schema(db: Database, *, backups_dir: Path) -> MigrationResult:
    rev = current_revision(db)
    if rev == HEAD:
        db.secure_file()
        return MigrationResult("current", rev)
    if rev is not None and rev not in REVISIONS:
        where = db.path or "the database"
        raise StorageError(
            f"{where} was written by a newer Stillpoint (schema {rev}); "
            "please update Stillpoint. The file was left untouched"
        )
    if rev is None:
        _create(db)
        db.secure_file()
        return MigrationResult("created", None)
    backup = backup_sqlite(db, backups_dir, reason=f"before-upgrade-from-{rev}")
    upgrade(db, HEAD)
    db.secure_file()
    return MigrationResult("upgraded", rev, backup)


def _create(db: Database) -> None:
    from app.storage.models import Base

    if db.path is not None:
        with contextlib.closing(sqlite3.connect(db.path)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")  # persistent: set once at creation
    with db.engine.begin() as conn:
        Base.metadata.create_all(conn)
        _run_alembic(conn, "stamp", HEAD)


def upgrade(db: Database, revision: str) -> None:
    """Upgrade in one transaction: a failure leaves the old schema (and the backup)."""
    with db.engine.begin() as conn:
        _run_alembic(conn, "upgrade", revision)


def _run_alembic(conn: Any, command_name: str, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    getattr(command, command_name)(cfg, revision)


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def backup_sqlite(db: Database, backups_dir: Path, *, reason: str) -> Path | None:
    """Copy the database with SQLite's online backup (consistent even in WAL mode)."""
    if db.path is None:
        return None
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"stillpoint-{stamp}-{reason}.db"
    with contextlib.closing(sqlite3.connect(db.path)) as src, contextlib.closing(
        sqlite3.connect(target)
    ) as dst:
        src.backup(dst)
    os.chmod(target, 0o600)
    return target
