"""Full-text search (FTS5 over articles, kept in step by triggers) and the list views' sort indexes.

Revision ID: 0002
Revises: 0001
"""

# ruff: noqa: S608 - constant DDL built from fixed names
from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements as this migration first shipped them.
_FTS_COLUMNS = "headline, lead, body, tags_text, photo_text"
_NEW = ", ".join(f"new.{c.strip()}" for c in _FTS_COLUMNS.split(","))
_OLD = ", ".join(f"old.{c.strip()}" for c in _FTS_COLUMNS.split(","))
_STATEMENTS = (
    f"CREATE VIRTUAL TABLE article_fts USING fts5({_FTS_COLUMNS}, content='articles', "
    "content_rowid='num', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO article_fts(rowid, {_FTS_COLUMNS}) VALUES (new.num, {_NEW}); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    f"INSERT INTO article_fts(article_fts, rowid, {_FTS_COLUMNS}) "
    f"VALUES ('delete', old.num, {_OLD}); END",
    f"CREATE TRIGGER articles_fts_update AFTER UPDATE OF {_FTS_COLUMNS} ON articles BEGIN "
    f"INSERT INTO article_fts(article_fts, rowid, {_FTS_COLUMNS}) "
    f"VALUES ('delete', old.num, {_OLD}); "
    f"INSERT INTO article_fts(rowid, {_FTS_COLUMNS}) VALUES (new.num, {_NEW}); END",
    # Ranking: a hit in the headline counts most, then tags, lead, photo text, body.
    "INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 5.0, 2.0)')",
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
)
_INDEXES = {
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


def upgrade() -> None:
    """Create the search index (filled from the existing articles) and the sort indexes."""
    for statement in _STATEMENTS:
        op.execute(statement)
    for name, columns in _INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON articles ({columns})")


def downgrade() -> None:
    """Drop the search index, its triggers and the sort indexes."""
    for name in _INDEXES:
        op.execute(f"DROP INDEX {name}")
    for trigger in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE article_fts")
