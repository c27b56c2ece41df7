"""Reflection and growth: journal entries and tags, goals and steps, assessment results,
the safety plan, therapy sessions and what to bring to them.

Revision ID: 0006
Revises: 0005
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NEVER_REUSE = {"sqlite_autoincrement": True}


def _stamp_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("at_utc", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("local_day", sa.Date, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        *_stamp_columns(),
        sa.Column("prompt_id", sa.String(120), nullable=True),
        sa.Column("prompt_text", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("checkin_id", sa.Integer,
                  sa.ForeignKey("mood_checkin.id", ondelete="SET NULL"), nullable=True),
        sa.Column("updated_at_utc", sa.DateTime, nullable=True),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        sa.CheckConstraint("length(text) > 0", name="ck_journal_entry_text"),
        **NEVER_REUSE,
    )
    op.create_index("ix_journal_entry_at_utc", "journal_entry", ["at_utc"])
    op.create_index("ix_journal_entry_local_day", "journal_entry", ["local_day"])
    op.create_index("ix_journal_entry_checkin_id", "journal_entry", ["checkin_id"])
    op.create_table(
        "journal_tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer,
                  sa.ForeignKey("journal_entry.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.UniqueConstraint("entry_id", "name", name="uq_journal_tag_name"),
    )
    op.create_index("ix_journal_tag_entry_id", "journal_tag", ["entry_id"])
    op.create_index("ix_journal_tag_name", "journal_tag", ["name"])

    op.create_table(
        "therapy_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("on_day", sa.Date, nullable=True),
        sa.Column("created_at_utc", sa.DateTime, nullable=False),
        sa.Column("worked_on", sa.Text, nullable=True),
        sa.Column("homework", sa.Text, nullable=True),
        sa.Column("held_at_utc", sa.DateTime, nullable=True),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        **NEVER_REUSE,
    )
    op.create_table(
        "session_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("flagged_at_utc", sa.DateTime, nullable=False),
        sa.Column("therapy_session_id", sa.Integer,
                  sa.ForeignKey("therapy_session.id", ondelete="SET NULL"), nullable=True),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        sa.CheckConstraint("kind IN ('checkin', 'journal', 'regulation', 'assessment')",
                           name="ck_session_item_kind"),
        **NEVER_REUSE,
    )
    op.create_index("ix_session_item_therapy_session_id", "session_item", ["therapy_session_id"])

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("why", sa.Text, nullable=True),
        sa.Column("measure", sa.Text, nullable=True),
        sa.Column("review_on", sa.Date, nullable=True),
        sa.Column("created_at_utc", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("local_day", sa.Date, nullable=False),
        sa.Column("reviewed_on", sa.Date, nullable=True),
        sa.Column("review_note", sa.Text, nullable=True),
        sa.Column("done_at_utc", sa.DateTime, nullable=True),
        sa.Column("archived_at_utc", sa.DateTime, nullable=True),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        **NEVER_REUSE,
    )
    op.create_table(
        "goal_step",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("goal_id", sa.Integer, sa.ForeignKey("goal.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("practice_kind", sa.String(16), nullable=True),
        sa.Column("practice_minutes", sa.Integer, nullable=True),
        sa.Column("practice_days", sa.Integer, nullable=True),
        sa.Column("created_local_day", sa.Date, nullable=False),
        sa.Column("therapy_session_id", sa.Integer,
                  sa.ForeignKey("therapy_session.id", ondelete="SET NULL"), nullable=True),
        sa.Column("done_at_utc", sa.DateTime, nullable=True),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        sa.CheckConstraint(
            "practice_kind IS NULL OR practice_kind IN "
            "('breathing', 'visualization', 'timer', 'audio', 'any')",
            name="ck_goal_step_practice_kind"),
        sa.CheckConstraint("practice_minutes IS NULL OR practice_minutes BETWEEN 1 AND 600",
                           name="ck_goal_step_practice_minutes"),
        sa.CheckConstraint("practice_days IS NULL OR practice_days BETWEEN 1 AND 7",
                           name="ck_goal_step_practice_days"),
        **NEVER_REUSE,
    )
    op.create_index("ix_goal_step_goal_id", "goal_step", ["goal_id"])
    op.create_index("ix_goal_step_therapy_session_id", "goal_step", ["therapy_session_id"])

    op.create_table(
        "assessment_result",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("instrument", sa.String(64), nullable=False),
        *_stamp_columns(),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("scores", sa.Text, nullable=False),
        sa.Column("band", sa.String(64), nullable=True),
        sa.Column("crisis", sa.Boolean, nullable=False),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        **NEVER_REUSE,
    )
    op.create_index("ix_assessment_result_instrument", "assessment_result", ["instrument"])
    op.create_index("ix_assessment_result_at_utc", "assessment_result", ["at_utc"])

    op.create_table(
        "safety_plan_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("section", sa.String(24), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("updated_at_utc", sa.DateTime, nullable=False),
        sa.CheckConstraint(
            "section IN ('warning_signs', 'coping', 'distractions', 'people', "
            "'professionals', 'environment', 'reasons')",
            name="ck_safety_plan_item_section"),
    )
    op.create_index("ix_safety_plan_item_section", "safety_plan_item", ["section"])


def downgrade() -> None:
    for table in ("safety_plan_item", "assessment_result", "goal_step", "goal",
                  "session_item", "therapy_session", "journal_tag", "journal_entry"):
        op.drop_table(table)
