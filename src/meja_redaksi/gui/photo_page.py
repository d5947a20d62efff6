"""The Photos view: the store's photos as a thumbnail grid with the caption panel beside it.

Built from the photo engineer's widgets (gui/photos/); loading and saving go through the task runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QSplitter, QVBoxLayout, QWidget

from meja_redaksi.domain.entities import Photo
from meja_redaksi.gui.tasks import TaskRunner

PHOTO_LIMIT = 500


class PhotoPage(QWidget):
    """Grid of photos (newest first, at most PHOTO_LIMIT) and the caption fields of the selection."""

    def __init__(self, runner: TaskRunner, show_message: Any) -> None:
        super().__init__()
        from meja_redaksi.gui.photos import CaptionPanel, PhotoStrip
        from meja_redaksi.photos.derivatives import derivative_paths

        self.runner = runner
        self.show_message = show_message
        self._thumbs: dict[str, Path] = {}
        self._photos: dict[str, Photo] = {}
        self._derivative_paths = derivative_paths
        self.strip = PhotoStrip(lambda photo: self._thumbs.get(photo.id))
        self.strip.setWrapping(True)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setResizeMode(QListView.ResizeMode.Adjust)
        self.captions = CaptionPanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.strip)
        splitter.addWidget(self.captions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.strip.selection_changed.connect(self._selected)
        self.captions.caption_changed.connect(self._save)

    def reload(self) -> None:
        """Fetch the photos (and where their thumbnails are) on the worker."""
        paths = self._derivative_paths

        def job(store: Any, _task: Any) -> tuple[list[Photo], dict[str, Path]]:
            photos = list(store.photos.list(limit=PHOTO_LIMIT))
            thumbs = {}
            for photo in photos:
                if photo.sha256:
                    thumb = paths(store.media_dir, photo.sha256).thumbnail
                    if thumb.exists():
                        thumbs[photo.id] = thumb
            return photos, thumbs

        self.runner.submit(job, key="photos", on_done=self._loaded, on_error=self.show_message)

    def _loaded(self, result: tuple[list[Photo], dict[str, Path]]) -> None:
        photos, self._thumbs = result
        self._photos = {p.id: p for p in photos}
        self.strip.set_photos(photos)
        self.captions.set_photos([])

    def _selected(self, ids: list[str]) -> None:
        self.captions.set_photos([self._photos[i] for i in ids if i in self._photos])

    def _save(self, photos: list[Photo]) -> None:
        def job(store: Any, _task: Any) -> list[Photo]:
            return [store.photos.save(photo) for photo in photos]

        self.runner.submit(job, lane="write", on_done=self._saved, on_error=self.show_message)

    def _saved(self, photos: list[Photo]) -> None:
        for photo in photos:
            self._photos[photo.id] = photo
            self.strip.add_photo(photo)
