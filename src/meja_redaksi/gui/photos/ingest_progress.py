"""Ingest off the GUI thread: a worker drives :func:`photos.ingest.ingest`, a widget shows count and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.photos.captions import PhotographerCodes
from meja_redaksi.photos.ingest import IngestProgress, Outcome, ingest


class IngestWorker(QObject):
    """Runs one ingest in its own thread; the store is opened there by ``store_opener`` and closed after.

    ``store_opener`` must return a store the worker owns (its own connection), never the GUI's one.

    Signals arrive on the GUI thread (queued): ``progressed`` per file, ``finished`` once with the
    counts ``{"created": n, "existing": n, "failed": n, "cancelled": bool}``, ``crashed`` on a bug.
    """

    progressed = Signal(object)
    finished = Signal(dict)
    crashed = Signal(str)

    def __init__(
        self,
        store_opener: Callable[[], Any],
        paths: list[Path],
        photographer: str = "",
        photographer_id: str | None = None,
        codes: PhotographerCodes | None = None,
    ) -> None:
        """Prepare an ingest of ``paths`` into the store ``store_opener`` returns."""
        super().__init__()
        self._opener = store_opener
        self._paths = list(paths)
        self._photographer = photographer
        self._photographer_id = photographer_id
        self._codes = codes
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next file (the current one finishes, so nothing is half-stored)."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Ingest every file, emitting progress; close the store when done."""
        counts: dict[str, Any] = {o.value: 0 for o in Outcome}
        store = None
        try:
            store = self._opener()
            for step in ingest(
                store,
                self._paths,
                cancelled=self._cancel.is_set,
                photographer=self._photographer,
                photographer_id=self._photographer_id,
                codes=self._codes,
            ):
                counts[step.outcome.value] += 1
                self.progressed.emit(step)
        except Exception as exc:  # reported to the user: the worker must end cleanly
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            close = getattr(store, "close", None)
            if callable(close):
                close()
        counts["cancelled"] = self._cancel.is_set()
        self.finished.emit(counts)


class IngestProgressWidget(QWidget):
    """Count, progress bar, cancel button and the list of refused files for one running ingest."""

    photo_ingested = Signal(object)
    ingest_finished = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the idle widget."""
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: IngestWorker | None = None
        self.count_label = QLabel(objectName="count")
        self.bar = QProgressBar(objectName="progress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.errors = QListWidget(objectName="errors")
        self.errors.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.count_label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        self._show_idle()

    def is_running(self) -> bool:
        """Whether an ingest is in progress."""
        return self._thread is not None

    def start(
        self,
        store_opener: Callable[[], Any],
        paths: list[Path],
        photographer: str = "",
        photographer_id: str | None = None,
        codes: PhotographerCodes | None = None,
    ) -> None:
        """Start ingesting ``paths`` in a worker thread (ignored while another ingest runs).

        ``codes`` names photographers from words of the file names when a file carries no creator.
        """
        if self._thread is not None:
            return
        self.errors.clear()
        self.errors.setVisible(False)
        self.bar.setRange(0, 0)
        self.count_label.setText(self.tr("Reading files…"))
        self.cancel_button.setEnabled(True)
        thread = QThread(self)
        worker = IngestWorker(store_opener, paths, photographer, photographer_id, codes)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.crashed.connect(self._on_crash)
        worker.finished.connect(self._on_finished)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """Ask the running ingest to stop after the current file."""
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.count_label.setText(self.tr("Cancelling…"))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker thread ends (for shutdown and tests)."""
        return self._thread.wait(msecs) if self._thread is not None else True

    def _show_idle(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(False)

    def _on_progress(self, step: IngestProgress) -> None:
        self.bar.setRange(0, step.total)
        self.bar.setValue(step.index)
        self.count_label.setText(
            self.tr("%1 of %2").replace("%1", str(step.index)).replace("%2", str(step.total))
        )
        if step.outcome is Outcome.FAILED:
            self.errors.addItem(step.error)
            self.errors.setVisible(True)
        elif step.photo is not None:
            self.photo_ingested.emit(step.photo)

    def _on_crash(self, message: str) -> None:
        self.errors.addItem(self.tr("Ingest stopped: %1").replace("%1", message))
        self.errors.setVisible(True)

    def _on_finished(self, counts: dict) -> None:
        thread = self._thread
        self._thread, self._worker = None, None
        if thread is not None:
            # quit() here, not by a signal connection: the QThread object lives on this thread, so a
            # queued quit would only run after this wait and deadlock.
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.cancel_button.setEnabled(False)
        if self.bar.maximum() == 0:  # nothing was read: leave the busy indicator
            self._show_idle()
        text = self.tr("%1 new, %2 already there, %3 refused")
        for key, value in (
            ("%1", counts["created"]),
            ("%2", counts["existing"]),
            ("%3", counts["failed"]),
        ):
            text = text.replace(key, str(value))
        if counts.get("cancelled"):
            text = self.tr("Cancelled: %1").replace("%1", text)
        self.count_label.setText(text)
        self.ingest_finished.emit(counts)
