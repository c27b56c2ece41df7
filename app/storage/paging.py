"""Reads of timed rows (at_utc, id) in time order: all at once, or lazily page by page.

One home for the ORDER BY and keyset paging that mood, journal and regulation reads share,
so a fix to the paging reaches every log at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.storage.database import Database, Row


def ordered_rows(db: Database, select: str, alias: str, where: str, params: dict[str, Any], *,
                 newest_first: bool, limit: int | None) -> list[Row]:
    """`select` ("SELECT ... FROM t alias") WHERE `where`, by (at_utc, id) of `alias`."""
    a = alias
    order = f"{a}.at_utc DESC, {a}.id DESC" if newest_first else f"{a}.at_utc, {a}.id"
    sql = f"{select} WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return db.rows(sql, **params)


def keyset_pages(db: Database, select: str, alias: str, condition: str,
                 params: dict[str, Any], *, limit: int | None,
                 chunk: int) -> Iterator[list[Row]]:
    """The rows of `select` WHERE `condition`, oldest first, `chunk` at a time (keyset
    paging by (at_utc, id): no OFFSET, so each page costs the same); empty pages are not
    yielded. The select must name the columns at_utc and id."""
    a = alias
    # at_utc >= :after_at lets the at_utc index both bound the range and give the order.
    after = (f"{condition} AND {a}.at_utc >= :after_at "
             f"AND ({a}.at_utc > :after_at OR {a}.id > :after_id)")
    left = limit
    last: Row | None = None
    while left is None or left > 0:
        size = chunk if left is None else min(chunk, left)
        where, bound = (condition, params) if last is None else (
            after, {**params, "after_at": last["at_utc"], "after_id": last["id"]})
        rows = db.rows(f"{select} WHERE {where} "
                       f"ORDER BY {a}.at_utc, {a}.id LIMIT {int(size)}", **bound)
        if rows:
            yield rows
        if len(rows) < size:
            return
        last = rows[-1]
        left = None if left is None else left - len(rows)
