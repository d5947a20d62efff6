"""Body Markdown <-> QTextDocument, so the WYSIWYG editor stores exactly the Markdown render/ reads.

Qt's own ``toMarkdown`` merges neighbouring quotes and lists and knows nothing of the portal's pull quote
(``> [!PULLQUOTE]`` then the quote) or inline photo references (``![title](photo:<uuid>)``). Loading
goes through Qt's Markdown reader (md4c) with pull quotes swapped for placeholders; saving walks the
document's blocks and fragments and writes one canonical form: blocks separated by a blank line, items
of one list on consecutive lines, ``**bold**``, ``*italic*``, ``[text](url)``.

Pipe tables are read and written with :mod:`markdown_tables` (Qt's writer breaks them).
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from meja_redaksi.gui.editor.markdown_tables import has_tables, restore_tables, table_markdown

PULLQUOTE_MARKER = "[!PULLQUOTE]"
PULLQUOTE_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
_PULLQUOTE_BLOCK = re.compile(r"^> ?\[!PULLQUOTE\][ \t]*\n((?:>.*(?:\n|$))*)", re.MULTILINE)
_PLACEHOLDER = "MEJAPULLQUOTE{}X"
_PLACEHOLDER_RE = re.compile(r"^MEJAPULLQUOTE(\d+)X$")
_ESCAPE_INLINE = re.compile(r"([\\`*\[\]])")
_ESCAPE_IN_CELL = re.compile(r"([\\`*\[\]|])")
_LEADING_BLOCK_SYNTAX = re.compile(r"^(#{1,6}\s|>|[-+]\s|\d+[.)]\s)")
_ORDERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def set_markdown(document: QTextDocument, markdown: str) -> None:
    """Replace the document's contents with ``markdown`` (pull quotes become marked blocks)."""
    quotes: list[str] = []

    def hide(match: re.Match[str]) -> str:
        lines = [re.sub(r"^> ?", "", line) for line in match.group(1).splitlines()]
        quotes.append(" ".join(line.strip() for line in lines if line.strip()))
        return _PLACEHOLDER.format(len(quotes) - 1) + "\n"

    # Raw HTML in a body is text (as render/ shows it): Qt's default GitHub dialect would drop tags
    # such as "<script>" and their text from the editor, and the next save would lose them.
    features = QTextDocument.MarkdownFeature
    document.setMarkdown(
        _PULLQUOTE_BLOCK.sub(hide, markdown),
        features.MarkdownDialectGitHub | features.MarkdownNoHTML,
    )
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)  # the touch-ups below are part of loading, not edits
    restore_tables(document, markdown)
    block = document.begin()
    while block.isValid():
        found = _PLACEHOLDER_RE.match(block.text())
        nxt = block.next()
        if found:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            cursor.setCharFormat(QTextCharFormat())
            cursor.insertMarkdown(quotes[int(found.group(1))])
            mark_pullquote(QTextCursor(block), True)
        block = nxt
    document.setUndoRedoEnabled(undo)
    document.setModified(False)


def mark_pullquote(cursor: QTextCursor, on: bool) -> None:
    """Make the cursor's block a pull quote (or an ordinary paragraph again)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(PULLQUOTE_PROPERTY, on)
    fmt.setLeftMargin(30 if on else 0)
    fmt.setRightMargin(30 if on else 0)
    fmt.setTopMargin(12 if on else 0)
    fmt.setBottomMargin(12 if on else 0)
    cursor.mergeBlockFormat(fmt)
    if on:
        cursor.clearSelection()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        char = QTextCharFormat()
        char.setFontItalic(True)
        char.setFontPointSize(13)
        cursor.mergeCharFormat(char)


def is_pullquote(block: QTextBlock) -> bool:
    """Whether ``block`` is marked as the article's pull quote."""
    return bool(block.blockFormat().property(PULLQUOTE_PROPERTY))


def to_markdown(document: QTextDocument) -> str:
    """Write the document as canonical body Markdown (ends without a trailing newline)."""
    parts: list[str] = []
    previous_list = None
    tables = has_tables(document)
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable() if tables else None
        if table is not None:
            if parts:
                parts.append("\n\n")
            parts.append(table_markdown(table, _cell_inline))
            previous_list = None
            after = document.findBlock(table.lastPosition() + 1)
            block = after if after.position() > block.position() else block.next()
            continue
        text_list = block.textList()
        line = _block_markdown(block)
        if line is None:
            previous_list = None
        else:
            same_list = text_list is not None and text_list == previous_list
            if parts:
                parts.append("\n" if same_list else "\n\n")
            parts.append(line)
            previous_list = text_list
        block = block.next()
    return "".join(parts).strip("\n")


