"""Hint counts for the review queue, computed on the ``bulk`` worker a few articles at a time.

Each time the queue model is refilled or scrolled, the articles in view are loaded and checked on the worker
(``CopyChecker.check_article``) in small batches, each its own task, so saves, searches and counts
queued meanwhile are not held up; counts are kept per article version (``updated_at``), so a refreshed queue only
checks what changed. The checker lives on the worker thread only (it is not shared with the editors,
whose checker the GUI thread uses) and is reopened when the newsroom dictionary file changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from meja_redaksi.checking import CopyChecker
from meja_redaksi.domain.errors import NotFoundError
from meja_redaksi.gui.checking.dictionary import private_checker
from meja_redaksi.gui.checking.editor_checks import NEWSROOM_FILE

BATCH = 8
_worker = threading.local()


def worker_checker(dictionary: Path) -> tuple[CopyChecker, int]:
    """The calling worker thread's checker for ``dictionary`` (reopened when the file changes), and
    the file's modification stamp (0 when there is no file)."""
    try:
        stamp = dictionary.stat().st_mtime_ns
    except OSError:
        stamp = 0
    cached = getattr(_worker, "checker", None)
    if cached is None or cached[0] != (dictionary, stamp):
        _worker.checker = ((dictionary, stamp), private_checker(dictionary))
    checker: CopyChecker = _worker.checker[1]
    return checker, stamp


def count_hints(store: Any, ids: list[str]) -> tuple[int, dict[str, tuple[object, int]]]:
    """The dictionary's stamp and ``{id: (updated_at, hints)}`` of the articles that still exist."""
    checker, stamp = worker_checker(Path(store.path).resolve().parent / NEWSROOM_FILE)
    counts = {}
    for article_id in ids:
        try:
            article = store.articles.get(article_id)
        except NotFoundError:  # deleted meanwhile: no count, the queue refresh follows
            continue
        counts[article_id] = (article.updated_at, len(checker.check_article(article)))
    return stamp, counts


class QueueHintCounter(QObject):
    """Keeps hint counts of listed articles current.

    ``ids()`` gives the ``(id, updated_at)`` of the articles to count (the queue panel gives those in
    view); ``deliver(counts)`` gets ``{id: n}`` of every article counted so far, each time more are.
    """

    def __init__(
        self,
        runner: Any,
        ids: Callable[[], list[tuple[str, object]]],
        deliver: Callable[[dict[str, int]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ids = ids
        self.deliver = deliver
        self._known: dict[str, tuple[object, int]] = {}
        self._todo: list[str] = []
        self._stamp: int | None = None

    def refresh(self) -> None:
        """Count what the model shows now (an article counted since its last change keeps its count)."""
        shown = self.ids()
        self._todo = [i for i, version in shown if self._known.get(i, (None, 0))[0] != version]
        if not self._todo and shown:  # one cheap check tells whether the dictionary changed
            self._todo = [shown[0][0]]
        self._publish()
        self._next()

    def forget(self) -> None:
        """Recount everything on the next refresh (after the dictionary or the rules changed)."""
        self._known.clear()

    def _publish(self) -> None:
        self.deliver({i: n for i, (_rev, n) in self._known.items()})

    def _next(self) -> None:
        if not self._todo:
            return
        batch, self._todo = self._todo[:BATCH], self._todo[BATCH:]
        self.runner.submit(
            lambda store, _t: count_hints(store, batch),
            lane="bulk",
            key=f"queue-hints:{id(self)}",
            on_done=self._counted,
            on_error=lambda _message: self._next(),
        )

    def _counted(self, result: tuple[int, dict[str, tuple[object, int]]]) -> None:
        stamp, counts = result
        if self._stamp is not None and stamp != self._stamp:  # the dictionary changed: recount
            self._stamp = stamp
            self._known = dict(counts)
            self.refresh()
            return
        self._stamp = stamp
        self._known.update(counts)
        self._publish()
        self._next()
