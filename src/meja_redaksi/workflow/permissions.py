"""What a person may do to an article now, and a message naming role and state when they may not.

Asks the one transition table (:mod:`workflow.transitions`); adds only the wording a person needs.
"""

from __future__ import annotations

from datetime import datetime

from meja_redaksi.domain.entities import Person
from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.workflow.transitions import TransitionError, allowed_actions, find_transition


def role_names(person: Person) -> str:
    """The person's roles as one phrase, e.g. 'editor' or 'desk_chief, reporter'."""
    return ", ".join(sorted(r.value for r in person.roles)) or "no role"


def actions_for(person: Person | None, state: ArticleStatus) -> list[Action]:
    """The actions ``person`` may take on an article in ``state`` (none when signed out or inactive)."""
    if person is None or not person.active:
        return []
    return allowed_actions(person.roles, ArticleStatus(state))


def refusal(person: Person | None, state: ArticleStatus, action: Action) -> str | None:
    """Why ``person`` may not take ``action`` on an article in ``state``; None when they may."""
    state, action = ArticleStatus(state), Action(action)
    if person is None:
        return f"nobody is signed in: cannot '{action.value}' an article in '{state.value}'"
    if not person.active:
        return f"{person.name} is no longer active"
    if action in actions_for(person, state):
        return None
    allowed = [a.value for a in actions_for(person, state)]
    hint = f" (allowed: {', '.join(allowed)})" if allowed else " (no action is allowed)"
    if find_transition(state, action) is None:
        reason = f"'{action.value}' is not possible for an article in '{state.value}'"
        return f"{reason}: role {role_names(person)} cannot do it{hint}"
    return f"role {role_names(person)} may not '{action.value}' an article in '{state.value}'{hint}"


def check_allowed(person: Person | None, state: ArticleStatus, action: Action) -> None:
    """Raise :class:`TransitionError` with :func:`refusal`'s message when the action is not allowed."""
    message = refusal(person, state, action)
    if message is not None:
        raise TransitionError(message)


EMBARGO_ROLES = frozenset({Role.EDITOR, Role.DESK_CHIEF})
EMBARGO_STATES = frozenset(
    {
        ArticleStatus.DRAFT,
        ArticleStatus.SUBMITTED,
        ArticleStatus.EDITING,
        ArticleStatus.RETURNED,
        ArticleStatus.APPROVED,
        ArticleStatus.SCHEDULED,
    }
)


def check_embargo(person: Person | None, state: ArticleStatus) -> None:
    """Raise unless ``person`` may set or lift an embargo on an article in ``state``."""
    if person is None or not person.active:
        raise TransitionError("nobody active is signed in: cannot set an embargo")
    if not person.roles & EMBARGO_ROLES:
        raise TransitionError(
            f"role {role_names(person)} may not set an embargo on an article in "
            f"'{ArticleStatus(state).value}' (only an editor or a desk chief may)"
        )
    if ArticleStatus(state) not in EMBARGO_STATES:
        raise TransitionError(
            f"an article in '{ArticleStatus(state).value}' cannot be put under embargo"
        )


def may_set_embargo(person: Person | None, state: ArticleStatus) -> bool:
    """Whether ``person`` may set or lift an embargo on an article in ``state``."""
    try:
        check_embargo(person, state)
    except TransitionError:
        return False
    return True


def embargo_problem(embargo_until: datetime | None, publish_at: datetime) -> str | None:
    """Why publishing at ``publish_at`` would break the embargo; None when it does not."""
    if embargo_until is not None and publish_at < embargo_until:
        return (
            f"the article is under embargo until {embargo_until.isoformat(timespec='minutes')}: "
            "publish or schedule it after that"
        )
    return None
