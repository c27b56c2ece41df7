"""Mood check-ins and settings (revisions 0001 and 0002)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base


class MoodCheckin(Base):
    __tablename__ = "mood_checkin"
    __table_args__ = (
        CheckConstraint("pleasantness BETWEEN -5 AND 5", name="ck_mood_pleasantness"),
        CheckConstraint("energy BETWEEN -5 AND 5", name="ck_mood_energy"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    # The user's local day at entry time, stored so that grouping by day is plain SQL.
    local_day: Mapped[dt.date] = mapped_column(Date, index=True)
    pleasantness: Mapped[int] = mapped_column(Integer)
    energy: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
