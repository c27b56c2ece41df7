"""Practice: every breathing, guided, timer or own-audio session; custom patterns; tracks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.limits import CALM_MAX, CALM_MIN, PRACTICE_KINDS, between, one_of
from app.storage.models.base import Base

__all__ = ["PRACTICE_KINDS", "AudioTrack", "CustomPattern", "PracticeSession"]


class PracticeSession(Base):
    __tablename__ = "practice_session"
    __table_args__ = (
        CheckConstraint(one_of("kind", PRACTICE_KINDS), name="ck_practice_kind"),
        CheckConstraint("calm_before IS NULL OR " + between("calm_before", CALM_MIN, CALM_MAX),
                        name="ck_practice_calm_before"),
        CheckConstraint("calm_after IS NULL OR " + between("calm_after", CALM_MIN, CALM_MAX),
                        name="ck_practice_calm_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    # What was practised: a pattern key, a script key, "timer", or an audio track id.
    ref: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    started_at_utc: Mapped[dt.datetime] = mapped_column(index=True)
    utc_offset_min: Mapped[int]
    local_day: Mapped[dt.date] = mapped_column(index=True)
    planned_seconds: Mapped[float]
    actual_seconds: Mapped[float]
    completed: Mapped[bool]
    cycles_completed: Mapped[int | None]
    calm_before: Mapped[int | None]
    calm_after: Mapped[int | None]
    details: Mapped[str | None] = mapped_column(Text)  # JSON: feature-specific facts


class CustomPattern(Base):
    __tablename__ = "custom_pattern"
    # Practice sessions refer to patterns by id ("custom-7"), and undo re-inserts a deleted
    # one under its old id: so an id must never be handed out twice (revision 0005).
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    inhale: Mapped[float]
    top_up: Mapped[float]
    hold_in: Mapped[float]
    exhale: Mapped[float]
    hold_out: Mapped[float]
    created_at_utc: Mapped[dt.datetime]


class AudioTrack(Base):
    __tablename__ = "audio_track"
    # As CustomPattern: ids are never reused.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # Absolute path; inside the data dir when the user chose to copy the file there.
    path: Mapped[str] = mapped_column(Text)
    copied: Mapped[bool]
    duration_seconds: Mapped[float | None]
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, as typed
    added_at_utc: Mapped[dt.datetime]
