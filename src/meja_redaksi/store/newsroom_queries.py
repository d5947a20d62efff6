"""The read side of the newsroom workflow: queue, workloads, history, notifications.

Functions take an open :class:`~meja_redaksi.store.Store` and return domain objects or the plain data the
workflow package computes with. Notifications are derived from comments, assignments and audit events;
the time up to which a person has seen them is kept in ``sync_state``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select

from meja_redaksi.domain.entities import (
    Assignment,
    AuditEvent,
    Comment,
    Person,
    Revision,
    utcnow,
)
from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.store.convert import audit_from_row, comment_from_row
from meja_redaksi.store.models import (
    ArticleRow,
    AssignmentReporterRow,
    AssignmentRow,
    AuditEventRow,
    CommentRow,
)
from meja_redaksi.workflow.notifications import Notification, notifications_for
from meja_redaksi.workflow.queue import QUEUE_STATES, QueueEntry, build_queue
from meja_redaksi.workflow.review import submission_revision
from meja_redaksi.workflow.workload import (
    ArticleCounts,
    ArticleFacts,
    Workload,
    compute_workloads,
)

if TYPE_CHECKING:
    from meja_redaksi.store.store import Store

ACTIVE_STATES = frozenset(
    {ArticleStatus.DRAFT, ArticleStatus.RETURNED, ArticleStatus.SUBMITTED, ArticleStatus.EDITING}
)
_SEEN_KEY = "notifications_seen:"


def article_facts(store: Store, states: Iterable[ArticleStatus]) -> list[ArticleFacts]:
    """The workflow facts of every live article in ``states``."""
    wanted = [ArticleStatus(s).value for s in states]
    columns = (
        ArticleRow.id,
        ArticleRow.headline,
        ArticleRow.status,
        ArticleRow.desk_id,
        ArticleRow.reporter_id,
        ArticleRow.photographer_id,
        ArticleRow.editor_id,
        ArticleRow.created_at,
        ArticleRow.updated_at,
        ArticleRow.assignment_id,
        ArticleRow.embargo_until,
        ArticleRow.scheduled_at,
    )
    with store.database.read() as session:
        rows = session.execute(
            select(*columns).where(ArticleRow.deleted.is_(False), ArticleRow.status.in_(wanted))
        ).all()
    return [
        ArticleFacts(
            id=r.id,
            headline=r.headline,
            status=ArticleStatus(r.status),
            desk_id=r.desk_id,
            reporter_id=r.reporter_id,
            photographer_id=r.photographer_id,
            editor_id=r.editor_id,
            created_at=r.created_at,
            updated_at=r.updated_at,
            assignment_id=r.assignment_id,
            embargo_until=r.embargo_until,
            scheduled_at=r.scheduled_at,
        )
        for r in rows
    ]


def review_queue(store: Store, desk_id: str | None = None) -> list[QueueEntry]:
    """Submitted and in-edit articles, ordered by deadline, priority, age (optionally of one desk)."""
    facts = [
        f for f in article_facts(store, QUEUE_STATES) if desk_id is None or f.desk_id == desk_id
    ]
    return build_queue(facts, _deadlines(store))


def _deadlines(store: Store) -> dict[str, datetime | None]:
    with store.database.read() as session:
        rows = session.execute(
            select(AssignmentRow.id, AssignmentRow.deadline).where(AssignmentRow.deleted.is_(False))
        ).all()
    return {r.id: r.deadline for r in rows}


def assignments_of(store: Store, person_id: str) -> list[Assignment]:
    """The assignments a person is on (as a reporter, the photographer or the editor)."""
    with store.database.read() as session:
        as_reporter = select(AssignmentReporterRow.assignment_id).where(
            AssignmentReporterRow.person_id == person_id
        )
        ids = session.scalars(
            select(AssignmentRow.id).where(
                AssignmentRow.deleted.is_(False),
                or_(
                    AssignmentRow.id.in_(as_reporter),
                    AssignmentRow.photographer_id == person_id,
                    AssignmentRow.editor_id == person_id,
                ),
            )
        ).all()
    return [store.assignments.get(i) for i in ids]


def workloads(
    store: Store, role: Role, *, desk_id: str | None = None, now: datetime | None = None
) -> list[Workload]:
    """The load of every active person holding ``role`` (optionally of one desk), by name."""
    return workloads_by_role(store, [role], desk_id=desk_id, now=now)[role]


def workloads_by_role(
    store: Store,
    roles: Iterable[Role],
    *,
    desk_id: str | None = None,
    now: datetime | None = None,
    assignments: list[Assignment] | None = None,
) -> dict[Role, list[Workload]]:
    """:func:`workloads` for several roles, reading people, assignments and counts once."""
    everyone = [
        p
        for p in store.people.list(include_inactive=False)
        if desk_id is None or p.desk_id == desk_id
    ]
    if assignments is None:
        assignments = store.assignments.list()
    counts, moment = article_counts(store), now or utcnow()
    return {
        role: compute_workloads(
            [p for p in everyone if p.has_role(role)], assignments, counts, moment
        )
        for role in roles
    }


def article_counts(store: Store) -> ArticleCounts:
    """The per-person and per-desk article counts of the workload panels, grouped by SQL."""
    a = ArticleRow
    live = a.deleted.is_(False)
    counts = ArticleCounts()
    writing = [ArticleStatus.DRAFT.value, ArticleStatus.RETURNED.value]
    with store.database.read() as session:
        for reporter, photographer, n in session.execute(
            select(a.reporter_id, a.photographer_id, func.count())
            .where(live, a.status.in_(writing))
            .group_by(a.reporter_id, a.photographer_id)
        ):
            for person_id in {reporter, photographer}:
                if person_id is not None:
                    counts.in_progress[person_id] += n
        for editor, n in session.execute(
            select(a.editor_id, func.count())
            .where(live, a.status == ArticleStatus.EDITING.value, a.editor_id.is_not(None))
            .group_by(a.editor_id)
        ):
            counts.in_progress[str(editor)] += n
        for reporter, n in session.execute(
            select(a.reporter_id, func.count())
            .where(live, a.status == ArticleStatus.RETURNED.value, a.reporter_id.is_not(None))
            .group_by(a.reporter_id)
        ):
            counts.waiting[str(reporter)] += n
        for editor, desk, n in session.execute(
            select(a.editor_id, a.desk_id, func.count())
            .where(live, a.status == ArticleStatus.SUBMITTED.value)
            .group_by(a.editor_id, a.desk_id)
        ):
            if editor is not None:
                counts.waiting[editor] += n
            else:
                counts.desk_waiting[desk] += n
    return counts


def history(store: Store, article_id: str) -> list[AuditEvent]:
    """The article's audit trail, oldest first."""
    return list(store.articles.audit(article_id))


