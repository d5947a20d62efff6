"""Every (role, state, action) triple of the workflow table, against the newsroom policy written out by hand."""

from __future__ import annotations

import itertools

import pytest

from meja_redaksi.domain import Action, ArticleStatus, Role
from meja_redaksi.workflow import TransitionError, allowed_actions, check_transition

# The policy as the newsroom states it, role by role: "state action -> new state".
POLICY_TEXT = {
    Role.REPORTER: """
        draft submit submitted
        returned submit submitted
        draft spike spiked
        returned spike spiked
    """,
    Role.PHOTOGRAPHER: "",
    Role.EDITOR: """
        draft submit submitted
        returned submit submitted
        submitted edit editing
        submitted approve approved
        editing approve approved
        submitted return returned
        editing return returned
        approved return returned
        spiked reopen draft
        unpublished reopen draft
    """,
    Role.DESK_CHIEF: """
        draft submit submitted
        returned submit submitted
        submitted edit editing
        submitted approve approved
        editing approve approved
        submitted return returned
        editing return returned
        approved return returned
        scheduled return returned
        approved schedule scheduled
        approved publish published
        scheduled publish published
        published unpublish unpublished
        draft spike spiked
        returned spike spiked
        submitted spike spiked
        editing spike spiked
        approved spike spiked
        unpublished spike spiked
        spiked reopen draft
        unpublished reopen draft
    """,
    Role.ADMIN: """
        published unpublish unpublished
    """,
}


def _policy() -> dict[tuple[Role, ArticleStatus, Action], ArticleStatus]:
    expected = {}
    for role, text in POLICY_TEXT.items():
        for line in text.strip().splitlines():
            state, action, target = line.split()
            expected[(role, ArticleStatus(state), Action(action))] = ArticleStatus(target)
    return expected


POLICY = _policy()
NEEDS_NOTE = {Action.RETURN, Action.UNPUBLISH}
TRIPLES = list(itertools.product(Role, ArticleStatus, Action))


def test_the_matrix_covers_every_triple() -> None:
    assert len(TRIPLES) == len(Role) * len(ArticleStatus) * len(Action) == 405


@pytest.mark.parametrize(("role", "state", "action"), TRIPLES, ids=lambda v: str(v))
def test_triple(role: Role, state: ArticleStatus, action: Action) -> None:
    target = POLICY.get((role, state, action))
    kwargs = {"note": "alasan" if action in NEEDS_NOTE else "", "has_time": True}
    if target is None:
        with pytest.raises(TransitionError) as info:
            check_transition({role}, state, action, **kwargs)
        message = str(info.value)
        assert state.value in message
        assert action not in allowed_actions({role}, state)
    else:
        assert check_transition({role}, state, action, **kwargs).target == target
        assert action in allowed_actions({role}, state)


@pytest.mark.parametrize(("role", "state", "action"), sorted(POLICY, key=str))
def test_forbidden_by_role_names_role_and_state(
    role: Role, state: ArticleStatus, action: Action
) -> None:
    others = [r for r in Role if (r, state, action) not in POLICY]
    for other in others:
        with pytest.raises(TransitionError, match=other.value) as info:
            check_transition({other}, state, action, note="x", has_time=True)
        assert state.value in str(info.value)


def test_return_and_unpublish_need_a_note() -> None:
    with pytest.raises(TransitionError, match="note"):
        check_transition({Role.EDITOR}, ArticleStatus.SUBMITTED, Action.RETURN)
    with pytest.raises(TransitionError, match="note"):
        check_transition({Role.DESK_CHIEF}, ArticleStatus.PUBLISHED, Action.UNPUBLISH, note="  ")


def test_schedule_needs_a_time() -> None:
    with pytest.raises(TransitionError, match="time"):
        check_transition({Role.DESK_CHIEF}, ArticleStatus.APPROVED, Action.SCHEDULE)


def test_compare_and_swap_refuses_a_stale_expected_state() -> None:
    with pytest.raises(TransitionError, match="reload"):
        check_transition(
            {Role.EDITOR},
            ArticleStatus.APPROVED,
            Action.APPROVE,
            expected_state=ArticleStatus.SUBMITTED,
        )


def test_several_roles_combine() -> None:
    roles = {Role.REPORTER, Role.ADMIN}
    assert set(allowed_actions(roles, ArticleStatus.PUBLISHED)) == {Action.UNPUBLISH}
    assert set(allowed_actions(roles, ArticleStatus.DRAFT)) == {Action.SUBMIT, Action.SPIKE}
