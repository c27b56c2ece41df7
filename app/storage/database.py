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
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
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


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self._engine: Engine | None = None

    @property
    def is_sqlite_file(self) -> bool:
        return self.path is not None

    # -- reads -------------------------------------------------------------------
    def read(self, sql: str, **params: Any) -> list[tuple]:
        """Run one SELECT written in portable SQL with :named parameters."""
        if self.path is not None:
            with contextlib.closing(self.raw_connection()) as conn:
                try:
                    cur = conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
                    return [tuple(r) for r in cur.fetchall()]
                except sqlite3.DatabaseError as exc:
                    raise StorageError(f"cannot read {self.path}: {exc}") from None
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params).all()]

    def rows(self, sql: str, **params: Any) -> list[Row]:
        """Like read, with each row keyed by column name: map rows by name, never by position."""
        if self.path is not None:
            with contextlib.closing(self.raw_connection()) as conn:
                try:
                    cur = conn.execute(sql, {k: _sqlite_param(v) for k, v in params.items()})
                    names = tuple(d[0] for d in cur.description or ())
                    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
                except sqlite3.DatabaseError as exc:
                    raise StorageError(f"cannot read {self.path}: {exc}") from None
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(text(sql), params).mappings().all()]

    def raw_connection(self) -> sqlite3.Connection:
        assert self.path is not None
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

        engine = create_engine(self.url)
        if self.path is not None:
            # pysqlite commits DDL on its own, so a failed create or upgrade would leave a
            # half-built schema. Take over transaction control: BEGIN at every SQLAlchemy
            # begin makes schema changes all-or-nothing like everything else.
            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.isolation_level = None
                _apply_sqlite_pragmas(dbapi_conn)

            @event.listens_for(engine, "begin")
            def _on_begin(conn: Any) -> None:
                conn.exec_driver_sql("BEGIN")

        return engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One service call = one transaction: commit on success, roll back on error."""
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def secure_file(self) -> None:
        """The database and its WAL side files are readable by this user only."""
        if self.path is None:
            return
        for suffix in ("", "-wal", "-shm"):
            f = Path(str(self.path) + suffix)
            if f.exists():
                os.chmod(f, 0o600)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def id_chunks(ids: Iterable[int]) -> Iterator[str]:
    """Comma-separated literal id lists of at most ID_CHUNK ids, for `col IN (...)`."""
    unique = sorted({int(i) for i in ids})
    for start in range(0, len(unique), ID_CHUNK):
        yield ", ".join(str(i) for i in unique[start:start + ID_CHUNK])


def row_dict(keys: tuple[str, ...], row: tuple) -> Mapping[str, Any]:
    return dict(zip(keys, row, strict=True))
