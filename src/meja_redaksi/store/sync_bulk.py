"""Inserting many articles new to the store at once (a first sync), with a few multi-row statements.

Each article gets the same columns as :meth:`meja_redaksi.store.articles.ArticleRepository.save` writes
(denormalized desk and person names, tag and photo text, word count), its children (tags, pull quotes,
related links, gallery) and a first revision noted "sync"; it keeps the portal's ``rev`` and is not
marked dirty. The search index follows through the articles table's insert trigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Article, new_id
from meja_redaksi.domain.text import slugify
from meja_redaksi.store import denorm
from meja_redaksi.store.articles import _SCALAR_FIELDS
from meja_redaksi.store.models import (
    ArticleRefRow,
    ArticleRow,
    ArticleTagRow,
    DeskRow,
    GalleryPhotoRow,
    PersonRow,
    PullQuoteRow,
    RevisionRow,
)


def _table(row: Any) -> Table:
    """The Core table of a mapped row class (multi-row inserts skip the ORM's per-object work)."""
    table = row.__table__
    assert isinstance(table, Table)
    return table


def _plain(value: Any) -> Any:
    """Enum members as their values (the columns are text)."""
    return getattr(value, "value", value)


def _children(article: Article) -> dict[Table, list[dict[str, Any]]]:
    aid = article.id
    refs = [
        {
            "article_id": aid,
            "position": i,
            "kind": r.kind.value,
            "headline": r.headline,
            "photo_title": r.photo_title,
            "published": r.published,
            "views": r.views,
            "ref_article_id": r.article_id,
        }
        for i, r in enumerate(article.related)
    ]
    return {
        _table(ArticleTagRow): [
            {"article_id": aid, "position": i, "tag": t} for i, t in enumerate(article.tags)
        ],
        _table(PullQuoteRow): [
            {"article_id": aid, "position": i, "text": q} for i, q in enumerate(article.pull_quotes)
        ],
        _table(ArticleRefRow): refs,
        _table(GalleryPhotoRow): [
            {"article_id": aid, "position": i, "photo_id": p} for i, p in enumerate(article.gallery)
        ],
    }


def insert_new_articles(
    session: Session, articles: Sequence[tuple[Article, int]], now: datetime
) -> None:
    """Insert ``(article, rev)`` pairs the store does not hold yet, in one go."""
    desks = {r.id: r.name for r in session.execute(select(DeskRow.id, DeskRow.name))}
    people = {
        person_id: (name, desk_id)
        for person_id, name, desk_id in session.execute(
            select(PersonRow.id, PersonRow.name, PersonRow.desk_id)
        )
    }
    rows: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    children: dict[Table, list[dict[str, Any]]] = {}
    for article, rev in articles:
        desk_id = article.desk_id
        if desk_id is None and article.reporter_id in people:
            desk_id = people[article.reporter_id][1]
        stored = article.copy(
            desk_id=desk_id,
            slug=article.slug or (slugify(article.headline) if article.headline else ""),
            updated_at=now,
        )
        row = {name: _plain(getattr(stored, name)) for name in _SCALAR_FIELDS}
        photo_ids = stored.photo_ids
        row.update(
            id=stored.id,
            updated_at=now,
            rev=rev,
            dirty=False,
            deleted=False,
            word_count=stored.word_count,
            desk_name=desks.get(desk_id or "", ""),
            reporter_name=people.get(stored.reporter_id or "", ("", None))[0],
            editor_name=people.get(stored.editor_id or "", ("", None))[0],
            tags_text=" ".join(stored.tags),
            photo_text=denorm.photo_text(session, photo_ids) if photo_ids else "",
        )
        rows.append(row)
        revisions.append(
            {
                "id": new_id(),
                "article_id": stored.id,
                "number": 1,
                "headline": stored.headline,
                "lead": stored.lead,
                "body": stored.body,
                "pull_quotes": list(stored.pull_quotes),
                "tags": list(stored.tags),
                "author_id": None,
                "note": "sync",
                "created_at": now,
                "rev": 0,
                "dirty": False,
                "deleted": False,
            }
        )
        for table, values in _children(stored).items():
            children.setdefault(table, []).extend(values)
    if not rows:
        return
    session.execute(insert(_table(ArticleRow)), rows)
    session.execute(insert(_table(RevisionRow)), revisions)
    for table, values in children.items():
        if values:
            session.execute(insert(table), values)
