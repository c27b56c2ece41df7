"""Reflection and growth (revision 0006): journal, goals in small steps, self-assessments,
the safety plan, and what to bring to the next therapy session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base

# Tables whose ids other rows point at ("bring to my session", steps, links) never hand
# an id out twice (SQLite AUTOINCREMENT), as custom patterns and tracks since 0005.


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    __table_args__ = (
        CheckConstraint("length(text) > 0", name="ck_journal_entry_text"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_day: Mapped[dt.date] = mapped_column(Date, index=True)
    # The prompt it started from ("attachment-history/safe-places"), kept as text: prompts
    # are data files and may be renamed; the entry must survive that.
    prompt_id: Mapped[str | None] = mapped_column(String(120))
    prompt_text: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("mood_checkin.id", ondelete="SET NULL"), index=True)
    updated_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)


class JournalTag(Base):
    __tablename__ = "journal_tag"
    __table_args__ = (UniqueConstraint("entry_id", "name", name="uq_journal_tag_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("journal_entry.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60), index=True)


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    why: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_day: Mapped[dt.date] = mapped_column(Date)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    review_note: Mapped[str | None] = mapped_column(Text)
    done_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    archived_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)


class GoalStep(Base):
    __tablename__ = "goal_step"
    __table_args__ = (
        CheckConstraint(
            "practice_kind IS NULL OR practice_kind IN "
            "('breathing', 'visualization', 'timer', 'audio', 'any')",
            name="ck_goal_step_practice_kind"),
        CheckConstraint("practice_minutes IS NULL OR practice_minutes BETWEEN 1 AND 600",
                        name="ck_goal_step_practice_minutes"),
        CheckConstraint("practice_days IS NULL OR practice_days BETWEEN 1 AND 7",
                        name="ck_goal_step_practice_days"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # A practice-linked step ("breathe 5 minutes on 4 days this week") ticks itself from
    # the practice log, counting from the local day it was made.
    practice_kind: Mapped[str | None] = mapped_column(String(16))
    practice_minutes: Mapped[int | None] = mapped_column(Integer)
    practice_days: Mapped[int | None] = mapped_column(Integer)
    created_local_day: Mapped[dt.date] = mapped_column(Date)
    # Homework from a therapy session can become a step.
    therapy_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="SET NULL"), index=True)
    done_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AssessmentResult(Base):
    __tablename__ = "assessment_result"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument: Mapped[str] = mapped_column(String(64), index=True)
    at_utc: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_day: Mapped[dt.date] = mapped_column(Date)
    answers: Mapped[str] = mapped_column(Text)  # JSON list of option values
    scores: Mapped[str] = mapped_column(Text)  # JSON object: score name -> value
    band: Mapped[str | None] = mapped_column(String(64))
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SafetyPlanItem(Base):
    __tablename__ = "safety_plan_item"
    __table_args__ = (
        CheckConstraint(
            "section IN ('warning_signs', 'coping', 'distractions', 'people', "
            "'professionals', 'environment', 'reasons')",
            name="ck_safety_plan_item_section"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String(24), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at_utc: Mapped[dt.datetime] = mapped_column(DateTime)


class TherapySession(Base):
    __tablename__ = "therapy_session"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    on_day: Mapped[dt.date | None] = mapped_column(Date)
    created_at_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    worked_on: Mapped[str | None] = mapped_column(Text)
    homework: Mapped[str | None] = mapped_column(Text)
    # Set when the user notes the session as held; the next one is the open one.
    held_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
    deleted_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SessionItem(Base):
    """Something flagged "bring to my next session"."""

    __tablename__ = "session_item"
    __table_args__ = (
        CheckConstraint("kind IN ('checkin', 'journal', 'regulation', 'assessment')",
                        name="ck_session_item_kind"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    flagged_at_utc: Mapped[dt.datetime] = mapped_column(DateTime)
    # The session it was brought to; NULL while it waits for the next one.
    therapy_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("therapy_session.id", ondelete="SET NULL"), index=True)
    deleted_at_utc: Mapped[dt.datetime | None] = mapped_column(DateTime)
