"""Workload of each person: open assignments, articles in progress, overdue items, items waiting on them.

Plain data in, plain data out: the store module collects assignments and article facts, this module
counts, so the numbers the panels show can be checked against the store in tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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


def _in_progress(person: Person, article: ArticleFacts) -> bool:
    if article.reporter_id == person.id and article.status in REPORTER_ACTIVE:
        return True
    if article.photographer_id == person.id and article.status in REPORTER_ACTIVE:
        return True
    return article.editor_id == person.id and article.status in EDITOR_ACTIVE


def _waiting(person: Person, article: ArticleFacts) -> bool:
    """Returned copy waits on its reporter; submitted copy on its editor, or on its desk's chief."""
    if article.status == S.RETURNED and article.reporter_id == person.id:
        return True
    if article.status not in DESK_WAITING:
        return False
    if article.editor_id is not None:
        return article.editor_id == person.id
    return person.has_role(Role.DESK_CHIEF) and person.desk_id in (None, article.desk_id)


def compute_workloads(
    people: Iterable[Person],
    assignments: Iterable[Assignment],
    articles: Iterable[ArticleFacts],
    now: datetime,
) -> list[Workload]:
    """The workload of every person in ``people``, in the order given."""
    open_assignments = [a for a in assignments if is_open(a)]
    article_list = list(articles)
    loads = []
    for person in people:
        mine = [a for a in open_assignments if involves(a, person.id)]
        loads.append(
            Workload(
                person=person,
                open_assignments=len(mine),
                in_progress=sum(_in_progress(person, a) for a in article_list),
                overdue=sum(is_overdue(a, now) for a in mine),
                waiting=sum(_waiting(person, a) for a in article_list),
            )
        )
    return loads
