"""Assignment rules: who may plan coverage, how an assignment's status follows its articles, overdue.

An assignment (penugasan liputan) is planned by a desk chief (or an admin). Its status is not set by hand
except for cancelling: it follows the people on it and the state of its linked articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from meja_redaksi.domain.entities import Assignment, Person
from meja_redaksi.domain.enums import ArticleStatus, AssignmentStatus, Role
from meja_redaksi.domain.errors import UserError

PLANNER_ROLES = frozenset({Role.DESK_CHIEF, Role.ADMIN})
PEOPLE_ADMIN_ROLES = frozenset({Role.ADMIN})
CLOSED = frozenset({AssignmentStatus.COMPLETED, AssignmentStatus.CANCELLED})
# Article states in which the copy is with the desk rather than with the reporter.
WITH_DESK = frozenset(
    {
        ArticleStatus.SUBMITTED,
        ArticleStatus.EDITING,
        ArticleStatus.APPROVED,
        ArticleStatus.SCHEDULED,
    }
)


class AssignmentError(UserError):
    """An assignment change the person's role does not allow, or that makes no sense."""


def _role_names(roles: Iterable[Role]) -> str:
    return ", ".join(sorted(r.value for r in roles)) or "no role"


def check_can_plan(person: Person | None) -> Person:
    """Return ``person`` if they may create, assign or cancel assignments; else raise."""
    if person is None:
        raise AssignmentError("nobody is signed in: sign in as a desk chief to plan coverage")
    if not person.active:
        raise AssignmentError(f"{person.name} is no longer active")
    if not person.roles & PLANNER_ROLES:
        raise AssignmentError(
            f"role {_role_names(person.roles)} may not plan or assign coverage "
            "(only a desk chief or an admin may)"
        )
    return person


def check_can_manage_people(person: Person | None) -> Person:
    """Return ``person`` if they may add, edit or deactivate people and desks; else raise."""
    if person is None or not person.active or not person.roles & PEOPLE_ADMIN_ROLES:
        roles = _role_names(person.roles) if person else "no role"
        raise AssignmentError(f"role {roles} may not manage people and desks (only an admin may)")
    return person


def has_people(assignment: Assignment) -> bool:
    """Whether anyone (reporter, photographer or editor) is on the assignment."""
    return bool(assignment.reporter_ids or assignment.photographer_id or assignment.editor_id)


def derived_status(
    assignment: Assignment, article_states: Iterable[ArticleStatus]
) -> AssignmentStatus:
    """The status an assignment should have given its people and its linked articles' states.

    Cancelled stays cancelled. Spiked articles do not count. No live article: draft (nobody on it) or
    assigned. Every live article published: completed. Every live article with the desk or published:
    submitted. Otherwise (a draft or returned article): in progress.
    """
    if assignment.status == AssignmentStatus.CANCELLED:
        return AssignmentStatus.CANCELLED
    live = [ArticleStatus(s) for s in article_states if s != ArticleStatus.SPIKED]
    if not live:
        return AssignmentStatus.ASSIGNED if has_people(assignment) else AssignmentStatus.DRAFT
    if all(s == ArticleStatus.PUBLISHED for s in live):
        return AssignmentStatus.COMPLETED
    if all(s in WITH_DESK or s == ArticleStatus.PUBLISHED for s in live):
        return AssignmentStatus.SUBMITTED
    return AssignmentStatus.IN_PROGRESS


def is_open(assignment: Assignment) -> bool:
    """Whether the assignment still asks for work (not completed, not cancelled)."""
    return assignment.status not in CLOSED


def is_overdue(assignment: Assignment, now: datetime) -> bool:
    """Whether the deadline has passed while the copy is still not with the desk."""
    return (
        assignment.deadline is not None
        and assignment.deadline < now
        and assignment.status not in (*CLOSED, AssignmentStatus.SUBMITTED)
    )


def involves(assignment: Assignment, person_id: str) -> bool:
    """Whether ``person_id`` is a reporter, the photographer or the editor of the assignment."""
    return person_id in assignment.reporter_ids or person_id in (
        assignment.photographer_id,
        assignment.editor_id,
    )


def assign_person(assignment: Assignment, person: Person, role: Role) -> Assignment:
    """A copy of ``assignment`` with ``person`` added in ``role`` (reporter, photographer, editor)."""
    if not person.active:
        raise AssignmentError(f"{person.name} is no longer active and cannot be assigned")
    if role not in person.roles:
        raise AssignmentError(f"{person.name} is not a {role.value} and cannot be assigned as one")
    changes: dict[str, object] = {}
    if role == Role.REPORTER:
        changes["reporter_ids"] = list(dict.fromkeys([*assignment.reporter_ids, person.id]))
    elif role == Role.PHOTOGRAPHER:
        changes["photographer_id"] = person.id
    elif role == Role.EDITOR:
        changes["editor_id"] = person.id
    else:
        raise AssignmentError(f"nobody is assigned as {role.value}")
    updated = Assignment(**{**_fields(assignment), **changes})  # type: ignore[arg-type]
    if updated.status == AssignmentStatus.DRAFT:
        updated.status = AssignmentStatus.ASSIGNED
    return updated


def cancelled(assignment: Assignment) -> Assignment:
    """A copy of ``assignment`` that is cancelled (a completed one cannot be)."""
    if assignment.status == AssignmentStatus.COMPLETED:
        raise AssignmentError("a completed assignment cannot be cancelled")
    return Assignment(**{**_fields(assignment), "status": AssignmentStatus.CANCELLED})  # type: ignore[arg-type]


def _fields(assignment: Assignment) -> dict[str, object]:
    return {name: getattr(assignment, name) for name in Assignment.__dataclass_fields__}
