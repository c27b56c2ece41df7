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
from app.storage import cipher
from app.storage.database import Database, read_only_uri, user_may_write
from app.storage.failures import storage_problem

# The newest revision in migrations/versions, oldest first. A test checks this against
# Alembic's own view of the scripts, so the fast path cannot drift from the real chain.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
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

    with db.connect() as conn:
        tables = inspect(conn).get_table_names()
        if "alembic_version" not in tables:
            if tables:
                raise StorageError("this database holds other tables and is not Stillpoint's")
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _sqlite_revision(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    # A read-only connection never removes the -wal and -shm files it makes, so every
    # command, even one refused, would leave them behind; a writable file is opened for
    # writing (this only reads), and its side files go when it closes.
    writable = user_may_write(path) and user_may_write(path.parent)
    try:
        target = path if writable else read_only_uri(path)
        with contextlib.closing(cipher.connect(path, target, uri=not writable)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise StorageError(
                        f"{path} is not a Stillpoint database; it was left untouched"
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.errors("DatabaseError") as exc:
        # Only a file SQLite does not recognise is "not a database": a full disk or a
        # failing one must not invite the user to throw a healthy file away.
        name = getattr(exc, "sqlite_errorname", "")
        if name not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
            raise storage_problem(exc, str(path)) or StorageError(
                f"cannot open {path} ({exc}); it was left untouched") from None
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
    if db.read_only:
        need = "set it up" if rev is None else f"upgrade it from schema {rev}"
        raise StorageError(f"{db.where} is read-only and Stillpoint needs to {need}; "
                           "make it writable and start again (nothing was changed)")
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

    made_file = db.path is not None and not db.path.exists()
    try:
        if db.path is not None:
            with contextlib.closing(sqlite3.connect(db.path)) as conn:
                conn.execute("PRAGMA journal_mode=WAL")  # persistent: set once at creation
        with db.engine.begin() as conn:
            Base.metadata.create_all(conn)
            _run_alembic(conn, "stamp", HEAD)
    except Exception as exc:
        if made_file:  # an empty file left behind would look like a database next time
            db.dispose()
            _remove_with_side_files(db.path)
        _raise_as_storage_error(exc, db.where)
        raise


def _raise_as_storage_error(exc: BaseException, where: str) -> None:
    problem = storage_problem(exc, where)
    if problem is not None:
        raise problem from None


def _remove_with_side_files(path: Path | None) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def upgrade(db: Database, revision: str) -> None:
    """Upgrade in one transaction: a failure leaves the old schema (and the backup)."""
    try:
        with db.engine.begin() as conn:
            _run_alembic(conn, "upgrade", revision)
    except Exception as exc:
        _raise_as_storage_error(exc, db.where)
        raise


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
    try:
        with contextlib.closing(cipher.connect(db.path)) as src, contextlib.closing(
            cipher.connect_like(db.path, target)
        ) as dst:
            src.backup(dst)
    except cipher.errors() as exc:  # a half-written backup is worse than none
        _remove_with_side_files(target)
        _raise_as_storage_error(exc, str(db.path))
        raise
    os.chmod(target, 0o600)
    return target
