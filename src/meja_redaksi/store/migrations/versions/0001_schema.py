"""The first schema: every table of the newsroom, with sync bookkeeping.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 04:54:05.653407
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table(
        "audit_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("from_state", sa.String(length=40), nullable=False),
        sa.Column("to_state", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity_id", "at"], unique=False)

    op.create_table(
        "desks",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("slug"),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_desk_id"), ["desk_id"], unique=False)

    op.create_table(
        "assignments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("brief", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("event_time", sa.String(length=26), nullable=True),
        sa.Column("deadline", sa.String(length=26), nullable=True),
        sa.Column("desk_id", sa.String(length=36), nullable=True),
        sa.Column("photographer_id", sa.String(length=36), nullable=True),
        sa.Column("editor_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], initially="DEFERRED", deferrable=True),
        sa.ForeignKeyConstraint(
            ["editor_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["photographer_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignments_desk_id"), ["desk_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignments_editor_id"), ["editor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assignments_photographer_id"), ["photographer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assignments_status"), ["status"], unique=False)

    op.create_table(
        "photos",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("original_filename", sa.Text(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("photographer", sa.Text(), nullable=False),
        sa.Column("photographer_id", sa.String(length=36), nullable=True),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("extended_description", sa.Text(), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("date_taken", sa.String(length=26), nullable=True),
        sa.Column("gps_latitude", sa.Double(), nullable=True),
        sa.Column("gps_longitude", sa.Double(), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["photographer_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_photos_photographer_id"), ["photographer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_photos_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_photos_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "articles",
        sa.Column("num", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("desk_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reporter_id", sa.String(length=36), nullable=True),
        sa.Column("photographer_id", sa.String(length=36), nullable=True),
        sa.Column("editor_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("published_at", sa.String(length=26), nullable=True),
        sa.Column("scheduled_at", sa.String(length=26), nullable=True),
        sa.Column("embargo_until", sa.String(length=26), nullable=True),
        sa.Column("view_count", sa.Integer(), nullable=False),
        sa.Column("main_photo_id", sa.String(length=36), nullable=True),
        sa.Column("assignment_id", sa.String(length=36), nullable=True),
        sa.Column("return_note", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("desk_name", sa.Text(), nullable=False),
        sa.Column("reporter_name", sa.Text(), nullable=False),
        sa.Column("editor_name", sa.Text(), nullable=False),
        sa.Column("tags_text", sa.Text(), nullable=False),
        sa.Column("photo_text", sa.Text(), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"], ["assignments.id"], initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(["desk_id"], ["desks.id"], initially="DEFERRED", deferrable=True),
        sa.ForeignKeyConstraint(
            ["editor_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["main_photo_id"], ["photos.id"], initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["photographer_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("num"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_articles_assignment_id"), ["assignment_id"], unique=False
        )
        batch_op.create_index("ix_articles_editor", ["editor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_articles_main_photo_id"), ["main_photo_id"], unique=False
        )
        batch_op.create_index("ix_articles_photographer", ["photographer_id"], unique=False)
        batch_op.create_index("ix_articles_reporter", ["reporter_id"], unique=False)

    op.create_table(
        "assignment_articles",
        sa.Column("assignment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("assignment_id", "position"),
    )
    with op.batch_alter_table("assignment_articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignment_articles_article_id"), ["article_id"], unique=False
        )

    op.create_table(
        "assignment_reporters",
        sa.Column("assignment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("assignment_id", "position"),
    )
    with op.batch_alter_table("assignment_reporters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignment_reporters_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "article_gallery",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(["photo_id"], ["photos.id"], initially="DEFERRED", deferrable=True),
        sa.PrimaryKeyConstraint("article_id", "position"),
    )
    with op.batch_alter_table("article_gallery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_gallery_photo_id"), ["photo_id"], unique=False)

    op.create_table(
        "article_pull_quotes",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("article_id", "position"),
    )
    op.create_table(
        "article_refs",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("photo_title", sa.Text(), nullable=False),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("views", sa.Integer(), nullable=True),
        sa.Column("ref_article_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("article_id", "position"),
    )
    with op.batch_alter_table("article_refs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_refs_ref_article_id"), ["ref_article_id"], unique=False
        )

    op.create_table(
        "article_tags",
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tag", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("article_id", "position"),
    )
    with op.batch_alter_table("article_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_tags_tag"), ["tag"], unique=False)

    op.create_table(
        "comments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comments_article_id"), ["article_id"], unique=False)

    op.create_table(
        "revisions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("pull_quotes", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("rev", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("dirty", sa.Boolean(), server_default=sa.text("1"), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "number", name="uq_revisions_number"),
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table("revisions")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comments_article_id"))

    op.drop_table("comments")
    with op.batch_alter_table("article_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_tags_tag"))

    op.drop_table("article_tags")
    with op.batch_alter_table("article_refs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_refs_ref_article_id"))

    op.drop_table("article_refs")
    op.drop_table("article_pull_quotes")
    with op.batch_alter_table("article_gallery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_gallery_photo_id"))

    op.drop_table("article_gallery")
    with op.batch_alter_table("assignment_reporters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_reporters_person_id"))

    op.drop_table("assignment_reporters")
    with op.batch_alter_table("assignment_articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_articles_article_id"))

    op.drop_table("assignment_articles")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index("ix_articles_reporter")
        batch_op.drop_index("ix_articles_photographer")
        batch_op.drop_index(batch_op.f("ix_articles_main_photo_id"))
        batch_op.drop_index("ix_articles_editor")
        batch_op.drop_index(batch_op.f("ix_articles_assignment_id"))

    op.drop_table("articles")
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_updated_at"))
        batch_op.drop_index(batch_op.f("ix_photos_sha256"))
        batch_op.drop_index(batch_op.f("ix_photos_photographer_id"))

    op.drop_table("photos")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_status"))
        batch_op.drop_index(batch_op.f("ix_assignments_photographer_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_editor_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_desk_id"))
        batch_op.drop_index(batch_op.f("ix_assignments_deadline"))

    op.drop_table("assignments")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_desk_id"))

    op.drop_table("people")
    op.drop_table("sync_state")
    op.drop_table("desks")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_events")
