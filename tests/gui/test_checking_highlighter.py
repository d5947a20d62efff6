"""The copy-checking highlighter and context menu in a real QTextEdit (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from meja_redaksi.checking import CopyChecker, HintKind
from meja_redaksi.gui.checking import CheckingContextMenu, CopyCheckHighlighter
from meja_redaksi.gui.checking.highlighter import COLOURS

TEXT = (
    "Pemprov DKI Perkuat Kerja Sama\n"
    "Warga dijakarta mengeluhkan anggaarn banjir.\n"
    "Kerjasama itu disampaikan Gubernur Anies di Balai Kota."
)


@pytest.fixture
def checker(tmp_path: Path) -> CopyChecker:
    return CopyChecker(tmp_path / "kamus_redaksi.txt")


def underlines(block: QTextBlock) -> dict[str, str]:
    """Underlined text of a block -> underline colour name."""
    utf16 = block.text().encode("utf-16-le")  # Qt counts UTF-16 units
    found = {}
    for fmt_range in block.layout().formats():
        fmt = fmt_range.format
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            start, end = fmt_range.start * 2, (fmt_range.start + fmt_range.length) * 2
            piece = utf16[start:end].decode("utf-16-le")
            found[piece] = fmt.underlineColor().name()
    return found


def make(qtbot, checker: CopyChecker, text: str = TEXT, **options):
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    highlighter = CopyCheckHighlighter(editor.document(), checker, delay_ms=20, **options)
    with qtbot.waitSignal(highlighter.checked, timeout=5000):
        pass
    return editor, highlighter


def test_underlines_by_kind(qtbot, checker: CopyChecker) -> None:
    editor, highlighter = make(qtbot, checker)
    document = editor.document()
    second = underlines(document.findBlockByNumber(1))
    assert second == {
        "dijakarta": COLOURS[HintKind.STYLE].name(),
        "anggaarn": COLOURS[HintKind.SPELLING].name(),
    }
    third = underlines(document.findBlockByNumber(2))
    assert third == {"Kerjasama": COLOURS[HintKind.STYLE].name()}
    assert underlines(document.findBlockByNumber(0)) == {}
    assert highlighter.hint_count == 3


def test_article_notices_are_orange(qtbot, checker: CopyChecker) -> None:
    text = "Judul\nLayanan e-KTP dibuka.\nPencetakan eKTP dilayani."
    editor, _ = make(qtbot, checker, text)
    assert underlines(editor.document().findBlockByNumber(2)) == {
        "eKTP": COLOURS[HintKind.NOTICE].name()
    }


def test_typing_never_checks_on_the_keystroke_path(qtbot, checker: CopyChecker) -> None:
    editor, highlighter = make(qtbot, checker)
    passes: list[int] = []
    highlighter.checked.connect(passes.append)
    cursor = QTextCursor(editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    typed = " Warga disana menunggu."
    for char in typed:
        cursor.insertText(char)
    last_line = editor.document().lastBlock().text()
    # every keystroke repainted the block, but the checker has not seen the new text yet
    assert checker.cached_line(last_line) is None
    assert highlighter.busy
    qtbot.waitUntil(lambda: not highlighter.busy and bool(passes), timeout=5000)
    # twenty-three keystrokes, one debounced pass
    assert len(passes) == 1
    assert "disana" in underlines(editor.document().lastBlock())


def test_context_menu_suggestion_replaces_the_word(qtbot, checker: CopyChecker) -> None:
    editor, highlighter = make(qtbot, checker)
    block = editor.document().findBlockByNumber(1)
    position = block.position() + block.text().index("dijakarta") + 2
    menu = CheckingContextMenu(editor, highlighter).build_menu_for(position)
    labels = [a.text() for a in menu.actions()]
    assert labels[1] == "di Jakarta"
    menu.actions()[1].trigger()
    assert editor.document().findBlockByNumber(1).text().startswith("Warga di Jakarta mengeluhkan")
    editor.undo()
    assert editor.document().findBlockByNumber(1).text().startswith("Warga dijakarta")


def test_context_menu_adds_to_newsroom_dictionary(
    qtbot, checker: CopyChecker, tmp_path: Path
) -> None:
    editor, highlighter = make(qtbot, checker)
    helper = CheckingContextMenu(editor, highlighter)
    block = editor.document().findBlockByNumber(1)
    position = block.position() + block.text().index("anggaarn")
    menu = helper.build_menu_for(position)
    labels = [a.text() for a in menu.actions()]
    assert "anggaran" in labels
    add = next(a for a in menu.actions() if a.text() == "Add to newsroom dictionary")
    with qtbot.waitSignal(highlighter.checked, timeout=5000):
        add.trigger()
    assert (tmp_path / "kamus_redaksi.txt").read_text(encoding="utf-8") == "anggaarn\n"
    assert "anggaarn" not in underlines(editor.document().findBlockByNumber(1))


def test_no_menu_entries_away_from_hints(qtbot, checker: CopyChecker) -> None:
    editor, highlighter = make(qtbot, checker)
    helper = CheckingContextMenu(editor, highlighter)
    assert helper.build_menu_for(2).actions() == []
    assert editor.contextMenuPolicy().name == "CustomContextMenu"


def test_emoji_before_a_hint(qtbot, checker: CopyChecker) -> None:
    text = "Judul\n🎉🎉 Warga dijakarta bersorak 🎉 anggaarn."
    editor, highlighter = make(qtbot, checker, text)
    block = editor.document().findBlockByNumber(1)
    assert set(underlines(block)) == {"dijakarta", "anggaarn"}
    qt_offset = len("🎉🎉 Warga di".encode("utf-16-le")) // 2
    helper = CheckingContextMenu(editor, highlighter)
    menu = helper.build_menu_for(block.position() + qt_offset)
    next(a for a in menu.actions() if a.text() == "di Jakarta").trigger()
    assert (
        editor.document().findBlockByNumber(1).text()
        == "🎉🎉 Warga di Jakarta bersorak 🎉 anggaarn."
    )


def test_add_word_without_a_store_reports_a_message(qtbot) -> None:
    editor, highlighter = make(qtbot, CopyChecker(), "Judul\nanggaarn")
    helper = CheckingContextMenu(editor, highlighter)
    messages: list[str] = []
    helper.message.connect(messages.append)
    helper.add_to_dictionary("anggaarn")
    assert len(messages) == 1 and "newsroom dictionary" in messages[0]
    assert "anggaarn" in underlines(editor.document().findBlockByNumber(1))
