"""Table models of the planning view: assignments (drag sources) and people's workloads (drop targets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meja_redaksi.domain.entities import Assignment, utcnow
from meja_redaksi.gui.queue.model import ARTICLE_MIME, short_time
from meja_redaksi.gui.workflow.labels import assignment_status_label
from meja_redaksi.workflow.assignments import is_overdue
from meja_redaksi.workflow.workload import Workload

ASSIGNMENT_MIME = "application/x-meja-redaksi-assignment"
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OVERDUE_COLOUR = QColor("#c0392b")
Index = QModelIndex | QPersistentModelIndex


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class AssignmentModel(QAbstractTableModel):
    """Assignments by deadline; each row can be dragged onto a person."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Assignment] = []
        self._names: dict[str, str] = {}
        self.now = utcnow()

    def set_rows(self, rows: Sequence[Assignment], names: dict[str, str]) -> None:
        """Show ``rows``; ``names`` maps person and desk ids to names."""
        self.beginResetModel()
        self._rows, self._names, self.now = list(rows), dict(names), utcnow()
        self.endResetModel()

    def assignment(self, row: int) -> Assignment | None:
        """The assignment of ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Assignments shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Title, desk, status, deadline, reporters, photographer, editor."""
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("AssignmentModels", "Assignment"), QCoreApplication.translate("AssignmentModels", "Desk"), QCoreApplication.translate("AssignmentModels", "Status"), QCoreApplication.translate("AssignmentModels", "Deadline"), QCoreApplication.translate("AssignmentModels", "Reporters"),
                  QCoreApplication.translate("AssignmentModels", "Photographer"), QCoreApplication.translate("AssignmentModels", "Editor"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable and draggable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        """Assignments travel as their id."""
        return [ASSIGNMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The id of the first dragged row."""
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows and (assignment := self.assignment(rows[0])) is not None:
            data.setData(ASSIGNMENT_MIME, QByteArray(assignment.id.encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        """Dragging assigns; nothing is moved out of this list."""
        return Qt.DropAction.CopyAction

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; overdue assignments in red and bold."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        assignment = self._rows[index.row()]
        overdue = is_overdue(assignment, self.now)
        if role == ID_ROLE:
            return assignment.id
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and overdue:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return assignment.brief or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._names
        values = (
            assignment.title,
            names.get(assignment.desk_id or "", ""),
            assignment_status_label(assignment.status),
            short_time(assignment.deadline),
            ", ".join(names.get(p, "?") for p in assignment.reporter_ids),
            names.get(assignment.photographer_id or "", ""),
            names.get(assignment.editor_id or "", ""),
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None


class WorkloadModel(QAbstractTableModel):
    """People of one role with their load; an assignment or article dropped on a row assigns it."""

    dropped = Signal(str, str, str)  # mime kind ("assignment"/"article"), item id, person id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Workload] = []

    def set_rows(self, rows: Sequence[Workload]) -> None:
        """Show ``rows`` (most loaded first is the caller's choice)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def workload(self, row: int) -> Workload | None:
        """The workload of ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """People shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, open assignments, in progress, overdue, waiting on them."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("AssignmentModels", "Name"), QCoreApplication.translate("AssignmentModels", "Assignments"), QCoreApplication.translate("AssignmentModels", "In progress"), QCoreApplication.translate("AssignmentModels", "Overdue"),
                  QCoreApplication.translate("AssignmentModels", "Waiting on them"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows accept drops."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        """Assignments and articles can be dropped."""
        return [ASSIGNMENT_MIME, ARTICLE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        """Dropping assigns (a copy: the source stays)."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Only onto a person, only our two kinds of item."""
        target = parent.row() if parent.isValid() else row
        return 0 <= target < len(self._rows) and any(data.hasFormat(m) for m in self.mimeTypes())

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Emit :attr:`dropped`; the panel does the assigning (through the task runner)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        person = self._rows[parent.row() if parent.isValid() else row].person
        for mime, kind in ((ASSIGNMENT_MIME, "assignment"), (ARTICLE_MIME, "article")):
            if data.hasFormat(mime):
                self.dropped.emit(kind, bytes(data.data(mime).data()).decode(), person.id)
                return True
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Counts; people with overdue items stand out in red and bold."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        load = self._rows[index.row()]
        if role == ID_ROLE:
            return load.person.id
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and load.overdue:
            return QBrush(OVERDUE_COLOUR) if role == Qt.ItemDataRole.ForegroundRole else _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (load.person.name, load.open_assignments, load.in_progress, load.overdue,
                  load.waiting)  # fmt: skip
        return values[index.column()] if 0 <= index.column() < len(values) else None
