"""The review queue: which articles are in it, in what order, and per-desk counts.

Order: deadline (the linked assignment's; none last), then priority (higher first), then age (oldest
first). Articles carry no priority field, so priority is derived: copy with a fixed time (embargo or
schedule) comes first, then copy already being edited, then everything else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.workflow.workload import ArticleFacts

QUEUE_STATES = frozenset({ArticleStatus.SUBMITTED, ArticleStatus.EDITING})
PRIORITY_TIMED = 2
PRIORITY_EDITING = 1
PRIORITY_NORMAL = 0
NO_DEADLINE = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One article in the review queue, with what its order was computed from."""

    article: ArticleFacts
    deadline: datetime | None
    priority: int

    @property
    def id(self) -> str:
        """The article's id."""
        return self.article.id


def priority_of(article: ArticleFacts) -> int:
    """The derived priority of an article in the queue (higher is more urgent)."""
    if article.embargo_until is not None or article.scheduled_at is not None:
        return PRIORITY_TIMED
    if article.status == ArticleStatus.EDITING:
        return PRIORITY_EDITING
    return PRIORITY_NORMAL


def queue_key(entry: QueueEntry) -> tuple[datetime, int, datetime, str]:
    """Sort key: deadline (none last), priority (high first), age (old first), id."""
    return (
        entry.deadline if entry.deadline is not None else NO_DEADLINE,
        -entry.priority,
        entry.article.created_at,
        entry.article.id,
    )


def build_queue(
    articles: Iterable[ArticleFacts], deadlines: Mapping[str, datetime | None]
) -> list[QueueEntry]:
    """The queue of ``articles`` in review states, ordered; ``deadlines`` maps assignment id to deadline."""
    entries = [
        QueueEntry(
            article=a,
            deadline=deadlines.get(a.assignment_id) if a.assignment_id else None,
            priority=priority_of(a),
        )
        for a in articles
        if a.status in QUEUE_STATES
    ]
    return sorted(entries, key=queue_key)


def desk_counts(entries: Iterable[QueueEntry]) -> dict[str | None, int]:
    """How many queued articles each desk has (None: no desk)."""
    return dict(Counter(e.article.desk_id for e in entries))
