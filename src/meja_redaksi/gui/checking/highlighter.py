"""A QSyntaxHighlighter that underlines what :class:`CopyChecker` finds, off the keystroke path.

``highlightBlock`` only paints results already computed for the block's text. Changed blocks are queued
and checked after a pause in typing (debounced), in slices of a few milliseconds so the GUI thread never
blocks; then one article-wide pass (cheap, every line is cached) adds the consistency and headline
notices and repaints the blocks whose hints changed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from meja_redaksi.checking import CopyChecker, Hint, HintKind

COLOURS = {
    HintKind.SPELLING: QColor("#d32f2f"),
    HintKind.STYLE: QColor("#1565c0"),
    HintKind.NOTICE: QColor("#ef6c00"),
}
SLICE_SECONDS = 0.008
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_span(text: str, hint: Hint) -> tuple[int, int]:
    """Start and length of a hint in Qt's UTF-16 units (hints count code points; emoji differ)."""
    start, length = hint.column - 1, hint.length
    if not _ASTRAL.search(text):
        return start, length
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, len(text[start : start + length].encode("utf-16-le")) // 2


def code_point_offset(text: str, utf16_offset: int) -> int:
    """The Python string index of a UTF-16 offset into ``text``."""
    if not _ASTRAL.search(text):
        return utf16_offset
    return len(text.encode("utf-16-le")[: utf16_offset * 2].decode("utf-16-le", errors="ignore"))


def underline_format(kind: HintKind) -> QTextCharFormat:
    """The wavy underline of one kind of hint (red spelling, blue style, orange notice)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(COLOURS[kind])
    return fmt


class CopyCheckHighlighter(QSyntaxHighlighter):
    """Underlines misspellings and style hints in a QTextDocument; checks run debounced, per block."""

    checked = Signal(int)
    """Emitted after each article-wide pass with the number of hints in the document."""

    def __init__(
        self,
        document: QTextDocument,
        checker: CopyChecker,
        *,
        delay_ms: int = 300,
        headline_block: int | None = None,
        around: Callable[[], tuple[list[str], list[str]]] | None = None,
    ) -> None:
        super().__init__(document)
        self.checker = checker
        self.headline_block = headline_block
        self.around = around
        """Lines of the article before and after this document (e.g. headline and lead around the
        body): checked with it, so a term written two ways across fields is noticed."""
        self._formats = {kind: underline_format(kind) for kind in HintKind}
        self._by_block: dict[int, tuple[str, tuple[Hint, ...]]] = {}
        self._pending: dict[int, None] = {}
        self._hint_count = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(delay_ms)
        self._debounce.timeout.connect(self._work)
        self._continue = QTimer(self)
        self._continue.setSingleShot(True)
        self._continue.setInterval(0)
        self._continue.timeout.connect(self._work)
        # Qt queues a first full rehighlight that the editor would take for an edit (textChanged);
        # running it now with the document's signals blocked clears that pending pass.
        blocked = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(blocked)
        document.contentsChange.connect(self._on_contents_change)
        self.recheck_all()

    @property
    def busy(self) -> bool:
        """True while changed blocks wait to be checked."""
        return bool(self._pending) or self._debounce.isActive() or self._continue.isActive()

    @property
    def hint_count(self) -> int:
        """Hints found by the last article-wide pass (for a margin or a queue count)."""
        return self._hint_count

    def recheck_article(self) -> None:
        """Run the article-wide pass again after a pause (the text around this document changed)."""
        self._debounce.start()

    def recheck_all(self) -> None:
        """Queue every block (after the dictionary or the rules changed)."""
        document = self.document()
        if document is None:
            return
        self._pending = dict.fromkeys(range(document.blockCount()))
        self._debounce.start()

    def hints_for_block(self, block: QTextBlock) -> tuple[Hint, ...]:
        """The hints painted in ``block`` (columns are 1-based within the block)."""
        text = block.text()
        entry = self._by_block.get(block.blockNumber())
        if entry is not None and entry[0] == text:
            return entry[1]
        return self.checker.cached_line(text) or ()

    def hint_at(self, position: int) -> tuple[QTextBlock, Hint] | None:
        """The hint under a document position, with its block, or None."""
        document = self.document()
        if document is None:
            return None
        block = document.findBlock(position)
        if not block.isValid():
            return None
        offset = code_point_offset(block.text(), position - block.position())
        for hint in self.hints_for_block(block):
            if hint.column - 1 <= offset <= hint.column - 1 + hint.length:
                return block, hint
        return None

    def highlightBlock(self, text: str) -> None:
        """Paint the cached results of this block; never runs the checker."""
        entry = self._by_block.get(self.currentBlock().blockNumber())
        if entry is not None and entry[0] == text:
            hints: tuple[Hint, ...] = entry[1]
        else:
            hints = self.checker.cached_line(text) or ()
        for hint in hints:
            start, length = utf16_span(text, hint)
            self.setFormat(start, length, self._formats[hint.kind])

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        document = self.document()
        if document is None:
            return
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(position + added).blockNumber()
        if last < 0:
            last = document.blockCount() - 1
        for number in range(max(first, 0), last + 1):
            self._pending[number] = None
        self._debounce.start()

    def _work(self) -> None:
        """Check queued blocks for a few milliseconds; when none is left, run the article pass."""
        document = self.document()
        if document is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._pending and time.perf_counter() < deadline:
            number = next(iter(self._pending))
            del self._pending[number]
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.checker.check_line(block.text())
        if self._pending:
            self._continue.start()
            return
        self._article_pass(document)

    def _article_pass(self, document: QTextDocument) -> None:
        texts = []
        block = document.begin()
        while block.isValid():
            texts.append(block.text())
            block = block.next()
        before, after = self.around() if self.around is not None else ([], [])
        headline = None if self.headline_block is None else self.headline_block + len(before)
        hints = self.checker.check_lines(before + texts + after, headline_index=headline)
        grouped: dict[int, list[Hint]] = {}
        for hint in hints:
            number = hint.line - 1 - len(before)
            if 0 <= number < len(texts):
                grouped.setdefault(number, []).append(
                    replace(hint, line=number + 1) if before else hint
                )
        hints = [hint for found in grouped.values() for hint in found]
        previous = self._by_block
        self._by_block = {
            number: (texts[number], tuple(grouped.get(number, ()))) for number in range(len(texts))
        }
        self._hint_count = len(hints)
        # Repainting changes only formats: with the document's signals blocked the editor does not
        # take it for an edit (no textChanged, so no "unsaved" mark) and no block is queued again.
        blocked = document.blockSignals(True)
        try:
            for number, entry in self._by_block.items():
                old = previous.get(number)
                if old is None or old != entry:
                    self.rehighlightBlock(document.findBlockByNumber(number))
        finally:
            document.blockSignals(blocked)
        self.checked.emit(len(hints))
