"""Emotion words and context tags on check-ins, sleep hours, soft delete; the regulation log.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mood_checkin") as batch:
        batch.add_column(sa.Column("sleep_hours", sa.Float, nullable=True))
        batch.add_column(sa.Column("deleted_at_utc", sa.DateTime, nullable=True))
        batch.create_check_constraint(
            "ck_mood_sleep_hours", "sleep_hours IS NULL OR (sleep_hours >= 0 AND sleep_hours <= 24)")

    op.create_table(
        "checkin_emotion",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("checkin_id", sa.Integer,
                  sa.ForeignKey("mood_checkin.id", ondelete="CASCADE"), nullable=False),
        sa.Column("word", sa.String(40), nullable=False),
        sa.Column("intensity", sa.Integer, nullable=False),
        sa.UniqueConstraint("checkin_id", "word", name="uq_checkin_emotion_word"),
        sa.CheckConstraint("intensity BETWEEN 0 AND 10", name="ck_checkin_emotion_intensity"),
    )
    op.create_index("ix_checkin_emotion_checkin_id", "checkin_emotion", ["checkin_id"])
    op.create_index("ix_checkin_emotion_word", "checkin_emotion", ["word"])

    tags = op.create_table(
        "context_tag",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("builtin", sa.Boolean, nullable=False),
        sa.Column("hidden", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.UniqueConstraint("category", "name", name="uq_context_tag_category_name"),
        sa.CheckConstraint("category IN ('activity', 'person', 'place')",
                           name="ck_context_tag_category"),
    )
    op.create_table(
        "checkin_tag",
        sa.Column("checkin_id", sa.Integer,
                  sa.ForeignKey("mood_checkin.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("context_tag.id"), primary_key=True),
    )
    op.create_index("ix_checkin_tag_tag_id", "checkin_tag", ["tag_id"])

    strategies = op.create_table(
        "regulation_strategy",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("practice_kind", sa.String(16), nullable=True),
        sa.Column("builtin", sa.Boolean, nullable=False),
        sa.Column("hidden", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.CheckConstraint("family IN ('gross', 'dbt', 'stillpoint', 'own')",
                           name="ck_regulation_strategy_family"),
    )
    op.create_table(
        "regulation_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at_utc", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("local_day", sa.Date, nullable=False),
        sa.Column("situation", sa.Text, nullable=False),
        sa.Column("strategy_id", sa.Integer, sa.ForeignKey("regulation_strategy.id"),
                  nullable=False),
        sa.Column("practice_session_id", sa.Integer,
                  sa.ForeignKey("practice_session.id", ondelete="SET NULL"), nullable=True),
        sa.Column("helpfulness", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("attachment_person", sa.String(120), nullable=True),
        sa.Column("attachment_action", sa.String(24), nullable=True),
        sa.Column("deleted_at_utc", sa.DateTime, nullable=True),
        sa.CheckConstraint("helpfulness BETWEEN 0 AND 4", name="ck_regulation_helpfulness"),
        sa.CheckConstraint(
            "attachment_action IS NULL OR attachment_action IN "
            "('reached_out', 'protested', 'withdrew', 'self_soothed', 'asked_directly')",
            name="ck_regulation_attachment_action"),
    )
    op.create_index("ix_regulation_entry_at_utc", "regulation_entry", ["at_utc"])
    op.create_index("ix_regulation_entry_local_day", "regulation_entry", ["local_day"])
    op.create_index("ix_regulation_entry_strategy_id", "regulation_entry", ["strategy_id"])
    op.create_index("ix_regulation_entry_practice_session_id", "regulation_entry",
                    ["practice_session_id"])
    op.create_table(
        "regulation_emotion",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer,
                  sa.ForeignKey("regulation_entry.id", ondelete="CASCADE"), nullable=False),
        sa.Column("word", sa.String(40), nullable=False),
        sa.Column("intensity_before", sa.Integer, nullable=False),
        sa.Column("intensity_after", sa.Integer, nullable=True),
        sa.UniqueConstraint("entry_id", "word", name="uq_regulation_emotion_word"),
        sa.CheckConstraint("intensity_before BETWEEN 0 AND 10", name="ck_regulation_before"),
        sa.CheckConstraint("intensity_after IS NULL OR intensity_after BETWEEN 0 AND 10",
                           name="ck_regulation_after"),
    )
    op.create_index("ix_regulation_emotion_entry_id", "regulation_emotion", ["entry_id"])

    # The same starter lists a new database gets (app/starter_lists.py).
    from app.storage.starter_lists import strategy_rows, tag_rows

    op.bulk_insert(tags, tag_rows())
    op.bulk_insert(strategies, strategy_rows())


def downgrade() -> None:
    op.drop_table("regulation_emotion")
    op.drop_table("regulation_entry")
    op.drop_table("regulation_strategy")
    op.drop_table("checkin_tag")
    op.drop_table("context_tag")
    op.drop_table("checkin_emotion")
    with op.batch_alter_table("mood_checkin") as batch:
        batch.drop_constraint("ck_mood_sleep_hours", type_="check")
        batch.drop_column("deleted_at_utc")
        batch.drop_column("sleep_hours")
