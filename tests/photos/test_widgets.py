"""The photo widgets driven with pytest-qt (offscreen)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from photo_images import make_jpeg
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from meja_redaksi.domain.entities import Photo
from meja_redaksi.gui.photos import (
    BatchTemplateDialog,
    CaptionPanel,
    FindReplaceDialog,
    IngestProgressWidget,
    PhotoStrip,
)
from meja_redaksi.photos.captions import PhotographerCodes, load_templates
from meja_redaksi.photos.derivatives import derivative_paths
from meja_redaksi.photos.metadata import IIM_LIMITS


@pytest.fixture
def panel(qtbot):
    widget = CaptionPanel()
    qtbot.addWidget(widget)
    return widget


def test_panel_shows_photo_and_emits_edited_copy(panel, qtbot):
    photo = Photo(
        title="Rapat",
        caption="Lama",
        keywords=["a", "b"],
        date_taken=datetime(2018, 5, 2, tzinfo=UTC),
    )
    panel.set_photo(photo)
    assert panel.title_edit.text() == "Rapat"
    assert panel.keywords_edit.text() == "a, b"
    qtbot.keyClicks(panel.title_edit, " Pleno")
    with qtbot.waitSignal(panel.caption_changed, timeout=3000) as blocker:
        pass
    (edited,) = blocker.args[0]
    assert edited.title == "Rapat Pleno" and edited.id == photo.id
    assert edited.caption == "Lama" and photo.title == "Rapat"


def test_panel_byte_counter_turns_red_over_the_iim_limit(panel, qtbot):
    panel.set_photo(Photo())
    panel.credit_edit.setText("é" * 16)
    panel.credit_edit.textEdited.emit(panel.credit_edit.text())
    counter = panel._counters["credit"]
    assert counter.text().startswith("32 / 32") and counter.property("over_limit") is False
    panel.credit_edit.setText("é" * 17)
    panel.credit_edit.textEdited.emit(panel.credit_edit.text())
    assert counter.text().startswith(f"34 / {IIM_LIMITS['credit']}")
    assert counter.property("over_limit") is True


def test_panel_selection_changes_only_edited_fields(panel, qtbot):
    photos = [Photo(caption="satu", city="Jakarta"), Photo(caption="dua", city="Jakarta")]
    panel.set_photos(photos)
    assert panel.caption_edit.toPlainText() == ""
    assert panel.caption_edit.placeholderText() != ""
    assert panel.city_edit.text() == "Jakarta"
    panel.city_edit.setText("Bogor")
    panel.city_edit.textEdited.emit("Bogor")
    with qtbot.waitSignal(panel.caption_changed, timeout=3000) as blocker:
        panel.commit()
    assert [(p.caption, p.city) for p in blocker.args[0]] == [("satu", "Bogor"), ("dua", "Bogor")]


def test_panel_default_credit_and_keyboard_navigation(panel, qtbot):
    panel.set_photo(Photo())
    panel.set_position(2, 3)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=3000)
    panel.photographer_edit.setFocus()
    qtbot.keyClicks(panel.photographer_edit, "Mustaqim Amna")
    panel.photographer_edit.editingFinished.emit()
    assert panel.credit_edit.text() == "Foto: Mustaqim Amna"
    with (
        qtbot.waitSignal(panel.caption_changed, timeout=1000),
        qtbot.waitSignal(panel.next_requested, timeout=1000),
    ):
        qtbot.keyClick(panel.photographer_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(panel.previous_requested, timeout=1000):
        qtbot.keyClick(panel.photographer_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_template_dialog_applies_and_saves_named_template(qtbot, tmp_path):
    photos = [Photo(original_filename="Balai kota rezap.jpg"), Photo(original_filename="IMG_2.jpg")]
    path = tmp_path / "templates.json"
    dialog = BatchTemplateDialog(photos, path, PhotographerCodes({"rezap": "Reza Pratama"}))
    qtbot.addWidget(dialog)
    dialog.name_combo.setCurrentText("Balai Kota")
    text = dialog.findChild(type(dialog.name_combo.lineEdit()), "text_caption")
    qtbot.keyClicks(text, "Foto {seq}: {filename}")
    assert dialog.findChild(type(dialog.save_button).__mro__[2], "apply_caption").isChecked()
    dialog._rows["credit"][1].setText("Foto: =rezap=")
    dialog._rows["credit"][0].setChecked(True)
    assert dialog.save_current()
    assert [t.name for t in load_templates(path)] == ["Balai Kota"]
    dialog.accept()
    first, second = dialog.result_photos()
    assert first.caption == "Foto 1: Balai kota rezap" and second.caption == "Foto 2: IMG_2"
    assert first.credit == "Foto: Reza Pratama"


def test_template_dialog_loads_a_saved_template(qtbot, tmp_path):
    path = tmp_path / "t.json"
    first = BatchTemplateDialog([], path)
    qtbot.addWidget(first)
    first.name_combo.setCurrentText("Kota")
    first._rows["city"][1].setText("Jakarta")
    first._rows["city"][0].setChecked(True)
    first.save_current()
    second = BatchTemplateDialog([Photo()], path)
    qtbot.addWidget(second)
    second.name_combo.setCurrentText("Kota")
    assert second._rows["city"][1].text() == "Jakarta" and second._rows["city"][0].isChecked()


def test_find_replace_dialog_counts_and_replaces(qtbot):
    photos = [Photo(caption="di balai kota"), Photo(caption="Balai Kota lagi")]
    dialog = FindReplaceDialog(photos)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.find_edit.setText("balai kota")
    dialog.replace_edit.setText("Balai Kota")
    assert dialog.matches_label.text().startswith("2")
    dialog.case_box.setChecked(True)
    assert dialog.matches_label.text().startswith("1")
    dialog.accept()
    assert [p.caption for p in dialog.result_photos()] == ["di Balai Kota", "Balai Kota lagi"]


def test_ingest_widget_runs_in_a_worker_and_reports(qtbot, photo_store, tmp_path):
    card = tmp_path / "card"
    card.mkdir()
    for i in range(3):
        make_jpeg(card / f"{i}.jpg", seed=i + 40)
    (card / "rusak.jpg").write_bytes(b"not a jpeg")
    widget = IngestProgressWidget()
    qtbot.addWidget(widget)
    ingested = []
    widget.photo_ingested.connect(ingested.append)
    with qtbot.waitSignal(widget.ingest_finished, timeout=20000) as blocker:
        widget.start(lambda: photo_store, [card])
    counts = blocker.args[0]
    assert (counts["created"], counts["failed"], counts["cancelled"]) == (3, 1, False)
    assert widget.errors.count() == 1 and "rusak.jpg" in widget.errors.item(0).text()
    assert widget.bar.value() == widget.bar.maximum()
    assert {p.id for p in ingested} == {photo_store.photos.get(p.id).id for p in ingested}
    assert not widget.is_running()


def test_ingest_widget_cancel_stops_early(qtbot, photo_store, tmp_path):
    for i in range(30):
        make_jpeg(tmp_path / f"{i:02}.jpg", seed=i + 100, size=(600, 400))
    widget = IngestProgressWidget()
    qtbot.addWidget(widget)
    widget.photo_ingested.connect(lambda _p: widget.cancel())
    with qtbot.waitSignal(widget.ingest_finished, timeout=20000) as blocker:
        widget.start(lambda: photo_store, [tmp_path])
    counts = blocker.args[0]
    assert counts["cancelled"] is True
    assert counts["created"] < 30


def test_strip_shows_thumbnails_and_emits_dropped_paths(qtbot, photo_store, tmp_path):
    from meja_redaksi.photos.ingest import ingest_file

    _, photo = ingest_file(photo_store, make_jpeg(tmp_path / "a.jpg", seed=3))
    strip = PhotoStrip(
        lambda p: derivative_paths(photo_store.media_dir, p.sha256).thumbnail if p.sha256 else None
    )
    qtbot.addWidget(strip)
    strip.set_photos([photo, Photo(title="tanpa berkas")])
    assert strip.photo_ids() == [photo.id, strip.photo_ids()[1]]
    qtbot.waitUntil(lambda: not strip.item(0).icon().isNull(), timeout=3000)
    with qtbot.waitSignal(strip.selection_changed) as selected:
        strip.select_index(1)
    assert selected.args[0] == [strip.photo_ids()[1]]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(strip.files_dropped) as dropped:
        strip.dropEvent(event)
    assert dropped.args[0] == [tmp_path]


def test_emitting_many_signals_keeps_the_reference_to_true(qtbot):
    """PySide6 6.12.0 dropped a reference to True on every emit and aborted Python 3.11: pinned away."""
    import sys

    panel = CaptionPanel()
    qtbot.addWidget(panel)
    received = []
    panel.next_requested.connect(lambda: received.append(1))
    before = sys.getrefcount(True)
    for _ in range(3000):
        panel.next_requested.emit()
    assert len(received) == 3000
    assert sys.getrefcount(True) >= before - 50


def test_panel_hands_over_pending_edits_when_hidden(panel, qtbot):
    panel.set_photo(Photo(caption="lama"))
    panel.show()
    panel.caption_edit.setPlainText("baru diketik")
    with qtbot.waitSignal(panel.caption_changed, timeout=200) as blocker:
        panel.hide()
    assert blocker.args[0][0].caption == "baru diketik"
