"""List queries on a small generated store, checked against the same computation done in Python."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from meja_redaksi.domain import Article, ArticleQuery, ArticleStatus, SortKey
from meja_redaksi.store import Store

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass
class Truth:
    """Every article of the store with the names its list row should show."""

    articles: list[Article]
    desk_names: dict[str | None, str]
    person_names: dict[str | None, str]
    photo_text: dict[str, str]


@pytest.fixture(scope="module")
def truth(demo_store: Store) -> Truth:
    """Independent data: read through get() and the people/desk/photo repositories."""
    ids = demo_store.articles.ids(ArticleQuery())
    articles = [demo_store.articles.get(i) for i in ids]
    desks: dict[str | None, str] = {d.id: d.name for d in demo_store.desks.list()}
    people: dict[str | None, str] = {p.id: p.name for p in demo_store.people.list()}
    desks[None] = people[None] = ""
    photo_text = {}
    for article in articles:
        photos = demo_store.photos.get_many(article.photo_ids)
        photo_text[article.id] = " ".join(
            f"{p.title} {p.caption} {' '.join(p.keywords)}" for p in photos
        )
    return Truth(articles, desks, people, photo_text)


def _fold(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _sort_value(truth: Truth, article: Article, key: SortKey) -> tuple[int, object]:
    value: object = {
        SortKey.HEADLINE: lambda: _fold(article.headline),
        SortKey.STATUS: lambda: article.status.value,
        SortKey.DESK: lambda: _fold(truth.desk_names[article.desk_id]),
        SortKey.REPORTER: lambda: _fold(truth.person_names[article.reporter_id]),
        SortKey.EDITOR: lambda: _fold(truth.person_names[article.editor_id]),
        SortKey.UPDATED: lambda: article.updated_at,
        SortKey.PUBLISHED: lambda: article.published_at,
        SortKey.VIEWS: lambda: article.view_count,
    }[key]()
    return (0, 0) if value is None else (1, value)  # NULL sorts first, as in SQLite


def _expected(truth: Truth, key: SortKey, descending: bool, keep: object = None) -> list[str]:
    chosen = [a for a in truth.articles if keep is None or keep(a)]  # type: ignore[operator]
    ordered = sorted(chosen, key=lambda a: (_sort_value(truth, a, key), a.id), reverse=descending)
    return [a.id for a in ordered]


def test_the_store_has_enough_variety(truth: Truth) -> None:
    assert len(truth.articles) == 400
    assert {a.status for a in truth.articles} == set(ArticleStatus)
    assert len({a.view_count for a in truth.articles}) > 10
    assert any(a.published_at is None for a in truth.articles)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_key_both_ways(
    demo_store: Store, truth: Truth, key: SortKey, descending: bool
) -> None:
    query = ArticleQuery(sort=key, descending=descending)
    expected = _expected(truth, key, descending)
    assert demo_store.articles.ids(query) == expected
    page = demo_store.articles.list(
        ArticleQuery(sort=key, descending=descending, limit=25, offset=50)
    )
    assert [s.id for s in page] == expected[50:75]


def test_status_desk_person_and_date_filters(demo_store: Store, truth: Truth) -> None:
    statuses = frozenset({ArticleStatus.PUBLISHED, ArticleStatus.DRAFT})
    some = truth.articles[0]
    desk_id, person_id = some.desk_id, some.reporter_id
    editor_id = next(a.editor_id for a in truth.articles if a.editor_id)
    days = sorted(a.updated_at.date() for a in truth.articles)
    start, end = days[len(days) // 4], days[len(days) // 2]
    cases = [
        (ArticleQuery(statuses=statuses), lambda a: a.status in statuses),
        (ArticleQuery(desk_id=desk_id), lambda a: a.desk_id == desk_id),
        (
            ArticleQuery(person_id=person_id),
            lambda a: person_id in (a.reporter_id, a.editor_id, a.photographer_id),
        ),
        (
            ArticleQuery(person_id=editor_id),
            lambda a: editor_id in (a.reporter_id, a.editor_id, a.photographer_id),
        ),
        (ArticleQuery(date_from=start, date_to=end), lambda a: start <= a.updated_at.date() <= end),
        (ArticleQuery(date_from=end), lambda a: a.updated_at.date() >= end),
        (
            ArticleQuery(statuses=statuses, desk_id=desk_id, date_to=end),
            lambda a: a.status in statuses and a.desk_id == desk_id and a.updated_at.date() <= end,
        ),
    ]
    for query, keep in cases:
        expected = _expected(truth, SortKey.UPDATED, True, keep)
        assert expected, query
        assert demo_store.articles.ids(query) == expected
        assert demo_store.articles.count(query) == len(expected)


def _mentions(truth: Truth, article: Article, word: str) -> bool:
    text = " ".join(
        [article.headline, article.lead, article.body, *article.tags, truth.photo_text[article.id]]
    )
    return re.search(rf"(?<!\w){word}(?!\w)", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("word", ["sungai", "jakarta", "pasar"])
def test_search_combined_with_filters(demo_store: Store, truth: Truth, word: str) -> None:
    published = frozenset({ArticleStatus.PUBLISHED})
    query = ArticleQuery(
        search=f"{word.upper()} ", statuses=published, sort=SortKey.HEADLINE, descending=False
    )
    expected = _expected(
        truth,
        SortKey.HEADLINE,
        False,
        lambda a: a.status == ArticleStatus.PUBLISHED and _mentions(truth, a, word),
    )
    assert expected
    assert demo_store.articles.ids(query) == expected
    assert demo_store.articles.count(query) == len(expected)
    listed = demo_store.articles.list(ArticleQuery(search=word + " ", statuses=published, limit=5))
    assert all(word in s.snippet.lower() for s in listed)


def test_summaries_keep_the_given_order_and_skip_unknown_ids(
    demo_store: Store, truth: Truth
) -> None:
    wanted = [a.id for a in truth.articles[:60]][::-1]
    rows = demo_store.articles.summaries([*wanted, "00000000-0000-4000-8000-000000000000"])
    assert [r.id for r in rows] == wanted
    by_id = {a.id: a for a in truth.articles}
    for row in rows:
        article = by_id[row.id]
        assert (row.headline, row.status, row.view_count) == (
            article.headline,
            article.status,
            article.view_count,
        )
        assert row.updated_at == article.updated_at and row.published_at == article.published_at
        assert row.desk == truth.desk_names[article.desk_id]
        assert row.reporter == truth.person_names[article.reporter_id]
        assert row.word_count == article.word_count


def test_pages_cover_the_whole_list(demo_store: Store, truth: Truth) -> None:
    pages = [
        s.id
        for offset in range(0, 400, 64)
        for s in demo_store.articles.list(ArticleQuery(sort=SortKey.VIEWS, limit=64, offset=offset))
    ]
    assert pages == _expected(truth, SortKey.VIEWS, True)


def test_date_filter_edges_are_whole_days(demo_store: Store, truth: Truth) -> None:
    day: date = truth.articles[0].updated_at.date()
    on_day = ArticleQuery(date_from=day, date_to=day)
    expected = {a.id for a in truth.articles if a.updated_at.date() == day}
    assert set(demo_store.articles.ids(on_day)) == expected
    after = ArticleQuery(date_from=day + timedelta(days=1), date_to=day + timedelta(days=1))
    assert truth.articles[0].id not in demo_store.articles.ids(after)
    assert isinstance(truth.articles[0].updated_at, datetime)
