"""The database handle: lazy SQLAlchemy engine for writes, cheap portable reads.

SQLAlchemy takes ~0.25 s to import here, longer than a whole bare Qt window takes to
show. Reads on the start-up path therefore run as portable SQL text through the stdlib
sqlite3 driver when the database is a SQLite file, and the ORM loads on first write.
The same SQL strings (named :params) run through SQLAlchemy for any other URL. Two more
take the stdlib path on a SQLite file: long listings (read_batches, one cursor) and the
one-statement saves of write() (a practice session: the ORM would add ~47 MiB to it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import StorageError
from app.i18n import N_
from app.storage import cipher
from app.storage.failures import (
    URL_EXAMPLE,
    checked_url,
    read_only_message,
    shown_url,
    storage_problem,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 5000
# Id lists are written into SQL as literal integers, in chunks: SQLite limits the number
# of bound parameters, and integers cannot smuggle SQL in.
ID_CHUNK = 500

Row = dict[str, Any]


def sqlite_path(url: str) -> Path | None:
    """The file behind a sqlite:/// URL, or None for other databases and :memory:."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = url[len(prefix):].split("?", 1)[0]
            return Path(rest) if rest and rest != ":memory:" else None
    return None


def _sqlite_param(value: Any) -> Any:
    # Matches how SQLAlchemy stores these types in SQLite, so comparisons line up.
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _apply_sqlite_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def user_may_write(path: Path) -> bool:
    """False when the user took write permission away. The owner-write bit is checked as well
    as access(): root ignores permission bits, and a chmod 400 must still mean read-only."""
    try:
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)
    except OSError:
        return False


# encrypt, rekey, decrypt and restore rename a new file over the database while holding its
# write lock. A writer that was waiting for that lock holds the old, unlinked file: its
# commit would land where nobody reads it again. So each write checks it still holds the
# file the path names, and otherwise saves nothing and says so.
# Marked: the window shows it where a save was refused.
REPLACED = N_("the database was replaced while this waited to save (encrypted, decrypted, "
              "given a new passphrase or restored); nothing was saved, please try again")


def file_identity(path: Path | None) -> tuple[int, int] | None:
    """(device, inode) of the file at `path` now; None when there is none."""
    try:
        info = os.stat(path) if path is not None else None
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info is not None else None


def read_only_uri(path: Path) -> str:
    """A URI that opens the file for reading only. A WAL database needs its -shm file; in a
    folder the user made read-only, where SQLite cannot create it, a fully checkpointed
    file (no -wal, no -shm) is opened as immutable: nothing can write to it there anyway.
    The same for a file the user made read-only, whose folder would otherwise be left
    holding a -wal and -shm that a read-only connection never removes."""
    uri = path.absolute().as_uri() + "?mode=ro"
    side_files = (Path(f"{path}-wal"), Path(f"{path}-shm"))
    if not (user_may_write(path.parent) and user_may_write(path)) and \
            not any(f.exists() for f in side_files):
        uri += "&immutable=1"
    return uri


