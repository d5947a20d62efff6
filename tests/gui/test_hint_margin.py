"""The hint margin beside the editor's lead and body (pytest-qt, offscreen, the real main window)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from meja_redaksi.checking import HintKind
from meja_redaksi.gui.app import apply_theme, install_translations
from meja_redaksi.gui.checking.editor_checks import HINT_ROLE
from meja_redaksi.gui.checking.margin import HintMargin, HintMarker, marker_colour
from meja_redaksi.gui.main_window import MainWindow

# paragraph 0: two hints (a spelling error and a style hint); 2: clean; 4: one style hint
BODY = (
    "Warga dijakarta mengeluhkan anggaarn banjir.\n\n"
    "Petugas membersihkan saluran air setiap pagi.\n\n"
    "Pemprov memberi himbauan kepada warga."
)


def checked_editor(window: MainWindow, qtbot, body: str = BODY):
    editor = window.new_article()
    check = editor.copy_check
    qtbot.waitUntil(lambda: check.checker is not None, timeout=10000)
    editor.ui.headlineEdit.setText("Banjir di Jakarta Utara")
    editor.ui.bodyEdit.setPlainText(body)
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    margin: HintMargin = check.margins["body"]
    return editor, check, margin


def by_block(margin: HintMargin) -> dict[int, HintMarker]:
    return {marker.block_number: marker for marker in margin.markers()}


def pixels(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def has_colour_near(image: QImage, y: int, colour: QColor, rows: int) -> bool:
    """True when a pixel of ``colour`` (within a small tolerance) is in rows y..y+rows."""
    for row in range(max(0, y), min(image.height(), y + rows)):
        for x in range(image.width()):
            pixel = image.pixelColor(x, row)
            if all(
                abs(a - b) <= 24
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                return True
    return False


def colour_count(image: QImage, marker: HintMarker, colour: QColor, tolerance: int = 24) -> int:
    """Pixels of ``colour`` in the badge column beside the marker's first line."""
    return sum(
        1
        for row in range(marker.top, marker.top + marker.line_height)
        for x in range(image.width() - 3)  # not the paragraph bar at the right edge
        if all(
            abs(a - b) <= tolerance
            for a, b in zip(image.pixelColor(x, row).getRgb()[:3], colour.getRgb()[:3], strict=True)
        )
    )


def test_markers_on_the_paragraphs_with_hints(window: MainWindow, qtbot) -> None:
    editor, check, margin = checked_editor(window, qtbot)
    markers = by_block(margin)
    body = editor.ui.bodyEdit.document()
    hinted = {
        n
        for n in range(body.blockCount())
        if check.highlighters["body"].hints_for_block(body.findBlockByNumber(n))
    }
    assert set(markers) == hinted == {0, 4}
    first, last = markers[0], markers[4]
    assert (first.count, first.kind) == (2, HintKind.SPELLING)  # spelling wins over style
    assert {h.text for h in first.hints} == {"dijakarta", "anggaarn"}
    assert (last.count, last.kind) == (1, HintKind.STYLE)
    # each marker sits beside its own paragraph's first line
    for number, marker in markers.items():
        block = body.findBlockByNumber(number)
        assert marker.top == editor.ui.bodyEdit.cursorRect(_cursor(block)).top()
    assert first.top < last.top
    # the lead has its own margin, empty while the lead is
    assert check.margins["lead"].markers() == []
    # the viewport leaves the margin its room, and the margin sits left of the text
    assert editor.ui.bodyEdit.viewport().geometry().left() >= margin.width() > 0
    assert margin.isVisibleTo(editor)


def _cursor(block):
    from PySide6.QtGui import QTextCursor

    return QTextCursor(block)


