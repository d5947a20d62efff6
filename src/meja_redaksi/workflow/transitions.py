"""The one table that says which role may take which action from which state (DESIGN §3).

The GUI, the CLI and the portal server all ask this table; the server asks it again for every request.
A transition is a compare-and-swap: the caller names the state it expects the article to be in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.domain.errors import UserError

S = ArticleStatus
A = Action
R = Role


@dataclass(frozen=True, slots=True)
class Transition:
    """One allowed move: ``action`` takes an article from ``source`` to ``target`` for ``roles``."""

    source: ArticleStatus
    action: Action
    target: ArticleStatus
    roles: frozenset[Role]
    needs_note: bool = False
    needs_time: bool = False


def _t(
    source: S, action: A, target: S, roles: Iterable[R], *, note: bool = False, time: bool = False
) -> Transition:
    return Transition(source, action, target, frozenset(roles), needs_note=note, needs_time=time)


_WRITERS = (R.REPORTER, R.EDITOR, R.DESK_CHIEF)
_DESK = (R.EDITOR, R.DESK_CHIEF)

TRANSITIONS: dict[tuple[ArticleStatus, Action], Transition] = {
    (t.source, t.action): t
    for t in (
        _t(S.DRAFT, A.SUBMIT, S.SUBMITTED, _WRITERS),
        _t(S.RETURNED, A.SUBMIT, S.SUBMITTED, _WRITERS),
        _t(S.SUBMITTED, A.EDIT, S.EDITING, _DESK),
        _t(S.SUBMITTED, A.APPROVE, S.APPROVED, _DESK),
        _t(S.EDITING, A.APPROVE, S.APPROVED, _DESK),
        _t(S.SUBMITTED, A.RETURN, S.RETURNED, _DESK, note=True),
        _t(S.EDITING, A.RETURN, S.RETURNED, _DESK, note=True),
        _t(S.APPROVED, A.RETURN, S.RETURNED, _DESK, note=True),
        _t(S.SCHEDULED, A.RETURN, S.RETURNED, [R.DESK_CHIEF], note=True),
        _t(S.APPROVED, A.SCHEDULE, S.SCHEDULED, [R.DESK_CHIEF], time=True),
        _t(S.APPROVED, A.PUBLISH, S.PUBLISHED, [R.DESK_CHIEF]),
        _t(S.SCHEDULED, A.PUBLISH, S.PUBLISHED, [R.DESK_CHIEF]),
        _t(S.PUBLISHED, A.UNPUBLISH, S.UNPUBLISHED, [R.DESK_CHIEF, R.ADMIN], note=True),
        _t(S.DRAFT, A.SPIKE, S.SPIKED, [R.REPORTER, R.DESK_CHIEF]),
        _t(S.RETURNED, A.SPIKE, S.SPIKED, [R.REPORTER, R.DESK_CHIEF]),
        _t(S.SUBMITTED, A.SPIKE, S.SPIKED, [R.DESK_CHIEF]),
        _t(S.EDITING, A.SPIKE, S.SPIKED, [R.DESK_CHIEF]),
        _t(S.APPROVED, A.SPIKE, S.SPIKED, [R.DESK_CHIEF]),
        _t(S.UNPUBLISHED, A.SPIKE, S.SPIKED, [R.DESK_CHIEF]),
        _t(S.SPIKED, A.REOPEN, S.DRAFT, _DESK),
        _t(S.UNPUBLISHED, A.REOPEN, S.DRAFT, _DESK),
    )
}


class TransitionError(UserError):
    """A workflow action that the table does not allow, or whose expected state is stale."""


def find_transition(state: ArticleStatus, action: Action) -> Transition | None:
    """The transition ``action`` takes from ``state``, whoever asks; None if there is none."""
    return TRANSITIONS.get((ArticleStatus(state), Action(action)))


def allowed_actions(roles: Iterable[Role], state: ArticleStatus) -> list[Action]:
    """The actions a person with ``roles`` may take on an article in ``state``, in table order."""
    held = frozenset(roles)
    return [t.action for t in TRANSITIONS.values() if t.source == state and held & t.roles]


def _role_names(roles: Iterable[Role]) -> str:
    return ", ".join(sorted(r.value for r in roles)) or "no role"


def check_transition(
    roles: Iterable[Role],
    state: ArticleStatus,
    action: Action,
    *,
    expected_state: ArticleStatus | None = None,
    note: str = "",
    has_time: bool = False,
) -> Transition:
    """Return the transition if ``roles`` may take ``action`` from ``state``; else raise.

    ``expected_state`` is the caller's compare-and-swap guard: when the article has moved on since the
    caller looked, the action is refused rather than applied to a state nobody saw.
    """
    held = frozenset(roles)
    state = ArticleStatus(state)
    action = Action(action)
    if expected_state is not None and ArticleStatus(expected_state) != state:
        raise TransitionError(
            f"the article is now '{state.value}', not '{ArticleStatus(expected_state).value}': "
            "reload it and try again"
        )
    transition = TRANSITIONS.get((state, action))
    if transition is None:
        raise TransitionError(f"'{action.value}' is not possible for an article in '{state.value}'")
    if not held & transition.roles:
        raise TransitionError(
            f"role {_role_names(held)} may not '{action.value}' an article in '{state.value}'"
        )
    if transition.needs_note and not note.strip():
        raise TransitionError(f"'{action.value}' needs a note saying why")
    if transition.needs_time and not has_time:
        raise TransitionError(f"'{action.value}' needs a date and time")
    return transition
