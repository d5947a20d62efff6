"""The portal server's own database: users, tokens, desks, articles, photos, revisions, change log.

SQLite by default, PostgreSQL by URL. Record payloads live in a JSON ``data`` column next to the columns
the public site and the workflow query (status, desk, slug, publish time, views). Every revision of every
record is kept in :class:`RevisionRow`; :class:`ChangeRow` holds the latest ``seq`` of each record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the portal's tables."""


class UserRow(Base):
    """A person who can sign in; ``roles`` is a comma-separated list of role names."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(32), default="")
    roles: Mapped[str] = mapped_column(String(200))
    desk_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    rev: Mapped[int] = mapped_column(Integer, default=1)


class DeviceTokenRow(Base):
    """A device's sign-in: only the sha256 of the token is stored."""

    __tablename__ = "device_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RecordRow(Base):
    """The columns every synced record has: id, rev, tombstone flag and its JSON data."""

    __abstract__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class DeskRow(RecordRow):
    """A desk (rubrik)."""

    __tablename__ = "desks"
    slug: Mapped[str] = mapped_column(String(100), index=True)


class ArticleRow(RecordRow):
    """An article: indexed columns for the site and the workflow, everything else in ``data``."""

    __tablename__ = "articles"
    status: Mapped[str] = mapped_column(String(20), default="draft")
    desk_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    slug: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    view_count: Mapped[int] = mapped_column(BigInteger, default=0)
    conflicted: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_articles_public", "status", "published_at"),)


class PhotoRow(RecordRow):
    """A photo record (caption fields in ``data``); its file is a :class:`BlobRow` by sha256."""

    __tablename__ = "photos"
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class WordRow(RecordRow):
    """A word of the newsroom dictionary; its id is derived from the word (the same on every device)."""

    __tablename__ = "words"
    word: Mapped[str] = mapped_column(String(64))


class BlobRow(Base):
    """A verified, decoded photo file stored once under its sha256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(50))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)


class RevisionRow(Base):
    """A full snapshot of a record at one rev; never deleted (the base of every three-way merge)."""

    __tablename__ = "revisions"
    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ChangeRow(Base):
    """The latest change of one record; ``seq`` is allocated inside the writing transaction."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36))
    rev: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean)
    # The record's fields as JSON text at this change, so a pull sends them without re-encoding.
    payload: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("entity", "record_id", name="uq_changes_record"),)


class CounterRow(Base):
    """Named counters and marks: ``seq`` (last allocated), ``purged`` (tombstones purged up to) and
    ``views`` (the view counts' version, moved by each batch write)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class ViewVersionRow(Base):
    """The ``views`` counter value at the batch write that last moved an article's view count.

    Its own table (the portal has no migrations: a new column on ``articles`` would break existing
    databases). Devices fetch the counts whose version is past the one they saw.
    """

    __tablename__ = "view_versions"
    article_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, index=True)


class AppliedOpRow(Base):
    """An op already applied, with the answer given, so that a retry gets the same answer."""

    __tablename__ = "applied_ops"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ConflictRow(Base):
    """An edit the server could not merge: both versions kept for a person to resolve."""

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    op_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(String(36))
    base_rev: Mapped[int] = mapped_column(Integer)
    server_rev: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    base_fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    server_fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    client_fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UploadChunkRow(Base):
    """One received chunk of a photo upload, kept as its own file until the whole is hash-checked."""

    __tablename__ = "upload_chunks"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
