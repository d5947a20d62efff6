"""What a list view asks the store for, and the light row it gets back (no ORM row leaves store/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from meja_redaksi.domain.enums import ArticleStatus


class SortKey(StrEnum):
    """The article list's sortable columns."""

    HEADLINE = "headline"
    STATUS = "status"
    DESK = "desk"
    REPORTER = "reporter"
    EDITOR = "editor"
    UPDATED = "updated"
    PUBLISHED = "published"
    VIEWS = "views"


@dataclass(slots=True)
class ArticleQuery:
    """Filters, search text and order for an article list.

    ``search`` is whatever the user typed: the store turns it into a safe full-text query, so any string is
    valid. ``person_id`` matches reporter, photographer or editor. Dates filter on the last update.
    """

    statuses: frozenset[ArticleStatus] = frozenset()
    desk_id: str | None = None
    person_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    limit: int | None = None
    offset: int = 0


@dataclass(slots=True, frozen=True)
class ArticleSummary:
    """One row of an article list: what the columns show, nothing more."""

    id: str
    headline: str
    status: ArticleStatus
    desk: str
    reporter: str
    editor: str
    updated_at: datetime
    published_at: datetime | None
    view_count: int
    word_count: int
    snippet: str = ""
    extra: dict[str, str] = field(default_factory=dict)
