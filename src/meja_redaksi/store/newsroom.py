"""The store side of the newsroom workflow: queue, workloads, assignment status, notifications, history.

Functions take an open :class:`~meja_redaksi.store.Store` and return domain objects or the plain data the
workflow package computes with. Nothing here adds a table: notifications are derived from comments,
assignments and audit events; the time up to which a person has seen them is kept in ``sync_state``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from meja_redaksi.domain.entities import (
    Article,
    Assignment,
    AuditEvent,
    Comment,
    Person,
    Revision,
    new_id,
    utcnow,
)
from meja_redaksi.domain.enums import Action, ArticleStatus, AssignmentStatus, Role
from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.store.convert import audit_from_row, comment_from_row
from meja_redaksi.store.models import (
    ArticleRow,
    AssignmentReporterRow,
    AssignmentRow,
    AuditEventRow,
    CommentRow,
)
from meja_redaksi.workflow.assignments import (
    PLANNER_ROLES,
    check_can_plan,
    derived_status,
    involves,
)
from meja_redaksi.workflow.notifications import Notification, notifications_for
from meja_redaksi.workflow.permissions import check_allowed, check_embargo, embargo_problem
from meja_redaksi.workflow.queue import QUEUE_STATES, QueueEntry, build_queue
from meja_redaksi.workflow.review import submission_revision
from meja_redaksi.workflow.transitions import TransitionError
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


def refresh_assignment(store: Store, assignment_id: str) -> Assignment:
    """Set an assignment's status from its people and its linked articles' states; return it."""
    assignment = store.assignments.get(assignment_id)
    states = []
    for article_id in assignment.article_ids:
        try:
            states.append(store.articles.get(article_id).status)
        except NotFoundError:
            continue
    status = derived_status(assignment, states)
    if status == assignment.status:
        return assignment
    assignment.status = status
    return store.assignments.save(assignment)


def transition(
    store: Store,
    article_id: str,
    action: Action | str,
    actor: Person,
    *,
    expected_state: ArticleStatus | None = None,
    note: str = "",
    when: datetime | None = None,
) -> Article:
    """Take a workflow action (audited by the store) and let the linked assignment follow.

    A forbidden action raises a TransitionError naming the role and the state, and changes nothing.
    """
    current = store.articles.get(article_id)
    check_allowed(actor, current.status, Action(action))
    if Action(action) in (Action.PUBLISH, Action.SCHEDULE):
        problem = embargo_problem(current.embargo_until, when or utcnow())
        if problem is not None:
            raise TransitionError(problem)
    article = store.articles.transition(
        article_id,
        Action(action),
        actor,
        expected_state=expected_state.value if expected_state else None,
        note=note,
        when=when,
    )
    if article.assignment_id:
        refresh_assignment(store, article.assignment_id)
    return article


def set_embargo(store: Store, article_id: str, actor: Person, until: datetime | None) -> Article:
    """Put an article under embargo until ``until`` (None lifts it); audited in the same transaction."""
    article = store.articles.get(article_id)
    check_embargo(actor, article.status)
    if until is not None and until.tzinfo is None:
        raise UserError("an embargo time must carry a time zone")
    now = utcnow()
    with store.database.write() as session:
        row = session.scalar(select(ArticleRow).where(ArticleRow.id == article_id))
        if row is None or row.status != article.status.value:
            raise TransitionError("the article changed meanwhile: reload it and try again")
        row.embargo_until = until
        row.updated_at = now
        row.dirty = True
        session.add(
            AuditEventRow(
                id=new_id(),
                actor_id=actor.id,
                action="embargo" if until else "lift_embargo",
                entity="article",
                entity_id=article_id,
                from_state=article.status.value,
                to_state=article.status.value,
                detail=until.isoformat() if until else "",
                at=now,
                dirty=True,
            )
        )
    return store.articles.get(article_id)


def save_assignment(store: Store, assignment: Assignment, planner: Person) -> Assignment:
    """Create or change an assignment as ``planner`` (desk chief or admin); status follows."""
    check_can_plan(planner)
    if assignment.created_by is None:
        assignment.created_by = planner.id
    saved = store.assignments.save(assignment)
    return refresh_assignment(store, saved.id)


def start_article(store: Store, assignment_id: str, author: Person) -> Article:
    """A new draft pre-filled from the assignment and linked to it; the assignment moves on."""
    assignment = store.assignments.get(assignment_id)
    if assignment.status == AssignmentStatus.CANCELLED:
        raise UserError(f"the assignment '{assignment.title}' is cancelled")
    reporter = author.id if author.has_role(Role.REPORTER) else None
    if reporter is None and assignment.reporter_ids:
        reporter = assignment.reporter_ids[0]
    article = Article(
        headline=assignment.title,
        lead=assignment.brief,
        desk_id=assignment.desk_id,
        reporter_id=reporter,
        photographer_id=assignment.photographer_id,
        editor_id=assignment.editor_id,
        assignment_id=assignment.id,
    )
    saved = store.articles.save(article, author_id=author.id, note="from assignment")
    assignment.article_ids = [*assignment.article_ids, saved.id]
    store.assignments.save(assignment)
    refresh_assignment(store, assignment.id)
    return saved


def attach_photos(store: Store, assignment_id: str, photo_ids: list[str], actor: Person) -> Article:
    """Attach photos ingested for an assignment to its article (the first live one).

    The first photo becomes the main photo when the article has none; the rest join the gallery.
    """
    assignment = store.assignments.get(assignment_id)
    if not involves(assignment, actor.id) and not actor.roles & PLANNER_ROLES:
        raise UserError(f"{actor.name} is not on the assignment '{assignment.title}'")
    photos = [store.photos.get(p) for p in photo_ids]
    for article_id in assignment.article_ids:
        try:
            article = store.articles.get(article_id)
        except NotFoundError:
            continue
        if article.status == ArticleStatus.SPIKED:
            continue
        for photo in photos:
            if photo.id in article.photo_ids:
                continue
            if article.main_photo_id is None:
                article.main_photo_id = photo.id
            else:
                article.gallery.append(photo.id)
        return store.articles.save(article, author_id=actor.id, note="photos from assignment")
    raise UserError(
        f"the assignment '{assignment.title}' has no article yet: start one, then attach photos"
    )


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


def add_comment(store: Store, article_id: str, author: Person, body: str) -> Comment:
    """Add a comment (never published) on an existing article."""
    store.articles.get(article_id)
    return store.comments.save(Comment(article_id=article_id, author_id=author.id, body=body))


def _workflow_events(store: Store) -> list[AuditEvent]:
    wanted = [Action.RETURN.value, Action.APPROVE.value]
    with store.database.read() as session:
        rows = session.scalars(
            select(AuditEventRow).where(
                AuditEventRow.entity == "article", AuditEventRow.action.in_(wanted)
            )
        )
        return [audit_from_row(r) for r in rows]


def notifications(store: Store, person: Person) -> list[Notification]:
    """Everything ``person`` is told about (mentions, assignments, returns, approvals), newest first."""
    events = _workflow_events(store)
    article_ids = sorted({e.entity_id for e in events})
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
