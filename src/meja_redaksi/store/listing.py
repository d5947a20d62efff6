"""Article list queries: filters, full-text search, every sort key, counts — fast at 100k rows.

Sorting uses denormalized columns (desk/reporter/editor names) with an index per sort key led by the
tombstone flag, and always breaks ties on the id in the same direction, so the order is total and
stable between calls. These few statements run on every keystroke and scroll of the list view, so
they are fixed SQL text with ``?`` parameters run straight on the driver (no user text ever becomes
SQL); bench/bench_store.py compares them with raw sqlite3.
"""

# ruff: noqa: S608 - the SQL below is fixed text; every user value is a "?" parameter
from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery, ArticleSummary, SortKey
from meja_redaksi.store import fts
from meja_redaksi.store.database import Database
from meja_redaksi.store.models import ArticleRow
from meja_redaksi.store.types import day_end_to_db, day_start_to_db

SUMMARY_COLUMNS = (
    "a.id, a.headline, a.status, a.desk_name, a.reporter_name, a.editor_name, a.updated_at, "
    "a.published_at, a.view_count, a.word_count"
)
SORT_SQL: dict[SortKey, str] = {
    SortKey.HEADLINE: "a.headline COLLATE NOCASE",
    SortKey.STATUS: "a.status",
    SortKey.DESK: "a.desk_name COLLATE NOCASE",
    SortKey.REPORTER: "a.reporter_name COLLATE NOCASE",
    SortKey.EDITOR: "a.editor_name COLLATE NOCASE",
    SortKey.UPDATED: "a.updated_at",
    SortKey.PUBLISHED: "a.published_at",
    SortKey.VIEWS: "a.view_count",
}
_FTS_MATCH = f"a.num IN (SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ?)"
# How a search meets the other conditions (see _search_plan): "in" reads every match and sorts them;
# "filter" walks the sort index and keeps the rows in the set of matches (the unary + stops SQLite
# from driving the query by that set); "probe" walks the sort index and asks the index about each row.
_FTS_PLANS = {
    "in": _FTS_MATCH,
    "filter": f"+{_FTS_MATCH}",
    "probe": (
        f"EXISTS (SELECT 1 FROM {fts.FTS_TABLE} f WHERE f.{fts.FTS_TABLE} MATCH ? "
        "AND f.rowid = a.num)"
    ),
}
_SAMPLE_SQL = f"SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? LIMIT ?"
# A first page of a search may walk the sort index when the matches are many; SAMPLE matches tell.
# Measured on the 100k demo store: a probe costs ~50 us, a match put into the filter's set ~0.3 us.
FIRST_PAGE_MAX = 1000
SAMPLE = 2000
PROBE_COST = 50.0
FILTER_COST = 0.3
PROGRESS_STEPS = 2000  # SQLite VM steps between checks of the deadline and of the caller's stop()
# A probe walk longer than this (the matches lie further down the sort order) is redone by filter.
PROBE_DEADLINE_S = 0.02
_SEARCH_SQL = (
    f"SELECT {SUMMARY_COLUMNS}, {fts.snippet_sql()} FROM {fts.FTS_TABLE} "
    f"JOIN articles a ON a.num = {fts.FTS_TABLE}.rowid "
    f"WHERE {fts.FTS_TABLE} MATCH ? AND a.deleted = 0 AND {fts.FTS_TABLE}.rowid >= ? "
    "ORDER BY rank LIMIT ?"
)
# Ranking every match of a very common word costs ~3.5 us per match; only the newest RANK_WINDOW
# matches (by insertion order) are ranked, which keeps a search of common words within a few ms.
RANK_WINDOW = 500
_WINDOW_START_SQL = (
    f"SELECT rowid FROM {fts.FTS_TABLE} WHERE {fts.FTS_TABLE} MATCH ? "
    "ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)
SUMMARY_CACHE_SIZE = 20_000
_STATUS = {s.value: s for s in ArticleStatus}
_CHUNK = 500


def _where(query: ArticleQuery, plan: str = "in") -> tuple[str, list[Any]]:
    """The WHERE clause of ``query`` (fixed SQL text) and its parameters.

    ``plan`` says how a search joins the FTS index (see :func:`_search_plan`).
    """
    parts = ["a.deleted = 0"]
    params: list[Any] = []
    if query.statuses:
        names = sorted(ArticleStatus(s).value for s in query.statuses)
        parts.append(f"a.status IN ({', '.join('?' for _ in names)})")
        params.extend(names)
    if query.desk_id is not None:
        parts.append("a.desk_id = ?")
        params.append(query.desk_id)
    if query.person_id is not None:
        parts.append("(a.reporter_id = ? OR a.photographer_id = ? OR a.editor_id = ?)")
        params.extend([query.person_id] * 3)
    if query.date_from is not None:
        parts.append("a.updated_at >= ?")
        params.append(day_start_to_db(query.date_from))
    if query.date_to is not None:
        parts.append("a.updated_at <= ?")
        params.append(day_end_to_db(query.date_to))
    match = fts.match_expression(query.search)
    if match is not None:
        parts.append(_FTS_PLANS[plan])
        params.append(match)
    return " AND ".join(parts), params


def _select(columns: str, query: ArticleQuery, plan: str = "in") -> tuple[str, list[Any]]:
    where, params = _where(query, plan)
    direction = "DESC" if query.descending else "ASC"
    sql = (
        f"SELECT {columns} FROM articles a WHERE {where} "
        f"ORDER BY {SORT_SQL[SortKey(query.sort)]} {direction}, a.id {direction}"
    )
    if query.limit is not None or query.offset:
        sql += " LIMIT ? OFFSET ?"
        params.extend([-1 if query.limit is None else query.limit, query.offset])
    return sql, params


def _search_plan(reader: sqlite3.Connection, match: str, query: ArticleQuery) -> str:
    """The cheapest way to find one page of a search (every plan returns the same rows).

    Few matches: read them all and sort them ("in"). Many matches and a short page: walk the sort
    index, which finds the page after a few hundred rows; asking the index about each row ("probe")
    is cheapest when nearly every row matches, reading the matches into a set first ("filter")
    when fewer do. SAMPLE matches in rowid order tell how dense the matches are.
    """
    wanted = (query.limit or 0) + query.offset
    if query.limit is None or wanted > FIRST_PAGE_MAX:
        return "in"
    sample = reader.execute(_SAMPLE_SQL, (match, SAMPLE)).fetchall()
    if len(sample) < SAMPLE:
        return "in"
    density = SAMPLE / (sample[-1][0] - sample[0][0] + 1)
    last = reader.execute("SELECT max(num) FROM articles").fetchone()[0] or 0
    probing = wanted / density * PROBE_COST
    filtering = density * last * FILTER_COST
    return "probe" if probing < filtering and fts.prefix_indexed(match) else "filter"


def _rows(
    reader: sqlite3.Connection,
    columns: str,
    query: ArticleQuery,
    stop: Callable[[], bool] | None = None,
    *,
    first_only: bool = False,
) -> list[Any]:
    """The rows of ``query`` (the chosen ``columns``), by the cheapest plan for a search.

    ``stop()`` is polled while the statement runs; once it returns True the statement is
    interrupted and the answer is empty (the caller no longer wants it). ``first_only`` gives
    the first column's values instead of row tuples.
    """
    match = fts.match_expression(query.search)
    plan = "in" if match is None else _search_plan(reader, match, query)
    deadline = math.inf

    def interrupt() -> bool:
        return time.perf_counter() > deadline or (stop is not None and stop())

    reader.set_progress_handler(interrupt, PROGRESS_STEPS)
    try:
        if plan == "probe":
            deadline = time.perf_counter() + PROBE_DEADLINE_S
            rows = _interruptible(reader, *_select(columns, query, plan), first_only)
            if rows is not None:
                return rows
            # The matches lie further down the sort order than the sample said.
            plan, deadline = "filter", math.inf
        rows = (
            None
            if stop is not None and stop()
            else _interruptible(reader, *_select(columns, query, plan), first_only)
        )
        return [] if rows is None else rows
    finally:
        reader.set_progress_handler(None, 0)


def _interruptible(
    reader: sqlite3.Connection, sql: str, params: list[Any], first_only: bool = False
) -> list[Any] | None:
    """The rows of ``sql`` (or their first values), or None when the progress handler interrupted it.

    First values are taken row by row, so the row tuples of a 100k-id list never live at once:
    100k tracked tuples alive together set off full garbage collections of ~100-300 ms, which
    stall the GUI thread as well (measured in the running window).
    """
    try:
        cursor = reader.execute(sql, params)
        return [row[0] for row in cursor] if first_only else cursor.fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        return None


def _cached_summary(db: Database, row: tuple[Any, ...]) -> ArticleSummary:
    """The summary of a row, reused when the very same row (every column equal) was seen before.

    Summaries are immutable and the key is the whole row, so a cached one can never be stale; the
    list view asks for the same pages again and again while scrolling and repainting.
    """
    cache: dict[tuple[Any, ...], ArticleSummary] = db.cache.setdefault("summaries", {})
    summary = cache.get(row)
    if summary is None:
        if len(cache) >= SUMMARY_CACHE_SIZE:
            cache.clear()
        summary = cache[row] = _summary(row)
    return summary


def _summary(row: Sequence[Any], snippet: str = "") -> ArticleSummary:
    published = row[7]
    return ArticleSummary(
        id=row[0],
        headline=row[1],
        status=_STATUS[row[2]],
        desk=row[3],
        reporter=row[4],
        editor=row[5],
        updated_at=datetime.fromisoformat(row[6]).replace(tzinfo=UTC),
        published_at=None
        if published is None
        else datetime.fromisoformat(published).replace(tzinfo=UTC),
        view_count=row[8],
        word_count=row[9],
        snippet=snippet,
    )


def _snippets(db: Database, match: str, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    if fts.prefix_indexed(match):
        # Ask the index about each of the page's articles (CROSS JOIN keeps that order) rather
        # than reading every match of a common word to find the page's few.
        sql = (
            f"SELECT a.id, {fts.snippet_sql()} FROM articles a CROSS JOIN {fts.FTS_TABLE} "
            f"ON {fts.FTS_TABLE}.rowid = a.num WHERE a.id IN ({marks}) "
            f"AND {fts.FTS_TABLE} MATCH ?"
        )
        params = [*ids, match]
    else:
        sql = (
            f"SELECT a.id, {fts.snippet_sql()} FROM {fts.FTS_TABLE} "
            f"JOIN articles a ON a.num = {fts.FTS_TABLE}.rowid WHERE {fts.FTS_TABLE} MATCH ? "
            f"AND a.id IN ({marks})"
        )
        params = [match, *ids]
    with db.raw_reader() as reader:
        return {row[0]: row[1] for row in reader.execute(sql, params)}


def list_summaries(db: Database, query: ArticleQuery) -> list[ArticleSummary]:
    """One page of summaries for ``query``; with a search, each carries a highlighted snippet."""
    with db.raw_reader() as reader:
        rows = _rows(reader, SUMMARY_COLUMNS, query)
    match = fts.match_expression(query.search)
    if match is None:
        return [_cached_summary(db, r) for r in rows]
    snippets = _snippets(db, match, [r[0] for r in rows])
    return [_summary(r, snippets.get(r[0], "")) for r in rows]


def count(db: Database, query: ArticleQuery) -> int:
    """How many live articles match ``query``."""
    where, params = _where(query)
    with db.raw_reader() as reader:
        found = reader.execute(f"SELECT count(*) FROM articles a WHERE {where}", params)
        return int(found.fetchone()[0])


def ids(db: Database, query: ArticleQuery, stop: Callable[[], bool] | None = None) -> list[str]:
    """Every matching id in list order (limit and offset apply when given).

    A superseded search passes ``stop``: once it returns True the query ends early with no ids.
    """
    with db.raw_reader() as reader:
        return _rows(reader, "a.id", query, stop, first_only=True)


def summaries(db: Database, article_ids: Sequence[str], search: str = "") -> list[ArticleSummary]:
    """Summaries of ``article_ids`` in that order; unknown and deleted ids are left out.

    With ``search`` text, each summary carries its highlighted snippet for that search.
    """
    found: dict[str, ArticleSummary] = {}
    with db.raw_reader() as reader:
        for start in range(0, len(article_ids), _CHUNK):
            chunk = list(article_ids[start : start + _CHUNK])
            sql = (
                f"SELECT {SUMMARY_COLUMNS} FROM articles a "
                f"WHERE a.id IN ({', '.join('?' for _ in chunk)}) AND a.deleted = 0"
            )
            for row in reader.execute(sql, chunk):
                found[row[0]] = _cached_summary(db, row)
    match = fts.match_expression(search)
    if match is not None:
        snippets = _snippets(db, match, list(found))
        found = {i: replace(s, snippet=snippets.get(i, "")) for i, s in found.items()}
    return [found[i] for i in article_ids if i in found]


def search(db: Database, text_typed: str, *, limit: int = 50) -> list[ArticleSummary]:
    """The best ``limit`` live matches for ``text_typed`` by bm25 rank, with snippets."""
    match = fts.match_expression(text_typed)
    if match is None:
        return []
    with db.raw_reader() as reader:
        start = reader.execute(_WINDOW_START_SQL, (match, RANK_WINDOW - 1)).fetchone()
        rows = reader.execute(_SEARCH_SQL, (match, start[0] if start else 0, limit)).fetchall()
    return [_summary(row, row[10]) for row in rows]


def all_tags(db: Database) -> list[str]:
    """Every tag of a live article, without repeats, sorted case-insensitively.

    Reads the distinct tags from the tag index, then drops the few that only deleted articles carry
    (joining every tag row to its article would read 100k rows).
    """
    with db.raw_reader() as reader:
        tags = {row[0] for row in reader.execute("SELECT DISTINCT tag FROM article_tags")}
        on_deleted = [
            row[0]
            for row in reader.execute(
                "SELECT DISTINCT t.tag FROM articles a JOIN article_tags t ON t.article_id = a.id "
                "WHERE a.deleted = 1"
            )
        ]
        for tag in on_deleted:
            live = reader.execute(
                "SELECT 1 FROM article_tags t JOIN articles a ON a.id = t.article_id "
                "WHERE t.tag = ? AND a.deleted = 0 LIMIT 1",
                (tag,),
            ).fetchone()
            if live is None:
                tags.discard(tag)
    return sorted(tags, key=lambda t: (t.casefold(), t))


def status_counts(db: Database) -> dict[ArticleStatus, int]:
    """Live articles per status; every status is present (zero when empty)."""
    statement = (
        select(ArticleRow.status, func.count())
        .where(ArticleRow.deleted.is_(False))
        .group_by(ArticleRow.status)
    )
    counts = dict.fromkeys(ArticleStatus, 0)
    with db.connect() as connection:
        for status, number in connection.execute(statement):
            counts[ArticleStatus(status)] = int(number)
    return counts
