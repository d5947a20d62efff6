"""View counts: counted in memory and written in batches, so readers never queue behind a commit.

The counter also remembers each shown article's stored count (read once, then advanced by its own batch
writes), so a page shows stored + unwritten views without a database read per request. A batch stays in
the unwritten counts until its commit has returned the new stored counts, and both change under one
lock: the live count never skips or repeats the views of a batch in flight.

Each batch write also moves the ``views`` counter forward and stamps the articles it changed with the
new value (:class:`ViewVersionRow`), so a device asks only for the counts that moved since the version
it saw (:func:`counts_since`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import ArticleRow, CounterRow, ViewVersionRow

_log = logging.getLogger(__name__)
_READ_CHUNK = 500  # ids in one IN (...) query, well under every database's parameter limit
_ARTICLES = ArticleRow.__table__.c
# One statement run for the whole batch (executemany): a statement per article cost ~1 ms of Python each.
_ADD_VIEWS = (
    update(ArticleRow)
    .where(_ARTICLES.id == bindparam("article_id"))
    .values(view_count=_ARTICLES.view_count + bindparam("views"))
)
VIEWS_COUNTER = "views"
_COUNTERS = CounterRow.__table__.c
# Row-locks the counter until commit (PostgreSQL): batches of several server processes take their
# versions in commit order, so a reader that saw version N has seen every count stamped N or below.
_NEXT_VERSION = (
    update(CounterRow)
    .where(_COUNTERS.name == VIEWS_COUNTER)
    .values(value=_COUNTERS.value + 1)
    .returning(_COUNTERS.value)
)


@dataclass(frozen=True, slots=True)
class ChangedCounts:
    """The views version a device has now seen, and the stored counts that moved after its last one."""

    version: int
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        """The answer of ``GET /api/v1/views?since=V``."""
        return {"version": self.version, "counts": self.counts}


def counts_since(db: Database, since: int) -> ChangedCounts:
    """The stored view counts a batch moved after version ``since``; ``since=0``: those and every
    published article's count (a device that never asked)."""
    with db.reading() as session:
        connection = session.connection()
        # The version first: a batch committing between the two reads is sent again next time (the
        # counts are absolute, so twice is harmless); the other order could skip it.
        version = connection.execute(
            select(CounterRow.value).where(CounterRow.name == VIEWS_COUNTER)
        ).scalar()
        stamped = ViewVersionRow
        query = select(ArticleRow.id, ArticleRow.view_count).where(ArticleRow.deleted.is_(False))
        if since > 0:
            query = query.join(stamped, stamped.article_id == ArticleRow.id).where(
                stamped.version > since
            )
        else:
            query = query.outerjoin(stamped, stamped.article_id == ArticleRow.id).where(
                or_(ArticleRow.status == "published", stamped.version.is_not(None))
            )
        counts = {row.id: row.view_count for row in connection.execute(query)}
    return ChangedCounts(int(version or 0), counts)


