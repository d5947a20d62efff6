"""GitHub pipe tables between body Markdown and the editor's QTextTables (for markdown_bridge).

md4c (Qt's Markdown reader) reads a pipe table into a QTextTable, but three things do not survive it:
``:--`` and ``---`` become the same left alignment, a header-only table keeps no alignment at all, and
the header row is made bold as a whole, so bold typed in a header cell cannot be told apart. So a
loaded table gets its source's alignment row as a property, and its header cells are filled again from
the source with the header's own look at a lighter weight (DemiBold, which the writer does not write
as ``**``). Qt's own writer also drops the alignment and leaves a ``|`` typed in a cell unescaped,
which breaks the table: :func:`table_markdown` writes the table instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

ALIGNMENT_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
"""A table's source alignment row, one code per column: L, C, R, or - for none."""
HEADER_PROPERTY = int(QTextFormat.Property.UserProperty) + 3
"""Set on a table whose header cells were filled from the source (their bold is the writer's)."""

InlineWriter = Callable[[QTextBlock, bool], str]
"""Writes one block of a cell as inline Markdown; the flag says bold is the header's look, not text."""

_DELIMITER_ROW = re.compile(
    r"^ {0,3}(?=[^\n]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", re.MULTILINE
)
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_ALIGNMENT_CODES = {(True, False): "L", (True, True): "C", (False, True): "R", (False, False): "-"}
_ALIGNMENT_ROW = {"L": ":--", "C": ":-:", "R": "--:", "-": "---"}


def has_tables(document: QTextDocument) -> bool:
    """Whether the document holds a table (checked once, so documents without any pay nothing)."""
    return any(isinstance(f, QTextTable) for f in document.rootFrame().childFrames())


def document_tables(document: QTextDocument) -> list[QTextTable]:
    """The document's tables in reading order."""
    found: list[QTextTable] = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and (not found or found[-1].firstPosition() != table.firstPosition()):
            found.append(table)
        block = block.next()
    return found


def restore_tables(document: QTextDocument, markdown: str) -> None:
    """Give each loaded table its source's alignment row and header cells.

    Nothing is done when the source's tables cannot be matched one to one with the document's (for
    example a table-like block inside a code fence): those tables keep what md4c made of them.
    """
    sources = [
        (_header_line(markdown, m.start()), _row_cells(m.group()))
        for m in _DELIMITER_ROW.finditer(markdown)
    ]
    if not sources:
        return
    tables = document_tables(document)
    if len(sources) != len(tables):
        return
    for table, (header, delimiter) in zip(tables, sources, strict=True):
        if table.columns() != len(delimiter):
            continue
        fmt = table.format()
        codes = (_ALIGNMENT_CODES[(c[:1] == ":", c[-1:] == ":")] for c in delimiter)
        fmt.setProperty(ALIGNMENT_PROPERTY, "".join(codes))
        cells = _row_cells(header)
        if len(cells) == table.columns():
            for column, text in enumerate(cells):
                _fill_header_cell(table.cellAt(0, column), text)
            fmt.setProperty(HEADER_PROPERTY, True)
        table.setFormat(fmt)


def _header_line(markdown: str, delimiter_start: int) -> str:
    """The source line just above a delimiter row (the table's header row)."""
    end = max(delimiter_start - 1, 0)
    return markdown[markdown.rfind("\n", 0, end) + 1 : end]


def _row_cells(line: str) -> list[str]:
    """The stripped cells of one pipe-table row of source (outer pipes optional, ``\\|`` kept)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip() for cell in _UNESCAPED_PIPE.split(inner)]


def _fill_header_cell(cell: QTextTableCell, markdown: str) -> None:
    """Put a header cell's inline Markdown in again, its unmarked text at the header's DemiBold."""
    header_look = QTextCharFormat()
    header_look.setFontWeight(QFont.Weight.DemiBold)
    cell_format = cell.format()
    cell_format.setFontWeight(QFont.Weight.DemiBold)  # what is typed into an empty header cell
    cell.setFormat(cell_format)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.setCharFormat(header_look)
    if markdown:
        cursor.insertMarkdown(markdown)
    block = cell.firstCursorPosition().block()
    while block.isValid() and block.position() <= cell.lastPosition():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            if fragment.isValid() and fragment.charFormat().fontWeight() < int(QFont.Weight.Bold):
                span = QTextCursor(cell.firstCursorPosition().document())
                span.setPosition(fragment.position())
                span.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                span.mergeCharFormat(header_look)
        block = block.next()


def table_markdown(table: QTextTable, inline: InlineWriter) -> str:
    """A pipe table: header row, alignment row, then the other rows (a spanned cell's room stays empty)."""
    header_bold_is_look = not table.format().property(HEADER_PROPERTY)
    rows: list[str] = []
    for row in range(table.rows()):
        cells: list[str] = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            own = cell.row() == row and cell.column() == column
            plain_bold = row == 0 and header_bold_is_look
            cells.append(_cell_markdown(cell, inline, plain_bold) if own else "")
        rows.append("| " + " | ".join(cells) + " |")
    aligns = [_column_alignment(table, column) for column in range(table.columns())]
    rows.insert(1, "| " + " | ".join(aligns) + " |")
    return "\n".join(rows)


def _cell_markdown(cell: QTextTableCell, inline: InlineWriter, plain_bold: bool) -> str:
    """A cell's text on one line (paragraphs typed in a cell are joined with a space)."""
    texts: list[str] = []
    block = cell.firstCursorPosition().block()
    while block.isValid() and block.position() <= cell.lastPosition():
        text = inline(block, plain_bold).strip()
        if text:
            texts.append(text)
        block = block.next()
    return " ".join(texts)


def _column_alignment(table: QTextTable, column: int) -> str:
    """The alignment row's entry for a column: its first body cell's, else the source's."""
    source = str(table.format().property(ALIGNMENT_PROPERTY) or "")[column : column + 1] or "-"
    if table.rows() < 2:
        return _ALIGNMENT_ROW[source]
    cell = table.cellAt(1, column)
    alignment = cell.firstCursorPosition().block().blockFormat().alignment()
    if alignment & Qt.AlignmentFlag.AlignHCenter:
        return ":-:"
    if alignment & Qt.AlignmentFlag.AlignRight:
        return "--:"
    return ":--" if source == "L" else "---"
