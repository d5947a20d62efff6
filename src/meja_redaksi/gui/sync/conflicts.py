"""The conflicts dock: articles held in a sync conflict, both versions side by side, and resolving one.

Taking the portal's or the local version, or a version merged by hand, is saved through
:meth:`meja_redaksi.sync.store_replica.StoreReplica.resolve` on a worker lane and then synced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.sync.compare import TEXT_FIELDS, as_text, comparison_html, differing_fields
from meja_redaksi.gui.sync.messages import KeptRecord, conflict_reason_text, kept_text
from meja_redaksi.sync.replica import HeldConflict
from meja_redaksi.sync.store_replica import StoreReplica

Index = QModelIndex | QPersistentModelIndex
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


_NAME_FIELDS = ("headline", "word", "name", "title")


def load_conflicts(store: Any) -> list[tuple[HeldConflict, str]]:
    """Held conflicts with the name each record goes by: an article's headline (as it is here when the
    conflict holds none), a dictionary word, a desk's or person's name, a photo's title (worker lane)."""
    out: list[tuple[HeldConflict, str]] = []
    for conflict in StoreReplica(store).conflicts():
        headline = next(
            (
                str(side[key])
                for key in _NAME_FIELDS
                for side in (conflict.mine, conflict.theirs)
                if side.get(key)
            ),
            "",
        )
        if (
            not headline
            and conflict.entity == "article"
            and store.articles.exists(conflict.record_id)
        ):
            headline = store.articles.get(conflict.record_id).headline
        out.append((conflict, headline or conflict.record_id[:8]))
    return out


def _shown(fields: dict[str, Any]) -> dict[str, Any]:
    """Fields as the dock shows them: a workflow state by its translated name."""
    status = fields.get("status")
    if status not in {s.value for s in ArticleStatus}:
        return fields
    return {**fields, "status": status_label(ArticleStatus(status))}


