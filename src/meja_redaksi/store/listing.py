"""Article list queries: filters, full-text search, every sort key, counts — fast at 100k rows.

Sorting uses denormalized columns (desk/reporter/editor names) with an index per sort key, and always
breaks ties on the id in the same direction, so the order is total and stable between calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, literal_column, or_, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.sql.expression import ColumnClause

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery, ArticleSummary, SortKey
from meja_redaksi.store import fts
from meja_redaksi.store.database import Database
from meja_redaksi.store.models import ArticleRow, ArticleTagRow
from meja_redaksi.store.types import time_from_db

ARTICLES = ArticleRow.__table__
_C = ARTICLES.c
FTS = table(fts.FTS_TABLE, column("rowid"))
_FTS_SELF: ColumnClause[Any] = literal_column(fts.FTS_TABLE)
_SNIPPET: ColumnClause[Any] = literal_column(fts.snippet_sql())
_RANK: ColumnClause[Any] = literal_column("rank")
SORT_COLUMNS: dict[SortKey, ColumnElement[Any]] = {
    SortKey.HEADLINE: _C.headline.collate("NOCASE"),
    SortKey.STATUS: _C.status,
    SortKey.DESK: _C.desk_name.collate("NOCASE"),
    SortKey.REPORTER: _C.reporter_name.collate("NOCASE"),
    SortKey.EDITOR: _C.editor_name.collate("NOCASE"),
    SortKey.UPDATED: _C.updated_at,
    SortKey.PUBLISHED: _C.published_at,
    SortKey.VIEWS: _C.view_count,
}
# Raw text columns: the summary is built from plain tuples (no type processing per row).
_SUMMARY_COLUMNS: list[ColumnClause[Any]] = [
    literal_column(f"articles.{name}")
    for name in (
        "id",
        "headline",
        "status",
        "desk_name",
        "reporter_name",
        "editor_name",
        "updated_at",
        "published_at",
        "view_count",
        "word_count",
    )
]
_STATUS = {s.value: s for s in ArticleStatus}


def _conditions(query: ArticleQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [_C.deleted.is_(False)]
    if query.statuses:
        conditions.append(_C.status.in_(sorted(ArticleStatus(s).value for s in query.statuses)))
    if query.desk_id is not None:
        conditions.append(_C.desk_id == query.desk_id)
    if query.person_id is not None:
        pid = query.person_id
        conditions.append(
            or_(_C.reporter_id == pid, _C.photographer_id == pid, _C.editor_id == pid)
        )
    if query.date_from is not None:
        conditions.append(_C.updated_at >= datetime.combine(query.date_from, time.min, UTC))
    if query.date_to is not None:
        next_day = datetime.combine(query.date_to + timedelta(days=1), time.min, UTC)
        conditions.append(_C.updated_at < next_day)
    match = fts.match_expression(query.search)
    if match is not None:
        conditions.append(_C.num.in_(select(FTS.c.rowid).where(_FTS_SELF.op("MATCH")(match))))
    return conditions


def _ordered(statement: Select[Any], query: ArticleQuery) -> Select[Any]:
    column = SORT_COLUMNS[SortKey(query.sort)]
    if query.descending:
        return statement.order_by(column.desc(), _C.id.desc())
    return statement.order_by(column.asc(), _C.id.asc())


def _paged(statement: Select[Any], query: ArticleQuery) -> Select[Any]:
    if query.limit is not None:
        statement = statement.limit(query.limit)
    if query.offset:
        statement = statement.offset(query.offset)
    return statement


def _summary(row: Sequence[Any], snippet: str = "") -> ArticleSummary:
    return ArticleSummary(
        id=row[0],
        headline=row[1],
        status=_STATUS[row[2]],
        desk=row[3],
        reporter=row[4],
        editor=row[5],
        updated_at=datetime.fromisoformat(row[6]).replace(tzinfo=UTC),
        published_at=time_from_db(row[7]),
        view_count=row[8],
        word_count=row[9],
        snippet=snippet,
    )


def _fts_join() -> Any:
    return FTS.join(ARTICLES, _C.num == FTS.c.rowid)


def _snippets(connection: Connection, match: str, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    statement = (
        select(_C.id, _SNIPPET)
        .select_from(_fts_join())
        .where(_FTS_SELF.op("MATCH")(match), _C.id.in_(list(ids)))
    )
    return {row[0]: row[1] for row in connection.execute(statement)}


def list_summaries(db: Database, query: ArticleQuery) -> list[ArticleSummary]:
    """One page of summaries for ``query``; with a search, each carries a highlighted snippet."""
    statement = _paged(_ordered(select(*_SUMMARY_COLUMNS).where(*_conditions(query)), query), query)
    match = fts.match_expression(query.search)
    with db.connect() as connection:
        rows = connection.execute(statement).all()
        snippets = _snippets(connection, match, [r[0] for r in rows]) if match else {}
    return [_summary(r, snippets.get(r[0], "")) for r in rows]


def count(db: Database, query: ArticleQuery) -> int:
    """How many live articles match ``query``."""
    statement = select(func.count()).select_from(ARTICLES).where(*_conditions(query))
    with db.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def ids(db: Database, query: ArticleQuery) -> list[str]:
    """Every matching id in list order (limit and offset apply when given)."""
    statement = _paged(_ordered(select(_C.id).where(*_conditions(query)), query), query)
    with db.connect() as connection:
        return list(connection.execute(statement).scalars())


_CHUNK = 500


def summaries(db: Database, article_ids: Sequence[str]) -> list[ArticleSummary]:
    """Summaries of ``article_ids`` in that order; unknown and deleted ids are left out."""
    found: dict[str, ArticleSummary] = {}
    with db.connect() as connection:
        for start in range(0, len(article_ids), _CHUNK):
            chunk = list(article_ids[start : start + _CHUNK])
            statement = select(*_SUMMARY_COLUMNS).where(_C.id.in_(chunk), _C.deleted.is_(False))
            for row in connection.execute(statement):
                found[row[0]] = _summary(row)
    return [found[i] for i in article_ids if i in found]


def search(db: Database, text_typed: str, *, limit: int = 50) -> list[ArticleSummary]:
    """The best ``limit`` live matches for ``text_typed`` by bm25 rank, with snippets."""
    match = fts.match_expression(text_typed)
    if match is None:
        return []
    statement = (
        select(*_SUMMARY_COLUMNS, _SNIPPET)
        .select_from(_fts_join())
        .where(_FTS_SELF.op("MATCH")(match), _C.deleted.is_(False))
        .order_by(_RANK)
        .limit(limit)
    )
    with db.connect() as connection:
        return [_summary(row, row[10]) for row in connection.execute(statement)]


def all_tags(db: Database) -> list[str]:
    """Every tag of a live article, without repeats, sorted case-insensitively."""
    statement = (
        select(ArticleTagRow.tag)
        .join(ArticleRow, ArticleRow.id == ArticleTagRow.article_id)
        .where(ArticleRow.deleted.is_(False))
        .distinct()
    )
    with db.connect() as connection:
        tags = list(connection.execute(statement).scalars())
    return sorted(tags, key=lambda t: (t.casefold(), t))


def status_counts(db: Database) -> dict[ArticleStatus, int]:
    """Live articles per status; every status is present (zero when empty)."""
    statement = select(_C.status, func.count()).where(_C.deleted.is_(False)).group_by(_C.status)
    counts = dict.fromkeys(ArticleStatus, 0)
    with db.connect() as connection:
        for status, number in connection.execute(statement):
            counts[ArticleStatus(status)] = int(number)
    return counts
