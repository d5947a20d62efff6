"""The sidebar's views: what each one asks the store for."""

from __future__ import annotations

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery

ARTICLE_VIEWS = ("queue", "mine", "my_drafts", "all")
OTHER_VIEWS = ("assignments", "photos")
S = ArticleStatus


def view_keys() -> list[str]:
    """Every view in sidebar order: the article views, one per status, then assignments and photos."""
    return [*ARTICLE_VIEWS, *(f"status:{s.value}" for s in ArticleStatus), *OTHER_VIEWS]


def view_query(key: str, user_id: str | None) -> ArticleQuery | None:
    """The base query of an article view (None for views that are not article lists)."""
    if key == "queue":
        return ArticleQuery(statuses=frozenset({S.SUBMITTED, S.EDITING}))
    if key == "mine":
        if user_id is None:
            return ArticleQuery(statuses=frozenset({S.RETURNED}))
        return ArticleQuery(
            statuses=frozenset({S.DRAFT, S.RETURNED, S.EDITING, S.SUBMITTED}), person_id=user_id
        )
    if key == "my_drafts":
        if user_id is None:
            return ArticleQuery(statuses=frozenset({S.DRAFT}))
        return ArticleQuery(statuses=frozenset({S.DRAFT, S.RETURNED}), person_id=user_id)
    if key == "all":
        return ArticleQuery()
    if key.startswith("status:"):
        return ArticleQuery(statuses=frozenset({ArticleStatus(key.split(":", 1)[1])}))
    return None
