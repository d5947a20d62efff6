"""Photos for an assignment from the planning view: ingest files off the GUI thread, attach them to its article.

"Add photos for this assignment…" (a button and the assignment table's context menu) or dropping image
files and folders onto an assignment row runs the photo ingest (count, progress bar, cancel, refused files
by their one-line messages) in a small window; the photos read (new and already known) are then attached
to the assignment's article, which is started from the assignment first when it has none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Article, Assignment, Photo
from meja_redaksi.domain.enums import ArticleStatus, Role
from meja_redaksi.domain.errors import NotFoundError
from meja_redaksi.gui.photos.ingest_progress import IngestProgressWidget
from meja_redaksi.photos.safety import IMAGE_SUFFIXES


def attach_ingested(
    store: Any, assignment_id: str, photo_ids: list[str], actor_id: str
) -> tuple[Article, bool]:
    """Attach photos to the assignment's article, starting one first when it has none (worker thread).

    Returns the article and whether it was started here. The permission to attach is checked before an
    article is started, so a refusal leaves the store as it was.
    """
    from meja_redaksi.store import newsroom
    from meja_redaksi.workflow.assignments import PLANNER_ROLES, involves

    actor = store.people.get(actor_id)
    assignment = store.assignments.get(assignment_id)
    started = False
    if (involves(assignment, actor.id) or actor.roles & PLANNER_ROLES) and not _has_live_article(
        store, assignment
    ):
        newsroom.start_article(store, assignment_id, actor)
        started = True
    article: Article = newsroom.attach_photos(store, assignment_id, photo_ids, actor)
    return article, started


def _has_live_article(store: Any, assignment: Assignment) -> bool:
    for article_id in assignment.article_ids:
        try:
            if store.articles.get(article_id).status != ArticleStatus.SPIKED:
                return True
        except NotFoundError:
            continue
    return False


class AssignmentPhotoIngest(QDialog):
    """The window of one assignment's photo ingest: what is read, progress, cancel, refused files."""

    attached = Signal(object, list)
    message = Signal(str)

    def __init__(self, panel: Any, store_opener: Callable[[], Any]) -> None:
        """Serve ``panel`` (the planning view) with photos ingested through ``store_opener``'s stores."""
        super().__init__(panel)
        self.setObjectName("assignmentPhotoIngest")
        self.panel = panel
        self.store_opener = store_opener
        self.assignment: Assignment | None = None
        self.photos: dict[str, Photo] = {}
        self.title_label = QLabel(objectName="assignmentTitle")
        self.title_label.setWordWrap(True)
        self.progress = IngestProgressWidget(self)
        self.progress.photo_ingested.connect(self._photo_read)
        self.progress.ingest_finished.connect(self._ingest_finished)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.resize(480, 220)
        self.action = QAction(panel)
        self.action.setObjectName("actionAssignmentPhotos")
        self.action.triggered.connect(self.choose_files)
        self.button = QPushButton(panel)
        self.button.setObjectName("photosButton")
        self.button.clicked.connect(self.choose_files)
        panel.ui.toolLayout.insertWidget(
            panel.ui.toolLayout.indexOf(panel.ui.cancelButton), self.button
        )
        table = panel.ui.assignmentTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(self.action)
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_enabled())
        panel.loaded.connect(lambda _n: self.update_enabled())
        panel.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.retranslate()
        self.update_enabled()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Photos for the assignment"))
        self.action.setText(self.tr("Add photos for this assignment…"))
        self.button.setText(self.tr("&Photos…"))
        self.button.setToolTip(
            self.tr("Add photos for this assignment (or drop image files onto its row)")
        )

    def update_enabled(self) -> None:
        """Offered when someone is signed in, an assignment is selected and no ingest runs."""
        enabled = (
            self.panel.person is not None
            and self.panel.current_assignment() is not None
            and not self.progress.is_running()
        )
        self.action.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take image files dropped onto an assignment row; retranslate on a language change."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.panel:
            self.retranslate()
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if event.mimeData().hasUrls() and self._local_paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = self._local_paths(event)
            if paths:
                row = self.panel.ui.assignmentTable.indexAt(event.position().toPoint()).row()
                assignment = self.panel.assignments.assignment(row)
                if assignment is not None:
                    event.acceptProposedAction()
                    self.add_paths(assignment, paths)
                    return True
        return False

    @staticmethod
    def _local_paths(event: QDropEvent) -> list[Path]:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        return [p for p in paths if p.is_dir() or p.suffix.lower() in IMAGE_SUFFIXES]

    def choose_files(self) -> None:
        """Ask for image files for the selected assignment and add them."""
        assignment = self.panel.current_assignment()
        if assignment is None:
            return
        filter_text = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(
            self.panel,
            self.tr("Add photos for this assignment"),
            "",
            self.tr("Images (%1)").replace("%1", filter_text),
        )
        if names:
            self.add_paths(assignment, [Path(n) for n in names])

    def add_paths(self, assignment: Assignment, paths: list[Path]) -> None:
        """Ingest files and folders off the GUI thread, then attach the photos to the assignment's article."""
        person = self.panel.person
        if person is None:
            self.message.emit(self.tr("Nobody is signed in."))
            return
        if self.progress.is_running():
            self.message.emit(self.tr("Photos are still being added: wait or cancel first."))
            return
        self.assignment, self.photos = assignment, {}
        self.title_label.setText(assignment.title)
        photographer = person.name if person.has_role(Role.PHOTOGRAPHER) else ""
        photographer_id = person.id if photographer else None
        self.show()
        self.progress.start(self.store_opener, paths, photographer, photographer_id)
        self.update_enabled()

    def stop(self) -> None:
        """Cancel a running ingest and wait for the current file (on quit: no thread is left running)."""
        self.progress.cancel()
        self.progress.wait()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the running ingest ends (for shutdown and tests)."""
        return self.progress.wait(msecs)

    def _photo_read(self, photo: Photo) -> None:
        self.photos[photo.id] = photo

    def refused(self) -> list[str]:
        """The one-line messages of the files the last ingest refused."""
        errors = self.progress.errors
        return [errors.item(i).text() for i in range(errors.count())]

    def _ingest_finished(self, _counts: dict[str, Any]) -> None:
        self.update_enabled()
        assignment, person, photos = self.assignment, self.panel.person, list(self.photos.values())
        photo_ids = [p.id for p in photos]
        refused = self.refused()
        if assignment is None or person is None or not photo_ids:
            if refused:
                self.message.emit(self._refused_text(refused))
            return

        def done(result: tuple[Article, bool]) -> None:
            article, started = result
            text = (
                self.tr("%1 photos attached to “%2”.")
                .replace("%1", str(len(photo_ids)))
                .replace("%2", article.headline or assignment.title)
            )
            if refused:
                text = f"{text} {self._refused_text(refused)}"
            self.message.emit(text)
            self.attached.emit(article, photos)
            if started:
                self.panel.article_started.emit(article)
            self.panel.changed.emit()
            self.panel.refresh()

        self.panel.runner.submit(
            lambda store, _t: attach_ingested(store, assignment.id, photo_ids, person.id),
            lane="write",
            on_done=done,
            on_error=self.message.emit,
        )

    def _refused_text(self, refused: list[str]) -> str:
        return (
            self.tr("%1 files refused: %2")
            .replace("%1", str(len(refused)))
            .replace("%2", refused[0])
        )


def install_assignment_photos(
    panel: QWidget, store_opener: Callable[[], Any]
) -> AssignmentPhotoIngest:
    """Give the planning view its photo action, button and file drop; messages go to the panel's."""
    ingest = AssignmentPhotoIngest(panel, store_opener)
    ingest.message.connect(panel.message.emit)  # type: ignore[attr-defined]
    return ingest