def test_markers_are_painted_where_they_are(window: MainWindow, qtbot) -> None:
    editor, _check, margin = checked_editor(window, qtbot)
    markers = by_block(margin)
    image = pixels(margin)
    palette = margin.palette()
    spelling = marker_colour(HintKind.SPELLING, palette)
    style = marker_colour(HintKind.STYLE, palette)
    first, last = markers[0], markers[4]
    assert has_colour_near(image, first.top, spelling, first.line_height)
    assert has_colour_near(image, last.top, style, last.line_height)
    assert not has_colour_near(image, last.top, spelling, last.line_height)
    # the clean paragraph between them has no marker painted
    clean = editor.ui.bodyEdit.cursorRect(
        _cursor(editor.ui.bodyEdit.document().findBlockByNumber(2))
    )
    assert not has_colour_near(image, clean.top(), style, clean.height())
    assert not has_colour_near(image, clean.top(), spelling, clean.height())
    # two hints: a filled badge with the number in it; one hint: a small dot
    first_area = colour_count(image, first, spelling)
    assert first_area > 2 * colour_count(image, last, style) > 0
    background = image.pixelColor(1, image.height() - 2)
    assert background != QColor("white")
    assert colour_count(image, first, QColor("white"), tolerance=0) > 0  # the digit
    assert colour_count(image, last, QColor("white"), tolerance=0) == 0


def test_dark_palette_markers_are_lighter_and_painted(window: MainWindow, qtbot) -> None:
    _editor, _check, margin = checked_editor(window, qtbot)
    light = marker_colour(HintKind.STYLE, margin.palette())
    apply_theme("dark")
    try:
        QApplication.processEvents()
        dark_palette = margin.palette()
        dark = marker_colour(HintKind.STYLE, dark_palette)
        assert dark.lightness() > light.lightness()
        image = pixels(margin)
        marker = by_block(margin)[4]
        assert has_colour_near(image, marker.top, dark, marker.line_height)
        background = image.pixelColor(1, image.height() - 2)
        assert background.lightness() < 128  # the strip follows the dark palette
    finally:
        apply_theme("light")


def test_tooltip_lists_the_paragraph_hints(window: MainWindow, qtbot) -> None:
    _editor, _check, margin = checked_editor(window, qtbot)
    text = margin.tooltip_text(by_block(margin)[0])
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("“dijakarta”: The preposition di is written apart")
    assert lines[0].endswith("→ di Jakarta")
    assert lines[1].startswith("Not in the dictionary: anggaarn →")
    assert "anggaran" in lines[1]
    install_translations("id")
    try:
        assert (
            margin.tooltip_text(by_block(margin)[0])
            .splitlines()[1]
            .startswith("Tidak ada di kamus: anggaarn")
        )
    finally:
        install_translations("en")


def test_click_selects_the_first_hinted_word_and_shows_it(window: MainWindow, qtbot) -> None:
    editor, check, margin = checked_editor(window, qtbot)
    marker = by_block(margin)[4]
    assert margin.marker_at(marker.top + 1) == marker
    assert margin.marker_at(-5) is None
    qtbot.mouseMove(margin, QPoint(4, marker.top + 2))
    qtbot.waitUntil(lambda: margin.cursor().shape() == Qt.CursorShape.PointingHandCursor)
    with qtbot.waitSignal(margin.marker_clicked, timeout=2000) as clicked:
        qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=QPoint(4, marker.top + 2))
    assert clicked.args[0] == 4
    assert editor.ui.bodyEdit.textCursor().selectedText() == "himbauan"
    assert editor.ui.sideTabs.currentWidget() is check.panel
    current = check.panel.currentItem()
    assert current is not None and current.data(HINT_ROLE)[:2] == ("body", 4)
    # two hints on a line: the first by column is selected
    first = by_block(margin)[0]
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=QPoint(4, first.top + 2))
    assert editor.ui.bodyEdit.textCursor().selectedText() == "dijakarta"


def test_a_fixed_error_loses_its_marker_after_the_recheck(window: MainWindow, qtbot) -> None:
    editor, check, margin = checked_editor(window, qtbot)
    before = pixels(margin)
    marker = by_block(margin)[4]
    colour = marker_colour(HintKind.STYLE, margin.palette())
    assert has_colour_near(before, marker.top, colour, marker.line_height)
    document = editor.ui.bodyEdit.document()
    block = document.findBlockByNumber(4)
    cursor = _cursor(block)
    start = block.text().index("himbauan")
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + start + len("himbauan"), cursor.MoveMode.KeepAnchor)
    with qtbot.waitSignal(check.highlighters["body"].checked, timeout=10000):
        cursor.insertText("imbauan")
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    assert set(by_block(margin)) == {0}
    after = pixels(margin)
    assert not has_colour_near(after, marker.top, colour, marker.line_height)


