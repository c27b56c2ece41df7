"""Emotion words and context tags attached to mood check-ins (revision 0004)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from app.limits import INTENSITY_MAX, INTENSITY_MIN, TAG_CATEGORIES, between, one_of
from app.storage.models.base import Base, part_of


class CheckinEmotion(Base):
    __tablename__ = "checkin_emotion"
    __table_args__ = (
        UniqueConstraint("checkin_id", "word", name="uq_checkin_emotion_word"),
        CheckConstraint(between("intensity", INTENSITY_MIN, INTENSITY_MAX),
                        name="ck_checkin_emotion_intensity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = part_of("mood_checkin")
    word: Mapped[str] = mapped_column(String(40), index=True)
    intensity: Mapped[int]


class ContextTag(Base):
    """An activity, person or place a check-in can be tagged with; the user edits the list."""

    __tablename__ = "context_tag"
    __table_args__ = (
        UniqueConstraint("category", "name", name="uq_context_tag_category_name"),
        CheckConstraint(one_of("category", TAG_CATEGORIES), name="ck_context_tag_category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(16))
    builtin: Mapped[bool] = mapped_column(default=False)
    # Hidden tags stay on old check-ins but are no longer offered.
    hidden: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class CheckinTag(Base):
    __tablename__ = "checkin_tag"

    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("mood_checkin.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("context_tag.id"), primary_key=True,
                                        index=True)


@event.listens_for(ContextTag.__table__, "after_create")
def _seed_tags(table: Any, connection: Any, **_kw: Any) -> None:
    # A new database is made with create_all, not by running the revisions.
    from app.storage.starter_lists import tag_rows

    connection.execute(table.insert(), tag_rows())