def submission_and_latest(store: Store, article_id: str) -> tuple[Revision | None, Revision | None]:
    """The revision the article was last submitted with, and its newest revision."""
    revisions = sorted(store.articles.revisions(article_id), key=lambda r: r.number)
    if not revisions:
        return None, None
    return submission_revision(revisions, store.articles.audit(article_id)), revisions[-1]


def all_comments(store: Store) -> list[Comment]:
    """Every live comment, oldest first."""
    with store.database.read() as session:
        rows = session.scalars(
            select(CommentRow)
            .where(CommentRow.deleted.is_(False))
            .order_by(CommentRow.created_at, CommentRow.id)
        )
        return [comment_from_row(r) for r in rows]


def _workflow_events(store: Store, person_id: str) -> list[AuditEvent]:
    """Returns and approvals of articles, and assignments of ``person_id``."""
    wanted = [Action.RETURN.value, Action.APPROVE.value]
    with store.database.read() as session:
        rows = session.scalars(
            select(AuditEventRow).where(
                or_(
                    and_(AuditEventRow.entity == "article", AuditEventRow.action.in_(wanted)),
                    and_(
                        AuditEventRow.entity == "assignment",
                        AuditEventRow.action == "assign",
                        AuditEventRow.detail == person_id,
                    ),
                )
            )
        )
        return [audit_from_row(r) for r in rows]


def notifications(store: Store, person: Person) -> list[Notification]:
    """Everything ``person`` is told about (mentions, assignments, returns, approvals), newest first."""
    events = _workflow_events(store, person.id)
    article_ids = sorted({e.entity_id for e in events if e.entity == "article"})
    with store.database.read() as session:
        rows = (
            session.execute(
                select(ArticleRow.id, ArticleRow.reporter_id, ArticleRow.headline).where(
                    ArticleRow.id.in_(article_ids)
                )
            ).all()
            if article_ids
            else []
        )
    return notifications_for(
        person,
        comments=all_comments(store),
        assignments=assignments_of(store, person.id),
        events=events,
        reporters={r.id: r.reporter_id for r in rows},
        headlines={r.id: r.headline for r in rows},
    )


def seen_until(store: Store, person: Person) -> datetime | None:
    """When ``person`` last marked their notifications as read (None: never)."""
    value = store.sync_state.get(_SEEN_KEY + person.id)
    return datetime.fromisoformat(value) if value else None


def mark_seen(store: Store, person: Person, at: datetime | None = None) -> None:
    """Mark every notification of ``person`` up to ``at`` (default now) as read."""
    store.sync_state.set(_SEEN_KEY + person.id, (at or utcnow()).isoformat())
