"""The photos of one article in the editor: main photo and gallery, attach, drop to ingest, inline references.

The panel keeps the article's photo ids and the loaded records; the editor reads :meth:`main_photo_id`
and :meth:`gallery_ids` when it saves. Store work (loading, ingesting dropped files) runs on the task
runner; the panel never touches the store on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Article, Photo
from meja_redaksi.gui.photos.photo_strip import PhotoStrip
from meja_redaksi.gui.tasks import TaskRunner

PICKER_LIMIT = 500


@dataclass(slots=True)
class PhotoBatch:
    """Photo records with the cached thumbnail and preview files of those that have them."""

    photos: list[Photo] = field(default_factory=list)
    thumbs: dict[str, Path] = field(default_factory=dict)
    previews: dict[str, Path] = field(default_factory=dict)


def photos_with_thumbnails(store: Any, photos: list[Photo]) -> PhotoBatch:
    """``photos`` and their cached derivatives (a worker job helper)."""
    from meja_redaksi.photos.derivatives import derivative_paths

    batch = PhotoBatch(photos)
    for photo in photos:
        if photo.sha256:
            paths = derivative_paths(store.media_dir, photo.sha256)
            if paths.thumbnail.exists():
                batch.thumbs[photo.id] = paths.thumbnail
            if paths.preview.exists():
                batch.previews[photo.id] = paths.preview
    return batch


def ingest_paths(store: Any, paths: list[Path], task: Any) -> Any:
    """A generator job: ingest ``paths``, yielding (done, total); returns (photos, refusal messages)."""
    from meja_redaksi.photos.ingest import ingest

    photos: list[Photo] = []
    errors: list[str] = []
    for step in ingest(store, paths, cancelled=lambda: bool(task.cancelled)):
        if step.photo is not None:
            photos.append(step.photo)
        elif step.error:
            errors.append(step.error)
        yield step.index, step.total
    return photos, errors


class PhotoPickerDialog(QDialog):
    """Choose existing photos from the store (filter by words of the title, caption or file name)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        """Build the dialog and load the newest photos on the worker."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach photos"))
        self.resize(720, 480)
        self._photos: list[Photo] = []
        self._thumbs: dict[str, Path] = {}
        self.batch = PhotoBatch()
        self.filter_edit = QLineEdit(objectName="filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, caption or file name"))
        self.strip = PhotoStrip(lambda p: self._thumbs.get(p.id))
        self.strip.use_grid()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.strip, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.strip.itemDoubleClicked.connect(lambda _i: self.accept())

        def job(store: Any, _task: Any) -> PhotoBatch:
            return photos_with_thumbnails(store, list(store.photos.list(limit=PICKER_LIMIT)))

        runner.submit(job, key="photo-picker", on_done=self._loaded)

    def _loaded(self, batch: PhotoBatch) -> None:
        self.batch = batch
        self._photos, self._thumbs = batch.photos, batch.thumbs
        self._apply_filter()

    def _apply_filter(self) -> None:
        words = self.filter_edit.text().casefold().split()

        def matches(photo: Photo) -> bool:
            text = f"{photo.title} {photo.caption} {photo.original_filename}".casefold()
            return all(w in text for w in words)

        self.strip.set_photos([p for p in self._photos if matches(p)])

    def loaded_count(self) -> int:
        """How many photos the picker has loaded (for tests and the status line)."""
        return len(self._photos)

    def selected_photos(self) -> list[Photo]:
        """The chosen photos, in strip order."""
        by_id = {p.id: p for p in self._photos}
        return [by_id[i] for i in self.strip.selected_ids() if i in by_id]


class ArticlePhotosPanel(QWidget):
    """Main photo (first, marked) and gallery of one article, with the actions on them."""

    changed = Signal()
    loaded = Signal()
    insert_requested = Signal(object)
    message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        """Build an empty panel."""
        super().__init__(parent)
        self.runner = runner
        self._main_id: str | None = None
        self._gallery: list[str] = []
        self._photos: dict[str, Photo] = {}
        self._thumbs: dict[str, Path] = {}
        self._previews: dict[str, Path] = {}
        self.picker: PhotoPickerDialog | None = None
        self.strip = PhotoStrip(lambda p: self._thumbs.get(p.id))
        self.strip.use_grid()
        self.strip.setMinimumWidth(0)
        self.strip.setToolTip(self.tr("Drop photo files here to add them to this article"))
        self.info_label = QLabel(objectName="photoInfo", wordWrap=True)
        self.attach_button = QPushButton(self.tr("Attach photos…"))
        self.main_button = QPushButton(self.tr("Set as main photo"))
        self.remove_button = QPushButton(self.tr("Remove from article"))
        self.insert_button = QPushButton(self.tr("Insert in text"))
        row = QGridLayout()  # two by two, buttons may shrink: the side tab must stay narrow
        for index, button in enumerate(
            (self.attach_button, self.main_button, self.insert_button, self.remove_button)
        ):
            button.setMinimumWidth(40)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setToolTip(button.text())
            row.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.info_label)
        self.attach_button.clicked.connect(self.open_picker)
        self.main_button.clicked.connect(lambda: self.set_main(self.strip.selected_ids()[:1]))
        self.remove_button.clicked.connect(lambda: self.remove(self.strip.selected_ids()))
        self.insert_button.clicked.connect(self._insert_selected)
        self.strip.files_dropped.connect(self.add_files)
        self.strip.selection_changed.connect(self._selection_changed)
        self._selection_changed([])

    # ---- state --------------------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        """Show the photos of ``article`` (loaded on the worker)."""
        self._main_id, self._gallery = article.main_photo_id, list(article.gallery)
        ids = article.photo_ids

        def job(store: Any, _task: Any) -> PhotoBatch:
            return photos_with_thumbnails(store, list(store.photos.get_many(ids)))

        self._show()
        if ids:
            self.runner.submit(job, key=f"article-photos:{article.id}", on_done=self._loaded)

    def main_photo_id(self) -> str | None:
        """The main photo's id (None when the article has none)."""
        return self._main_id

    def gallery_ids(self) -> list[str]:
        """The gallery's photo ids, in order."""
        return list(self._gallery)

    def main_photo(self) -> Photo | None:
        """The main photo's record, once loaded."""
        return self._photos.get(self._main_id) if self._main_id else None

    def thumbnail(self, photo_id: str) -> Path | None:
        """The cached thumbnail of an attached photo, if there is one."""
        return self._thumbs.get(photo_id)

    def known_photos(self) -> dict[str, Photo]:
        """Every photo record the panel has loaded, by id (inline references in the body use them)."""
        return dict(self._photos)

    def preview_files(self) -> dict[str, str]:
        """The preview image file (else the thumbnail) of each loaded photo that has one, by id."""
        return {i: str(p) for i in self._photos if (p := self.preview_image(i)) is not None}

    def preview_image(self, photo_id: str) -> Path | None:
        """The cached 1024 px preview of an attached photo (else its thumbnail), if there is one."""
        return self._previews.get(photo_id) or self._thumbs.get(photo_id)

    # ---- actions ------------------------------------------------------------------------------
    def attach(self, photos: list[Photo], batch: PhotoBatch | None = None) -> None:
        """Add photos to the article: the first becomes the main photo when there is none."""
        if batch is not None:
            self._thumbs.update(batch.thumbs)
            self._previews.update(batch.previews)
        added = False
        for photo in photos:
            self._photos[photo.id] = photo
            if photo.id == self._main_id or photo.id in self._gallery:
                continue
            if self._main_id is None:
                self._main_id = photo.id
            else:
                self._gallery.append(photo.id)
            added = True
        self._show()
        if added:
            self.changed.emit()

    def set_main(self, ids: list[str]) -> None:
        """Make the photo with the first of ``ids`` the main photo (the old one joins the gallery)."""
        if not ids or ids[0] == self._main_id:
            return
        new = ids[0]
        if self._main_id is not None:
            self._gallery.insert(0, self._main_id)
        self._gallery = [i for i in self._gallery if i != new]
        self._main_id = new
        self._show()
        self.changed.emit()

    def remove(self, ids: list[str]) -> None:
        """Take photos off the article (the photos stay in the store); the next one becomes main."""
        if not ids:
            return
        gone = set(ids)
        self._gallery = [i for i in self._gallery if i not in gone]
        if self._main_id in gone:
            self._main_id = self._gallery.pop(0) if self._gallery else None
        self._show()
        self.changed.emit()

    def open_picker(self) -> PhotoPickerDialog:
        """Open the picker of existing photos; the chosen ones are attached when it is accepted."""
        picker = PhotoPickerDialog(self.runner, self)
        picker.accepted.connect(lambda: self.attach(picker.selected_photos(), picker.batch))
        picker.finished.connect(lambda _r: setattr(self, "picker", None))
        self.picker = picker
        picker.open()
        return picker

    def add_files(self, paths: list[Path]) -> None:
        """Ingest dropped files or folders on the worker, then attach what came in."""
        self.message.emit(self.tr("Adding %n photo file(s)…", "", len(paths)))

        def job(store: Any, task: Any) -> Any:
            return ingest_paths(store, list(paths), task)

        self.runner.submit(
            job,
            lane="write",
            on_done=self._ingested,
            on_error=self.message.emit,
            on_progress=self._ingest_progress,
        )

    def _ingest_progress(self, done: int, total: int) -> None:
        self.info_label.setText(
            self.tr("Adding photos: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _ingested(self, result: tuple[list[Photo], list[str]]) -> None:
        photos, errors = result
        ids = [p.id for p in photos]

        def job(store: Any, _task: Any) -> PhotoBatch:
            return photos_with_thumbnails(store, list(store.photos.get_many(ids)))

        self.attach(photos)
        if ids:
            self.runner.submit(job, on_done=self._loaded)
        if errors:
            self.message.emit(" · ".join(errors))

    def _insert_selected(self) -> None:
        for photo_id in self.strip.selected_ids():
            if photo_id in self._photos:
                self.insert_requested.emit(self._photos[photo_id])

    # ---- display ------------------------------------------------------------------------------
    def _loaded(self, batch: PhotoBatch) -> None:
        self._thumbs.update(batch.thumbs)
        self._previews.update(batch.previews)
        self._photos.update({p.id: p for p in batch.photos})
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        ids = ([self._main_id] if self._main_id else []) + self._gallery
        shown = [self._photos[i] for i in ids if i in self._photos]
        self.strip.set_photos(shown)
        if self._main_id and self.strip.count():
            first = self.strip.item(0)
            first.setText(self.tr("★ Main: %1").replace("%1", first.text()))
        self._selection_changed(self.strip.selected_ids())

    def _selection_changed(self, ids: list[str]) -> None:
        for button in (self.main_button, self.remove_button, self.insert_button):
            button.setEnabled(bool(ids))
        photo = self._photos.get(ids[0]) if ids else self.main_photo()
        if photo is None:
            self.info_label.setText(self.tr("No photo attached. Drop files here or attach photos."))
            return
        lacking = [
            name
            for name, value in (
                (self.tr("caption"), photo.caption),
                (self.tr("credit"), photo.credit),
            )
            if not value.strip()
        ]
        text = photo.title or photo.label
        if photo.credit:
            from meja_redaksi.render import credit_line

            text += f" ({credit_line(photo.credit)})"
        if not photo.file_present:
            text += " — " + self.tr("the photo file is missing: add the file in the Photos view")
        if lacking:
            text += " — " + self.tr("lacks: %1").replace("%1", ", ".join(lacking))
        self.info_label.setText(text)
