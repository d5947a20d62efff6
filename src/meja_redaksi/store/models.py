"""ORM rows of the local store (they never leave store/: repositories convert them to domain objects).

Every synced row carries the portal's ``rev`` (0 = never synced), a ``dirty`` flag (changed here since the
last sync) and a ``deleted`` tombstone. Articles also carry denormalized columns for fast list sorting and
search (desk/reporter/editor names, word count, tag and photo text), kept correct by the repositories.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from meja_redaksi.store.types import DateText, JSONList, UTCTime


def _fk(target: str, *, cascade: bool = False) -> ForeignKey:
    """A deferred foreign key, so a batch (e.g. from sync) may arrive in any order within a transaction."""
    return ForeignKey(
        target,
        deferrable=True,
        initially="DEFERRED",
        ondelete="CASCADE" if cascade else None,
    )


class Base(DeclarativeBase):
    """Declarative base of every row."""


class SyncedMixin:
    """Sync bookkeeping shared by every synced row."""

    rev: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class DeskRow(SyncedMixin, Base):
    """A desk (rubrik)."""

    __tablename__ = "desks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)


class PersonRow(SyncedMixin, Base):
    """A person of the newsroom; ``roles`` is a comma-separated list."""

    __tablename__ = "people"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(32), default="")
    roles: Mapped[str] = mapped_column(String(200))
    desk_id: Mapped[str | None] = mapped_column(_fk("desks.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PhotoRow(SyncedMixin, Base):
    """A photo record; the file (when present) lives in the media folder under its sha256."""

    __tablename__ = "photos"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    original_filename: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    photographer: Mapped[str] = mapped_column(Text, default="")
    photographer_id: Mapped[str | None] = mapped_column(_fk("people.id"), index=True)
    alt_text: Mapped[str] = mapped_column(Text, default="")
    extended_description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[str]] = mapped_column(JSONList, default=list)
    city: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    date_taken: Mapped[datetime | None] = mapped_column(UTCTime)
    gps_latitude: Mapped[float | None]
    gps_longitude: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(UTCTime)
    updated_at: Mapped[datetime] = mapped_column(UTCTime, index=True)

    # One record per file among those that never reached the portal (migration 0005 explains why
    # records the portal already knows may share a file).
    __table_args__ = (
        Index(
            "uq_photos_sha256_unsynced",
            "sha256",
            unique=True,
            sqlite_where=text("deleted = 0 AND rev = 0 AND sha256 IS NOT NULL"),
        ),
    )


class AssignmentRow(SyncedMixin, Base):
    """A coverage assignment."""

    __tablename__ = "assignments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    brief: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    event_time: Mapped[datetime | None] = mapped_column(UTCTime)
    deadline: Mapped[datetime | None] = mapped_column(UTCTime, index=True)
    desk_id: Mapped[str | None] = mapped_column(_fk("desks.id"), index=True)
    photographer_id: Mapped[str | None] = mapped_column(_fk("people.id"), index=True)
    editor_id: Mapped[str | None] = mapped_column(_fk("people.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_by: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCTime)
    updated_at: Mapped[datetime] = mapped_column(UTCTime)


class AssignmentReporterRow(Base):
    """A reporter of an assignment, in order."""

    __tablename__ = "assignment_reporters"
    assignment_id: Mapped[str] = mapped_column(
        _fk("assignments.id", cascade=True), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(_fk("people.id"), index=True)


class AssignmentArticleRow(Base):
    """An article linked to an assignment, in order."""

    __tablename__ = "assignment_articles"
    assignment_id: Mapped[str] = mapped_column(
        _fk("assignments.id", cascade=True), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(String(36), index=True)


class ArticleRow(SyncedMixin, Base):
    """An article. ``num`` is a stable integer key for the full-text index; ``id`` is the UUID."""

    __tablename__ = "articles"
    num: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    desk_id: Mapped[str | None] = mapped_column(_fk("desks.id"))
    status: Mapped[str] = mapped_column(String(20))
    reporter_id: Mapped[str | None] = mapped_column(_fk("people.id"))
    photographer_id: Mapped[str | None] = mapped_column(_fk("people.id"))
    editor_id: Mapped[str | None] = mapped_column(_fk("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCTime)
    updated_at: Mapped[datetime] = mapped_column(UTCTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCTime)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCTime)
    embargo_until: Mapped[datetime | None] = mapped_column(UTCTime)
    view_count: Mapped[int] = mapped_column(Integer, default=0)
    main_photo_id: Mapped[str | None] = mapped_column(_fk("photos.id"), index=True)
    assignment_id: Mapped[str | None] = mapped_column(_fk("assignments.id"), index=True)
    return_note: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="id")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    desk_name: Mapped[str] = mapped_column(Text, default="")
    reporter_name: Mapped[str] = mapped_column(Text, default="")
    editor_name: Mapped[str] = mapped_column(Text, default="")
    tags_text: Mapped[str] = mapped_column(Text, default="")
    photo_text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_articles_live_updated", "deleted", "updated_at", "id"),
        Index("ix_articles_live_status_updated", "deleted", "status", "updated_at", "id"),
        Index("ix_articles_live_status", "deleted", "status", "id"),
        Index("ix_articles_live_headline", "deleted", text("headline COLLATE NOCASE"), "id"),
        Index("ix_articles_live_desk_name", "deleted", text("desk_name COLLATE NOCASE"), "id"),
        Index(
            "ix_articles_live_reporter_name", "deleted", text("reporter_name COLLATE NOCASE"), "id"
        ),
        Index("ix_articles_live_editor_name", "deleted", text("editor_name COLLATE NOCASE"), "id"),
        Index("ix_articles_live_published", "deleted", "published_at", "id"),
        Index("ix_articles_live_views", "deleted", "view_count", "id"),
        Index("ix_articles_live_desk_updated", "deleted", "desk_id", "updated_at", "id"),
        Index("ix_articles_reporter", "reporter_id"),
        Index("ix_articles_photographer", "photographer_id"),
        Index("ix_articles_editor", "editor_id"),
    )


class ArticleTagRow(Base):
    """A tag of an article, in order."""

    __tablename__ = "article_tags"
    article_id: Mapped[str] = mapped_column(_fk("articles.id", cascade=True), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag: Mapped[str] = mapped_column(Text, index=True)


class PullQuoteRow(Base):
    """A pull quote of an article, in order."""

    __tablename__ = "article_pull_quotes"
    article_id: Mapped[str] = mapped_column(_fk("articles.id", cascade=True), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class ArticleRefRow(Base):
    """A related (BERITA TERKAIT) or popular (BERITA POPULER) reference, in order."""

    __tablename__ = "article_refs"
    article_id: Mapped[str] = mapped_column(_fk("articles.id", cascade=True), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    headline: Mapped[str] = mapped_column(Text)
    photo_title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(DateText)
    views: Mapped[int | None] = mapped_column(Integer)
    ref_article_id: Mapped[str | None] = mapped_column(String(36), index=True)


class GalleryPhotoRow(Base):
    """A gallery photo of an article, in order."""

    __tablename__ = "article_gallery"
    article_id: Mapped[str] = mapped_column(_fk("articles.id", cascade=True), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    photo_id: Mapped[str] = mapped_column(_fk("photos.id"), index=True)


class RevisionRow(SyncedMixin, Base):
    """A snapshot of an article's text fields at one save; never deleted."""

    __tablename__ = "revisions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    article_id: Mapped[str] = mapped_column(_fk("articles.id"))
    number: Mapped[int] = mapped_column(Integer)
    headline: Mapped[str] = mapped_column(Text)
    lead: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    pull_quotes: Mapped[list[str]] = mapped_column(JSONList, default=list)
    tags: Mapped[list[str]] = mapped_column(JSONList, default=list)
    author_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCTime)

    __table_args__ = (UniqueConstraint("article_id", "number", name="uq_revisions_number"),)


class CommentRow(SyncedMixin, Base):
    """An editorial comment on an article."""

    __tablename__ = "comments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    article_id: Mapped[str] = mapped_column(_fk("articles.id"), index=True)
    author_id: Mapped[str] = mapped_column(String(36))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCTime)


class AuditEventRow(SyncedMixin, Base):
    """Who did what to which item, when."""

    __tablename__ = "audit_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    from_state: Mapped[str] = mapped_column(String(40), default="")
    to_state: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCTime)

    __table_args__ = (Index("ix_audit_entity", "entity_id", "at"),)


class SyncStateRow(Base):
    """A key/value pair of sync state (cursor, last sync time, portal URL, ...)."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
