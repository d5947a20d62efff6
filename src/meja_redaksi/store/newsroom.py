"""The write side of the newsroom workflow: transitions, embargo, assignments, comments.

Functions take an open :class:`~meja_redaksi.store.Store`. The read side (queue, workloads, history,
notifications) lives in :mod:`newsroom_queries` and is re-exported here, so callers use one module.
Nothing here adds a table.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from meja_redaksi.domain.entities import (
    Article,
    Assignment,
    AuditEvent,
    Comment,
    Person,
    new_id,
    utcnow,
)
from meja_redaksi.domain.enums import Action, ArticleStatus, AssignmentStatus, Role
from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.store.models import (
    ArticleRow,
    AuditEventRow,
)
from meja_redaksi.store.newsroom_queries import (
    ACTIVE_STATES,
    all_comments,
    article_counts,
    article_facts,
    assignments_of,
    history,
    mark_seen,
    notifications,
    review_queue,
    seen_until,
    submission_and_latest,
    workloads,
    workloads_by_role,
)
from meja_redaksi.workflow.assignments import (
    PLANNER_ROLES,
    check_can_plan,
    derived_status,
    involves,
)
from meja_redaksi.workflow.permissions import check_allowed, check_embargo, embargo_problem
from meja_redaksi.workflow.transitions import TransitionError

if TYPE_CHECKING:
    from meja_redaksi.store.store import Store


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
    """Create or change an assignment as ``planner`` (desk chief or admin); status follows.

    Everyone newly put on it gets an ``assign`` audit event (their notification); cancelling is audited.
    """
    check_can_plan(planner)
    if assignment.created_by is None:
        assignment.created_by = planner.id
    try:
        before: Assignment | None = store.assignments.get(assignment.id)
    except NotFoundError:
        before = None
    saved = store.assignments.save(assignment)
    events = [
        AuditEvent(planner.id, "assign", "assignment", saved.id, detail=person_id)
        for person_id in _people_on(saved) - (_people_on(before) if before else set())
    ]
    if saved.status == AssignmentStatus.CANCELLED and (
        before is None or before.status != saved.status
    ):
        events.append(
            AuditEvent(planner.id, "cancel", "assignment", saved.id,
                       from_state=before.status.value if before else "", to_state="cancelled")
        )  # fmt: skip
    if events:
        with store.database.write() as session:
            session.add_all(_audit_row(e) for e in events)
    return refresh_assignment(store, saved.id)


def _people_on(assignment: Assignment) -> set[str]:
    people = set(assignment.reporter_ids)
    people.update(p for p in (assignment.photographer_id, assignment.editor_id) if p)
    return people


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


def add_comment(store: Store, article_id: str, author: Person, body: str) -> Comment:
    """Add a comment (never published) on an existing article."""
    store.articles.get(article_id)
    return store.comments.save(Comment(article_id=article_id, author_id=author.id, body=body))


__all__ = [
    "ACTIVE_STATES",
    "add_comment",
    "all_comments",
    "article_counts",
    "article_facts",
    "assignments_of",
    "attach_photos",
    "history",
    "mark_seen",
    "notifications",
    "refresh_assignment",
    "review_queue",
    "save_assignment",
    "seen_until",
    "set_embargo",
    "start_article",
    "submission_and_latest",
    "transition",
    "workloads",
    "workloads_by_role",
]
