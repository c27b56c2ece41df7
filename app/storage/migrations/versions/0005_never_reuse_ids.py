"""Custom patterns and audio tracks never reuse an id (SQLite AUTOINCREMENT).

Practice sessions point at them by id, and undo restores a deleted one under its old
id; SQLite's plain rowid hands the highest id out again after a delete, which made old
sessions point at a new item and undo fail. PostgreSQL sequences never reuse ids.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("custom_pattern", "audio_track")


def _recreate(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        # Nothing references these tables by foreign key, so the copy-and-swap is safe.
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass


def upgrade() -> None:
    _recreate(True)


def downgrade() -> None:
    _recreate(False)
