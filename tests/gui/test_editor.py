"""Writing in the window: new article, edit and save, autosave, several tabs, revisions, languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meja_redaksi.gui.main_window import MainWindow
from meja_redaksi.store import Store


def _stored(store_path: Path, article_id: str):
    with Store.open(store_path) as store:
        return store.articles.get(article_id), store.articles.revisions(article_id)


def test_ctrl_n_creates_and_saves_a_new_article(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_editor() is not None)
    editor = window.current_editor()
    assert editor.is_new
    qtbot.keyClicks(editor.ui.headlineEdit, "Wali Kota Resmikan Taman")
    qtbot.keyClicks(editor.ui.bodyEdit, "Taman baru dibuka Senin (30/4).")
    editor.ui.deskCombo.setCurrentIndex(editor.ui.deskCombo.findText("Ekonomi"))
    editor.ui.tagsEdit.setText("taman, jakarta")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        window.ui.actionSave.trigger()
    article, revisions = _stored(store_path, editor.article.id)
    assert article.headline == "Wali Kota Resmikan Taman"
    assert article.body == "Taman baru dibuka Senin (30/4)."
    assert article.tags == ["taman", "jakarta"]
    assert len(revisions) == 1
    assert not editor.is_dirty()
    qtbot.waitUntil(lambda: window.model.rowCount() == 41)


def test_autosave_after_idle_and_counts(window: MainWindow, qtbot, store_path: Path) -> None:
    window.context.autosave_ms = 300
    article_id = window.model.article_id(0)
    window.open_article(article_id)
    qtbot.waitUntil(lambda: article_id in window.editors)
    editor = window.editors[article_id]
    editor.ui.bodyEdit.moveCursor(editor.ui.bodyEdit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClicks(editor.ui.bodyEdit, " Tambahan kalimat.")
    article, revisions = _stored(store_path, article_id)
    assert article.body.endswith("Tambahan kalimat.")
    assert len(revisions) == 2
    qtbot.waitUntil(
        lambda: "kata" in editor.ui.countLabel.text() or "word" in editor.ui.countLabel.text()
    )
    assert str(article.word_count) in editor.ui.countLabel.text()


def test_several_tabs_and_switch_saves(window: MainWindow, qtbot, store_path: Path) -> None:
    ids = [window.model.article_id(row) for row in range(3)]
    for article_id in ids:
        window.open_article(article_id)
    qtbot.waitUntil(lambda: len(window.editors) == 3)
    assert window.ui.editorTabs.count() == 3
    window.open_article(ids[0])
    qtbot.waitUntil(lambda: window.current_editor().article.id == ids[0])
    first = window.current_editor()
    first.ui.headlineEdit.setText("Judul yang diubah di tab pertama")
    with qtbot.waitSignal(first.saved, timeout=5000):
        window.ui.editorTabs.setCurrentIndex(1)
    assert _stored(store_path, ids[0])[0].headline == "Judul yang diubah di tab pertama"
    window.close_tab(window.ui.editorTabs.currentIndex())
    assert window.ui.editorTabs.count() == 2


def test_revision_diff_and_restore(window: MainWindow, qtbot, store_path: Path) -> None:
    article_id = window.model.article_id(0)
    window.open_article(article_id)
    qtbot.waitUntil(lambda: article_id in window.editors)
    editor = window.editors[article_id]
    original = editor.ui.headlineEdit.text()
    editor.ui.headlineEdit.setText("Judul kedua")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    panel = window.revision_panel
    window.ui.actionRevisions.trigger()
    qtbot.waitUntil(lambda: len(panel.revisions) == 2)
    shown = panel.ui.diffBrowser.toPlainText()
    # A word diff shows the removed and the added words side by side.
    assert original.split()[0] in shown and "kedua" in shown
    panel.ui.revisionList.setCurrentRow(1)  # newest first: row 1 is revision 1
    assert panel.selected_revision().number == 1
    with qtbot.waitSignal(editor.saved, timeout=5000):
        panel.ui.restoreButton.click()
    article, revisions = _stored(store_path, article_id)
    assert article.headline == original
    assert [r.number for r in revisions][-1] == 3
    assert revisions[-1].headline == original
    qtbot.waitUntil(lambda: len(panel.revisions) == 3)


def test_language_switch_retranslates_everything(window: MainWindow, qtbot) -> None:
    assert window.ui.viewList.item(3).text().startswith("All articles")
    window.set_language("id")
    try:
        # LanguageChange events are posted: wait for the window to handle them.
        qtbot.waitUntil(lambda: window.ui.viewList.item(3).text().startswith("Semua artikel"))
        assert window.ui.actionNewArticle.text() == "Artikel &baru"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Judul"
        assert window.ui.statusFilter.itemText(1) == "Draf"
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        texts = {b.text() for b in box.buttons()}
        assert texts == {"Simpan", "Batal"}
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.ui.viewList.item(3).text().startswith("All articles"))


def test_word_diff_marks_only_changed_words() -> None:
    from meja_redaksi.gui.editor.revisions import word_diff_html

    html = word_diff_html("Gubernur bertemu wali kota Senin", "Gubernur menemui wali kota Selasa")
    assert "<s>bertemu</s>" in html and ">menemui</span>" in html
    assert "<s>Senin</s>" in html and ">Selasa</span>" in html
    assert "<s>Gubernur" not in html and "<s>wali" not in html


def test_layout_and_open_tabs_restored_on_restart(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    from meja_redaksi.gui.launch import build_window
    from meja_redaksi.settings import Settings

    ids = [window.model.article_id(row) for row in (0, 5)]
    for article_id in ids:
        window.open_article(article_id)
    qtbot.waitUntil(lambda: len(window.editors) == 2)
    window.ui.mainSplitter.setSizes([150, 500, 550])
    qtbot.wait(50)  # let the layout settle: the workflow docks take part of the width
    sizes = window.ui.mainSplitter.sizes()
    window.ui.viewList.setCurrentRow(0)  # the review queue
    window.close()
    again = build_window(store_path, "en", Settings())
    qtbot.addWidget(again)
    # The offscreen screen is 800x600, smaller than the saved geometry: Qt clamps it, so size it here.
    again.resize(window.size())
    again.show()
    again.start()
    qtbot.waitUntil(lambda: len(again.editors) == 2)
    qtbot.wait(50)
    tabs = again.ui.editorTabs
    assert [tabs.widget(i).article.id for i in range(tabs.count())] == ids
    restored = again.ui.mainSplitter.sizes()
    # The sidebar keeps its width; list and editor share what the workflow docks leave, as before.
    assert restored[0] == sizes[0]
    assert abs(restored[1] / restored[2] - sizes[1] / sizes[2]) < 0.35
    assert again.ui.viewList.currentRow() == 0
    again.close()
    again.runner.shutdown()


def test_sign_in_as_fills_my_views(window: MainWindow, qtbot) -> None:
    assert window.reference.user is None
    window.sign_in_as("rezap")
    qtbot.waitUntil(lambda: window.user_label.text() == "Reza Pahlevi")
    assert window.settings.get("user") == "rezap"
    # Reza reports all 40 articles: drafts and returned ones are 8 + 8 of them.
    qtbot.waitUntil(lambda: window.ui.viewList.item(2).text().endswith("(16)"))
    editor = window.new_article()
    assert editor.ui.reporterCombo.currentText() == "Reza Pahlevi"
    assert editor.ui.deskCombo.currentText() == "Pemerintahan"
