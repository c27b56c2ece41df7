"""Soft delete and restore: a deleted row keeps everything it held and can come back.

Nothing a user wrote is ever deleted silently: delete sets ``deleted_at_utc`` and the
row drops out of every live query; restore clears it again (the session's undo stack).
"""

from __future__ import annotations

from typing import Any, Protocol

from app.errors import UserError
from app.timeutil import now_stamp


class SoftDeletable(Protocol):
    id: Any
    deleted_at_utc: Any


def live_row(session: Any, model: type[Any], row_id: int, *, what: str) -> Any:
    """The row if it exists and is not deleted; else a UserError 'there is no <what> <id>'."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at_utc is not None:
        raise UserError(f"there is no {what} {row_id}")
    return row


def soft_delete(session: Any, model: type[Any], row_id: int, *, what: str) -> Any:
    row = live_row(session, model, row_id, what=what)
    row.deleted_at_utc = now_stamp().at_utc
    return row


def restore(session: Any, model: type[Any], row_id: int, *, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise UserError(f"there is no {what} {row_id}")
    row.deleted_at_utc = None
    return row
