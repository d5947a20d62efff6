"""A page of a search is the same slice of the full result whichever plan the store picks for it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from meja_redaksi.domain import ArticleQuery, ArticleStatus, SortKey
from meja_redaksi.store import Store, listing

TEXTS = ("jakarta", "ja", "gubernur pasar", "pemerintah", "se", "warga kota ta")
PLANS = ("in", "filter", "probe")


def _queries(store: Store) -> list[ArticleQuery]:
    desk = next(iter(store.desks.list()))
    queries = []
    for index, text in enumerate(TEXTS):
        sort = list(SortKey)[index % len(SortKey)]
        queries.append(ArticleQuery(search=text, sort=sort, descending=index % 2 == 0))
        queries.append(
            ArticleQuery(search=text, statuses=frozenset({ArticleStatus.PUBLISHED}), sort=sort)
        )
        queries.append(ArticleQuery(search=text, desk_id=desk.id, descending=True))
    return queries


@pytest.mark.parametrize("plan", PLANS)
def test_every_plan_returns_the_slice_of_the_full_result(
    demo_store: Store, plan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = {id(q): (q, demo_store.articles.ids(q)) for q in _queries(demo_store)}
    assert any(len(ids) > 30 for _q, ids in full.values())
    monkeypatch.setattr(listing, "_search_plan", lambda _r, _m, _q: plan)
    for query, ids in full.values():
        for offset in (0, 7):
            page = replace(query, limit=20, offset=offset)
            assert demo_store.articles.ids(page) == ids[offset : offset + 20], (plan, query)
            listed = [s.id for s in demo_store.articles.list(page)]
            assert listed == ids[offset : offset + 20]


def test_a_probe_walk_past_its_deadline_is_answered_by_the_filter_plan(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = ArticleQuery(search="jakarta", limit=25)
    expected = demo_store.articles.ids(ArticleQuery(search="jakarta"))[:25]
    monkeypatch.setattr(listing, "_search_plan", lambda _r, _m, _q: "probe")
    monkeypatch.setattr(listing, "PROBE_DEADLINE_S", -1.0)
    assert demo_store.articles.ids(query) == expected


def test_dense_matches_are_probed_sparse_ones_filtered_few_ones_sorted(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "SAMPLE", 20)
    monkeypatch.setattr(listing, "FILTER_COST", 1e9)
    chosen: list[str] = []
    choose = listing._search_plan

    def spy(reader: object, match: str, query: ArticleQuery) -> str:
        chosen.append(choose(reader, match, query))  # type: ignore[arg-type]
        return chosen[-1]

    monkeypatch.setattr(listing, "_search_plan", spy)
    counts = {
        text: len(demo_store.articles.ids(ArticleQuery(search=text))) for text in ("ja", "zzzq")
    }
    assert counts["ja"] > 300 and counts["zzzq"] == 0
    chosen.clear()
    demo_store.articles.ids(ArticleQuery(search="ja", limit=10))
    demo_store.articles.ids(ArticleQuery(search="zzzq", limit=10))
    demo_store.articles.ids(ArticleQuery(search="ja"))
    assert chosen == ["probe", "in", "in"]
    monkeypatch.setattr(listing, "FILTER_COST", 0.0)
    chosen.clear()
    demo_store.articles.ids(ArticleQuery(search="ja", limit=10))
    assert chosen == ["filter"]


def test_a_prefix_longer_than_the_prefix_indexes_is_never_probed(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "SAMPLE", 20)
    monkeypatch.setattr(listing, "FILTER_COST", 1e9)
    with demo_store.database.raw_reader() as reader:
        assert listing._search_plan(reader, '"jakar"*', ArticleQuery(limit=10)) == "probe"
        assert listing._search_plan(reader, '"jakartanya"*', ArticleQuery(limit=10)) != "probe"


def test_summaries_of_a_search_page_carry_the_same_snippets_as_the_list(
    demo_store: Store,
) -> None:
    for text in ("jakarta", "gubernur pas", "zzzq"):
        listed = demo_store.articles.list(ArticleQuery(search=text, limit=30, offset=5))
        by_ids = demo_store.articles.summaries([s.id for s in listed], search=text)
        assert by_ids == listed
    some = demo_store.articles.list(ArticleQuery(search="jakarta", limit=3))
    assert all(s.snippet for s in some)
    assert not any(s.snippet for s in demo_store.articles.summaries([s.id for s in some]))


def test_a_search_whose_caller_stops_waiting_is_interrupted(demo_store: Store) -> None:
    query = ArticleQuery(search="ja")
    full = demo_store.articles.ids(query)
    assert len(full) > 100
    assert demo_store.articles.ids(query, stop=lambda: False) == full
    asked: list[int] = []

    def stop_while_running() -> bool:
        asked.append(1)
        return len(asked) > 1  # not before the statement starts: while it runs

    assert demo_store.articles.ids(query, stop=stop_while_running) == []
    assert len(asked) == 2
    assert demo_store.articles.ids(replace(query, limit=10), stop=lambda: False) == full[:10]
