"""The article repository: save with revisions and conflict checks, tombstones, workflow transitions."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Article, AuditEvent, Person, Revision, new_id, utcnow
from meja_redaksi.domain.enums import Action, ArticleStatus
from meja_redaksi.domain.errors import ConflictError, NotFoundError
from meja_redaksi.domain.queries import ArticleQuery, ArticleSummary
from meja_redaksi.domain.text import slugify
from meja_redaksi.store import denorm, listing
from meja_redaksi.store.convert import (
    article_from_row,
    audit_from_row,
    ref_from_row,
    revision_from_row,
)
from meja_redaksi.store.database import Database
from meja_redaksi.store.models import (
    ArticleRefRow,
    ArticleRow,
    ArticleTagRow,
    AuditEventRow,
    GalleryPhotoRow,
    PersonRow,
    PullQuoteRow,
    RevisionRow,
)
from meja_redaksi.store.transitions import apply_transition

_SCALAR_FIELDS = (
    "headline",
    "slug",
    "lead",
    "body",
    "desk_id",
    "status",
    "reporter_id",
    "photographer_id",
    "editor_id",
    "created_at",
    "published_at",
    "scheduled_at",
    "embargo_until",
    "view_count",
    "main_photo_id",
    "assignment_id",
    "return_note",
    "language",
)


WORKFLOW_FIELDS = ("status", "return_note", "published_at", "scheduled_at", "embargo_until")
"""Article fields that only a workflow transition (or sync applying the portal's state) changes."""


def _text_snapshot(article: Article) -> tuple[object, ...]:
    return (article.headline, article.lead, article.body, article.pull_quotes, article.tags)


def load_article(session: Session, row: ArticleRow) -> Article:
    """Build the Article of ``row`` with its tags, pull quotes, references and gallery."""
    aid = row.id
    tags = session.scalars(
        select(ArticleTagRow.tag).where(ArticleTagRow.article_id == aid).order_by("position")
    ).all()
    quotes = session.scalars(
        select(PullQuoteRow.text).where(PullQuoteRow.article_id == aid).order_by("position")
    ).all()
    refs = session.scalars(
        select(ArticleRefRow).where(ArticleRefRow.article_id == aid).order_by("position")
    ).all()
    gallery = session.scalars(
        select(GalleryPhotoRow.photo_id)
        .where(GalleryPhotoRow.article_id == aid)
        .order_by("position")
    ).all()
    return article_from_row(
        row,
        tags=list(tags),
        pull_quotes=list(quotes),
        refs=[ref_from_row(r) for r in refs],
        gallery=list(gallery),
    )


def find_row(session: Session, article_id: str, *, include_deleted: bool = False) -> ArticleRow:
    """The row of an article, or NotFoundError."""
    row = session.scalar(select(ArticleRow).where(ArticleRow.id == article_id))
    if row is None or (row.deleted and not include_deleted):
        raise NotFoundError(f"no article with id {article_id}")
    return row


def latest_number(session: Session, article_id: str) -> int:
    """The newest revision number of an article (0 when it has none)."""
    number = session.scalar(
        select(func.max(RevisionRow.number)).where(RevisionRow.article_id == article_id)
    )
    return int(number or 0)


def write_article_row(session: Session, row: ArticleRow, stored: Article, now: datetime) -> None:
    """Fill ``row`` from ``stored`` (its columns, names shown in lists, search texts) and replace its
    tags, pull quotes, references and gallery; the caller sets ``dirty`` and ``rev``."""
    for name in _SCALAR_FIELDS:
        setattr(row, name, getattr(stored, name))
    row.updated_at = now
    row.word_count = stored.word_count
    row.desk_name = denorm.desk_name(session, stored.desk_id)
    row.reporter_name = denorm.person_name(session, stored.reporter_id)
    row.editor_name = denorm.person_name(session, stored.editor_id)
    row.tags_text = " ".join(stored.tags)
    row.photo_text = denorm.photo_text(session, stored.photo_ids)
    session.flush()
    _replace_children(session, stored)


def _replace_children(session: Session, article: Article) -> None:
    aid = article.id
    for table in (ArticleTagRow, PullQuoteRow, ArticleRefRow, GalleryPhotoRow):
        session.execute(delete(table).where(table.article_id == aid))
    if article.tags:
        session.execute(
            insert(ArticleTagRow),
            [{"article_id": aid, "position": i, "tag": t} for i, t in enumerate(article.tags)],
        )
    if article.pull_quotes:
        session.execute(
            insert(PullQuoteRow),
            [
                {"article_id": aid, "position": i, "text": q}
                for i, q in enumerate(article.pull_quotes)
            ],
        )
    if article.related:
        session.execute(
            insert(ArticleRefRow),
            [
                {
                    "article_id": aid,
                    "position": i,
                    "kind": r.kind.value,
                    "headline": r.headline,
                    "photo_title": r.photo_title,
                    "published": r.published,
                    "views": r.views,
                    "ref_article_id": r.article_id,
                }
                for i, r in enumerate(article.related)
            ],
        )
    if article.gallery:
        session.execute(
            insert(GalleryPhotoRow),
            [
                {"article_id": aid, "position": i, "photo_id": p}
                for i, p in enumerate(article.gallery)
            ],
        )


class ArticleRepository:
    """Articles of the store, returned as domain objects (see store/__init__.py for the API)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, article_id: str, *, include_deleted: bool = False) -> Article:
        """The article with ``article_id``; NotFoundError if there is none (or it was deleted)."""
        with self._db.read() as session:
            return load_article(
                session, find_row(session, article_id, include_deleted=include_deleted)
            )

    def exists(self, article_id: str) -> bool:
        """Whether a live (not deleted) article has this id."""
        with self._db.read() as session:
            found = session.scalar(select(ArticleRow.deleted).where(ArticleRow.id == article_id))
            return found is not None and not found

    def save(
        self,
        article: Article,
        *,
        author_id: str | None = None,
        note: str = "",
        base_revision: int | None = None,
        workflow_state: bool = False,
    ) -> Article:
        """Insert or update ``article``; return it as stored.

        Sets ``updated_at``, marks it dirty for sync, and writes a revision on create and whenever a text
        field (headline, lead, body, pull quotes, tags) changed. With ``base_revision`` given, refuses with
        ConflictError (changing nothing) when the latest revision is another one. An article without a desk
        takes its reporter's desk.

        An update keeps the stored workflow state (status, return note, publish/schedule/embargo times):
        those change only through :meth:`transition`, so an editor's autosave that was queued before a
        transition cannot undo it. Sync, which applies the portal's state, passes ``workflow_state=True``.
        """
        now = utcnow()
        with self._db.write() as session:
            row = session.scalar(select(ArticleRow).where(ArticleRow.id == article.id))
            latest = latest_number(session, article.id) if row is not None else 0
            if base_revision is not None and base_revision != latest:
                raise ConflictError(
                    f"the article changed since revision {base_revision}: the latest is revision "
                    f"{latest}; reload it and apply your change again"
                )
            if row is not None and row.deleted:
                raise NotFoundError(f"the article {article.id} was deleted")
            current = load_article(session, row) if row is not None else None
            if current is not None and not workflow_state:
                article = article.copy(**{f: getattr(current, f) for f in WORKFLOW_FIELDS})
            changed_text = current is None or _text_snapshot(current) != _text_snapshot(article)
            stored = self._prepare(session, article, now)
            if row is None:
                row = ArticleRow(id=stored.id)
                session.add(row)
            row.dirty = True
            write_article_row(session, row, stored, now)
            if changed_text:
                session.add(self._revision_row(stored, latest + 1, author_id, note, now))
            return stored

    @staticmethod
    def _prepare(session: Session, article: Article, now: datetime) -> Article:
        desk_id = article.desk_id
        if desk_id is None and article.reporter_id is not None:
            desk_id = session.scalar(
                select(PersonRow.desk_id).where(PersonRow.id == article.reporter_id)
            )
        slug = article.slug or (slugify(article.headline) if article.headline else "")
        return article.copy(desk_id=desk_id, slug=slug, updated_at=now)

    @staticmethod
    def _revision_row(
        article: Article, number: int, author_id: str | None, note: str, now: datetime
    ) -> RevisionRow:
        return RevisionRow(
            id=new_id(),
            article_id=article.id,
            number=number,
            headline=article.headline,
            lead=article.lead,
            body=article.body,
            pull_quotes=list(article.pull_quotes),
            tags=list(article.tags),
            author_id=author_id,
            note=note,
            created_at=now,
            dirty=True,
        )

    def delete(self, article_id: str, *, actor_id: str | None = None) -> None:
        """Delete an article: it becomes a tombstone (kept for sync, hidden everywhere else)."""
        now = utcnow()
        with self._db.write() as session:
            row = find_row(session, article_id)
            row.deleted = True
            row.dirty = True
            row.updated_at = now
            event = AuditEvent(actor_id, "delete", "article", article_id, row.status, "", at=now)
            session.add(_audit_row(event))

    def revisions(self, article_id: str) -> list[Revision]:
        """Every revision of an article, oldest first."""
        with self._db.read() as session:
            find_row(session, article_id, include_deleted=True)
            rows = session.scalars(
                select(RevisionRow)
                .where(RevisionRow.article_id == article_id)
                .order_by(RevisionRow.number)
            )
            return [revision_from_row(r) for r in rows]

    def revision(self, article_id: str, number: int) -> Revision:
        """One revision of an article; NotFoundError if it has no such number."""
        with self._db.read() as session:
            row = session.scalar(
                select(RevisionRow).where(
                    RevisionRow.article_id == article_id, RevisionRow.number == number
                )
            )
            if row is None:
                raise NotFoundError(f"article {article_id} has no revision {number}")
            return revision_from_row(row)

    def latest_revision_number(self, article_id: str) -> int:
        """The newest revision number of an article (0 if it has none, e.g. generated demo rows)."""
        with self._db.read() as session:
            find_row(session, article_id, include_deleted=True)
            return latest_number(session, article_id)

    def transition(
        self,
        article_id: str,
        action: Action | str,
        actor: Person,
        *,
        expected_state: str | None = None,
        note: str = "",
        when: datetime | None = None,
    ) -> Article:
        """Take a workflow action (checked against workflow's table and readiness rules); audit it."""
        with self._db.write() as session:
            row = find_row(session, article_id)
            article = load_article(session, row)
            event = apply_transition(
                session, row, article, Action(action), actor, expected_state, note, when
            )
            session.add(_audit_row(event))
            session.flush()
            return load_article(session, row)

    def audit(self, article_id: str) -> list[AuditEvent]:
        """The audit trail of an article, oldest first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(AuditEventRow)
                .where(AuditEventRow.entity_id == article_id)
                .order_by(AuditEventRow.at, AuditEventRow.id)
            )
            return [audit_from_row(r) for r in rows]

    # Lists and search live in listing.py; these delegate so callers have one object.
    def list(self, query: ArticleQuery) -> builtins.list[ArticleSummary]:
        """Summaries matching ``query`` (filters, search, sort, limit/offset)."""
        return listing.list_summaries(self._db, query)

    def count(self, query: ArticleQuery) -> int:
        """How many articles match ``query`` (ignoring limit and offset)."""
        return listing.count(self._db, query)

    def ids(
        self, query: ArticleQuery, stop: Callable[[], bool] | None = None
    ) -> builtins.list[str]:
        """Every matching id in order (for a lazy list model); empty once ``stop()`` is True."""
        return listing.ids(self._db, query, stop)

    def summaries(self, ids: Sequence[str], search: str = "") -> builtins.list[ArticleSummary]:
        """Summaries of ``ids`` in the given order (unknown or deleted ids are skipped).

        With ``search`` text, each carries the snippet of that search (as from :meth:`list`).
        """
        return listing.summaries(self._db, ids, search)

    def search(self, text: str, *, limit: int = 50) -> builtins.list[ArticleSummary]:
        """Best matches for ``text`` by bm25 rank, each with a highlighted snippet."""
        return listing.search(self._db, text, limit=limit)

    def all_tags(self) -> builtins.list[str]:
        """Every tag used by a live article, sorted case-insensitively."""
        return listing.all_tags(self._db)

    def status_counts(self) -> dict[ArticleStatus, int]:
        """How many live articles are in each status (every status present, zero included)."""
        return listing.status_counts(self._db)


def _audit_row(event: AuditEvent) -> AuditEventRow:
    return AuditEventRow(
        id=event.id,
        actor_id=event.actor_id,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        from_state=event.from_state,
        to_state=event.to_state,
        detail=event.detail,
        at=event.at,
        dirty=True,
    )
