"""Workflow actions taken offline, replayed on the portal as compare-and-swap transitions.

A device only knows the state it moved an article to; the portal knows the state it has. The actions
between the two are found in the one transition table (shortest path), and each is sent with the state
the device expects, so a move the portal's table or another editor's earlier move forbids is refused there.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from meja_redaksi.domain.enums import Action, ArticleStatus
from meja_redaksi.workflow.transitions import TRANSITIONS


@dataclass(frozen=True, slots=True)
class PendingTransition:
    """An article whose local state differs from the portal's: what to replay, with its note.

    ``notes`` holds the note each action was last taken with here (an unpublish needs its reason),
    and ``scheduled_at`` the time a schedule move set (ISO 8601 with zone): the portal's table asks
    for both again.
    """

    article_id: str
    portal_state: ArticleStatus
    local_state: ArticleStatus
    note: str = ""
    scheduled_at: str | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def note_for(self, action: Action) -> str:
        """The note to replay ``action`` with: its own when taken here, else the article's."""
        return self.notes.get(action.value) or self.note


def action_path(source: ArticleStatus, target: ArticleStatus) -> list[tuple[ArticleStatus, Action]]:
    """The shortest list of (expected state, action) taking ``source`` to ``target``; [] if none."""
    if source == target:
        return []
    previous: dict[ArticleStatus, tuple[ArticleStatus, Action]] = {}
    queue = deque([source])
    while queue:
        state = queue.popleft()
        for (start, action), transition in TRANSITIONS.items():
            nxt = transition.target
            if start != state or nxt in previous or nxt == source:
                continue
            previous[nxt] = (state, action)
            if nxt == target:
                path: list[tuple[ArticleStatus, Action]] = []
                while nxt != source:
                    before, step = previous[nxt]
                    path.append((before, step))
                    nxt = before
                return path[::-1]
            queue.append(nxt)
    return []
