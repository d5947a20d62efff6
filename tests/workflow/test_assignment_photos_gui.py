"""Photos for an assignment from the planning view: ingested off the GUI thread, attached to its article."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from meja_redaksi.domain.entities import Assignment
from meja_redaksi.domain.enums import Role
from meja_redaksi.photos.ingest import ingest_file
from meja_redaksi.store import newsroom as nr
from tests.workflow.test_gui_window import _open_window


def _photo_files(folder: Path, count: int, seed: int) -> list[Path]:
    """Distinct small JPEGs (noise, so every file has its own sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        image = Image.new("RGB", (64, 48))
        image.putdata([(rng.randrange(256), rng.randrange(256), 90) for _ in range(64 * 48)])
        path = folder / f"liputan {seed}-{n}.jpg"
        image.save(path, "JPEG")
        paths.append(path)
    return paths


@pytest.fixture
def planned(newsroom) -> Assignment:
    """An assignment for the reporter and the photographer, with no article yet."""
    chief = newsroom.people[Role.DESK_CHIEF]
    return nr.save_assignment(
        newsroom.store,
        Assignment(
            title="Banjir di Kampung Melayu",
            desk_id=newsroom.desk.id,
            reporter_ids=[newsroom.people[Role.REPORTER].id],
            photographer_id=newsroom.people[Role.PHOTOGRAPHER].id,
        ),
        chief,
    )


@pytest.fixture
def photographer_window(qtbot, newsroom, tmp_path: Path, monkeypatch) -> Iterator:
    """The window signed in as the assignment's photographer, planning dock loaded."""
    monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(tmp_path / "config"))
    win, workflow = _open_window(qtbot, newsroom.path, "otoy")
    yield win, workflow
    workflow.assignment_photos.wait()
    win.close()
    win.runner.shutdown()


def _select(panel, assignment_id: str) -> int:
    for row in range(panel.assignments.rowCount()):
        if panel.assignments.assignment(row).id == assignment_id:
            panel.ui.assignmentTable.selectRow(row)
            return row
    raise AssertionError("the assignment is not listed")


def test_action_starts_the_article_and_attaches_photos_reporting_a_bad_file(
    qtbot, newsroom, planned, photographer_window, tmp_path: Path, monkeypatch
) -> None:
    """The action ingests the chosen files; the article is started from the assignment; the first
    photo is its main photo, the rest its gallery; the bad file is reported by its message."""
    win, workflow = photographer_window
    panel, ingest = workflow.assignments, workflow.assignment_photos
    _select(panel, planned.id)
    assert ingest.action.isEnabled() and ingest.button.isEnabled()
    good = _photo_files(tmp_path / "kartu", 3, seed=1)
    bad = tmp_path / "kartu" / "rusak.jpg"
    bad.write_bytes(b"not a jpeg at all")
    chosen = [str(good[0]), str(bad), str(good[1]), str(good[2])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    messages: list[str] = []
    panel.message.connect(messages.append)
    with qtbot.waitSignal(ingest.attached, timeout=20000) as attached:
        ingest.action.trigger()
    article = newsroom.store.articles.get(attached.args[0].id)
    assert article.assignment_id == planned.id
    assert newsroom.store.assignments.get(planned.id).article_ids == [article.id]
    by_name = {p.original_filename: p.id for p in newsroom.store.photos.list()}
    assert "rusak.jpg" not in by_name
    assert article.main_photo_id == by_name[good[0].name]
    assert article.gallery == [by_name[good[1].name], by_name[good[2].name]]
    [refused] = ingest.refused()
    assert "rusak.jpg" in refused
    assert any("rusak.jpg" in m and "3" in m for m in messages)
    qtbot.waitUntil(lambda: article.id in win.editors, timeout=5000)


def test_dropping_files_on_a_row_adds_new_and_known_photos_to_the_gallery(
    qtbot, newsroom, planned, photographer_window, tmp_path: Path
) -> None:
    """A folder dropped on the assignment's row: photos already in the store and new ones join the
    gallery of the article that already has a main photo, in the store and in its open editor."""
    win, workflow = photographer_window
    panel, ingest = workflow.assignments, workflow.assignment_photos
    store = newsroom.store
    article = nr.start_article(store, planned.id, newsroom.people[Role.REPORTER])
    [main_file] = _photo_files(tmp_path / "lama", 1, seed=2)
    _outcome, main_photo = ingest_file(store, main_file)
    article.main_photo_id = main_photo.id
    store.articles.save(article, author_id=newsroom.people[Role.REPORTER].id)
    folder = tmp_path / "dcim"
    new_files = _photo_files(folder, 2, seed=3)
    [known_file] = _photo_files(tmp_path / "sudah", 1, seed=4)
    _outcome, known = ingest_file(store, known_file)
    (folder / "sudah.jpg").write_bytes(known_file.read_bytes())
    win.open_article(article.id)
    qtbot.waitUntil(lambda: article.id in win.editors, timeout=5000)
    workflow.docks["assignmentDock"].show()
    workflow.docks["assignmentDock"].raise_()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.refresh()
    row = _select(panel, planned.id)
    qtbot.waitUntil(lambda: panel.ui.assignmentTable.viewport().height() > 0, timeout=5000)
    table = panel.ui.assignmentTable
    point = QPointF(table.visualRect(table.model().index(row, 0)).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(table.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(ingest.attached, timeout=20000):
        QApplication.sendEvent(table.viewport(), drop)
    stored = store.articles.get(article.id)
    by_name = {p.original_filename: p.id for p in store.photos.list()}
    assert stored.main_photo_id == main_photo.id
    assert set(stored.gallery) == {by_name[f.name] for f in new_files} | {known.id}
    assert len(stored.gallery) == 3
    panel_photos = win.editors[article.id].photos_panel
    assert panel_photos.main_photo_id() == main_photo.id
    assert panel_photos.gallery_ids() == stored.gallery
    assert ingest.refused() == []
