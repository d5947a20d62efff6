"""The store calls the window makes, as jobs for the task runner (they run on a worker thread).

Every function takes the worker's store first; the GUI thread never calls them directly. Keeping them
in one place keeps the window's knowledge of the store's interface in one place too.
"""

from __future__ import annotations

import builtins
import gc
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from meja_redaksi.domain.entities import Article, Desk, Person, Revision
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery, ArticleSummary
from meja_redaksi.gui.models.id_list import IdList


def import_worker_modules() -> None:
    """Import what the worker jobs need, on the GUI thread, before any job runs.

    PySide6 hooks ``__import__``, and its hook is not safe in other threads: a first import of
    SQLAlchemy on a worker crashed the interpreter ("deallocating None") while the GUI thread ran
    Python. So the store, Markdown and nh3 are imported here once, right after the first paint.
    """
    with plain_imports():
        import markdown
        import nh3

        import meja_redaksi.services
        import meja_redaksi.store.fts

    del markdown, nh3, meja_redaksi
    # The ~120k objects of the modules loaded so far live as long as the program: keep them out of
    # the garbage collector's full passes, which otherwise took 100-300 ms (GIL held, GUI stalled)
    # whenever a large list had been read.
    gc.freeze()


@contextmanager
def plain_imports() -> Iterator[None]:
    """Import with Python's own ``__import__`` instead of PySide6's hook, for non-Qt modules.

    Every module imported through PySide6's ``__feature__`` hook costs more memory: SQLAlchemy and
    the store came to ~20 MB more resident memory through the hook than without it (measured).
    Only the GUI thread imports while this is in effect, and no module imported here uses
    ``from __feature__ import``.
    """
    hooked = builtins.__import__
    builtins.__import__ = importlib.__import__
    try:
        yield
    finally:
        builtins.__import__ = hooked


def open_store(path: Path | None) -> Any:
    """Open the store (called once in each worker thread)."""
    from meja_redaksi.services import open_services

    return open_services(path).store


@dataclass(slots=True)
class ReferenceData:
    """Desks, people and tags the editor's fields offer."""

    desks: list[Desk] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    user: Person | None = None


def load_reference(store: Any, username: str) -> ReferenceData:
    """Desks, people, tags and the signed-in person."""
    people = list(store.people.list())
    user = next((p for p in people if p.username == username), None)
    return ReferenceData(list(store.desks.list()), people, list(store.articles.all_tags()), user)


def article_ids(store: Any, query: ArticleQuery, task: Any = None) -> IdList:
    """The ids matching ``query``, in its order, packed; cut short once ``task`` is cancelled."""
    stop = None if task is None else (lambda: bool(task.cancelled))
    return IdList(store.articles.ids(query, stop=stop))


def summaries(store: Any, ids: list[str]) -> list[ArticleSummary]:
    """The list rows of ``ids``, in that order."""
    return list(store.articles.summaries(ids))


def page(store: Any, query: ArticleQuery, ids: list[str], offset: int) -> list[ArticleSummary]:
    """The rows ``ids`` (the ids of ``query`` from ``offset`` on), with snippets as HTML when searching."""
    if not query.search:
        return summaries(store, ids)
    from meja_redaksi.store.fts import snippet_html

    found = store.articles.summaries(ids, search=query.search)
    return [replace(s, snippet=snippet_html(s.snippet)) for s in found]


def view_counts(store: Any, queries: dict[str, ArticleQuery]) -> dict[str, int]:
    """How many articles each sidebar view holds."""
    return {key: int(store.articles.count(query)) for key, query in queries.items()}


def status_counts(store: Any) -> dict[ArticleStatus, int]:
    """Articles per workflow state."""
    return dict(store.articles.status_counts())


def get_article(store: Any, article_id: str) -> Article:
    """One article by id."""
    article: Article = store.articles.get(article_id)
    return article


def save_article(store: Any, article: Article, author_id: str | None, note: str = "") -> Article:
    """Save ``article`` (a new revision); return it as stored."""
    saved: Article = store.articles.save(article, author_id=author_id, note=note)
    return saved


def revisions(store: Any, article_id: str) -> list[Revision]:
    """Every revision of an article, oldest first."""
    return sorted(store.articles.revisions(article_id), key=lambda r: r.number)


def related_suggestions(
    store: Any, text: str, exclude: str, limit: int = 8
) -> list[ArticleSummary]:
    """Articles whose text is most like ``text`` (FTS ranking), without ``exclude``."""
    words = [w for w in text.split() if len(w) > 4][:12]
    if not words:
        return []
    query = ArticleQuery(search=" OR ".join(words), limit=limit + 1)
    ids = [i for i in store.articles.ids(query) if i != exclude][:limit]
    return list(store.articles.summaries(ids))
