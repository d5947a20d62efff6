"""List indexes that start with the tombstone flag, so lists, counts and id scans never read rows.

Every list query filters ``deleted = 0``; with the flag first (and the id last) the sort indexes answer
``ids()`` and ``count()`` from the index alone, which matters at 100k articles.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = {
    "ix_articles_updated": "updated_at, id",
    "ix_articles_status_updated": "status, updated_at, id",
    "ix_articles_status": "status, id",
    "ix_articles_headline": "headline COLLATE NOCASE, id",
    "ix_articles_desk_name": "desk_name COLLATE NOCASE, id",
    "ix_articles_reporter_name": "reporter_name COLLATE NOCASE, id",
    "ix_articles_editor_name": "editor_name COLLATE NOCASE, id",
    "ix_articles_published": "published_at, id",
    "ix_articles_views": "view_count, id",
    "ix_articles_desk_updated": "desk_id, updated_at, id",
}
_NEW = {
    "ix_articles_live_updated": "deleted, updated_at, id",
    "ix_articles_live_status_updated": "deleted, status, updated_at, id",
    "ix_articles_live_status": "deleted, status, id",
    "ix_articles_live_headline": "deleted, headline COLLATE NOCASE, id",
    "ix_articles_live_desk_name": "deleted, desk_name COLLATE NOCASE, id",
    "ix_articles_live_reporter_name": "deleted, reporter_name COLLATE NOCASE, id",
    "ix_articles_live_editor_name": "deleted, editor_name COLLATE NOCASE, id",
    "ix_articles_live_published": "deleted, published_at, id",
    "ix_articles_live_views": "deleted, view_count, id",
    "ix_articles_live_desk_updated": "deleted, desk_id, updated_at, id",
}


def upgrade() -> None:
    """Replace the list indexes of 0002 by ones led by the tombstone flag."""
    for name in _OLD:
        op.execute(f"DROP INDEX {name}")
    for name, columns in _NEW.items():
        op.execute(f"CREATE INDEX {name} ON articles ({columns})")
    op.execute("ANALYZE articles")


def downgrade() -> None:
    """Bring back the list indexes of 0002."""
    for name in _NEW:
        op.execute(f"DROP INDEX {name}")
    for name, columns in _OLD.items():
        op.execute(f"CREATE INDEX {name} ON articles ({columns})")
