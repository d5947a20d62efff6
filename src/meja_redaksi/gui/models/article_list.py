"""The article list model: holds only ids, fetches the rows it shows lazily, in pages, from a worker.

``set_ids`` takes the ordered ids of a query (computed off the GUI thread); ``data`` answers from a cache
of :class:`ArticleSummary` pages and asks the task runner for a missing page, showing "…" until it comes.
Sorting re-runs the query in the store: the view's header click becomes :attr:`sort_requested`.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery, ArticleSummary, SortKey
from meja_redaksi.gui import store_jobs
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.models.id_list import IdList
from meja_redaksi.gui.tasks import Task, TaskRunner

PAGE_SIZE = 200
FIRST_PAGE_ROWS = 60  # a search shows this many rows at once; the rest of its ids follow
MAX_CACHED_PAGES = 25  # rows kept for scrolling back; older pages are fetched again when shown
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SNIPPET_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ROW_ID_CACHE = 4096
"""Row ids kept unpacked at most (a screenful is ~40; scrolling a 100k list must not keep them all)."""
_SERVED_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        ID_ROLE,
        SNIPPET_ROLE,
    }
)
COLUMNS: tuple[tuple[SortKey, str], ...] = (
    (SortKey.HEADLINE, "Headline"),
    (SortKey.STATUS, "Status"),
    (SortKey.DESK, "Desk"),
    (SortKey.REPORTER, "Reporter"),
    (SortKey.EDITOR, "Editor"),
    (SortKey.UPDATED, "Updated"),
    (SortKey.VIEWS, "Views"),
)
Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """Ids of the current query; rows fetched on demand."""

    sort_requested = Signal(object, bool)
    page_loaded = Signal()

    def __init__(self, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._ids = IdList()
        self._row_ids: dict[int, str] = {}  # rows painted so far -> id (unpacking one costs ~10 us)
        self._rows: dict[str, ArticleSummary] = {}
        self._loading: set[int] = set()
        self._pages: OrderedDict[int, list[str]] = OrderedDict()
        self._query = ArticleQuery()
        self._generation = 0
        self._page_tasks: dict[int, Task] = {}  # page -> its queued or running read

    def set_ids(self, ids: IdList | list[str], query: ArticleQuery | None = None) -> None:
        """Show ``ids``, the ids of ``query`` in order (the row cache starts afresh)."""
        query = query or ArticleQuery()
        self.beginResetModel()
        self._generation += 1
        for task in self._page_tasks.values():
            task.cancel()  # pages of the previous ids still queued are not read at all
        self._page_tasks.clear()
        self._rows.clear()
        self._row_ids.clear()
        self._pages.clear()
        self._query = query
        self._ids = ids if isinstance(ids, IdList) else IdList(ids)
        self._loading.clear()
        self.endResetModel()

    def extend_ids(self, ids: IdList, query: ArticleQuery) -> None:
        """Grow a first page to the whole result of the same query (rows appended, no reset)."""
        if query != self._query or len(ids) < len(self._ids) or not ids.starts_with(self._ids):
            self.set_ids(ids, query)
            return
        if len(ids) > len(self._ids):
            if len(self._ids) % PAGE_SIZE:
                # The last page was read short: read it again, whole, when it is shown.
                self._loading.discard(len(self._ids) // PAGE_SIZE)
            self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

    def forget(self, article_id: str) -> None:
        """Drop one cached row (after a save) so it is fetched again."""
        if self._rows.pop(article_id, None) is not None and article_id in self._ids:
            row = self._ids.index(article_id)
            self._loading.discard(row // PAGE_SIZE)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def article_id(self, row: int) -> str | None:
        """The id shown on ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids(self) -> IdList:
        """Every id of the current query, in order."""
        return self._ids

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows: the ids of the query (none under a row: this is a flat table)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The list's columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("Labels", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the article id (ID_ROLE) and the search snippet (SNIPPET_ROLE)."""
        # A view asks each painted cell for a dozen roles; the ones not served here cost nothing.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row = index.row()
        article_id = self._row_ids.get(row)
        if article_id is None:
            if row >= len(self._ids):
                return None
            if len(self._row_ids) >= ROW_ID_CACHE:
                self._row_ids.clear()
            article_id = self._row_ids[row] = self._ids[row]
        if role == ID_ROLE:
            return article_id
        summary = self._rows.get(article_id)
        if summary is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row() // PAGE_SIZE)
                return "…" if index.column() == 0 else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, COLUMNS[index.column()][0])
        if role == SNIPPET_ROLE:
            return summary.snippet
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return summary.headline
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and COLUMNS[index.column()][0] == SortKey.VIEWS
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, summary: ArticleSummary, key: SortKey) -> str:
        if key == SortKey.HEADLINE:
            return summary.headline or QCoreApplication.translate("Labels", "(no headline)")
        if key == SortKey.STATUS:
            return status_label(ArticleStatus(summary.status))
        if key == SortKey.DESK:
            return summary.desk
        if key == SortKey.REPORTER:
            return summary.reporter
        if key == SortKey.EDITOR:
            return summary.editor
        if key == SortKey.UPDATED:
            return f"{summary.updated_at.astimezone():%d/%m/%Y %H:%M}"
        return f"{summary.view_count:,}".replace(",", ".")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the query to be run again in the store's order for ``column``."""
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def _request(self, page: int) -> None:
        if page in self._loading:
            return
        self._loading.add(page)
        ids = self._ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
        generation, query, offset = self._generation, self._query, page * PAGE_SIZE
        self._page_tasks[page] = self._runner.submit(
            lambda store, _task: store_jobs.page(store, query, ids, offset),
            on_done=lambda rows: self._loaded(generation, page, rows),
            on_error=lambda _message: self._failed(generation, page),
        )

    def _failed(self, generation: int, page: int) -> None:
        if generation == self._generation:
            self._loading.discard(page)
            self._page_tasks.pop(page, None)

    def _loaded(self, generation: int, page: int, rows: list[ArticleSummary]) -> None:
        if generation != self._generation:
            return
        self._page_tasks.pop(page, None)
        for summary in rows:
            self._rows[summary.id] = summary
        self._pages[page] = [summary.id for summary in rows]
        while len(self._pages) > MAX_CACHED_PAGES:
            old_page, old_ids = self._pages.popitem(last=False)
            self._loading.discard(old_page)
            for old_id in old_ids:
                self._rows.pop(old_id, None)
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit()
