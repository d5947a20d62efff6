"""Photos in the window: ingest from the File menu path, captions, templates, export, photos in articles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.enums import Action, ArticleStatus
from meja_redaksi.gui.main_window import VIEW_KEY_ROLE, MainWindow
from meja_redaksi.gui.photo_page import PhotoPage
from meja_redaksi.store import Store


def _jpeg(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


def _card(folder: Path) -> list[Path]:
    """Two good photos and a zero-byte file with an image ending, as a card might hold."""
    folder.mkdir()
    good = [
        _jpeg(folder / "balai kota rezap.jpg", (200, 40, 40)),
        _jpeg(folder / "monas otoy.jpg", (40, 40, 200)),
    ]
    (folder / "rusak.jpg").write_bytes(b"")
    return good


def _stored_photos(store_path: Path) -> list[Photo]:
    with Store.open(store_path) as store:
        return list(store.photos.list())


def _photo_page(window: MainWindow, qtbot) -> PhotoPage:
    page = window.photo_actions.show_photos_view()
    qtbot.waitUntil(lambda: window.runner.pending() == 0)
    return page


def _ingest(page: PhotoPage, qtbot, paths: list[Path]) -> dict:
    with qtbot.waitSignal(page.progress.ingest_finished, timeout=30000) as finished:
        page.add_paths(paths)
    return finished.args[0]


def _select_all(page: PhotoPage, qtbot, count: int) -> None:
    qtbot.waitUntil(lambda: page.strip.count() == count)
    page.strip.selectAll()


def test_add_photo_folder_ingests_good_files_and_lists_the_bad_one(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    _card(tmp_path / "DCIM")
    page = _photo_page(window, qtbot)
    assert window.ui.viewList.currentItem().data(VIEW_KEY_ROLE) == "photos"
    counts = _ingest(page, qtbot, [tmp_path / "DCIM"])
    assert (counts["created"], counts["failed"]) == (2, 1)
    errors = [page.progress.errors.item(i).text() for i in range(page.progress.errors.count())]
    assert len(errors) == 1 and "rusak.jpg" in errors[0]
    qtbot.waitUntil(lambda: page.strip.count() == 2)
    qtbot.waitUntil(lambda: "(2)" in window.ui.viewList.currentItem().text())  # sidebar recounted
    stored = _stored_photos(store_path)
    assert sorted(p.original_filename for p in stored) == ["balai kota rezap.jpg", "monas otoy.jpg"]
    # the codes of the store's people name the photographers from the file names
    assert {p.photographer for p in stored} == {"Reza Pahlevi", "Mustaqim Amna"}
    assert {p.credit for p in stored} == {"Foto: Reza Pahlevi", "Foto: Mustaqim Amna"}


def test_caption_edited_in_the_panel_is_saved_and_filter_follows(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    page = _photo_page(window, qtbot)
    _ingest(page, qtbot, _card(tmp_path / "card")[:1])
    qtbot.waitUntil(lambda: page.strip.count() == 1)
    page.missing_filter.setChecked(True)
    assert page.strip.count() == 1  # no caption yet
    page.strip.select_index(0)
    qtbot.keyClicks(page.captions.caption_edit, "Gubernur meninjau Balai Kota, Rabu (2/5).")
    qtbot.keyClicks(page.captions.title_edit, "Balai Kota")
    page.captions.commit()
    qtbot.waitUntil(lambda: _stored_photos(store_path)[0].title == "Balai Kota", timeout=5000)
    photo = _stored_photos(store_path)[0]
    assert photo.caption == "Gubernur meninjau Balai Kota, Rabu (2/5)."
    page.reload()
    qtbot.waitUntil(lambda: page.strip.count() == 0)  # captioned and credited: filtered out
    page.missing_filter.setChecked(False)
    assert page.strip.count() == 1


def test_template_and_find_replace_change_only_the_selection(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    page = _photo_page(window, qtbot)
    _ingest(page, qtbot, _card(tmp_path / "card")[:2])
    qtbot.waitUntil(lambda: page.strip.count() == 2)
    page.strip.select_index(0)
    first_id = page.strip.selected_ids()[0]
    dialog = page.open_template_dialog()
    assert dialog is not None
    apply_box, text, _mode = dialog._rows["caption"]
    apply_box.setChecked(True)
    text.setText("Suasana di Jakarta, {photographer}.")
    dialog.accept()
    qtbot.waitUntil(lambda: any(p.caption for p in _stored_photos(store_path)), timeout=5000)
    by_id = {p.id: p for p in _stored_photos(store_path)}
    assert by_id[first_id].caption.startswith("Suasana di Jakarta, ")
    assert next(p for i, p in by_id.items() if i != first_id).caption == ""

    page.strip.select_index(0)
    finder = page.open_find_replace()
    finder.find_edit.setText("Jakarta")
    finder.replace_edit.setText("Jakarta Pusat")
    finder.accept()
    qtbot.waitUntil(
        lambda: "Jakarta Pusat" in {p.id: p for p in _stored_photos(store_path)}[first_id].caption,
        timeout=5000,
    )


def test_keyboard_next_moves_the_selection(window: MainWindow, qtbot, tmp_path: Path) -> None:
    page = _photo_page(window, qtbot)
    _ingest(page, qtbot, _card(tmp_path / "card")[:2])
    qtbot.waitUntil(lambda: page.strip.count() == 2)
    page.strip.select_index(0)
    ids = page.strip.photo_ids()
    page.captions.next_button.click()
    assert page.strip.selected_ids() == [ids[1]]
    assert "2" in page.captions.position_label.text()
    page.captions.previous_button.click()
    assert page.strip.selected_ids() == [ids[0]]
    page.strip.selectAll()
    assert page.captions.position_label.text() == "2 selected"
    assert page.captions.caption_edit.placeholderText() == ""  # both still empty: not mixed


def test_export_writes_the_caption_into_the_file(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    page = _photo_page(window, qtbot)
    _ingest(page, qtbot, _card(tmp_path / "card")[:1])
    qtbot.waitUntil(lambda: page.strip.count() == 1)
    photo = _stored_photos(store_path)[0]
    with Store.open(store_path) as store:
        store.photos.save(replace(photo, title="Balai Kota", caption="Gedung Balai Kota Jakarta."))
    out = tmp_path / "out"
    out.mkdir()
    page.export([photo.id], out)

    def exported_files() -> list[Path]:  # the export writes a hidden temporary file first
        return [p for p in out.iterdir() if not p.name.startswith(".")]

    qtbot.waitUntil(lambda: bool(exported_files()), timeout=10000)
    from meja_redaksi.photos.metadata import read_metadata

    (exported,) = exported_files()
    assert read_metadata(exported).caption == "Gedung Balai Kota Jakarta."


def _draft_id(store_path: Path) -> str:
    with Store.open(store_path) as store:
        from meja_redaksi.domain.queries import ArticleQuery

        return store.articles.ids(ArticleQuery(statuses=frozenset({ArticleStatus.DRAFT})))[0]


def _open_editor(window: MainWindow, qtbot, article_id: str):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: article_id in window.editors)
    return window.editors[article_id]


def test_attach_from_picker_sets_main_photo_and_preview_shows_title_and_credit(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    source = _jpeg(tmp_path / "taman.jpg", (30, 160, 60))
    with Store.open(store_path) as store:
        from meja_redaksi.photos.ingest import ingest_file

        _outcome, photo = ingest_file(store, source)
        photo = store.photos.save(replace(photo, title="Taman Kota", credit="Foto: Otoy"))
    article_id = _draft_id(store_path)
    editor = _open_editor(window, qtbot, article_id)
    panel = editor.photos_panel
    picker = panel.open_picker()
    qtbot.waitUntil(lambda: picker.strip.count() >= 1)
    picker.strip.item(0).setSelected(True)
    picker.accept()
    assert panel.main_photo_id() == photo.id
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with Store.open(store_path) as store:
        assert store.articles.get(article_id).main_photo_id == photo.id
    editor.ui.sideTabs.setCurrentWidget(editor.ui.previewTab)
    qtbot.waitUntil(lambda: "(Foto: Otoy)" in editor.ui.previewBrowser.toPlainText(), timeout=5000)
    assert "Foto: Foto" not in editor.ui.previewBrowser.toPlainText()
    assert "Taman Kota" in editor.ui.previewBrowser.toPlainText()
    assert "<img" in editor.ui.previewBrowser.toHtml()


def test_dropped_file_is_ingested_attached_and_referenced_inline(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    editor = _open_editor(window, qtbot, _draft_id(store_path))
    panel = editor.photos_panel
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.add_files([_jpeg(tmp_path / "banjir.jpg", (90, 90, 200))])
    photo_id = panel.main_photo_id()
    assert photo_id is not None
    panel.strip.item(0).setSelected(True)
    panel.insert_button.click()
    assert f"(photo:{photo_id})" in editor.draft().body
    editor.ui.sideTabs.setCurrentWidget(editor.ui.previewTab)
    # the main photo and the inline reference both show the image from the ingest cache
    qtbot.waitUntil(lambda: editor.ui.previewBrowser.toHtml().count("<img") == 2, timeout=5000)


def test_placeholder_photo_asks_for_its_file_and_submit_names_it(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    with Store.open(store_path) as store:
        photo = store.photos.save(Photo(title="Foto Tanpa Keterangan", credit="Foto: Otoy"))
    article_id = _draft_id(store_path)
    window.sign_in_as("rezap")
    qtbot.waitUntil(lambda: window.reference.user is not None)
    editor = _open_editor(window, qtbot, article_id)
    editor.photos_panel.attach([photo])
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    editor.ui.sideTabs.setCurrentWidget(editor.ui.previewTab)
    qtbot.waitUntil(lambda: "missing" in editor.ui.previewBrowser.toPlainText(), timeout=5000)
    workflow = window.workflow_ui
    workflow.update_context()
    qtbot.waitUntil(lambda: workflow.actions.article is not None)
    workflow.actions.perform(Action.SUBMIT)
    qtbot.waitUntil(
        lambda: "Foto Tanpa Keterangan" in window.ui.statusBar.currentMessage(), timeout=5000
    )
    with Store.open(store_path) as store:
        assert store.articles.get(article_id).status is ArticleStatus.DRAFT


def test_cancel_stops_the_ingest_and_the_window_stays_usable(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "big card"
    folder.mkdir()
    for number in range(30):
        _jpeg(folder / f"DSC_{number:04d}.jpg", (number * 8, 90, 120), (1600, 1200))
    page = _photo_page(window, qtbot)
    with qtbot.waitSignal(page.progress.ingest_finished, timeout=60000) as finished:
        page.add_paths([folder])
        assert page.progress.is_running()
        assert page.progress.cancel_button.isEnabled()
        window.ui.viewList.setCurrentRow(0)  # the window answers while the worker runs
        page.progress.cancel()
    counts = finished.args[0]
    assert counts["cancelled"] is True
    assert counts["created"] < 30
    assert len(_stored_photos(store_path)) == counts["created"]


def test_file_menu_add_photos_and_export_dialog(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    good = _card(tmp_path / "card")
    chosen = [str(p) for p in good]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    assert window.photo_actions.add_photos in window.ui.menuFile.actions()
    page = window.photo_page
    with qtbot.waitSignal(page.progress.ingest_finished, timeout=30000):
        window.photo_actions.add_photos.trigger()
    assert window.ui.viewList.currentItem().data(VIEW_KEY_ROLE) == "photos"
    _select_all(page, qtbot, 2)
    out = tmp_path / "export"
    out.mkdir()
    window.photo_actions.export.trigger()
    dialog = page.dialog
    assert dialog is not None
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no folder yet
    dialog.folder_edit.setText(str(out))
    assert ok.isEnabled() and not dialog.keep_gps()
    ok.click()
    qtbot.waitUntil(lambda: len(list(out.iterdir())) == 2, timeout=10000)


def test_files_dropped_on_the_grid_are_ingested(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    good = _card(tmp_path / "card")
    page = _photo_page(window, qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in good])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.progress.ingest_finished, timeout=30000):
        page.strip.dropEvent(event)
    qtbot.waitUntil(lambda: page.strip.count() == 2)
    assert len(_stored_photos(store_path)) == 2


def test_attached_photos_survive_in_the_recovery_journal(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    with Store.open(store_path) as store:
        photo = store.photos.save(Photo(title="Pasar Induk", caption="Pedagang.", credit="Otoy"))
    article_id = _draft_id(store_path)
    editor = _open_editor(window, qtbot, article_id)
    editor.photos_panel.attach([photo])
    draft = editor.draft()
    assert (draft.main_photo_id, draft.gallery) == (photo.id, [])
    window.journal.write(draft)
    recovered = next(d for d in window.journal.drafts() if d.article_id == article_id)
    with Store.open(store_path) as store:
        stored = store.articles.get(article_id)
    # as if the app died before the save: the stored article has no photo, the journal does
    editor.load(stored.copy(main_photo_id=None, gallery=[]), recovered)
    assert editor.photos_panel.main_photo_id() == photo.id
    assert editor.to_article().main_photo_id == photo.id


def test_a_photo_without_its_file_gets_it_and_keeps_its_caption(
    window: MainWindow, qtbot, store_path: Path, tmp_path: Path
) -> None:
    with Store.open(store_path) as store:
        placeholder = store.photos.save(
            Photo(title="Gubernur di Balai Kota", caption="Dari halaman portal.", credit="Rezap")
        )
        taken = store.photos.save(Photo(title="Sudah ada"))
    page = _photo_page(window, qtbot)
    qtbot.waitUntil(lambda: page.strip.count() == 2)
    page.strip.select_index(page.strip.photo_ids().index(placeholder.id))
    assert page.supply_button.isEnabled()
    source = _jpeg(tmp_path / "balai kota.jpg", (120, 130, 140), (800, 600))
    page.supply_file(placeholder.id, source)
    qtbot.waitUntil(
        lambda: "Gubernur di Balai Kota" in window.ui.statusBar.currentMessage(),
        timeout=10000,
    )
    with Store.open(store_path) as store:
        stored = store.photos.get(placeholder.id)
        assert store.photos.count() == 2  # no second record for the file
    assert stored.file_present and (stored.width, stored.height) == (800, 600)
    assert (stored.title, stored.caption, stored.credit) == (
        "Gubernur di Balai Kota",
        "Dari halaman portal.",
        "Rezap",
    )
    # the same file again, for another photo, is refused naming the photo that has it
    page.supply_file(taken.id, source)
    qtbot.waitUntil(
        lambda: (
            "already the photo 'Gubernur di Balai Kota'" in window.ui.statusBar.currentMessage()
        ),
        timeout=10000,
    )
    with Store.open(store_path) as store:
        assert not store.photos.get(taken.id).file_present
