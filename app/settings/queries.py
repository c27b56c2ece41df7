"""Settings' reads: the stored JSON text per key, rows mapped by column name."""

from __future__ import annotations

from app.storage.database import Database

SQL_ALL = "SELECT key, value FROM setting"
SQL_ONE = "SELECT value FROM setting WHERE key = :key"


def stored_values(db: Database) -> dict[str, str]:
    """Every stored setting as its JSON text, by key."""
    return {str(row["key"]): str(row["value"]) for row in db.rows(SQL_ALL)}


def stored_value(db: Database, key: str) -> str | None:
    """One setting's JSON text, or None when it was never set."""
    rows = db.rows(SQL_ONE, key=key)
    return str(rows[0]["value"]) if rows else None
