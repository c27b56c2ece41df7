"""Reflection and growth (revision 0006): journal, goals in small steps, self-assessments,
the safety plan, and what to bring to the next therapy session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.limits import (
    SAFETY_SECTIONS,
    STEP_DAYS_MAX,
    STEP_DAYS_MIN,
    STEP_MINUTES_MAX,
    STEP_MINUTES_MIN,
    STEP_PRACTICE_KINDS,
    THERAPY_KINDS,
    between,
    one_of,
)
from app.storage.models.base import Base, part_of, points_at

# Tables whose ids other rows point at ("bring to my session", steps, links) never hand
# an id out twice (SQLite AUTOINCREMENT), as custom patterns and tracks since 0005.


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    __table_args__ = (
        CheckConstraint("length(text) > 0", name="ck_journal_entry_text"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(index=True)
    utc_offset_min: Mapped[int]
    local_day: Mapped[dt.date] = mapped_column(index=True)
    # The prompt it started from ("attachment-history/safe-places"), kept as text: prompts
    # are data files and may be renamed; the entry must survive that.
    prompt_id: Mapped[str | None] = mapped_column(String(120))
    prompt_text: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    checkin_id: Mapped[int | None] = points_at("mood_checkin")
    updated_at_utc: Mapped[dt.datetime | None]
    deleted_at_utc: Mapped[dt.datetime | None]


class JournalTag(Base):
    __tablename__ = "journal_tag"
    __table_args__ = (UniqueConstraint("entry_id", "name", name="uq_journal_tag_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = part_of("journal_entry")
    name: Mapped[str] = mapped_column(String(60), index=True)


class Goal(Base):
    __tablename__ = "goal"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    why: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(Text)
    review_on: Mapped[dt.date | None]
    created_at_utc: Mapped[dt.datetime]
    utc_offset_min: Mapped[int]
    local_day: Mapped[dt.date]
    reviewed_on: Mapped[dt.date | None]
    review_note: Mapped[str | None] = mapped_column(Text)
    done_at_utc: Mapped[dt.datetime | None]
    archived_at_utc: Mapped[dt.datetime | None]
    deleted_at_utc: Mapped[dt.datetime | None]


class GoalStep(Base):
    __tablename__ = "goal_step"
    __table_args__ = (
        CheckConstraint("practice_kind IS NULL OR " + one_of("practice_kind", STEP_PRACTICE_KINDS),
                        name="ck_goal_step_practice_kind"),
        CheckConstraint("practice_minutes IS NULL OR "
                        + between("practice_minutes", STEP_MINUTES_MIN, STEP_MINUTES_MAX),
                        name="ck_goal_step_practice_minutes"),
        CheckConstraint("practice_days IS NULL OR "
                        + between("practice_days", STEP_DAYS_MIN, STEP_DAYS_MAX),
                        name="ck_goal_step_practice_days"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = part_of("goal")
    title: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    # A practice-linked step ("breathe 5 minutes on 4 days this week") ticks itself from
    # the practice log, counting from the local day it was made.
    practice_kind: Mapped[str | None] = mapped_column(String(16))
    practice_minutes: Mapped[int | None]
    practice_days: Mapped[int | None]
    created_local_day: Mapped[dt.date]
    # Homework from a therapy session can become a step.
    therapy_session_id: Mapped[int | None] = points_at("therapy_session")
    done_at_utc: Mapped[dt.datetime | None]
    deleted_at_utc: Mapped[dt.datetime | None]


class AssessmentResult(Base):
    __tablename__ = "assessment_result"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument: Mapped[str] = mapped_column(String(64), index=True)
    at_utc: Mapped[dt.datetime] = mapped_column(index=True)
    utc_offset_min: Mapped[int]
    local_day: Mapped[dt.date]
    answers: Mapped[str] = mapped_column(Text)  # JSON list of option values
    scores: Mapped[str] = mapped_column(Text)  # JSON object: score name -> value
    band: Mapped[str | None] = mapped_column(String(64))
    crisis: Mapped[bool] = mapped_column(default=False)
    deleted_at_utc: Mapped[dt.datetime | None]


class SafetyPlanItem(Base):
    __tablename__ = "safety_plan_item"
    __table_args__ = (
        CheckConstraint(one_of("section", SAFETY_SECTIONS), name="ck_safety_plan_item_section"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String(24), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    updated_at_utc: Mapped[dt.datetime]


class TherapySession(Base):
    __tablename__ = "therapy_session"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    on_day: Mapped[dt.date | None]
    created_at_utc: Mapped[dt.datetime]
    worked_on: Mapped[str | None] = mapped_column(Text)
    homework: Mapped[str | None] = mapped_column(Text)
    # Set when the user notes the session as held; the next one is the open one.
    held_at_utc: Mapped[dt.datetime | None]
    deleted_at_utc: Mapped[dt.datetime | None]


class SessionItem(Base):
    """Something flagged "bring to my next session"."""

    __tablename__ = "session_item"
    __table_args__ = (
        CheckConstraint(one_of("kind", THERAPY_KINDS), name="ck_session_item_kind"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    item_id: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)
    flagged_at_utc: Mapped[dt.datetime]
    # The session it was brought to; NULL while it waits for the next one.
    therapy_session_id: Mapped[int | None] = points_at("therapy_session")
    deleted_at_utc: Mapped[dt.datetime | None]
