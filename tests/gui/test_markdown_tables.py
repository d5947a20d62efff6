"""Pipe tables in a body stay tables through the WYSIWYG editor: load, edit elsewhere, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QTextEdit

from meja_redaksi.domain.entities import Article
from meja_redaksi.gui.editor.markdown_bridge import set_markdown, to_markdown
from meja_redaksi.gui.main_window import MainWindow
from meja_redaksi.render import render_body_html
from meja_redaksi.render.importing import article_from_portal_page, load_import_file
from meja_redaksi.store import Store

TABLE = (
    "| Wilayah | Anggaran (Rp) | Sumber |\n"
    "| :-- | --: | :-: |\n"
    "| Jakarta **Utara** | 1.200 juta | [APBD](https://jakarta.go.id/apbd) |\n"
    "| Jakarta *Timur* | 950 juta | hibah \\| CSR |\n"
    "| Kepulauan Seribu |  | - |"
)
TABLES = [
    TABLE,
    "| Kolom | Lain |\n| --- | --- |\n| a | b |",
    "| Hanya judul | Tengah |\n| --- | :-: |",
    "| Tautan |\n| --- |\n| [**Pemprov**](https://example.org/a?b=1) |",
    "| **Wilayah** | Jumlah \\| total | [Sumber](https://bps.go.id) |\n| --- | --: | --- |\n| a | 1 | b |",
    "|  | Kosong |\n| --- | --- |\n| a | b |",
]


def _cells(markdown: str) -> list[list[str]]:
    """The rows of the first pipe table in ``markdown``, cells stripped (alignment row left out)."""
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    out = []
    for line in rows[:1] + rows[2:]:
        out.append([cell.strip() for cell in line.strip("|").replace("\\|", "\0").split("|")])
    return [[cell.replace("\0", "\\|") for cell in row] for row in out]


def _first_table(document: QTextDocument) -> QTextTable:
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            return table
        block = block.next()
    raise AssertionError("the document has no table")


@pytest.mark.parametrize("table", TABLES)
def test_a_table_round_trips_exactly(qapp, table: str) -> None:
    document = QTextDocument()
    set_markdown(document, f"Paragraf sebelum.\n\n{table}\n\nParagraf sesudah.")
    assert to_markdown(document) == f"Paragraf sebelum.\n\n{table}\n\nParagraf sesudah."


def test_the_seed_body_with_a_table_round_trips_unchanged(qapp, seed_text: str, tmp_path) -> None:
    page_file = tmp_path / "seed.txt"
    page_file.write_text(seed_text, encoding="utf-8")
    article, _ = article_from_portal_page(load_import_file(page_file))
    paragraphs = article.body.split("\n\n")
    for body in (article.body, "\n\n".join([*paragraphs[:2], TABLE, *paragraphs[2:]])):
        document = QTextDocument()
        set_markdown(document, body)
        assert to_markdown(document) == body


def test_a_pipe_typed_in_a_cell_keeps_the_table_whole(qapp) -> None:
    document = QTextDocument()
    set_markdown(document, "| A | B |\n| --- | --- |\n| x | y |")
    table = _first_table(document)
    cell_cursor = table.cellAt(1, 0).lastCursorPosition()
    cell_cursor.insertText(" | z")
    saved = to_markdown(document)
    assert saved == "| A | B |\n| --- | --- |\n| x \\| z | y |"
    assert "<td>x | z</td>" in render_body_html(saved)


def _open(window: MainWindow, qtbot, article_id: str):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: article_id in window.editors)
    return window.editors[article_id]


def test_typing_another_paragraph_and_saving_keeps_the_table(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    body = f"Rapat anggaran digelar Senin (30/4).\n\n{TABLE}\n\nRapat berlanjut pekan depan."
    with Store.open(store_path) as store:
        article = store.articles.save(Article(headline="Anggaran Wilayah", body=body))
    editor = _open(window, qtbot, article.id)
    editor.ui.bodyEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor.ui.bodyEdit, "\r")
    qtbot.keyClicks(editor.ui.bodyEdit, "Paragraf tambahan.")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        window.ui.actionSave.trigger()
    with Store.open(store_path) as store:
        saved = store.articles.get(article.id).body
    assert saved == f"{body}\n\nParagraf tambahan."
    assert _cells(saved) == _cells(TABLE)
    html = render_body_html(saved)
    assert html.count("<table>") == 1 and html.count("<tr>") == 4
    assert '<td align="left">Jakarta <strong>Utara</strong></td>' in html
    assert '<a href="https://jakarta.go.id/apbd"' in html
    assert '<td align="right">950 juta</td>' in html


def test_typing_in_a_cell_changes_only_that_cell(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    with Store.open(store_path) as store:
        article = store.articles.save(Article(headline="Anggaran Wilayah", body=TABLE))
    editor = _open(window, qtbot, article.id)
    table = _first_table(editor.ui.bodyEdit.document())
    editor.ui.bodyEdit.setTextCursor(table.cellAt(3, 1).firstCursorPosition())
    qtbot.keyClicks(editor.ui.bodyEdit, "300 juta")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        window.ui.actionSave.trigger()
    with Store.open(store_path) as store:
        saved = store.articles.get(article.id).body
    expected = _cells(TABLE)
    expected[3][1] = "300 juta"
    assert _cells(saved) == expected


def test_text_typed_into_an_empty_header_cell_is_not_made_bold(qtbot) -> None:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    set_markdown(edit.document(), "|  | B |\n| --- | --- |\n| a | b |")
    edit.setTextCursor(_first_table(edit.document()).cellAt(0, 0).firstCursorPosition())
    qtbot.keyClicks(edit, "Judul")
    assert to_markdown(edit.document()) == "| Judul | B |\n| --- | --- |\n| a | b |"


def test_loading_a_table_leaves_nothing_to_undo(qapp) -> None:
    document = QTextDocument()
    set_markdown(document, f"> [!PULLQUOTE]\n> Kita ingin\n\n{TABLE}")
    assert not document.isUndoAvailable()
    assert to_markdown(document) == f"> [!PULLQUOTE]\n> Kita ingin\n\n{TABLE}"
