"""Rendered public pages kept in memory until a write changes what they show (DESIGN §7).

A page is rendered once into a template: its text with slots for what moves between two writes, each
listed article's live view count and the BERITA POPULER block, filled in per request from memory.

A committed write that may change a public page bumps the site's generation (:meth:`Database.on_write`)
and so retires every page rendered before it, at once: a page depends on its article, its photos and
their files, people, related and same-desk articles and the desk list, and a finer key would have to name
all of them. What cannot change a public page is told apart safely: an article that was not public and
still is not (drafts, submissions, approvals: most of a newsroom's writes), and the newsroom dictionary.
Every other write, and any write whose records are unknown, retires everything. Writes by another server
process on the same database are seen through the change log's ``seq`` counter: a write of this process
that starts where the cache last saw it proves there was none; else it is read at most every
``recheck_seconds``. BERITA POPULER is ranked by the stored counts, re-read at most every
``popular_seconds`` and on every write, so its order trails the live counts by at most that plus the view
counter's batch interval; the counts it shows are live.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from meja_redaksi.portal.db import CommittedWrite, Database, RecordChange, counter
from meja_redaksi.portal.models import ArticleRow
from meja_redaksi.portal.views import ViewCounter

# Random per process: no article text can forge a slot, so a body cannot reach into the filling.
_SLOT = f"\x00{secrets.token_hex(8)}\x00"
POPULAR_SLOT = f"{_SLOT}p{_SLOT}"
"""Where the BERITA POPULER block goes in a rendered page."""

_PRIVATE_ENTITIES = frozenset({"word"})
"""Records no public page shows."""

Render = Callable[[Session], str | None]
"""Renders a page from one read session (None: there is no such page)."""


def count_slot(article_id: str) -> str:
    """Where an article's live view count goes in a rendered page."""
    return f"{_SLOT}v{article_id}{_SLOT}"


@dataclass(frozen=True)
class PageTemplate:
    """Rendered text split at its slots: even items are text, odd items slot names."""

    parts: tuple[str, ...]
    generation: int

    @classmethod
    def parse(cls, text: str, generation: int) -> PageTemplate:
        """Split rendered text at its slots."""
        return cls(tuple(text.split(_SLOT)), generation)

    def with_popular(self, popular: PageTemplate) -> tuple[str, ...]:
        """The parts with the BERITA POPULER template put in its slot."""
        if "p" not in self.parts[1::2]:
            return self.parts
        merged: list[str] = []
        for index, part in enumerate(self.parts):
            if index % 2 and part == "p":
                merged[-1] += popular.parts[0]
                merged.extend(popular.parts[1:])
            elif index % 2 == 0 and index and self.parts[index - 1] == "p":
                merged[-1] += part
            else:
                merged.append(part)
        return tuple(merged)


class Page:
    """A rendered page ready to fill with live view counts."""

    __slots__ = ("counted", "parts")

    def __init__(self, parts: tuple[str, ...]) -> None:
        self.parts = parts
        self.counted = frozenset(name[1:] for name in parts[1::2])
        """The articles whose view counts the page shows."""

    def fill(self, counts: Mapping[str, int]) -> str:
        """The page's HTML with each count in its slot."""
        parts = list(self.parts)
        for index in range(1, len(parts), 2):
            parts[index] = str(counts[parts[index][1:]])
        return "".join(parts)


class _Entry:
    """A cached page's template and its last merge with BERITA POPULER."""

    __slots__ = ("merged", "popular", "template")

    def __init__(self, template: PageTemplate) -> None:
        self.template = template
        self.popular: PageTemplate | None = None
        self.merged: Page | None = None

    def page(self, popular: PageTemplate) -> Page:
        merged = self.merged
        if merged is None or self.popular is not popular:
            merged = Page(self.template.with_popular(popular))
            self.popular, self.merged = popular, merged
        return merged


