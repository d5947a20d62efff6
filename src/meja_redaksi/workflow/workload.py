"""Workload of each person: open assignments, articles in progress, overdue items, items waiting on them.

Plain data in, plain data out: the store module collects assignments and article facts, this module
counts, so the numbers the panels show can be checked against the store in tests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from meja_redaksi.domain.entities import Assignment, Person
from meja_redaksi.domain.enums import ArticleStatus, Role
from meja_redaksi.workflow.assignments import involves, is_open, is_overdue

S = ArticleStatus
REPORTER_ACTIVE = frozenset({S.DRAFT, S.RETURNED})
EDITOR_ACTIVE = frozenset({S.EDITING})
DESK_WAITING = frozenset({S.SUBMITTED})


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What workload and queue rules need to know of an article."""

    id: str
    headline: str
    status: ArticleStatus
    desk_id: str | None
    reporter_id: str | None
    photographer_id: str | None
    editor_id: str | None
    created_at: datetime
    updated_at: datetime
    assignment_id: str | None = None
    embargo_until: datetime | None = None
    scheduled_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Workload:
    """One person's load as the assignment panels show it."""

    person: Person
    open_assignments: int
    in_progress: int
    overdue: int
    waiting: int

    @property
    def total(self) -> int:
        """Everything open on this person's plate (for spotting who is overloaded)."""
        return self.open_assignments + self.in_progress + self.waiting


@dataclass(slots=True)
class ArticleCounts:
    """Per person: articles in progress and articles waiting on them; per desk: submitted copy with
    no editor yet (it waits on the desk's chief)."""

    in_progress: Counter[str] = field(default_factory=Counter)
    waiting: Counter[str] = field(default_factory=Counter)
    desk_waiting: Counter[str | None] = field(default_factory=Counter)


def count_articles(articles: Iterable[ArticleFacts]) -> ArticleCounts:
    """The :class:`ArticleCounts` of ``articles`` (the store computes the same with SQL)."""
    counts = ArticleCounts()
    in_progress, waiting, desk_waiting = counts.in_progress, counts.waiting, counts.desk_waiting
    for article in articles:
        if article.status in REPORTER_ACTIVE:
            in_progress.update({p for p in (article.reporter_id, article.photographer_id) if p})
        elif article.status in EDITOR_ACTIVE and article.editor_id:
            in_progress[article.editor_id] += 1
        if article.status == S.RETURNED and article.reporter_id:
            waiting[article.reporter_id] += 1
        elif article.status in DESK_WAITING:
            if article.editor_id:
                waiting[article.editor_id] += 1
            else:
                desk_waiting[article.desk_id] += 1
    return counts


def compute_workloads(
    people: Iterable[Person],
    assignments: Iterable[Assignment],
    articles: Iterable[ArticleFacts] | ArticleCounts,
    now: datetime,
) -> list[Workload]:
    """The workload of every person in ``people``, in the order given (``articles``: their facts, or
    the counts made from them).

    Returned copy waits on its reporter; submitted copy on its editor, or (with no editor yet) on the
    chief of its desk (a chief with no desk of their own: every desk).
    """
    open_assignments = [a for a in assignments if is_open(a)]
    counts = articles if isinstance(articles, ArticleCounts) else count_articles(articles)
    in_progress, waiting, desk_waiting = counts.in_progress, counts.waiting, counts.desk_waiting
    loads = []
    for person in people:
        mine = [a for a in open_assignments if involves(a, person.id)]
        waits = waiting[person.id]
        if person.has_role(Role.DESK_CHIEF):
            waits += (
                sum(desk_waiting.values())
                if person.desk_id is None
                else desk_waiting[person.desk_id]
            )
        loads.append(
            Workload(
                person=person,
                open_assignments=len(mine),
                in_progress=in_progress[person.id],
                overdue=sum(is_overdue(a, now) for a in mine),
                waiting=waits,
            )
        )
    return loads
