"""The newsroom workflow: the one transition table, permissions and readiness rules (imports domain only)."""

from meja_redaksi.workflow.rules import publish_problems, submit_problems
from meja_redaksi.workflow.transitions import (
    TRANSITIONS,
    Transition,
    TransitionError,
    allowed_actions,
    check_transition,
    find_transition,
)

__all__ = [
    "TRANSITIONS",
    "Transition",
    "TransitionError",
    "allowed_actions",
    "check_transition",
    "find_transition",
    "publish_problems",
    "submit_problems",
]
