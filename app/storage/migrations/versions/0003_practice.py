"""Practice sessions of every kind, custom breathing patterns, and the own-audio library.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("started_at_utc", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("local_day", sa.Date, nullable=False),
        sa.Column("planned_seconds", sa.Float, nullable=False),
        sa.Column("actual_seconds", sa.Float, nullable=False),
        sa.Column("completed", sa.Boolean, nullable=False),
        sa.Column("cycles_completed", sa.Integer, nullable=True),
        sa.Column("calm_before", sa.Integer, nullable=True),
        sa.Column("calm_after", sa.Integer, nullable=True),
        sa.Column("details", sa.Text, nullable=True),
        sa.CheckConstraint(
            "kind IN ('breathing', 'visualization', 'timer', 'audio')", name="ck_practice_kind"
        ),
        sa.CheckConstraint("calm_before IS NULL OR calm_before BETWEEN 0 AND 10",
                           name="ck_practice_calm_before"),
        sa.CheckConstraint("calm_after IS NULL OR calm_after BETWEEN 0 AND 10",
                           name="ck_practice_calm_after"),
    )
    op.create_index("ix_practice_session_kind", "practice_session", ["kind"])
    op.create_index("ix_practice_session_started_at_utc", "practice_session",
                    ["started_at_utc"])
    op.create_index("ix_practice_session_local_day", "practice_session", ["local_day"])
    op.create_table(
        "custom_pattern",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("inhale", sa.Float, nullable=False),
        sa.Column("top_up", sa.Float, nullable=False),
        sa.Column("hold_in", sa.Float, nullable=False),
        sa.Column("exhale", sa.Float, nullable=False),
        sa.Column("hold_out", sa.Float, nullable=False),
        sa.Column("created_at_utc", sa.DateTime, nullable=False),
    )
    op.create_table(
        "audio_track",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("copied", sa.Boolean, nullable=False),
        sa.Column("duration_seconds", sa.Float, nullable=True),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("added_at_utc", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audio_track")
    op.drop_table("custom_pattern")
    op.drop_table("practice_session")
