"""Copy checking inside the real article editor of the main window (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextBlock, QTextCharFormat

from meja_redaksi.checking import HintKind
from meja_redaksi.gui.checking.editor_checks import HINT_ROLE, NEWSROOM_FILE
from meja_redaksi.gui.checking.highlighter import COLOURS
from meja_redaksi.gui.main_window import MainWindow

BODY = "Warga dijakarta mengeluhkan anggaarn banjir.\n\nKerjasama dengan Hachigian berlanjut."


def underlines(block: QTextBlock) -> dict[str, str]:
    """Underlined text of a block -> underline colour name."""
    text = block.text()
    found = {}
    for fmt_range in block.layout().formats():
        fmt = fmt_range.format
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            piece = text[fmt_range.start : fmt_range.start + fmt_range.length]
            found[piece] = fmt.underlineColor().name()
    return found


def checked_editor(window: MainWindow, qtbot, body: str = BODY, headline: str = ""):
    editor = window.new_article()
    check = editor.copy_check
    qtbot.waitUntil(lambda: check.checker is not None, timeout=10000)
    editor.ui.headlineEdit.setText(headline or "Banjir di Jakarta Utara")
    editor.ui.bodyEdit.setPlainText(body)
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    return editor, check


def _block_with(editor, word: str) -> QTextBlock:
    document = editor.ui.bodyEdit.document()
    block = document.begin()
    while block.isValid() and word not in block.text():
        block = block.next()
    assert block.isValid(), word
    return block


def test_misspelling_and_style_error_underlined_after_the_debounce(
    window: MainWindow, qtbot
) -> None:
    editor, check = checked_editor(window, qtbot)
    first = underlines(_block_with(editor, "dijakarta"))
    assert first == {
        "dijakarta": COLOURS[HintKind.STYLE].name(),
        "anggaarn": COLOURS[HintKind.SPELLING].name(),
    }
    assert "Kerjasama" in underlines(_block_with(editor, "Kerjasama"))
    assert check.panel.count() == 0  # filled when its tab is shown
    editor.ui.sideTabs.setCurrentWidget(check.panel)
    assert check.panel.count() == check.hint_count >= 4
    assert editor.ui.sideTabs.tabText(editor.ui.sideTabs.currentIndex()).endswith(
        f"({check.hint_count})"
    )
    assert not editor.copy_check.headline_label.isVisibleTo(editor)


def test_the_lead_is_checked_too(window: MainWindow, qtbot) -> None:
    editor, check = checked_editor(window, qtbot)
    editor.ui.leadEdit.setPlainText("Pemprov memberi himbauan kepada warga.")
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    lead = editor.ui.leadEdit.document().firstBlock()
    assert underlines(lead) == {"himbauan": COLOURS[HintKind.STYLE].name()}
    position = lead.text().index("himbauan") + 1
    menu = check.menus["lead"].build_menu_for(position)
    next(a for a in menu.actions() if a.text() == "imbauan").trigger()
    assert editor.ui.leadEdit.toPlainText() == "Pemprov memberi imbauan kepada warga."


def test_context_menu_suggestion_replaces_the_word(window: MainWindow, qtbot) -> None:
    editor, check = checked_editor(window, qtbot)
    block = _block_with(editor, "Kerjasama")
    position = block.position() + block.text().index("Kerjasama") + 2
    menu = check.menus["body"].build_menu_for(position)
    suggestion = next(a for a in menu.actions() if a.text() == "Kerja sama")
    suggestion.trigger()
    assert "Kerja sama dengan" in editor.ui.bodyEdit.toPlainText()
    assert "Kerjasama" not in editor.ui.bodyEdit.toPlainText()
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    assert "Kerja sama" not in underlines(_block_with(editor, "Kerja sama"))


def test_add_to_dictionary_writes_the_stores_file(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    other, other_check = checked_editor(window, qtbot, body="Hachigian tiba di Jakarta.")
    editor, check = checked_editor(window, qtbot)
    editor.ui.leadEdit.setPlainText("Hachigian datang.")
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    assert "Hachigian" in underlines(editor.ui.leadEdit.document().firstBlock())
    block = _block_with(editor, "Hachigian")
    assert "Hachigian" in underlines(block)
    position = block.position() + block.text().index("Hachigian") + 1
    menu = check.menus["body"].build_menu_for(position)
    add = next(a for a in menu.actions() if a.text() == "Add to newsroom dictionary")
    add.trigger()
    dictionary = store_path.parent / NEWSROOM_FILE
    assert "Hachigian" in dictionary.read_text(encoding="utf-8").split()
    qtbot.waitUntil(lambda: not check.busy and not other_check.busy, timeout=10000)
    assert "Hachigian" not in underlines(_block_with(editor, "Hachigian"))
    # the lead and another open article are checked again too
    assert "Hachigian" not in underlines(editor.ui.leadEdit.document().firstBlock())
    assert "Hachigian" not in underlines(_block_with(other, "Hachigian"))


def test_headline_hints_and_clicking_a_hint_selects_it(window: MainWindow, qtbot) -> None:
    editor, check = checked_editor(window, qtbot, headline="Kerjasama Pemprov dijakarta")
    assert check.headline_label.isVisibleTo(editor)
    assert "kerja sama" in check.headline_label.text().lower()
    editor.ui.sideTabs.setCurrentWidget(check.panel)
    rows = [check.panel.item(i) for i in range(check.panel.count())]
    body_row = next(r for r in rows if r.data(HINT_ROLE)[0] == "body" and "anggaarn" in r.text())
    check.panel.itemClicked.emit(body_row)
    assert editor.ui.bodyEdit.textCursor().selectedText() == "anggaarn"
    headline_row = next(r for r in rows if r.data(HINT_ROLE)[0] == "headline")
    check.panel.itemClicked.emit(headline_row)
    assert editor.ui.headlineEdit.selectedText() == headline_row.data(HINT_ROLE)[2].text


def test_checking_does_not_mark_a_loaded_article_unsaved(window: MainWindow, qtbot) -> None:
    article_id = window.model.article_id(0)
    window.open_article(article_id)
    qtbot.waitUntil(lambda: article_id in window.editors, timeout=10000)
    editor = window.editors[article_id]
    qtbot.waitUntil(lambda: not editor.copy_check.busy, timeout=10000)
    qtbot.waitUntil(lambda: window.runner.pending() == 0)
    assert not editor.is_dirty()


def test_a_term_written_two_ways_across_lead_and_body(window: MainWindow, qtbot) -> None:
    editor, check = checked_editor(window, qtbot, body="Pencetakan eKTP dilayani di kelurahan.")
    body = check.highlighters["body"]

    def notices() -> list[str]:
        block = _block_with(editor, "eKTP")
        return [h.text for h in body.hints_for_block(block) if h.kind is HintKind.NOTICE]

    assert notices() == []
    editor.ui.leadEdit.setPlainText("Layanan e-KTP dibuka hari ini.")
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    assert notices() == ["eKTP"]
    editor.ui.leadEdit.setPlainText("Layanan dibuka hari ini.")
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    assert notices() == []


def test_without_hunspell_style_hints_still_show_and_the_user_is_told(
    window: MainWindow, qtbot, store_path: Path
) -> None:
    import dataclasses

    from meja_redaksi.checking import CopyChecker
    from meja_redaksi.domain.entities import Article
    from meja_redaksi.gui.checking.editor_checks import SharedChecker
    from meja_redaksi.gui.editor.article_editor import ArticleEditor

    source = SharedChecker(
        window.runner,
        store_path,
        make_checker=lambda path: CopyChecker(path, dictionary_opener=lambda: None),
    )
    context = dataclasses.replace(window.context, checker=source)
    messages: list[str] = []
    editors = []
    for _ in range(2):
        editor = ArticleEditor(Article(), context, is_new=True)
        qtbot.addWidget(editor)
        editor.message.connect(messages.append)
        editors.append(editor)
    qtbot.waitUntil(lambda: all(e.copy_check.checker is not None for e in editors), timeout=10000)
    editor = editors[0]
    editor.ui.bodyEdit.setPlainText("Warga dijakarta mengeluhkan anggaarn banjir.")
    qtbot.waitUntil(lambda: not editor.copy_check.busy, timeout=10000)
    assert underlines(editor.ui.bodyEdit.document().firstBlock()) == {
        "dijakarta": COLOURS[HintKind.STYLE].name()
    }
    assert len([m for m in messages if "hunspell-id" in m]) == 1
    for each in editors:
        each.set_dirty(False)
