"""The declarative base every model derives from, and the two kinds of link between rows."""

from typing import Any, ClassVar

from sqlalchemy import Float, ForeignKey
from sqlalchemy.orm import DeclarativeBase, MappedColumn, mapped_column


class Base(DeclarativeBase):
    # A column's type comes from its annotation (Mapped[int] is INTEGER, Mapped[dt.date] is
    # DATE), so it is written once; only text (String(n) or Text) is spelled out. The one
    # exception to SQLAlchemy's defaults: the revisions made float columns FLOAT, not DOUBLE.
    type_annotation_map: ClassVar[dict[Any, Any]] = {float: Float()}


def part_of(table: str) -> MappedColumn[Any]:
    """The row this one is part of (an entry's emotions, a goal's steps): indexed, and
    deleted together with it."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


def points_at(table: str) -> MappedColumn[Any]:
    """A row this one may refer to (the check-in a journal entry came from): indexed, and
    emptied, never deleted, when that row goes."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="SET NULL"), index=True)
