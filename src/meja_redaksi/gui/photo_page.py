"""The Photos view: every photo as a thumbnail grid, the caption panel, ingest, batch captioning, export.

Loading, saving and exporting go through the task runner; ingest runs in the ingest widget's own worker
thread with its own store connection (``store_opener``). The GUI thread never calls the store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Photo
from meja_redaksi.gui.photos.article_photos import PhotoBatch, photos_with_thumbnails
from meja_redaksi.gui.tasks import TaskRunner

PHOTO_LIMIT = 500
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"


def lacks_caption_or_credit(photo: Photo) -> bool:
    """Whether a photo still needs a caption or a credit before its article can be submitted."""
    return not photo.caption.strip() or not photo.credit.strip()


def desk_codes(store: Any) -> Any:
    """Photographer codes: the desk's file when there is one, else the codes of the store's people."""
    from meja_redaksi.domain.errors import UserError
    from meja_redaksi.photos.captions import PhotographerCodes
    from meja_redaksi.settings import config_dir

    path = config_dir() / "photographer_codes.tsv"
    if path.is_file():
        try:
            return PhotographerCodes.load(path)
        except UserError:
            pass  # a broken desk file must not stop the photos view; the people's codes still work
    return PhotographerCodes({p.code: p.name for p in store.people.list() if p.code})


class PhotoPage(QWidget):
    """Grid of photos (newest first, at most PHOTO_LIMIT) and the caption fields of the selection."""

    photos_changed = Signal()
    """Photos were added (the window recounts its views)."""

    def __init__(
        self,
        runner: TaskRunner,
        show_message: Callable[[str], None],
        store_opener: Callable[[], Any] | None = None,
    ) -> None:
        """Build the toolbar, the grid, the ingest progress and the caption panel."""
        super().__init__()
        from meja_redaksi.gui.photos import CaptionPanel, IngestProgressWidget, PhotoStrip

        self.runner = runner
        self.show_message = show_message
        self.store_opener = store_opener
        self._thumbs: dict[str, Path] = {}
        self._photos: dict[str, Photo] = {}
        self._order: list[str] = []
        self._codes: Any = None
        self.dialog: QDialog | None = None
        self.strip = PhotoStrip(lambda photo: self._thumbs.get(photo.id))
        self.strip.use_grid()
        self.captions = CaptionPanel()
        self.progress = IngestProgressWidget()
        self.progress.setVisible(False)
        self.add_files_button = QPushButton(self.tr("Add photos…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.export_button = QPushButton(self.tr("Export with captions…"))
        self.supply_button = QPushButton(self.tr("Add its file…"))
        self.supply_button.setToolTip(
            self.tr("This photo has a caption but no file yet: choose the image file")
        )
        self.supply_button.setEnabled(False)
        self.missing_filter = QCheckBox(self.tr("Only photos without caption or credit"))
        self.count_label = QLabel(objectName="photoCount")
        toolbar = QHBoxLayout()
        for widget in (
            self.add_files_button,
            self.add_folder_button,
            self.export_button,
            self.supply_button,
        ):
            toolbar.addWidget(widget)
        toolbar.addWidget(self.missing_filter)
        toolbar.addStretch(1)
        toolbar.addWidget(self.count_label)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.captions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.strip)
        splitter.addWidget(scroller)
        splitter.setSizes([360, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        self._connect()

    def _connect(self) -> None:
        self.strip.selection_changed.connect(self._selected)
        self.strip.files_dropped.connect(self.add_paths)
        self.captions.caption_changed.connect(self._save)
        self.captions.previous_requested.connect(lambda: self._step(-1))
        self.captions.next_requested.connect(lambda: self._step(1))
        self.captions.template_requested.connect(self.open_template_dialog)
        self.captions.find_replace_requested.connect(self.open_find_replace)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.choose_export)
        self.supply_button.clicked.connect(self.choose_supplied_file)
        self.missing_filter.toggled.connect(lambda _on: self._show_photos())
        self.progress.photo_ingested.connect(self._photo_ingested)
        self.progress.ingest_finished.connect(self._ingest_finished)

    # ---- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the photos (and where their thumbnails are) and the photographer codes on the worker."""

        def job(store: Any, _task: Any) -> tuple[PhotoBatch, Any]:
            photos = list(store.photos.list(limit=PHOTO_LIMIT))
            return photos_with_thumbnails(store, photos), desk_codes(store)

        self.runner.submit(job, key="photos", on_done=self._loaded, on_error=self.show_message)

    def _loaded(self, result: tuple[PhotoBatch, Any]) -> None:
        batch, self._codes = result
        self._thumbs = dict(batch.thumbs)
        self._photos = {p.id: p for p in batch.photos}
        self._order = [p.id for p in batch.photos]
        keywords = {k for p in batch.photos for k in p.keywords}
        self.captions.set_keyword_suggestions(sorted(keywords))
        self._show_photos()

    def _show_photos(self) -> None:
        photos = [self._photos[i] for i in self._order if i in self._photos]
        if self.missing_filter.isChecked():
            photos = [p for p in photos if lacks_caption_or_credit(p)]
        self.strip.set_photos(photos)
        self.captions.set_photos([])
        self.strip.select_index(0)  # captioning can start at once, previous/next from there
        lacking = sum(1 for p in self._photos.values() if lacks_caption_or_credit(p))
        self.count_label.setText(
            self.tr("%n photo(s)", "", len(self._photos))
            + " · "
            + self.tr("%n without caption or credit", "", lacking)
        )

    def selected_photos(self) -> list[Photo]:
        """The selected photos, in grid order."""
        return [self._photos[i] for i in self.strip.selected_ids() if i in self._photos]

    def _selected(self, ids: list[str]) -> None:
        photos = [self._photos[i] for i in ids if i in self._photos]
        self.captions.set_photos(photos)
        self.supply_button.setEnabled(len(photos) == 1 and not photos[0].file_present)
        if len(ids) == 1:
            self.captions.set_position(self.strip.photo_ids().index(ids[0]) + 1, self.strip.count())
        elif ids:
            self.captions.position_label.setText(self.tr("%n selected", "", len(ids)))

    def _step(self, delta: int) -> None:
        rows = [self.strip.row(item) for item in self.strip.selectedItems()]
        current = min(rows) if rows else -1
        self.strip.select_index(current + delta if rows else 0)

    # ---- saving -------------------------------------------------------------------------------
    def _save(self, photos: list[Photo]) -> None:
        def job(store: Any, _task: Any) -> list[Photo]:
            return [store.photos.save(photo) for photo in photos]

        self.runner.submit(job, lane="write", on_done=self._saved, on_error=self.show_message)

    def _saved(self, photos: list[Photo]) -> None:
        for photo in photos:
            self._photos[photo.id] = photo
            self.strip.add_photo(photo)
        self.show_message(self.tr("Saved the captions of %n photo(s).", "", len(photos)))

    def apply_edited(self, photos: list[Photo]) -> None:
        """Save photos changed by a dialog and show them in the caption panel."""
        if not photos:
            return
        self.captions.set_photos(photos)
        self._save(photos)

    def open_template_dialog(self) -> QDialog | None:
        """The batch template dialog for the selection (applied and saved when accepted)."""
        from meja_redaksi.gui.photos import BatchTemplateDialog
        from meja_redaksi.settings import config_dir

        photos = self.captions.photos() or self.selected_photos()
        if not photos:
            self.show_message(self.tr("Select the photos to caption first."))
            return None
        dialog = BatchTemplateDialog(
            photos, config_dir() / "caption_templates.json", self._codes, self
        )
        dialog.accepted.connect(lambda: self.apply_edited(dialog.result_photos()))
        return self._open(dialog)

    def open_find_replace(self) -> QDialog | None:
        """Find and replace across the selected photos' captions (saved when accepted)."""
        from meja_redaksi.gui.photos import FindReplaceDialog

        photos = self.captions.photos() or self.selected_photos()
        if not photos:
            self.show_message(self.tr("Select the photos to search first."))
            return None
        dialog = FindReplaceDialog(photos, self)
        dialog.accepted.connect(lambda: self.apply_edited(dialog.result_photos()))
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        self.captions.commit()
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # ---- ingest -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for image files and ingest them."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER)
        )
        if names:
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        """Ask for a folder (e.g. a card's DCIM) and ingest every image in it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add photo folder"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Ingest files and folders off the GUI thread, with count, progress bar and cancel."""
        if self.store_opener is None:
            self.show_message(self.tr("Photos cannot be added to this store."))
            return
        if self.progress.is_running():
            self.show_message(self.tr("Photos are still being added: wait or cancel first."))
            return
        self.progress.setVisible(True)
        self.progress.start(self.store_opener, list(paths), codes=self._codes)

    def _photo_ingested(self, photo: Photo) -> None:
        if photo.id not in self._photos:
            self._order.insert(0, photo.id)
        self._photos[photo.id] = photo

    def _ingest_finished(self, counts: dict[str, Any]) -> None:
        self.show_message(self.progress.count_label.text())
        self.reload()
        if counts.get("created"):
            self.photos_changed.emit()

    def choose_supplied_file(self) -> None:
        """Ask for the image file of the selected photo that has none yet."""
        ids = self.strip.selected_ids()
        if len(ids) != 1:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add photos"), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER)
        )
        if name:
            self.supply_file(ids[0], Path(name))

    def supply_file(self, photo_id: str, path: Path) -> None:
        """Give a photo that only has its caption (e.g. from an imported article) its file."""
        from meja_redaksi.gui.photos.jobs import supply_file

        def done(photo: Photo) -> None:
            self.show_message(self.tr("Added the file of '%1'.").replace("%1", photo.label))
            self.reload()

        self.runner.submit(
            lambda store, _t: supply_file(store, photo_id, path),
            lane="write",
            on_done=done,
            on_error=self.show_message,
        )

    # ---- export -------------------------------------------------------------------------------
    def choose_export(self) -> None:
        """Ask for a folder (and whether to keep GPS) and export the selected photos there."""
        from meja_redaksi.gui.photos.export_dialog import ExportDialog

        ids = self.strip.selected_ids()
        if not ids:
            self.show_message(self.tr("Select the photos to export first."))
            return
        dialog = ExportDialog(len(ids), self)
        dialog.accepted.connect(lambda: self.export(ids, dialog.folder(), dialog.keep_gps()))
        self._open(dialog)

    def export(self, ids: list[str], folder: Path, keep_gps: bool = False) -> None:
        """Write the photos with their captions (IPTC IIM + XMP) into ``folder`` on the worker."""

        def job(store: Any, _task: Any) -> list[Path]:
            from meja_redaksi.photos.export import export_photo

            return [export_photo(store, i, folder, keep_gps=keep_gps) for i in ids]

        def done(paths: list[Path]) -> None:
            self.show_message(
                self.tr("Exported %n photo(s) with captions to %1", "", len(paths)).replace(
                    "%1", str(folder)
                )
            )

        self.runner.submit(job, lane="bulk", on_done=done, on_error=self.show_message)
