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

# The starter lists as they were at this revision, copied here because a revision must
# never read live app code. Position is the index; every row is builtin and shown.
# (name, category)
STARTER_TAGS = (
    ("working", "activity"),
    ("exercise", "activity"),
    ("resting", "activity"),
    ("eating", "activity"),
    ("outdoors", "activity"),
    ("screens", "activity"),
    ("studying", "activity"),
    ("creating", "activity"),
    ("chores", "activity"),
    ("partner", "person"),
    ("family", "person"),
    ("friends", "person"),
    ("colleagues", "person"),
    ("on my own", "person"),
    ("home", "place"),
    ("work", "place"),
    ("outside", "place"),
    ("on the move", "place"),
)
# (name, family, description, practice_kind)
STARTER_STRATEGIES = (
    ("Situation selection", "gross",
     "You chose to go toward or away from a situation, knowing how it would likely "
     "feel.",
     None),
    ("Situation modification", "gross",
     "You changed something about the situation itself: took a break, moved, set a "
     "limit, asked for what you needed.",
     None),
    ("Attentional deployment", "gross",
     "You turned your attention elsewhere, or toward something steadier, such as "
     "your breath or the room around you.",
     None),
    ("Reappraisal", "gross",
     "You looked at what happened in another way, so it came to mean something "
     "different to you.",
     None),
    ("Response modulation", "gross",
     "You changed how you responded once the feeling was there: moved your body, "
     "rested, let it out safely.",
     None),
    ("Suppression", "gross",
     "You held the feeling in or kept it from showing. Sometimes that is what the "
     "moment needs; noticing how often helps.",
     None),
    ("Check the facts", "dbt",
     "You asked what actually happened and whether the feeling and its strength fit "
     "those facts.",
     None),
    ("Opposite action", "dbt",
     "When the urge did not fit the facts, you gently did the opposite of what the "
     "feeling pushed you to do.",
     None),
    ("Problem solving", "dbt",
     "The feeling pointed to a real problem, so you took one small step toward "
     "solving it.",
     None),
    ("Accumulate positives", "dbt",
     "You made room for something pleasant today, or for something that matters to "
     "you in the long run.",
     None),
    ("Build mastery", "dbt",
     "You did something a little hard on purpose, to feel capable and in charge.",
     None),
    ("Cope ahead", "dbt",
     "You pictured a hard moment before it came and rehearsed how you want to meet "
     "it.",
     None),
    ("PLEASE (physical care)", "dbt",
     "You looked after your body: eating, sleeping, moving, treating illness, going "
     "easy on substances.",
     None),
    ("Mindfulness of the current emotion", "dbt",
     "You let the feeling be there, noticed it in your body, and watched it rise and"
     " fall without pushing it away.",
     None),
    ("Breathing exercise", "stillpoint",
     "You slowed down with one of Stillpoint's breathing patterns.",
     "breathing"),
    ("Guided visualization", "stillpoint",
     "You followed a guided visualization, such as a calm place or a caring figure.",
     "visualization"),
    ("Meditation timer", "stillpoint",
     "You sat quietly with the meditation timer.",
     "timer"),
    ("Own audio", "stillpoint",
     "You listened to one of your own recordings.",
     "audio"),
)


def _tag_rows() -> list[dict[str, object]]:
    return [{"name": name, "category": category, "builtin": True, "hidden": False,
             "position": i} for i, (name, category) in enumerate(STARTER_TAGS)]


def _strategy_rows() -> list[dict[str, object]]:
    return [{"name": name, "family": family, "description": description,
             "practice_kind": kind, "builtin": True, "hidden": False, "position": i}
            for i, (name, family, description, kind) in enumerate(STARTER_STRATEGIES)]


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

    op.bulk_insert(tags, _tag_rows())
    op.bulk_insert(strategies, _strategy_rows())


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
