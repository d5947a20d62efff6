"""Prefix indexes on the search index, so what a user is still typing is looked up, not merged.

The FTS5 table is created again with ``prefix='2 3 4 5 6 7 8'`` and filled from the articles (about
30 s for 100k articles); its triggers and ranking are as before.

Revision ID: 0004
Revises: 0003
"""

# ruff: noqa: S608 - constant DDL built from fixed names
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the statements as this migration first shipped them.
_FTS_COLUMNS = "headline, lead, body, tags_text, photo_text"
_NEW = ", ".join(f"new.{c.strip()}" for c in _FTS_COLUMNS.split(","))
_OLD = ", ".join(f"old.{c.strip()}" for c in _FTS_COLUMNS.split(","))
_TRIGGERS = ("articles_fts_insert", "articles_fts_delete", "articles_fts_update")


def _create(prefix: str) -> tuple[str, ...]:
    return (
        f"CREATE VIRTUAL TABLE article_fts USING fts5({_FTS_COLUMNS}, content='articles', "
        f"content_rowid='num', {prefix}tokenize='unicode61 remove_diacritics 2')",
        "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        f"INSERT INTO article_fts(rowid, {_FTS_COLUMNS}) VALUES (new.num, {_NEW}); END",
        "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        f"INSERT INTO article_fts(article_fts, rowid, {_FTS_COLUMNS}) "
        f"VALUES ('delete', old.num, {_OLD}); END",
        f"CREATE TRIGGER articles_fts_update AFTER UPDATE OF {_FTS_COLUMNS} ON articles BEGIN "
        f"INSERT INTO article_fts(article_fts, rowid, {_FTS_COLUMNS}) "
        f"VALUES ('delete', old.num, {_OLD}); "
        f"INSERT INTO article_fts(rowid, {_FTS_COLUMNS}) VALUES (new.num, {_NEW}); END",
        "INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 5.0, 2.0)')",
        "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
    )


def _replace(prefix: str) -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS article_fts")
    for statement in _create(prefix):
        op.execute(statement)


def upgrade() -> None:
    """Create the search index again with prefix indexes of 2 to 8 characters."""
    _replace("prefix='2 3 4 5 6 7 8', ")


def downgrade() -> None:
    """Create the search index again without prefix indexes."""
    _replace("")
