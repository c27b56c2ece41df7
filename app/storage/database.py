"""The database handle: lazy SQLAlchemy engine for writes, cheap portable reads.

SQLAlchemy takes ~0.25 s to import here, longer than a whole bare Qt window takes to
show. Reads on the start-up path therefore run as portable SQL text through the stdlib
sqlite3 driver when the database is a SQLite file, and the ORM loads on first write.
The same SQL strings (named :params) run through SQLAlchemy for any other URL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import StorageError
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


def read_only_uri(path: Path) -> str:
    """A URI that opens the file for reading only. A WAL database needs its -shm file; in a
    folder the user made read-only, where SQLite cannot create it, a fully checkpointed
    file (no -wal, no -shm) is opened as immutable: nothing can write to it there anyway."""
    uri = path.absolute().as_uri() + "?mode=ro"
    side_files = (Path(f"{path}-wal"), Path(f"{path}-shm"))
    if not user_may_write(path.parent) and not any(f.exists() for f in side_files):
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
            try:
                with contextlib.closing(self.raw_connection()) as conn:
                    cur = conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
                    return [tuple(r) for r in cur.fetchall()]
            except sqlite3.DatabaseError as exc:
                raise self._read_problem(exc) from None
        from sqlalchemy import text

        with self.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params).all()]

    def rows(self, sql: str, **params: Any) -> list[Row]:
        """Like read, with each row keyed by column name: map rows by name, never by position."""
        if self.path is not None:
            try:
                with contextlib.closing(self.raw_connection()) as conn:
                    cur = conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
                    names = tuple(d[0] for d in cur.description or ())
                    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            except sqlite3.DatabaseError as exc:
                raise self._read_problem(exc) from None
        from sqlalchemy import text

        with self.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql), params).mappings().all()]

    def _read_problem(self, exc: BaseException) -> StorageError:
        return storage_problem(exc, self.where) or StorageError(f"cannot read {self.path}: {exc}")

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """An engine connection; an unreachable server or full disk becomes a StorageError."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except Exception as exc:
            problem = storage_problem(exc, self.where)
            if problem is None:
                raise
            raise problem from None

    def raw_connection(self) -> sqlite3.Connection:
        assert self.path is not None
        if self.read_only:
            conn = sqlite3.connect(read_only_uri(self.path), uri=True,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        _apply_sqlite_pragmas(conn)
        return conn

    # -- writes ------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._make_engine()
        return self._engine

    def _make_engine(self) -> Engine:
        from sqlalchemy import create_engine, event

        url = checked_url(self.url)
        # hide_parameters: an error's text must never carry what the user wrote into a log.
        options: dict[str, Any] = {"hide_parameters": True}
        if self.path is not None and self.read_only:
            options["creator"] = self.raw_connection
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
            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.isolation_level = None
                _apply_sqlite_pragmas(dbapi_conn)

            # IMMEDIATE: take the write lock up front (waiting busy_timeout for it). A
            # deferred transaction that reads first fails at once with "database is
            # locked" when another process wrote in between; this one waits its turn.
            @event.listens_for(engine, "begin")
            def _on_begin(conn: Any) -> None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One service call = one transaction: commit on success, roll back on error."""
        from sqlalchemy.orm import Session

        if self.read_only:
            raise StorageError(read_only_message(self._read_only_part()))
        hook, self.before_first_write = self.before_first_write, None
        if hook is not None:
            hook()
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except Exception as exc:
            problem = storage_problem(exc, self.where)
            if problem is None:
                raise
            raise problem from None

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


def id_chunks(ids: Iterable[int]) -> Iterator[str]:
    """Comma-separated literal id lists of at most ID_CHUNK ids, for `col IN (...)`."""
    unique = sorted({int(i) for i in ids})
    for start in range(0, len(unique), ID_CHUNK):
        yield ", ".join(str(i) for i in unique[start:start + ID_CHUNK])


def row_dict(keys: tuple[str, ...], row: tuple[Any, ...]) -> Mapping[str, Any]:
    return dict(zip(keys, row, strict=True))

