"""The WYSIWYG body stores exactly the Markdown the portal reads: round trips and editing actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QToolBar

from meja_redaksi.gui.editor.formatting import FormattingActions
from meja_redaksi.gui.editor.markdown_bridge import is_pullquote, set_markdown, to_markdown
from meja_redaksi.render.conventions import extract_pull_quotes, photo_ids_in

PHOTO = "6b1c0d2e-8f5a-4b7e-9c3d-2a1b0c9d8e7f"
CANONICAL = [
    "Paragraf **tebal** dan *miring* dengan [tautan](https://jakarta.go.id).",
    "Campuran **tebal *dan miring*** lalu *miring **dan tebal***.",
    "## Subjudul",
    "### Anak judul",
    "- satu\n- dua\n- tiga",
    "1. pertama\n2. kedua",
    "> kutipan biasa",
    "> [!PULLQUOTE]\n> Kita ingin ada langkah konkret",
    f"![Gubernur DKI Bahas Sister City](photo:{PHOTO})",
    "Senin (30/4), kata dia. Harga 5 \\* 3 dan \\[catatan\\].",
    "[**tautan tebal**](https://example.org/a?b=1)",
]


@pytest.mark.parametrize("block", CANONICAL)
def test_each_construct_round_trips_exactly(qapp, block: str) -> None:
    document = QTextDocument()
    set_markdown(document, block)
    assert to_markdown(document) == block


def test_whole_body_round_trips_and_keeps_the_shared_conventions(qapp) -> None:
    body = "\n\n".join(CANONICAL)
    document = QTextDocument()
    set_markdown(document, body)
    saved = to_markdown(document)
    assert saved == body
    assert extract_pull_quotes(saved) == ["Kita ingin ada langkah konkret"]
    assert photo_ids_in(saved) == [PHOTO]


def test_neighbouring_lists_and_quotes_stay_apart(qapp) -> None:
    body = "- a\n- b\n\n1. c\n2. d\n\n> e\n\n> f"
    document = QTextDocument()
    set_markdown(document, body)
    assert to_markdown(document) == body


def _editor(qtbot, markdown: str) -> tuple[QTextEdit, FormattingActions]:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    actions = FormattingActions(edit, QToolBar())
    set_markdown(edit.document(), markdown)
    return edit, actions


def _select_words(edit: QTextEdit, start: int, length: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_toolbar_actions_write_markdown(qtbot) -> None:
    edit, actions = _editor(qtbot, "Gubernur bertemu wali kota")
    _select_words(edit, 0, 8)
    actions.bold()
    _select_words(edit, 9, 7)
    actions.italic()
    assert to_markdown(edit.document()) == "**Gubernur** *bertemu* wali kota"
    actions.heading2()
    assert to_markdown(edit.document()) == "## Gubernur *bertemu* wali kota"
    actions.paragraph()
    actions.pullquote()
    assert is_pullquote(edit.textCursor().block())
    assert to_markdown(edit.document()).startswith("> [!PULLQUOTE]\n> ")
    actions.pullquote()
    actions.bullets()
    assert to_markdown(edit.document()).startswith("- ")
    actions.numbers()
    assert to_markdown(edit.document()).startswith("1. ")


def test_link_action_marks_the_selection(qtbot) -> None:
    edit, actions = _editor(qtbot, "lihat situs pemprov")
    _select_words(edit, 6, 5)
    actions.set_link(edit.textCursor(), "https://jakarta.go.id")
    assert to_markdown(edit.document()) == "lihat [situs](https://jakarta.go.id) pemprov"


def test_bold_shortcut_from_the_keyboard(qtbot) -> None:
    edit, _actions = _editor(qtbot, "")
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(edit.isActiveWindow)
    qtbot.keyClicks(edit, "awal ")
    qtbot.keyClick(edit, Qt.Key.Key_B, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "tebal")
    assert to_markdown(edit.document()) == "awal **tebal**"
