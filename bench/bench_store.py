"""Benchmark of the local store on a 100k-article demo store, against raw sqlite3 in the same run.

    python bench/bench_store.py [--store PATH] [--articles N] [--repeat R]

Measures (a) the first list page (50 rows, one status, newest update first) through
``store.articles.list`` and the equivalent SQL through the sqlite3 module; (b) a full-text search of
two common words through ``store.articles.search`` and the equivalent FTS5 SQL; times ``ids()``
and ``summaries()`` of 50 ids; and the first pages (200 ids, newest first) of what a search box
holds while five common words are typed, against the plain SQL that sorts every match. Prints
medians in milliseconds and the ratios store/raw.
Goals: list <= 1.5x raw, search <= 2x raw, each median under 10 ms.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from meja_redaksi.domain import ArticleQuery, ArticleStatus, SortKey
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo
from meja_redaksi.store.fts import match_expression, snippet_sql
from meja_redaksi.store.listing import RANK_WINDOW

COLUMNS = (
    "a.id, a.headline, a.status, a.desk_name, a.reporter_name, a.editor_name, a.updated_at, "
    "a.published_at, a.view_count, a.word_count"
)
RAW_LIST = (
    f"SELECT {COLUMNS} FROM articles a WHERE a.deleted = 0 AND a.status IN (?) "
    "ORDER BY a.updated_at DESC, a.id DESC LIMIT 50"
)
RAW_WINDOW = (
    "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)
RAW_SEARCH = (
    f"SELECT {COLUMNS}, {snippet_sql()} FROM article_fts JOIN articles a "
    "ON a.num = article_fts.rowid WHERE article_fts MATCH ? AND a.deleted = 0 "
    "AND article_fts.rowid >= ? ORDER BY rank LIMIT 50"
)
SEARCH_WORDS = "pasar rakyat"
TYPED = ("jakarta", "gubernur", "pasar", "sekolah", "anggaran")
RAW_FIRST_PAGE = (
    "SELECT a.id FROM articles a WHERE a.deleted = 0 AND a.num IN "
    "(SELECT rowid FROM article_fts WHERE article_fts MATCH ?) "
    "ORDER BY a.updated_at DESC, a.id DESC LIMIT 200"
)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` in milliseconds (after two warm-up runs)."""
    action()
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    """Build or reuse the store, run every measurement, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="reuse (or build) this store")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.store or Path(scratch) / "bench.sqlite3"
        store = Store.open(path)
        if store.articles.count(ArticleQuery()) == 0:
            started = time.perf_counter()
            build_demo(store, articles=args.articles, photos=2000)
            print(f"built {args.articles} articles in {time.perf_counter() - started:.1f} s")
        run(store, path, args.repeat)
        store.close()


def run(store: Store, path: Path, repeat: int) -> None:
    """Measure the store against raw sqlite3 on the same file."""
    total = store.articles.count(ArticleQuery())
    raw = sqlite3.connect(path)
    published = ArticleStatus.PUBLISHED.value
    page_query = ArticleQuery(
        statuses=frozenset({ArticleStatus.PUBLISHED}), sort=SortKey.UPDATED, limit=50
    )
    match = match_expression(SEARCH_WORDS)
    assert [r.id for r in store.articles.list(page_query)] == [
        r[0] for r in raw.execute(RAW_LIST, (published,))
    ]

    def raw_search() -> list[tuple[object, ...]]:
        start = raw.execute(RAW_WINDOW, (match, RANK_WINDOW - 1)).fetchone()
        return raw.execute(RAW_SEARCH, (match, start[0] if start else 0)).fetchall()

    assert [r.id for r in store.articles.search(SEARCH_WORDS)] == [r[0] for r in raw_search()]
    hits = raw.execute(
        "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", (match,)
    ).fetchone()[0]
    results = {
        "list page (store)": median_ms(lambda: store.articles.list(page_query), repeat),
        "list page (raw sqlite3)": median_ms(
            lambda: raw.execute(RAW_LIST, (published,)).fetchall(), repeat
        ),
        "search (store)": median_ms(lambda: store.articles.search(SEARCH_WORDS), repeat),
        "search (raw sqlite3)": median_ms(raw_search, repeat),
    }
    all_query = ArticleQuery(sort=SortKey.UPDATED)
    ids = store.articles.ids(all_query)
    results["ids() of all articles"] = median_ms(lambda: store.articles.ids(all_query), 10)
    results["ids() of one status"] = median_ms(
        lambda: store.articles.ids(ArticleQuery(statuses=page_query.statuses)), 10
    )
    some = ids[1000:1050]
    results["summaries() of 50 ids"] = median_ms(lambda: store.articles.summaries(some), repeat)
    fresh = ids[2000:2050]
    results["summaries() of 50, cold"] = median_ms(
        lambda: (store.database.cache.clear(), store.articles.summaries(fresh)), repeat
    )
    results["list page, cold cache"] = median_ms(
        lambda: (store.database.cache.clear(), store.articles.list(page_query)), repeat
    )
    results["count() of one status"] = median_ms(lambda: store.articles.count(page_query), repeat)
    typed = typing_prefixes()
    first_pages = [ArticleQuery(search=text, limit=200) for text in typed]
    results[f"first pages of {len(typed)} typed prefixes"] = median_ms(
        lambda: [store.articles.ids(q) for q in first_pages], 3
    )
    raw_pages = [(match_expression(text),) for text in typed]
    results["  same, raw SQL (all matches sorted)"] = median_ms(
        lambda: [raw.execute(RAW_FIRST_PAGE, params).fetchall() for params in raw_pages], 3
    )
    raw.close()
    print(f"store: {total} articles; search '{SEARCH_WORDS}' matches {hits}")
    for name, value in results.items():
        print(f"  {name:<28} {value:8.2f} ms (median)")
    list_ratio = results["list page (store)"] / results["list page (raw sqlite3)"]
    search_ratio = results["search (store)"] / results["search (raw sqlite3)"]
    print(f"list ratio store/raw:   {list_ratio:.2f}x (goal <= 1.5x)")
    print(f"search ratio store/raw: {search_ratio:.2f}x (goal <= 2x)")
    typed_ratio = (
        results["  same, raw SQL (all matches sorted)"]
        / results[f"first pages of {len(typed)} typed prefixes"]
    )
    print(f"search-as-you-type first pages: {typed_ratio:.1f}x faster than sorting every match")


def typing_prefixes() -> list[str]:
    """What the search box holds after each key of TYPED (from two letters on)."""
    return [word[:end] for word in TYPED for end in range(2, len(word) + 1)]


if __name__ == "__main__":
    main()
