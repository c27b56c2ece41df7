"""The emotion-regulation log: entries, their emotions, and the strategy list (revision 0004)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from app.limits import (
    ATTACHMENT_ACTIONS,
    HELPFULNESS_MAX,
    HELPFULNESS_MIN,
    INTENSITY_MAX,
    INTENSITY_MIN,
    STRATEGY_FAMILIES,
    between,
    one_of,
)
from app.storage.models.base import Base, part_of, points_at

_INTENSITY = (INTENSITY_MIN, INTENSITY_MAX)


class RegulationStrategy(Base):
    __tablename__ = "regulation_strategy"
    __table_args__ = (
        CheckConstraint(one_of("family", STRATEGY_FAMILIES),
                        name="ck_regulation_strategy_family"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    family: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)
    # For Stillpoint's own exercises: the practice kind whose sessions it stands for.
    practice_kind: Mapped[str | None] = mapped_column(String(16))
    builtin: Mapped[bool] = mapped_column(default=False)
    hidden: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class RegulationEntry(Base):
    __tablename__ = "regulation_entry"
    __table_args__ = (
        CheckConstraint(between("helpfulness", HELPFULNESS_MIN, HELPFULNESS_MAX),
                        name="ck_regulation_helpfulness"),
        CheckConstraint("attachment_action IS NULL OR "
                        + one_of("attachment_action", list(ATTACHMENT_ACTIONS)),
                        name="ck_regulation_attachment_action"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(index=True)
    utc_offset_min: Mapped[int]
    local_day: Mapped[dt.date] = mapped_column(index=True)
    situation: Mapped[str] = mapped_column(Text)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("regulation_strategy.id"), index=True)
    # The breathing or guided session that was the strategy, when there was one.
    practice_session_id: Mapped[int | None] = points_at("practice_session")
    helpfulness: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)
    attachment_person: Mapped[str | None] = mapped_column(String(120))
    attachment_action: Mapped[str | None] = mapped_column(String(24))
    deleted_at_utc: Mapped[dt.datetime | None]


class RegulationEmotion(Base):
    __tablename__ = "regulation_emotion"
    __table_args__ = (
        UniqueConstraint("entry_id", "word", name="uq_regulation_emotion_word"),
        CheckConstraint(between("intensity_before", *_INTENSITY), name="ck_regulation_before"),
        CheckConstraint("intensity_after IS NULL OR " + between("intensity_after", *_INTENSITY),
                        name="ck_regulation_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = part_of("regulation_entry")
    word: Mapped[str] = mapped_column(String(40))
    intensity_before: Mapped[int]
    intensity_after: Mapped[int | None]


@event.listens_for(RegulationStrategy.__table__, "after_create")
def _seed_strategies(table: Any, connection: Any, **_kw: Any) -> None:
    # A new database is made with create_all, not by running the revisions.
    from app.storage.starter_lists import strategy_rows

    connection.execute(table.insert(), strategy_rows())
