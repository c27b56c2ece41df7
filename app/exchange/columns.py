"""Which tables an export holds, and how each column's value is written and read back.

Tables come from the models' metadata, so a table added later is exported without anyone
remembering to list it. Values are plain JSON: times as ISO 8601 with their UTC offset
(+00:00: every stored time is UTC; the user's offset at the moment sits in its own column),
days as YYYY-MM-DD, booleans as true/false.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Column, Table

FORMAT = "stillpoint-export"
VERSION = 1
# The app lock (its Argon2id verifier, kind, idle minutes, wrong-try count) belongs to this
# machine's window: an export must not carry the verifier away, and an import from
# another machine must never set or replace a lock. These settings neither leave nor enter.
LOCAL_SETTING_PREFIX = "lock_"


def export_tables() -> list[Table]:
    """Every table of the schema, parents before children (so an import can follow the file)."""
    from app.storage.models import Base

    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def travels(table_name: str, row: dict[str, Any]) -> bool:
    """False for the rows that stay on this machine (the app lock's settings)."""
    return not (table_name == "setting" and isinstance(row.get("key"), str)
                and row["key"].startswith(LOCAL_SETTING_PREFIX))


def kind(column: Column[Any]) -> str:
    """The JSON kind of a column: datetime, date, bool, int, float or text."""
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer

    col_type = column.type
    if isinstance(col_type, DateTime):
        return "datetime"
    if isinstance(col_type, Date):
        return "date"
    if isinstance(col_type, Boolean):
        return "bool"
    if isinstance(col_type, Integer):
        return "int"
    if isinstance(col_type, Float):
        return "float"
    return "text"


def encode(kind_name: str, value: Any) -> Any:
    """A stored value as JSON."""
    if value is None:
        return None
    if kind_name == "datetime":
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
        return moment.replace(tzinfo=dt.UTC).isoformat()
    if kind_name == "date":
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(value)).isoformat()
    if kind_name == "bool":
        return bool(value)
    if kind_name == "float":
        return float(value)
    return value


def decode(kind_name: str, value: Any, *, max_length: int | None = None) -> Any:
    """A JSON value as stored; ValueError with a short reason when it is the wrong kind."""
    if value is None:
        return None
    if kind_name == "datetime":
        moment = dt.datetime.fromisoformat(_text(value, "a time such as "
                                                 "2026-11-27T08:30:00+00:00"))
        if moment.tzinfo is None:
            raise ValueError("a time needs its UTC offset, such as +00:00")
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    if kind_name == "date":
        return dt.date.fromisoformat(_text(value, "a day such as 2026-11-27"))
    if kind_name == "bool":
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if kind_name == "int":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 2**63:
            raise ValueError("must be a whole number")
        return value
    if kind_name == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise ValueError("must be a number")
        return float(value)
    text = _text(value, "text")
    if "\x00" in text:
        raise ValueError("text must not hold a NUL character")
    if max_length is not None and len(text) > max_length:
        raise ValueError(f"must be at most {max_length} characters")
    return text


def _text(value: Any, wanted: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be {wanted}")
    return value


def own_id(table: Table) -> bool:
    """True when the table's key is one integer id the database hands out (so it can be
    remapped on import); False for natural keys such as a setting's name."""
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id" and kind(keys[0]) == "int"