def test_markers_follow_scrolling_and_resizing(window: MainWindow, qtbot) -> None:
    filler = "\n\n".join(f"Petugas membersihkan saluran air nomor {n}." for n in range(60))
    editor, _check, margin = checked_editor(window, qtbot, BODY + "\n\n" + filler)
    body = editor.ui.bodyEdit
    top_before = by_block(margin)[4].top
    assert [m.block_number for m in margin.visible_markers()] == [0, 4]
    bar = body.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert by_block(margin)[4].top < top_before
    assert margin.visible_markers() == []  # scrolled past them
    bar.setValue(0)
    editor.resize(editor.width() + 120, editor.height() - 80)
    QApplication.processEvents()
    assert margin.height() == body.contentsRect().height()
    assert margin.geometry().left() == body.contentsRect().left()


def test_the_lead_margin(window: MainWindow, qtbot) -> None:
    editor, check, _ = checked_editor(window, qtbot)
    editor.ui.leadEdit.setPlainText("Pemprov memberi himbauan kepada warga.")
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    [marker] = check.margins["lead"].markers()
    assert (marker.block_number, marker.kind, marker.count) == (0, HintKind.STYLE, 1)
    check.margins["lead"].select_first_hint(marker)
    assert editor.ui.leadEdit.textCursor().selectedText() == "himbauan"


def test_the_headline_marker(window: MainWindow, qtbot) -> None:
    editor, check, _ = checked_editor(window, qtbot)
    marker = check.headline_marker
    assert not marker.isVisibleTo(editor)  # "Banjir di Jakarta Utara" has no hints
    headline = "Kerjasama Pemprov dan Warga dijakarta"
    editor.ui.headlineEdit.setText(headline)
    qtbot.waitUntil(lambda: not check.busy and bool(marker.hints), timeout=10000)
    assert marker.isVisibleTo(editor)
    assert {h.text for h in marker.hints} == {"Kerjasama", "dijakarta"}
    assert marker.tooltip_text().splitlines()[0].startswith("baku: Standard form: kerja sama")
    # the text starts right of the marker
    assert editor.ui.headlineEdit.textMargins().left() >= marker.width() > 0
    image = marker.grab().toImage()
    style = marker_colour(HintKind.STYLE, marker.palette())
    assert has_colour_near(image, 0, style, image.height())
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton)
    assert editor.ui.headlineEdit.selectedText() == "Kerjasama"
    assert check.panel.currentItem().data(HINT_ROLE)[:2] == ("headline", 0)
    editor.ui.headlineEdit.setText("Kerja Sama Pemprov dan Warga di Jakarta")
    qtbot.waitUntil(lambda: not check.busy and not marker.hints, timeout=10000)
    assert not marker.isVisibleTo(editor)


def test_a_language_switch_retranslates_the_hint_messages(window: MainWindow, qtbot) -> None:
    editor, check, _ = checked_editor(window, qtbot)
    editor.ui.headlineEdit.setText("Kerjasama Pemprov dan Warga")
    qtbot.waitUntil(lambda: not check.busy and bool(check.headline_hints), timeout=10000)
    editor.ui.sideTabs.setCurrentWidget(check.panel)
    texts = [check.panel.item(row).text() for row in range(check.panel.count())]
    assert any("Not in the dictionary: anggaarn" in text for text in texts)
    assert "Standard form: kerja sama" in check.headline_label.text()
    window.set_language("id")
    try:
        QApplication.processEvents()
        texts = [check.panel.item(row).text() for row in range(check.panel.count())]
        assert any("Tidak ada di kamus: anggaarn" in text for text in texts)
        assert not any("Not in the dictionary" in text for text in texts)
        assert "Bentuk baku: kerja sama" in check.headline_label.text()
        assert check.headline_marker.tooltip_text().startswith("baku: Bentuk baku")
    finally:
        window.set_language("en")
