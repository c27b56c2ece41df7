"""`stillpoint check`: is the database whole, and does every reference point somewhere?"""

from __future__ import annotations

import contextlib

from app.exchange.columns import export_tables
from app.storage.database import Database


def problems(db: Database) -> list[str]:
    """Every problem found, one sentence each; an empty list when all is well."""
    if db.is_sqlite_file:
        return _sqlite_problems(db)
    return _orphans(db)


def _sqlite_problems(db: Database) -> list[str]:
    found: list[str] = []
    with contextlib.closing(db.raw_connection()) as conn:
        for (message,) in conn.execute("PRAGMA integrity_check").fetchall():
            if message != "ok":
                found.append(f"integrity: {message}")
        # One line per broken reference: the table, the row, and what it points at.
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            found.append(f"{table} row {rowid} points at a missing row of {parent}")
    return found


def _orphans(db: Database) -> list[str]:
    """For other databases: rows whose foreign key points at no row (portable SQL)."""
    found: list[str] = []
    for table in export_tables():
        keys = [c.name for c in table.primary_key.columns]
        for fk in table.foreign_keys:
            parent, column = fk.column.table.name, fk.parent.name
            sql = (f"SELECT {', '.join('c.' + k for k in keys)} FROM {table.name} c "
                   f"WHERE c.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {parent} p "
                   f"WHERE p.{fk.column.name} = c.{column})")
            for row in db.read(sql):
                found.append(f"{table.name} row {', '.join(map(str, row))} points at a "
                             f"missing row of {parent}")
    return found