def tighten(path: Path) -> None:
    """Take group and other permissions away; never add one (a user's chmod 400 stays)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)
    except PermissionError:  # not ours to change
        pass


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self._engine: Engine | None = None
        self._opening = threading.local()  # per thread: pools connect from several
        self._key_generation = cipher.generation
        # Run once before the first write of this process (the daily backup hooks in here,
        # so a start-up that only reads never pays for it).
        self.before_first_write: Callable[[], None] | None = None
        # A database the user made read-only (the file, or its folder) is opened for
        # reading only, and every write is refused with a plain sentence.
        self.read_only = self.path is not None and self.path.exists() and not (
            user_may_write(self.path) and user_may_write(self.path.parent))

    @property
    def where(self) -> str:
        """The database as a person knows it: its file, or its URL without the password."""
        return str(self.path) if self.path is not None else shown_url(self.url)

    @property
    def is_sqlite_file(self) -> bool:
        return self.path is not None

    # -- reads -------------------------------------------------------------------
    def read(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        """Run one SELECT written in portable SQL with :named parameters."""
        if self.path is not None:
            with self._cursor(sql, params) as cur:
                return [tuple(r) for r in cur.fetchall()]
        from sqlalchemy import text

        with self.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params).all()]

    def rows(self, sql: str, **params: Any) -> list[Row]:
        """Like read, with each row keyed by column name: map rows by name, never by position."""
        if self.path is not None:
            with self._cursor(sql, params) as cur:
                names = tuple(d[0] for d in cur.description or ())
                return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        from sqlalchemy import text

        with self.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql), params).mappings().all()]

    def read_batches(self, sql: str, size: int, **params: Any) -> Iterator[list[Any]]:
        """One SELECT on a SQLite file, its rows `size` at a time from one cursor: a listing
        of any length in the memory of one batch (`mood list --json`)."""
        assert self.path is not None
        with self._cursor(sql, params) as cur:
            while batch := cur.fetchmany(size):
                yield batch

    @contextlib.contextmanager
    def _cursor(self, sql: str, params: dict[str, Any]) -> Iterator[Any]:
        """The stdlib (or SQLCipher) cursor of one SELECT on a connection of its own, closed
        after; a driver error becomes a StorageError."""
        try:
            with contextlib.closing(self.raw_connection()) as conn:
                yield conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
        except cipher.errors("DatabaseError") as exc:
            raise self._read_problem(exc) from None

    def _read_problem(self, exc: BaseException) -> StorageError:
        return storage_problem(exc, self.where) or StorageError(f"cannot read {self.path}: {exc}")

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """An engine connection; an unreachable server or full disk becomes a StorageError."""
        with self._storage_errors(), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _storage_errors(self, *, driver_only: bool = False) -> Iterator[None]:
        """Failures a person can act on (full disk, read-only, unreachable server) become a
        StorageError; anything else goes on as the bug it is. driver_only: look only at
        sqlite3's and SQLCipher's errors (asked when raised: SQLCipher loads on first use)."""
        try:
            yield
        except Exception as exc:
            if driver_only and not isinstance(exc, cipher.errors()):
                raise
            problem = storage_problem(exc, self.where)
            if problem is None:
                raise
            raise problem from None

    def _before_write(self) -> None:
        """Refuse a read-only database; run the first-write hook (the daily backup) once."""
        self.refuse_read_only()
        hook, self.before_first_write = self.before_first_write, None
        if hook is not None:
            hook()

    def raw_connection(self) -> sqlite3.Connection:
        """A stdlib connection, or a SQLCipher one with the passphrase for an encrypted file."""
        assert self.path is not None
        if self.read_only:
            conn = cipher.connect(self.path, read_only_uri(self.path), uri=True,
                                  timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = cipher.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        _apply_sqlite_pragmas(conn)
        return conn

    def _pooled_connection(self) -> sqlite3.Connection:
        assert self.path is not None
        # Which file this connection opens, read BEFORE opening it: read after, a rename in
        # between would be recorded as the new file while the connection holds the old one.
        self._opening.file = file_identity(self.path)
        if self.read_only:
            return self.raw_connection()
        return cipher.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    # -- writes ------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is not None and self._key_generation != cipher.generation:
            self.dispose()  # the file changed key: pooled connections hold the old one
        if self._engine is None:
            self._key_generation = cipher.generation
            self._engine = self._make_engine()
        return self._engine

    def _make_engine(self) -> Engine:
        from sqlalchemy import create_engine, event

        url = checked_url(self.url)
        # hide_parameters: an error's text must never carry what the user wrote into a log.
        options: dict[str, Any] = {"hide_parameters": True}
        if self.path is not None and (self.read_only or cipher.looks_encrypted(self.path)):
            options["creator"] = self._pooled_connection
            if cipher.looks_encrypted(self.path):
                options["module"] = cipher.driver()  # its errors, wrapped by SQLAlchemy
        try:
            engine = create_engine(url, **options)
        except ImportError as exc:
            raise StorageError(
                f"the database URL '{shown_url(self.url)}' needs the driver "
                f"'{exc.name or url.drivername}', which is not installed; "
                f"write it like {URL_EXAMPLE}") from None
        if self.path is not None:
            # pysqlite commits DDL on its own, so a failed create or upgrade would leave a
            # half-built schema. Take over transaction control: BEGIN at every SQLAlchemy
            # begin makes schema changes all-or-nothing like everything else.
            @event.listens_for(engine, "do_connect")  # the stdlib path (no creator)
            def _before_connect(*_args: Any) -> None:
                self._opening.file = file_identity(self.path)

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn: Any, record: Any) -> None:
                # None before opening: this connection made the file, so it holds the new one.
                opened = self._opening.__dict__.pop("file", None)
                record.info["file"] = opened if opened is not None else file_identity(self.path)
                dbapi_conn.isolation_level = None
                _apply_sqlite_pragmas(dbapi_conn)

            # IMMEDIATE: take the write lock up front (waiting busy_timeout for it). A
            # deferred transaction that reads first fails at once with "database is
            # locked" when another process wrote in between; this one waits its turn.
            @event.listens_for(engine, "begin")
            def _on_begin(conn: Any) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                if conn.connection.info.get("file") != file_identity(self.path):
                    conn.exec_driver_sql("ROLLBACK")
                    raise StorageError(REPLACED)

        return engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One service call = one transaction: commit on success, roll back on error."""
        from sqlalchemy.orm import Session

        self._before_write()
        try:
            with self._storage_errors(), Session(self.engine, expire_on_commit=False) as session, \
                    session.begin():
                yield session
        except StorageError as exc:
            if exc.message == REPLACED:
                self.dispose()  # the pool holds the old file: the next try opens the new one
            raise

    def write(self, sql: str, **params: Any) -> list[Row]:
        """One INSERT or UPDATE (portable SQL, :named parameters, RETURNING for what it
        needs back) in a transaction of its own, with transaction()'s checks: read-only
        refused, the first-write hook, BEGIN IMMEDIATE, failures as StorageError. On a SQLite
        file through the stdlib driver: a practice save need not load the ORM (~47 MiB)."""
        if self.path is None:
            from sqlalchemy import text

            with self.transaction() as session:
                return [dict(r) for r in session.execute(text(sql), params).mappings().all()]
        self._before_write()
        opened = file_identity(self.path)  # before opening: see _pooled_connection
        with self._storage_errors(driver_only=True), \
                contextlib.closing(self.raw_connection()) as conn:
            if opened is None:  # this connection made the file
                opened = file_identity(self.path)
            conn.isolation_level = None  # BEGIN and COMMIT are ours
            conn.execute("BEGIN IMMEDIATE")
            try:
                if file_identity(self.path) != opened:
                    raise StorageError(REPLACED)
                cur = conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
                names = tuple(d[0] for d in cur.description or ())
                found = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return found

    def refuse_read_only(self) -> None:
        """A StorageError that says so when the user made the file or its folder read-only
        (root could still write: the permission bits are the user's word)."""
        if self.read_only:
            raise StorageError(read_only_message(self._read_only_part()))

    def _read_only_part(self) -> str:
        """The file, or its folder when only the folder was made read-only."""
        if self.path is not None and user_may_write(self.path):
            return f"the folder {self.path.parent}"
        return self.where

    def secure_file(self) -> None:
        """The database and its WAL side files are readable by this user only."""
        if self.path is None:
            return
        for suffix in ("", "-wal", "-shm"):
            f = Path(str(self.path) + suffix)
            if f.exists():
                tighten(f)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def day_range(alias: str, since: dt.date | None, until: dt.date | None,
              where: list[str], params: dict[str, Any]) -> None:
    """Add "local day from since to until (both included)" to a WHERE list, when given."""
    if since is not None:
        where.append(f"{alias}.local_day >= :since")
        params["since"] = since
    if until is not None:
        where.append(f"{alias}.local_day <= :until")
        params["until"] = until


def local_iso(alias: str) -> str:
    """SQLite text of alias's at_utc + utc_offset_min as Stamp.iso() writes it (whole
    seconds, then the offset: 2026-01-02T08:30:00+01:00)."""
    off = f"{alias}.utc_offset_min"
    return (f"strftime('%Y-%m-%dT%H:%M:%S', substr({alias}.at_utc, 1, 19), "
            f"printf('%+d minutes', {off})) || printf('%s%02d:%02d', "
            f"CASE WHEN {off} < 0 THEN '-' ELSE '+' END, abs({off}) / 60, abs({off}) % 60)")


def id_chunks(ids: Iterable[int]) -> Iterator[str]:
    """Comma-separated literal id lists of at most ID_CHUNK ids, for `col IN (...)`."""
    unique = sorted({int(i) for i in ids})
    for start in range(0, len(unique), ID_CHUNK):
        yield ", ".join(str(i) for i in unique[start:start + ID_CHUNK])


def row_dict(keys: tuple[str, ...], row: tuple[Any, ...]) -> Mapping[str, Any]:
    return dict(zip(keys, row, strict=True))