class ViewCounter:
    """Counts page views; adds them to the articles' stored counts at most every ``interval`` seconds.

    The stored counts it knows are re-read by a batch write at most every ``reread_seconds`` (another
    server process on the same database adds its own views); in between only this process's writes move
    them, so a page never waits for that re-read.
    """

    def __init__(self, db: Database, interval: float = 2.0, reread_seconds: float = 30.0) -> None:
        self.db = db
        self.interval = interval
        self.reread_seconds = reread_seconds
        self._pending: Counter[str] = Counter()
        self._stored: dict[str, int] = {}
        self._stored_read_at = time.monotonic()
        self._lock = threading.Lock()  # guards the counts; held for microseconds
        self._writer = threading.Lock()  # one batch write or stored-count read at a time
        self._flushing = False
        self._last_flush = time.monotonic()

    def count(self, article_id: str) -> None:
        """Count one view; when a batch is due, write it in a background thread (the reader never waits)."""
        with self._lock:
            self._pending[article_id] += 1
            start = not self._flushing and time.monotonic() - self._last_flush >= self.interval
            if start:
                self._flushing = True
        if start:
            threading.Thread(
                target=self._flush_in_background, name="view-batch", daemon=True
            ).start()

    def pending(self, article_id: str) -> int:
        """Views counted but not yet written."""
        with self._lock:
            return self._pending[article_id]

    def pending_all(self) -> dict[str, int]:
        """Every article's unwritten views."""
        with self._lock:
            return dict(self._pending)

    def live_counts(self, article_ids: Collection[str]) -> dict[str, int] | None:
        """Stored + unwritten views of each article, or None when a stored count must be read first."""
        with self._lock:
            stored = self._stored
            if any(article_id not in stored for article_id in article_ids):
                return None
            return {i: stored[i] + self._pending[i] for i in article_ids}

    def read_counts(self, article_ids: Collection[str]) -> dict[str, int]:
        """Like :meth:`live_counts`, reading the stored counts not known yet (blocks on the database)."""
        with self._writer:
            with self._lock:
                missing = [i for i in article_ids if i not in self._stored]
            found: dict[str, int] = {}
            if missing:
                with self.db.reading() as session:
                    rows = session.execute(
                        select(ArticleRow.id, ArticleRow.view_count).where(
                            ArticleRow.id.in_(missing)
                        )
                    )
                    found = {row.id: row.view_count for row in rows}
            with self._lock:
                for article_id in missing:
                    self._stored[article_id] = found.get(article_id, 0)
                return {i: self._stored[i] + self._pending[i] for i in article_ids}

    def flush(self) -> None:
        """Write the counted views (one transaction); they stay counted as unwritten until it commits."""
        with self._writer:
            with self._lock:
                batch = dict(self._pending)
                self._last_flush = time.monotonic()
                reread = time.monotonic() - self._stored_read_at > self.reread_seconds
                known = list(self._stored) if reread else []
            if not batch:
                return
            written = sorted(batch)  # one lock order for every server
            stored: dict[str, int] = {}
            with self.db.writing(notify=False) as session:
                connection = session.connection()
                connection.execute(
                    _ADD_VIEWS, [{"article_id": i, "views": batch[i]} for i in written]
                )
                self._stamp_version(connection, written)
                read = written + [i for i in known if i not in batch]
                for start in range(0, len(read), _READ_CHUNK):
                    rows = session.execute(
                        select(ArticleRow.id, ArticleRow.view_count).where(
                            ArticleRow.id.in_(read[start : start + _READ_CHUNK])
                        )
                    )
                    stored.update({row.id: row.view_count for row in rows})
            with self._lock:
                self._pending.subtract(batch)
                for article_id in batch:
                    if self._pending[article_id] <= 0:
                        del self._pending[article_id]
                self._stored.update(stored)
                if reread:
                    self._stored_read_at = time.monotonic()

    def _stamp_version(self, connection: Connection, article_ids: list[str]) -> None:
        """Move the views version forward and stamp the batch's articles with it (upserts)."""
        dialect: Any = sqlite if self.db.is_sqlite else postgresql
        version = connection.execute(_NEXT_VERSION).scalar()
        if version is None:  # the first batch on this database
            connection.execute(
                dialect.insert(CounterRow)
                .values(name=VIEWS_COUNTER, value=0)
                .on_conflict_do_nothing(index_elements=[_COUNTERS.name])
            )
            version = connection.execute(_NEXT_VERSION).scalar_one()
        stamp = dialect.insert(ViewVersionRow)
        stamp = stamp.on_conflict_do_update(
            index_elements=[ViewVersionRow.__table__.c.article_id],
            set_={"version": stamp.excluded.version},
        )
        connection.execute(stamp, [{"article_id": i, "version": version} for i in article_ids])

    def _flush_in_background(self) -> None:
        try:
            self.flush()
        except Exception:  # the views stay unwritten and go with the next batch
            _log.exception("writing a batch of view counts failed")
        finally:
            with self._lock:
                self._flushing = False