def _block_markdown(block: QTextBlock) -> str | None:
    fmt = block.blockFormat()
    heading = fmt.headingLevel()
    inline = _inline_markdown(block, in_heading=heading > 0).strip()
    text_list = block.textList()
    if not inline and text_list is None:
        return None
    if is_pullquote(block):
        return f"> {PULLQUOTE_MARKER}\n> {inline}"
    if heading > 0:
        return "#" * heading + " " + inline
    if text_list is not None:
        list_format = text_list.format()
        indent = "   " * max(0, list_format.indent() - 1)
        if list_format.style() in _ORDERED_STYLES:
            marker = f"{text_list.itemNumber(block) + 1}."
        else:
            marker = "-"
        return f"{indent}{marker} {inline}"
    quote_level = int(fmt.property(QTextFormat.Property.BlockQuoteLevel) or 0)
    if quote_level > 0:
        return "> " * quote_level + inline
    if _LEADING_BLOCK_SYNTAX.match(inline):
        inline = "\\" + inline
    return inline


def _cell_inline(block: QTextBlock, plain_bold: bool) -> str:
    return _inline_markdown(block, in_heading=plain_bold, in_cell=True)


def _inline_markdown(block: QTextBlock, *, in_heading: bool, in_cell: bool = False) -> str:
    out: list[str] = []
    stack: list[str] = []  # open emphasis markers, innermost last
    href = ""
    pullquote = is_pullquote(block)
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        char = fragment.charFormat()
        if char.isImageFormat():
            out.append(_set_emphasis(stack, set()) + (f"]({href})" if href else ""))
            href = ""
            image = char.toImageFormat()
            alt = str(image.property(QTextFormat.Property.ImageAltText) or "")
            out.append(f"![{alt}]({image.name()})" * len(fragment.text()))
            continue
        wanted: set[str] = set()
        if not in_heading and char.fontWeight() >= int(QFont.Weight.Bold):
            wanted.add("**")
        if char.fontItalic() and not pullquote:
            wanted.add("*")
        want_href = char.anchorHref() if char.isAnchor() else ""
        if in_cell:
            want_href = want_href.replace("|", "%7C")
        escaped = _ESCAPE_IN_CELL if in_cell else _ESCAPE_INLINE
        text = escaped.sub(r"\\\1", fragment.text().replace("\u2028", " "))
        if wanted != set(stack) or want_href != href:
            stripped = text.lstrip()
            leading = text[: len(text) - len(stripped)]
            text = stripped
            if want_href != href:
                out.append(_set_emphasis(stack, set()) + (f"]({href})" if href else ""))
                out.append(leading + ("[" if want_href else ""))
                href = want_href
                out.append(_set_emphasis(stack, wanted))
            else:
                closing, opening = _split_emphasis(stack, wanted)
                if closing and out:
                    # "*word *" is not emphasis in Markdown: spaces before a closing marker go after it.
                    kept = out[-1].rstrip()
                    leading = out[-1][len(kept) :] + leading
                    out[-1] = kept
                out.append(closing + leading + opening)
        out.append(text)
    closing = _set_emphasis(stack, set()) + (f"]({href})" if href else "")
    return "".join(out).rstrip() + closing


def _set_emphasis(stack: list[str], wanted: set[str]) -> str:
    """Close markers no longer wanted (and those opened inside them), then open the new ones."""
    closing, opening = _split_emphasis(stack, wanted)
    return closing + opening


def _split_emphasis(stack: list[str], wanted: set[str]) -> tuple[str, str]:
    out: list[str] = []
    reopen: list[str] = []
    while any(marker not in wanted for marker in stack):
        marker = stack.pop()
        out.append(marker)
        if marker in wanted:
            reopen.insert(0, marker)
    opened: list[str] = []
    for marker in reopen:
        stack.append(marker)
        opened.append(marker)
    for marker in ("**", "*"):
        if marker in wanted and marker not in stack:
            stack.append(marker)
            opened.append(marker)
    return "".join(out), "".join(opened)
