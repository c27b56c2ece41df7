"""Mood check-ins and settings (revisions 0001 and 0002; sleep and soft delete in 0004)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.limits import SCALE_MAX, SCALE_MIN, SLEEP_MAX, SLEEP_MIN, between
from app.storage.models.base import Base


class MoodCheckin(Base):
    __tablename__ = "mood_checkin"
    __table_args__ = (
        CheckConstraint(between("pleasantness", SCALE_MIN, SCALE_MAX),
                        name="ck_mood_pleasantness"),
        CheckConstraint(between("energy", SCALE_MIN, SCALE_MAX), name="ck_mood_energy"),
        CheckConstraint(f"sleep_hours IS NULL OR (sleep_hours >= {SLEEP_MIN} "
                        f"AND sleep_hours <= {SLEEP_MAX})", name="ck_mood_sleep_hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(index=True)
    utc_offset_min: Mapped[int]
    # The user's local day at entry time, stored so that grouping by day is plain SQL.
    local_day: Mapped[dt.date] = mapped_column(index=True)
    pleasantness: Mapped[int]
    energy: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)
    sleep_hours: Mapped[float | None]
    # Deleting sets this; undo clears it. Reads leave such rows out, nothing is lost.
    deleted_at_utc: Mapped[dt.datetime | None]


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
