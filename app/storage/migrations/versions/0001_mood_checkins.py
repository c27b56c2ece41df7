"""Mood check-ins: pleasantness and energy with the local day of entry.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mood_checkin",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at_utc", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("local_day", sa.Date, nullable=False),
        sa.Column("pleasantness", sa.Integer, nullable=False),
        sa.Column("energy", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.CheckConstraint("pleasantness BETWEEN -5 AND 5", name="ck_mood_pleasantness"),
        sa.CheckConstraint("energy BETWEEN -5 AND 5", name="ck_mood_energy"),
    )
    op.create_index("ix_mood_checkin_at_utc", "mood_checkin", ["at_utc"])
    op.create_index("ix_mood_checkin_local_day", "mood_checkin", ["local_day"])


def downgrade() -> None:
    op.drop_table("mood_checkin")
