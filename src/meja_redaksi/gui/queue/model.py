"""The review queue as a table model: headline, desk, status, deadline, priority, waiting since."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meja_redaksi.domain.dates import format_dateline
from meja_redaksi.domain.entities import utcnow
from meja_redaksi.gui.labels import status_label
from meja_redaksi.workflow.queue import PRIORITY_EDITING, PRIORITY_TIMED, QueueEntry

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ARTICLE_MIME = "application/x-meja-redaksi-article"
OVERDUE_COLOUR = QColor("#c0392b")
HINTS_COLUMN = 6
Index = QModelIndex | QPersistentModelIndex


def short_time(value: datetime | None) -> str:
    """A time as the newsroom writes it, 'Rabu (2/5) 14:30' (local time), empty when none."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_dateline(local)} {local:%H:%M}"


class QueueModel(QAbstractTableModel):
    """Rows of :class:`QueueEntry` in queue order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[QueueEntry] = []
        self._desks: dict[str, str] = {}
        self._hints: dict[str, int] = {}
        self.now = utcnow()

    def set_entries(self, entries: list[QueueEntry], desk_names: dict[str, str]) -> None:
        """Show ``entries`` (already ordered)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._desks = dict(desk_names)
        self.now = utcnow()
        self.endResetModel()

    def entry(self, row: int) -> QueueEntry | None:
        """The entry of ``row`` (None when out of range)."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def versions(self) -> list[tuple[str, object]]:
        """``(id, updated_at)`` of every row (what the hint counter checks)."""
        return [(e.id, e.article.updated_at) for e in self._entries]

    def set_hint_counts(self, counts: dict[str, int]) -> None:
        """Show each article's number of spelling and style hints (counted on a worker)."""
        self._hints = dict(counts)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, HINTS_COLUMN), self.index(len(self._entries) - 1, HINTS_COLUMN)
            )

    def row_of(self, article_id: str) -> int:
        """The row of an article (-1 when not queued)."""
        return next((i for i, e in enumerate(self._entries) if e.id == article_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Queued articles (a table: no children)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Headline, desk, status, deadline, priority, waiting since, hints."""
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable and can be dragged onto a person in the planning view."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        """Articles travel as their id."""
        return [ARTICLE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The id of the first dragged row."""
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows and (entry := self.entry(rows[0])) is not None:
            data.setData(ARTICLE_MIME, QByteArray(entry.id.encode()))
        return data

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("QueueModel", "Headline"), QCoreApplication.translate("QueueModel", "Desk"), QCoreApplication.translate("QueueModel", "Status"), QCoreApplication.translate("QueueModel", "Deadline"), QCoreApplication.translate("QueueModel", "Priority"),
                  QCoreApplication.translate("QueueModel", "Waiting since"), QCoreApplication.translate("QueueModel", "Hints"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the article id (ID_ROLE), overdue deadlines in red and bold."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        overdue = entry.deadline is not None and entry.deadline < self.now
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ForegroundRole and overdue and index.column() == 3:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and overdue and index.column() == 3:
            font = QFont()
            font.setBold(True)
            return font
        if index.column() == HINTS_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("QueueModel", "Spelling and style hints in the text")
        if index.column() == HINTS_COLUMN and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return QCoreApplication.translate("QueueModel", "Past its deadline")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        article = entry.article
        column = index.column()
        if column == 0:
            return article.headline or QCoreApplication.translate("QueueModel", "(no headline)")
        if column == 1:
            return self._desks.get(article.desk_id or "", "")
        if column == 2:
            return status_label(article.status)
        if column == 3:
            return short_time(entry.deadline)
        if column == 4:
            return {
                PRIORITY_TIMED: QCoreApplication.translate("QueueModel", "Timed"),
                PRIORITY_EDITING: QCoreApplication.translate("QueueModel", "In edit"),
            }.get(entry.priority, QCoreApplication.translate("QueueModel", "Normal"))
        if column == 5:
            return short_time(article.created_at)
        if column == HINTS_COLUMN:
            count = self._hints.get(entry.id)
            return "" if count is None else str(count)
        return None
