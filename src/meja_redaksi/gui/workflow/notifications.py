"""In-app notifications: a list model (unseen in bold) and the panel that loads and clears them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QPushButton, QVBoxLayout, QWidget

from meja_redaksi.domain.entities import Person
from meja_redaksi.gui.queue.model import short_time
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.gui.workflow import jobs
from meja_redaksi.workflow.notifications import Notification, NotificationKind

Index = QModelIndex | QPersistentModelIndex
ARTICLE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def kind_label(kind: NotificationKind) -> str:
    """Why the person is told, in the interface language."""
    labels = {
        NotificationKind.MENTION: QCoreApplication.translate("Notifications", "Mentioned you"),
        NotificationKind.ASSIGNMENT: QCoreApplication.translate("Notifications", "New assignment"),
        NotificationKind.RETURNED: QCoreApplication.translate("Notifications", "Returned"),
        NotificationKind.APPROVED: QCoreApplication.translate("Notifications", "Approved"),
    }
    return labels[NotificationKind(kind)]


class NotificationModel(QAbstractListModel):
    """Notifications, newest first; the ones not yet seen are bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Notification] = []
        self._seen_until: datetime | None = None
        self.names: dict[str, str] = {}

    def set_items(self, items: list[Notification], seen_until: datetime | None) -> None:
        """Show ``items``; those after ``seen_until`` count as unseen."""
        self.beginResetModel()
        self._items, self._seen_until = list(items), seen_until
        self.endResetModel()

    def unseen_count(self) -> int:
        """How many notifications are new."""
        return sum(self.is_unseen(n) for n in self._items)

    def is_unseen(self, item: Notification) -> bool:
        """Whether ``item`` came after the last time they were read."""
        return self._seen_until is None or item.at > self._seen_until

    def notification(self, row: int) -> Notification | None:
        """The notification of ``row``."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def newest(self) -> datetime | None:
        """The time of the newest notification."""
        return self._items[0].at if self._items else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Notifications shown."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """'kind · when · who: text'; unseen in bold; the article id in ARTICLE_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ARTICLE_ROLE:
            return item.article_id
        if role == Qt.ItemDataRole.FontRole and self.is_unseen(item):
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        who = self.names.get(item.actor_id or "", "")
        head = " · ".join(p for p in (kind_label(item.kind), short_time(item.at), who) if p)
        return f"{head}: {item.text}"


class NotificationPanel(QWidget):
    """The signed-in person's notifications; activating one opens its article."""

    open_requested = Signal(str)
    unseen_changed = Signal(int)
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.person: Person | None = None
        self.model = NotificationModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.activated.connect(self._activated)
        self.read_button = QPushButton(self)
        self.read_button.clicked.connect(self.mark_all_read)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.read_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.read_button.setText(self.tr("Mark all as read"))

    def set_person(self, person: Person | None, people: list[Person]) -> None:
        """Whose notifications to show."""
        self.person = person
        self.model.names = {p.id: p.name for p in people}

    def refresh(self) -> None:
        """Load the notifications again."""
        person = self.person
        if person is None:
            self.model.set_items([], None)
            self.unseen_changed.emit(0)
            return
        self.runner.submit(
            lambda store, _t: jobs.notifications(store, person),
            key="notifications",
            on_done=self._loaded,
            on_error=self.message.emit,
        )

    def _loaded(self, data: jobs.NotificationData) -> None:
        self.model.set_items(data.items, data.seen_until)
        self.unseen_changed.emit(self.model.unseen_count())

    def mark_all_read(self) -> None:
        """Everything shown counts as read from now on."""
        person, newest = self.person, self.model.newest()
        if person is None or newest is None:
            return
        self.runner.submit(
            lambda store, _t: jobs.mark_seen(store, person, newest),
            lane="write",
            on_done=lambda _r: self.refresh(),
            on_error=self.message.emit,
        )

    def _activated(self, index: QModelIndex) -> None:
        article_id = self.model.data(index, ARTICLE_ROLE)
        if article_id:
            self.open_requested.emit(str(article_id))
