"""A strip of photo thumbnails that accepts dropped files and folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from meja_redaksi.domain.entities import Photo

_ICON_SIZE = 128
_ICONS_PER_TICK = 8
_ID_ROLE = Qt.ItemDataRole.UserRole
_LACKING_COLOUR = "#b5121b"  # label colour of a photo still lacking its caption or credit


class PhotoStrip(QListWidget):
    """Thumbnails of photos, left to right; drop files or folders on it to ingest them.

    ``thumbnail_path`` maps a photo to its cached thumbnail file (or None); thumbnails are loaded a few
    at a time from the event loop so a long strip never blocks the window.
    """

    files_dropped = Signal(list)
    selection_changed = Signal(list)

    def __init__(
        self,
        thumbnail_path: Callable[[Photo], Path | None] = lambda _p: None,
        parent: QWidget | None = None,
    ) -> None:
        """Build an empty strip."""
        super().__init__(parent)
        self._thumbnail_path = thumbnail_path
        self._pending: list[tuple[QListWidgetItem, Path]] = []
        self._icon_timer = QTimer(self, interval=0)
        self._icon_timer.timeout.connect(self._load_some_icons)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
        self._placeholder: QIcon | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.itemSelectionChanged.connect(lambda: self.selection_changed.emit(self.selected_ids()))
        self.setToolTip(self.tr("Drop photos or folders here to add them"))

    def set_photos(self, photos: list[Photo]) -> None:
        """Show ``photos`` in order (selection is cleared)."""
        self.clear()
        self._pending.clear()
        for photo in photos:
            self.add_photo(photo)

    def add_photo(self, photo: Photo) -> None:
        """Append one photo (or refresh its label if it is already shown)."""
        existing = self._item(photo.id)
        item = existing or QListWidgetItem(self.tr("(loading)"))
        item.setText(photo.label)
        item.setData(_ID_ROLE, photo.id)
        item.setToolTip(photo.caption or self.tr("No caption yet"))
        lacking = not photo.caption.strip() or not photo.credit.strip()
        item.setForeground(QBrush(QColor(_LACKING_COLOUR)) if lacking else QBrush())
        if existing is None:
            self.addItem(item)
            path = self._thumbnail_path(photo)
            if path is not None:
                self._pending.append((item, path))
                self._icon_timer.start()
            else:
                item.setIcon(self._placeholder_icon())
                if not photo.file_present:
                    item.setToolTip(
                        self.tr("The file of this photo is missing: add it to the store")
                    )

    def _placeholder_icon(self) -> QIcon:
        """A grey frame standing in for a photo whose file or thumbnail is not there."""
        if self._placeholder is None:
            pixmap = QPixmap(_ICON_SIZE, _ICON_SIZE * 3 // 4)
            pixmap.fill(QColor("#d5d9de"))
            painter = QPainter(pixmap)
            painter.setPen(QColor("#8a939c"))
            painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
            painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("no file"))
            painter.end()
            self._placeholder = QIcon(pixmap)
        return self._placeholder

    def use_grid(self, width: int = _ICON_SIZE + 24, height: int = _ICON_SIZE + 44) -> None:
        """Lay the photos out as a wrapping grid of equal cells (labels elided to two lines)."""
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setGridSize(QSize(width, height))
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def photo_ids(self) -> list[str]:
        """Ids of the shown photos, in order."""
        return [self.item(i).data(_ID_ROLE) for i in range(self.count())]

    def selected_ids(self) -> list[str]:
        """Ids of the selected photos, in strip order."""
        chosen = {id(item) for item in self.selectedItems()}
        return [
            self.item(i).data(_ID_ROLE) for i in range(self.count()) if id(self.item(i)) in chosen
        ]

    def select_index(self, row: int) -> None:
        """Select only the photo at ``row`` (clamped), e.g. for previous/next."""
        if self.count() == 0:
            return
        row = max(0, min(row, self.count() - 1))
        self.setCurrentRow(row, self.selectionModel().SelectionFlag.ClearAndSelect)

    def _item(self, photo_id: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(_ID_ROLE) == photo_id:
                return self.item(i)
        return None

    def _load_some_icons(self) -> None:
        for _ in range(min(_ICONS_PER_TICK, len(self._pending))):
            item, path = self._pending.pop(0)
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            image = reader.read()
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
        if not self._pending:
            self._icon_timer.stop()

    # ---- drag and drop ----------------------------------------------------------------------------
    def _dropped_paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept drags that carry local files or folders."""
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting local files while the drag moves over the strip."""
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Emit ``files_dropped`` with the dropped paths; the host starts the ingest."""
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()