class PageCache:
    """The site's rendered pages by key, each valid until the next write; least recently used go first."""

    def __init__(
        self,
        db: Database,
        views: ViewCounter,
        render_popular: Callable[[Session], str],
        *,
        popular_seconds: float = 5.0,
        recheck_seconds: float = 1.0,
        max_pages: int = 1000,
    ) -> None:
        self.db = db
        self.views = views
        self.render_popular = render_popular
        self.popular_seconds = popular_seconds
        self.recheck_seconds = recheck_seconds
        self.max_pages = max_pages
        self._generation = 0
        self._pages: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._popular: tuple[PageTemplate, float] | None = None
        self._seq: int | None = None
        self._public: set[str] | None = None  # ids of the published articles, once read
        self._writes = 0
        self._seq_read_at = float("-inf")
        self._lock = threading.Lock()
        self._popular_lock = threading.Lock()
        self._seq_lock = threading.Lock()
        self._render_locks = [threading.Lock() for _ in range(16)]  # one render of a key at a time
        db.on_write(self.written)

    @property
    def generation(self) -> int:
        """Bumped by every write that retired the pages rendered before it."""
        with self._lock:
            return self._generation

    def written(self, write: CommittedWrite) -> None:
        """Retire the pages a committed write may have changed (called by the database, in write order)."""
        with self._lock:
            self._writes += 1
            unseen_by_others = False
            if write.seq_range is not None:
                before, after = write.seq_range
                unseen_by_others = self._seq is None or before != self._seq
                self._seq = after
            public = self._public
            if public is None or unseen_by_others:
                self._generation += 1
                self._public = None
                return
            # A write that recorded no change (a sign-in, a photo file) changed no article's status.
            if not write.changes or not all(
                self._stays_private(change, public) for change in write.changes
            ):
                self._generation += 1
            for change in write.changes:
                if change.entity == "article":
                    if change.status == "published" and not change.deleted:
                        public.add(change.record_id)
                    else:
                        public.discard(change.record_id)

    @staticmethod
    def _stays_private(change: RecordChange, public: set[str]) -> bool:
        if change.entity in _PRIVATE_ENTITIES:
            return True
        shown = change.status == "published" and not change.deleted
        return change.entity == "article" and not shown and change.record_id not in public

    async def serve(
        self, key: Hashable, render: Render, count_view: str | None = None
    ) -> str | None:
        """The page at ``key`` with live counts (None: no such page); ``count_view`` counts a view first.

        A page still valid is served from memory on the event loop; anything that must read the database
        runs in the thread pool.
        """
        page = self.cached(key)
        if page is None:
            page = await run_in_threadpool(self.build, key, render)
            if page is None:
                return None
        if count_view is not None:
            self.views.count(count_view)
        counted = page.counted
        counts = self.views.live_counts(counted)
        if counts is None:
            counts = await run_in_threadpool(self.views.read_counts, counted)
        return page.fill(counts)

    def cached(self, key: Hashable) -> Page | None:
        """The page at ``key`` if it can be served without the database, else None."""
        now = time.monotonic()
        with self._lock:
            if now - self._seq_read_at > self.recheck_seconds:
                return None
            entry = self._pages.get(key)
            if entry is None or entry.template.generation != self._generation:
                return None
            popular = self._popular
            if popular is None or not self._popular_fresh(popular, now):
                return None
            self._pages.move_to_end(key)
            return entry.page(popular[0])

    def build(self, key: Hashable, render: Render) -> Page | None:
        """The page at ``key``, rendered when it is not cached (blocks on the database)."""
        self._recheck_seq()
        self._read_public()
        with self._render_locks[hash(key) % len(self._render_locks)]:
            with self._lock:
                generation = self._generation
                entry = self._pages.get(key)
            if entry is None or entry.template.generation != generation:
                # The generation is taken before the read: a write committed during it retires the page.
                with self.db.reading() as session:
                    text = render(session)
                if text is None:
                    return None
                entry = _Entry(PageTemplate.parse(text, generation))
                with self._lock:
                    self._pages[key] = entry
                    self._pages.move_to_end(key)
                    while len(self._pages) > self.max_pages:
                        self._pages.popitem(last=False)
        popular = self._popular_template()
        with self._lock:
            return entry.page(popular)

    def _popular_fresh(self, popular: tuple[PageTemplate, float], now: float) -> bool:
        template, rendered_at = popular
        return template.generation == self._generation and now - rendered_at <= self.popular_seconds

    def _popular_template(self) -> PageTemplate:
        with self._popular_lock:
            with self._lock:
                popular = self._popular
                generation = self._generation
                now = time.monotonic()
                if popular is not None and self._popular_fresh(popular, now):
                    return popular[0]
            with self.db.reading() as session:
                template = PageTemplate.parse(self.render_popular(session), generation)
            with self._lock:
                self._popular = (template, now)
            return template

    def _read_public(self) -> None:
        """Read which articles are public, unless known; kept only if no write came in between."""
        with self._lock:
            if self._public is not None:
                return
            writes = self._writes
        with self.db.reading() as session:
            public = set(
                session.execute(
                    select(ArticleRow.id).where(
                        ArticleRow.status == "published", ArticleRow.deleted.is_(False)
                    )
                ).scalars()
            )
        with self._lock:
            if self._writes == writes and self._public is None:
                self._public = public

    def _recheck_seq(self) -> None:
        """Retire every page when another process has written since the last look."""
        if time.monotonic() - self._seq_read_at <= self.recheck_seconds:
            return
        if not self._seq_lock.acquire(blocking=False):
            return  # another thread is looking right now
        try:
            read_at = time.monotonic()
            with self.db.reading() as session:
                seq = counter(session, "seq")
            with self._lock:
                if self._seq is not None and seq != self._seq:
                    self._generation += 1
                    self._public = None
                self._seq = seq
                self._seq_read_at = read_at
        finally:
            self._seq_lock.release()
