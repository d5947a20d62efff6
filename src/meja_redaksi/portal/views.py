"""View counts: counted in memory and written in batches, so readers never queue behind a commit."""

from __future__ import annotations

import threading
import time
from collections import Counter

from sqlalchemy import update

from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import ArticleRow


class ViewCounter:
    """Counts page views; adds them to the articles' stored counts at most every ``interval`` seconds."""

    def __init__(self, db: Database, interval: float = 2.0) -> None:
        self.db = db
        self.interval = interval
        self._pending: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._last_flush = time.monotonic()

    def count(self, article_id: str) -> None:
        """Count one view; write the batch when it is due."""
        with self._lock:
            self._pending[article_id] += 1
            due = time.monotonic() - self._last_flush >= self.interval
        if due:
            self.flush()

    def pending(self, article_id: str) -> int:
        """Views counted but not yet written (the page shows stored + pending)."""
        with self._lock:
            return self._pending[article_id]

    def pending_all(self) -> dict[str, int]:
        """Every article's unwritten views."""
        with self._lock:
            return dict(self._pending)

    def flush(self) -> None:
        """Write the counted views (one transaction)."""
        with self._lock:
            batch, self._pending = self._pending, Counter()
            self._last_flush = time.monotonic()
        if not batch:
            return
        with self.db.writing() as session:
            for article_id, views in batch.items():
                session.execute(
                    update(ArticleRow)
                    .where(ArticleRow.id == article_id)
                    .values(view_count=ArticleRow.view_count + views)
                )