class ConflictListModel(QAbstractListModel):
    """One row per held conflict: the headline, and the reason as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[HeldConflict, str]] = []
        self.field_labels: dict[str, str] = {}

    def set_conflicts(self, rows: list[tuple[HeldConflict, str]]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def conflict(self, row: int) -> HeldConflict:
        """The conflict in ``row``."""
        return self._rows[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of held conflicts (a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Headline (display), reason (tooltip), the conflict itself (CONFLICT_ROLE)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict, headline = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return headline
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict_reason_text(conflict.reason, self.field_labels)
        if role == CONFLICT_ROLE:
            return conflict
        return None


class MergeDialog(QDialog):
    """Edit the differing text fields by hand, starting from the local version."""

    def __init__(self, conflict: HeldConflict, labels: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge by hand"))
        self.resize(760, 560)
        layout = QFormLayout(self)
        self.editors: dict[str, QPlainTextEdit] = {}
        names = [n for n in differing_fields(conflict.theirs, conflict.mine) if n in TEXT_FIELDS]
        for name in names or ["body"]:
            editor = QPlainTextEdit(as_text(conflict.mine.get(name, conflict.theirs.get(name))))
            editor.setObjectName(f"merge_{name}")
            if name == "headline":
                editor.setMaximumHeight(60)
            self.editors[name] = editor
            layout.addRow(labels.get(name, name), editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def fields(self) -> dict[str, str]:
        """The merged text of each field."""
        return {name: editor.toPlainText() for name, editor in self.editors.items()}


class ConflictPanel(QWidget):
    """The list of held conflicts over the two versions and the resolving buttons."""

    resolve_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictListModel(self)
        self.list = QListView()
        self.list.setObjectName("conflictList")
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.reason = QLabel()
        self.reason.setObjectName("conflictReason")
        self.reason.setWordWrap(True)
        self.kept_label = QLabel()
        self.kept_label.setObjectName("keptOnDevice")
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet("color: #8a5300;")
        self.kept_label.hide()
        self.kept: tuple[KeptRecord, ...] = ()
        self.portal_view, self.local_view = QTextBrowser(), QTextBrowser()
        self.portal_title, self.local_title = QLabel(), QLabel()
        sides = QSplitter(Qt.Orientation.Horizontal)
        for title, view in (
            (self.portal_title, self.portal_view),
            (self.local_title, self.local_view),
        ):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(title)
            column_layout.addWidget(view)
            sides.addWidget(column)
        self.take_portal = QPushButton()
        self.take_local = QPushButton()
        self.merge_button = QPushButton()
        self.take_portal.clicked.connect(lambda: self._resolve_with("theirs"))
        self.take_local.clicked.connect(lambda: self._resolve_with("mine"))
        self.merge_button.clicked.connect(self.merge_by_hand)
        buttons = QHBoxLayout()
        for button in (self.take_portal, self.take_local, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kept_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.reason)
        details_layout.addWidget(sides, 1)
        details_layout.addLayout(buttons)
        splitter.addWidget(details)
        splitter.setSizes([90, 520])
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.portal_title.setText(self.tr("Portal version"))
        self.local_title.setText(self.tr("Local version"))
        self.take_portal.setText(self.tr("Take the portal's"))
        self.take_local.setText(self.tr("Keep mine"))
        self.merge_button.setText(self.tr("Merge by hand…"))
        self.model.field_labels = self.labels()
        self.set_kept(self.kept)
        self._show_current()

    def set_kept(self, kept: tuple[KeptRecord, ...]) -> None:
        """Say which records the last sync kept on this device, and why (hidden when none)."""
        self.kept = tuple(kept)
        lines = [self.tr("Kept on this device (not sent to the portal):")]
        lines += [f"• {kept_text(record)}" for record in self.kept]
        self.kept_label.setText("\n".join(lines))
        self.kept_label.setVisible(bool(self.kept))

    def labels(self) -> dict[str, str]:
        """Translated names of the article fields."""
        return {
            "headline": self.tr("Headline"),
            "lead": self.tr("Lead"),
            "body": self.tr("Body"),
            "tags": self.tr("Tags"),
            "status": self.tr("Status"),
        }

    def set_conflicts(self, rows: list[tuple[HeldConflict, str]]) -> None:
        """Show these conflicts, keeping the selected one when it is still held."""
        current = self.current()
        self.model.set_conflicts(rows)
        row = next((i for i, (c, _h) in enumerate(rows) if current and c.id == current.id), 0)
        if rows:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> HeldConflict | None:
        """The selected conflict."""
        index = self.list.currentIndex()
        return self.model.conflict(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        conflict = self.current()
        for button in (self.take_portal, self.take_local, self.merge_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            if self.kept:
                self.reason.setText(self.tr("No conflicts to resolve."))
            else:
                self.reason.setText(self.tr("No conflicts: everything is in step with the portal."))
            self.portal_view.clear()
            self.local_view.clear()
            return
        self.reason.setText(conflict_reason_text(conflict.reason, self.labels()))
        portal, local = comparison_html(
            _shown(conflict.theirs), _shown(conflict.mine), self.labels()
        )
        self.portal_view.setHtml(portal)
        self.local_view.setHtml(local)

    def _resolve_with(self, side: str) -> None:
        conflict = self.current()
        if conflict is not None:
            fields = conflict.theirs if side == "theirs" else conflict.mine
            self.resolve_requested.emit(conflict.id, dict(fields))

    def merge_by_hand(self) -> MergeDialog | None:
        """Open the merge editor; on save, resolve with the merged text."""
        conflict = self.current()
        if conflict is None:
            return None
        dialog = MergeDialog(conflict, self.labels(), self)
        dialog.accepted.connect(lambda: self.resolve_requested.emit(conflict.id, dialog.fields()))
        dialog.open()
        return dialog


class ConflictDock(QDockWidget):
    """The dock around :class:`ConflictPanel`; resolving runs on a worker lane and then syncs."""

    resolved = Signal(str)

    def __init__(self, window: QMainWindow, controller: Any) -> None:
        super().__init__(window)
        self.setObjectName("conflictDock")
        self.window_ = window
        self.controller = controller
        self.panel = ConflictPanel(self)
        self.setWidget(self.panel)
        self.panel.resolve_requested.connect(self.resolve)
        controller.status_changed.connect(lambda _s: self.reload())
        controller.status_changed.connect(lambda _s: self.panel.set_kept(controller.kept))
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.panel.retranslate()

    def reload(self) -> None:
        """Read the held conflicts off the GUI thread."""
        self.controller.runner.submit(
            lambda store, _t: load_conflicts(store),
            lane="bulk",
            key="sync-conflicts",
            on_done=self.panel.set_conflicts,
        )

    def resolve(self, conflict_id: str, fields: dict[str, Any]) -> None:
        """Save the chosen version through StoreReplica.resolve, then sync it."""

        def job(store: Any, _task: Any) -> None:
            StoreReplica(store).resolve(conflict_id, fields)

        def done(_result: None) -> None:
            self.resolved.emit(conflict_id)
            self.controller.show_message(self.tr("Conflict resolved; synchronizing"))
            self.controller.sync_now()
            self.window_.refresh_all()  # type: ignore[attr-defined]

        self.controller.runner.submit(
            job, lane="bulk", on_done=done, on_error=self.controller.show_message
        )
