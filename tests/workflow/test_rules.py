"""Plain-Python workflow rules: assignment status, queue order, diff since submission, permissions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from meja_redaksi.domain.entities import Assignment, AuditEvent, Person, Revision, new_id
from meja_redaksi.domain.enums import Action, ArticleStatus, AssignmentStatus, Role
from meja_redaksi.workflow import allowed_actions
from meja_redaksi.workflow.assignments import (
    AssignmentError,
    assign_person,
    cancelled,
    check_can_plan,
    derived_status,
    is_overdue,
)
from meja_redaksi.workflow.permissions import refusal
from meja_redaksi.workflow.queue import build_queue, desk_counts
from meja_redaksi.workflow.review import ChangeKind, submission_revision, text_changes
from meja_redaksi.workflow.workload import ArticleFacts

S = ArticleStatus
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _person(*roles: Role, active: bool = True) -> Person:
    return Person(username=f"u{new_id()[:6]}", name="Orang", roles=frozenset(roles), active=active)


@pytest.mark.parametrize(
    ("states", "people", "expected"),
    [
        ([], False, AssignmentStatus.DRAFT),
        ([], True, AssignmentStatus.ASSIGNED),
        ([S.SPIKED], True, AssignmentStatus.ASSIGNED),
        ([S.DRAFT], True, AssignmentStatus.IN_PROGRESS),
        ([S.SUBMITTED, S.RETURNED], True, AssignmentStatus.IN_PROGRESS),
        ([S.SUBMITTED, S.APPROVED], True, AssignmentStatus.SUBMITTED),
        ([S.PUBLISHED, S.SCHEDULED], True, AssignmentStatus.SUBMITTED),
        ([S.PUBLISHED, S.SPIKED], True, AssignmentStatus.COMPLETED),
    ],
)
def test_assignment_status_follows_articles(states, people, expected) -> None:
    """Derived from the people on it and its live articles' states."""
    assignment = Assignment(title="Rapat paripurna", reporter_ids=[new_id()] if people else [])
    assert derived_status(assignment, states) == expected


def test_cancelled_stays_cancelled_and_completed_cannot_be_cancelled() -> None:
    """Cancelling is the one status set by hand."""
    done = cancelled(Assignment(title="Banjir"))
    assert derived_status(done, [S.DRAFT]) == AssignmentStatus.CANCELLED
    with pytest.raises(AssignmentError):
        cancelled(Assignment(title="Banjir", status=AssignmentStatus.COMPLETED))


def test_only_desk_chiefs_and_admins_plan() -> None:
    """The planner check names the role that was refused."""
    for role in (Role.REPORTER, Role.PHOTOGRAPHER, Role.EDITOR):
        with pytest.raises(AssignmentError, match=role.value):
            check_can_plan(_person(role))
    assert check_can_plan(_person(Role.DESK_CHIEF)).has_role(Role.DESK_CHIEF)
    with pytest.raises(AssignmentError, match="no longer active"):
        check_can_plan(_person(Role.DESK_CHIEF, active=False))


def test_assign_person_checks_the_role() -> None:
    """A photographer cannot be put on as the editor; a reporter moves a draft to assigned."""
    reporter, photographer = _person(Role.REPORTER), _person(Role.PHOTOGRAPHER)
    assignment = assign_person(Assignment(title="Pasar"), reporter, Role.REPORTER)
    assert assignment.reporter_ids == [reporter.id]
    assert assignment.status == AssignmentStatus.ASSIGNED
    with pytest.raises(AssignmentError, match="not a editor"):
        assign_person(assignment, photographer, Role.EDITOR)


def test_overdue_only_while_work_is_open() -> None:
    """A passed deadline counts until the copy reaches the desk or the job is closed."""
    late = Assignment(
        title="x", deadline=NOW - timedelta(hours=1), status=AssignmentStatus.ASSIGNED
    )
    assert is_overdue(late, NOW)
    late.status = AssignmentStatus.SUBMITTED
    assert not is_overdue(late, NOW)
    assert not is_overdue(Assignment(title="x", deadline=NOW + timedelta(hours=1)), NOW)


def _facts(status: S, created: datetime, **extra: object) -> ArticleFacts:
    values: dict[str, object] = {
        "id": new_id(),
        "headline": "h",
        "status": status,
        "desk_id": None,
        "reporter_id": None,
        "photographer_id": None,
        "editor_id": None,
        "created_at": created,
        "updated_at": created,
    }
    values.update(extra)
    return ArticleFacts(**values)  # type: ignore[arg-type]


def test_queue_order_deadline_then_priority_then_age() -> None:
    """Earlier deadline first; no deadline last; among equals the timed, then editing, then oldest."""
    soon, later = new_id(), new_id()
    old = _facts(S.SUBMITTED, NOW - timedelta(days=3))
    young = _facts(S.SUBMITTED, NOW - timedelta(days=1))
    editing = _facts(S.EDITING, NOW)
    timed = _facts(S.SUBMITTED, NOW, embargo_until=NOW + timedelta(days=1))
    due_later = _facts(S.SUBMITTED, NOW, assignment_id=later)
    due_soon = _facts(S.SUBMITTED, NOW, assignment_id=soon)
    draft = _facts(S.DRAFT, NOW)
    queue = build_queue(
        [young, old, editing, draft, timed, due_later, due_soon],
        {soon: NOW + timedelta(hours=1), later: NOW + timedelta(hours=5)},
    )
    assert [e.article for e in queue] == [due_soon, due_later, timed, editing, old, young]
    assert desk_counts(queue) == {None: 6}


def test_word_diff_and_submission_revision() -> None:
    """The base is the last revision saved before the last submit; the diff keeps every word."""
    article_id = new_id()
    revs = [
        Revision(article_id, n, "Judul", "", body, created_at=NOW + timedelta(minutes=n))
        for n, body in ((1, "Warga datang pagi."), (2, "Warga datang siang hari."))
    ]
    submit = AuditEvent(
        None, "submit", "article", article_id, at=NOW + timedelta(minutes=1, seconds=5)
    )
    base = submission_revision(revs, [submit])
    assert base is revs[0]
    changes = text_changes(revs[0].body, revs[1].body)
    assert "".join(c.text for c in changes if c.kind != ChangeKind.INSERTED) == revs[0].body
    assert "".join(c.text for c in changes if c.kind != ChangeKind.DELETED) == revs[1].body
    assert any(c.kind == ChangeKind.DELETED and "pagi" in c.text for c in changes)
    assert submission_revision(revs, []) is None


def test_refusal_names_role_and_state_for_every_forbidden_pair() -> None:
    """Every role and state: allowed actions get no message, the others name both."""
    for role in Role:
        person = _person(role)
        for state in ArticleStatus:
            for action in Action:
                message = refusal(person, state, action)
                if action in allowed_actions({role}, state):
                    assert message is None
                else:
                    assert message and role.value in message and state.value in message
