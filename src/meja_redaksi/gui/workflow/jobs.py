"""The store calls the workflow parts make, as jobs for the task runner (they run on a worker thread).

Each takes the worker's store first; the GUI thread never calls them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from meja_redaksi.domain.entities import Article, Assignment, AuditEvent, Comment, Person, Revision
from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.workflow.notifications import Notification
from meja_redaksi.workflow.queue import QueueEntry, desk_counts
from meja_redaksi.workflow.workload import Workload

PANEL_ROLES = (Role.REPORTER, Role.PHOTOGRAPHER, Role.EDITOR)


def _newsroom() -> Any:
    from meja_redaksi.store import newsroom

    return newsroom


def transition(
    store: Any,
    article_id: str,
    action: Action,
    actor_id: str,
    expected: ArticleStatus | None,
    note: str = "",
    when: datetime | None = None,
) -> Article:
    """Take ``action`` as the person ``actor_id`` (read again, so a deactivated person is refused)."""
    actor = store.people.get(actor_id)
    article: Article = _newsroom().transition(
        store, article_id, action, actor, expected_state=expected, note=note, when=when
    )
    return article


def set_embargo(store: Any, article_id: str, actor_id: str, until: datetime | None) -> Article:
    """Set (or with None lift) an article's embargo as the person ``actor_id``."""
    article: Article = _newsroom().set_embargo(store, article_id, store.people.get(actor_id), until)
    return article


@dataclass(slots=True)
class QueueData:
    """The review queue and its per-desk counts."""

    entries: list[QueueEntry]
    counts: dict[str | None, int]
    desk_names: dict[str, str] = field(default_factory=dict)


def review_queue(store: Any, desk_id: str | None) -> QueueData:
    """The queue (optionally of one desk) and the counts of every desk."""
    everything: list[QueueEntry] = _newsroom().review_queue(store)
    shown = [e for e in everything if desk_id is None or e.article.desk_id == desk_id]
    names = {d.id: d.name for d in store.desks.list()}
    return QueueData(shown, desk_counts(everything), names)


@dataclass(slots=True)
class ReviewData:
    """An article with the revision it was submitted with and its newest revision."""

    article: Article
    base: Revision | None
    latest: Revision | None


def review(store: Any, article_id: str) -> ReviewData:
    """What the reviewer needs to see of one queued article."""
    base, latest = _newsroom().submission_and_latest(store, article_id)
    return ReviewData(store.articles.get(article_id), base, latest)


@dataclass(slots=True)
class PlanningData:
    """Assignments and the workload of every person per panel role."""

    assignments: list[Assignment]
    loads: dict[Role, list[Workload]]


def planning(store: Any, desk_id: str | None, person_id: str | None) -> PlanningData:
    """Assignments (of a desk, or of one person) and each role's workloads."""
    everything: list[Assignment] = store.assignments.list()
    shown = [
        a
        for a in everything
        if (desk_id is None or a.desk_id == desk_id)
        and (person_id is None or person_id in a.reporter_ids
             or person_id in (a.photographer_id, a.editor_id))
    ]  # fmt: skip
    loads = _newsroom().workloads_by_role(
        store, PANEL_ROLES, desk_id=desk_id, assignments=everything
    )
    return PlanningData(shown, loads)


def save_assignment(store: Any, assignment: Assignment, planner_id: str) -> Assignment:
    """Create or change an assignment as the planner."""
    saved: Assignment = _newsroom().save_assignment(store, assignment, store.people.get(planner_id))
    return saved


def assign(
    store: Any, assignment_id: str, person_id: str, role: Role, planner_id: str
) -> Assignment:
    """Put a person on an assignment in ``role``."""
    from meja_redaksi.workflow.assignments import assign_person, check_can_plan

    planner = check_can_plan(store.people.get(planner_id))
    updated = assign_person(store.assignments.get(assignment_id), store.people.get(person_id), role)
    return save_assignment(store, updated, planner.id)


def assign_article(
    store: Any, article_id: str, person_id: str, role: Role, planner_id: str
) -> Article:
    """Make a person the reporter, photographer or editor of an article."""
    from meja_redaksi.workflow.assignments import AssignmentError, check_can_plan

    check_can_plan(store.people.get(planner_id))
    person = store.people.get(person_id)
    if role not in person.roles or not person.active:
        raise AssignmentError(f"{person.name} cannot be the article's {role.value}")
    article = store.articles.get(article_id)
    saved: Article = store.articles.save(
        article.copy(**{f"{role.value}_id": person.id}), author_id=planner_id
    )
    return saved


def cancel_assignment(store: Any, assignment_id: str, planner_id: str) -> Assignment:
    """Cancel an assignment."""
    from meja_redaksi.workflow.assignments import cancelled

    return save_assignment(store, cancelled(store.assignments.get(assignment_id)), planner_id)


def start_article(store: Any, assignment_id: str, author_id: str) -> Article:
    """A new article pre-filled from the assignment and linked to it."""
    article: Article = _newsroom().start_article(store, assignment_id, store.people.get(author_id))
    return article


@dataclass(slots=True)
class HistoryData:
    """An article's audit trail and comments."""

    article: Article
    events: list[AuditEvent]
    comments: list[Comment]


def history(store: Any, article_id: str) -> HistoryData:
    """The article, its audit events and its comments."""
    return HistoryData(
        store.articles.get(article_id),
        _newsroom().history(store, article_id),
        list(store.comments.for_article(article_id)),
    )


def add_comment(store: Any, article_id: str, author_id: str, body: str) -> Comment:
    """Add a comment with @mentions on an article."""
    comment: Comment = _newsroom().add_comment(store, article_id, store.people.get(author_id), body)
    return comment


@dataclass(slots=True)
class NotificationData:
    """A person's notifications and when they last read them."""

    items: list[Notification]
    seen_until: datetime | None


def notifications(store: Any, person: Person) -> NotificationData:
    """Everything the person is told about."""
    news = _newsroom()
    return NotificationData(news.notifications(store, person), news.seen_until(store, person))


def mark_seen(store: Any, person: Person, at: datetime | None) -> None:
    """Mark the person's notifications as read up to ``at``."""
    _newsroom().mark_seen(store, person, at)


def people_and_desks(store: Any) -> tuple[list[Person], list[Any]]:
    """Everyone (active or not) and every desk."""
    return list(store.people.list()), list(store.desks.list())


def save_person(store: Any, person: Person, admin_id: str) -> Person:
    """Add or change a person as an admin."""
    from meja_redaksi.workflow.assignments import check_can_manage_people

    check_can_manage_people(store.people.get(admin_id))
    saved: Person = store.people.save(person)
    return saved


def save_desk(store: Any, desk: Any, admin_id: str) -> Any:
    """Add or rename a desk as an admin."""
    from meja_redaksi.workflow.assignments import check_can_manage_people

    check_can_manage_people(store.people.get(admin_id))
    return store.desks.save(desk)
