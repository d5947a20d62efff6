"""Repositories of coverage assignments, editorial comments and the sync key/value state."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Assignment, Comment, utcnow
from meja_redaksi.domain.enums import AssignmentStatus
from meja_redaksi.domain.errors import NotFoundError
from meja_redaksi.store.convert import assignment_from_row, comment_from_row
from meja_redaksi.store.database import Database
from meja_redaksi.store.models import (
    AssignmentArticleRow,
    AssignmentReporterRow,
    AssignmentRow,
    CommentRow,
    SyncStateRow,
)

_ASSIGNMENT_FIELDS = (
    "title",
    "brief",
    "location",
    "event_time",
    "deadline",
    "desk_id",
    "photographer_id",
    "editor_id",
    "created_by",
    "created_at",
)


def _load(session: Session, row: AssignmentRow) -> Assignment:
    reporters = session.scalars(
        select(AssignmentReporterRow.person_id)
        .where(AssignmentReporterRow.assignment_id == row.id)
        .order_by(AssignmentReporterRow.position)
    ).all()
    articles = session.scalars(
        select(AssignmentArticleRow.article_id)
        .where(AssignmentArticleRow.assignment_id == row.id)
        .order_by(AssignmentArticleRow.position)
    ).all()
    return assignment_from_row(row, reporter_ids=list(reporters), article_ids=list(articles))


class AssignmentRepository:
    """Coverage assignments (penugasan liputan)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, assignment: Assignment) -> Assignment:
        """Insert or update an assignment with its reporters and linked articles; mark dirty."""
        now = utcnow()
        with self._db.write() as session:
            row = session.get(AssignmentRow, assignment.id)
            if row is None:
                row = AssignmentRow(id=assignment.id)
                session.add(row)
            for name in _ASSIGNMENT_FIELDS:
                setattr(row, name, getattr(assignment, name))
            row.status = assignment.status.value
            row.updated_at = now
            row.dirty = True
            row.deleted = False
            session.flush()
            aid = assignment.id
            session.execute(
                delete(AssignmentReporterRow).where(AssignmentReporterRow.assignment_id == aid)
            )
            session.execute(
                delete(AssignmentArticleRow).where(AssignmentArticleRow.assignment_id == aid)
            )
            members = list(dict.fromkeys(assignment.reporter_ids))
            if members:
                session.execute(
                    insert(AssignmentReporterRow),
                    [
                        {"assignment_id": aid, "position": i, "person_id": p}
                        for i, p in enumerate(members)
                    ],
                )
            linked = list(dict.fromkeys(assignment.article_ids))
            if linked:
                session.execute(
                    insert(AssignmentArticleRow),
                    [
                        {"assignment_id": aid, "position": i, "article_id": a}
                        for i, a in enumerate(linked)
                    ],
                )
            return _load(session, row)

    def get(self, assignment_id: str) -> Assignment:
        """The assignment with this id; NotFoundError if none."""
        with self._db.read() as session:
            row = session.get(AssignmentRow, assignment_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no assignment with id {assignment_id}")
            return _load(session, row)

    def list(
        self, *, status: AssignmentStatus | None = None, person_id: str | None = None
    ) -> list[Assignment]:
        """Assignments (optionally of one status, or involving one person), by deadline."""
        with self._db.read() as session:
            statement = select(AssignmentRow).where(AssignmentRow.deleted.is_(False))
            if status is not None:
                statement = statement.where(AssignmentRow.status == AssignmentStatus(status).value)
            rows = session.scalars(
                statement.order_by(AssignmentRow.deadline, AssignmentRow.id)
            ).all()
            found = [_load(session, r) for r in rows]
        if person_id is not None:
            found = [
                a
                for a in found
                if person_id in a.reporter_ids or person_id in (a.photographer_id, a.editor_id)
            ]
        return found

    def count(self, *, open_only: bool = True) -> int:
        """How many assignments there are; by default only open ones (not completed or cancelled)."""
        closed = (AssignmentStatus.COMPLETED.value, AssignmentStatus.CANCELLED.value)
        with self._db.read() as session:
            statement = select(func.count()).where(AssignmentRow.deleted.is_(False))
            if open_only:
                statement = statement.where(AssignmentRow.status.not_in(closed))
            return int(session.scalar(statement.select_from(AssignmentRow)) or 0)

    def delete(self, assignment_id: str) -> None:
        """Delete an assignment (a tombstone kept for sync)."""
        with self._db.write() as session:
            row = session.get(AssignmentRow, assignment_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no assignment with id {assignment_id}")
            row.deleted = True
            row.dirty = True
            row.updated_at = utcnow()


class CommentRepository:
    """Editorial comments on articles (never published)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, comment: Comment) -> Comment:
        """Insert or update a comment; mark dirty for sync."""
        with self._db.write() as session:
            row = session.get(CommentRow, comment.id)
            if row is None:
                row = CommentRow(id=comment.id, created_at=comment.created_at)
                session.add(row)
            row.article_id = comment.article_id
            row.author_id = comment.author_id
            row.body = comment.body
            row.dirty = True
            return comment

    def for_article(self, article_id: str) -> list[Comment]:
        """The comments on an article, oldest first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(CommentRow)
                .where(CommentRow.article_id == article_id, CommentRow.deleted.is_(False))
                .order_by(CommentRow.created_at, CommentRow.id)
            )
            return [comment_from_row(r) for r in rows]

    def delete(self, comment_id: str) -> None:
        """Delete a comment (a tombstone kept for sync)."""
        with self._db.write() as session:
            row = session.get(CommentRow, comment_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no comment with id {comment_id}")
            row.deleted = True
            row.dirty = True


class SyncState:
    """A small key/value table for sync bookkeeping (cursor, portal URL, last sync time)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value stored under ``key``, or ``default``."""
        with self._db.read() as session:
            row = session.get(SyncStateRow, key)
            return default if row is None else row.value

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key`` (durably)."""
        with self._db.write() as session:
            session.merge(SyncStateRow(key=key, value=value))

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        with self._db.write() as session:
            session.execute(delete(SyncStateRow).where(SyncStateRow.key == key))
