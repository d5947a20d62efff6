"""The hint margin: a narrow strip left of a text field with a marker beside each paragraph with hints.

The strip is a child widget of the editor placed in its left viewport margin (the way Qt's code
editor example shows line numbers). It reads the hints the highlighter already painted, so it never
checks anything itself: it repaints when a check finishes, when the field scrolls or is resized, and
when the layout's height changes; typing inside a line costs it nothing. A marker's colour says the
kind (red spelling, blue style, orange article notice), a number shows when a paragraph has several
hints, the tooltip lists them and a click selects the first hinted word.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from meja_redaksi.checking import Hint, HintKind
from meja_redaksi.gui.checking.highlighter import COLOURS, CopyCheckHighlighter, utf16_span
from meja_redaksi.gui.checking.language import ui_language

KIND_ORDER = (HintKind.SPELLING, HintKind.STYLE, HintKind.NOTICE)
"""A paragraph with several kinds of hint shows the first of these."""
TOOLTIP_BUDGET_SECONDS = 0.010
"""A tooltip looks up spelling suggestions (hunspell takes ~15 ms a new word, a repeat is cached)
for the first misspelling and then only while this much time has not passed."""


@dataclass(frozen=True, slots=True)
class HintMarker:
    """The marker of one paragraph (text block): where it is drawn and the hints it stands for."""

    block_number: int
    top: int
    """Top of the paragraph's first line in the margin's coordinates."""
    line_height: int
    height: int
    """Height of the whole paragraph (wrapped lines included)."""
    hints: tuple[Hint, ...]

    @property
    def kind(self) -> HintKind:
        """The kind whose colour the marker takes (spelling before style before notices)."""
        return strongest_kind(self.hints)

    @property
    def count(self) -> int:
        """How many hints the paragraph has."""
        return len(self.hints)

    def first_hint(self) -> Hint:
        """The hint nearest the start of the paragraph."""
        return min(self.hints, key=lambda hint: (hint.column, hint.rule))


def strongest_kind(hints: Iterable[Hint]) -> HintKind:
    """The kind a marker of ``hints`` shows (spelling before style before notices)."""
    kinds = {hint.kind for hint in hints}
    return next(kind for kind in KIND_ORDER if kind in kinds)


def badge_font(font: QFont) -> QFont:
    """The small bold font of a marker's count."""
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    small.setBold(True)
    return small


def draw_badge(painter: QPainter, badge: QRectF, colour: QColor, count: int) -> None:
    """A dot for one hint, a rounded badge with the number for several."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if count == 1:
        quarter = badge.width() / 4
        painter.drawEllipse(badge.adjusted(quarter, quarter, -quarter, -quarter))
        return
    painter.drawRoundedRect(badge, 3, 3)
    painter.setPen(QColor("white") if colour.lightness() < 160 else QColor("black"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(min(count, 99)))


def marker_colour(kind: HintKind, palette: QPalette) -> QColor:
    """The marker colour of ``kind``: the underline colour, lighter on a dark palette."""
    colour = QColor(COLOURS[kind])
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        colour = colour.lighter(150)
    return colour


class HintMargin(QWidget):
    """A strip in the left viewport margin of a QTextEdit/QPlainTextEdit showing its hint markers."""

    marker_clicked = Signal(int, object)
    """A marker was clicked: the paragraph's block number and its first hint (now selected)."""

    def __init__(
        self, editor: QTextEdit | QPlainTextEdit, highlighter: CopyCheckHighlighter
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        self.setObjectName("hintMargin")
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._width = 0
        document = editor.document()
        highlighter.checked.connect(self._on_highlighter_checked)
        editor.verticalScrollBar().valueChanged.connect(self._on_scroll_bar_value_changed)
        layout = document.documentLayout()
        layout.documentSizeChanged.connect(self._on_layout_document_size_changed)
        document.blockCountChanged.connect(self._on_document_block_count_changed)
        editor.installEventFilter(self)
        self._update_width()

    # --- the model of markers --------------------------------------------------------------------
    def markers(self) -> list[HintMarker]:
        """Every paragraph's marker, visible or not (for tests and the hints tab)."""
        document = self.editor.document()
        return list(self._markers_between(document.begin(), document.blockCount() - 1))

    def visible_markers(self) -> list[HintMarker]:
        """The markers of the paragraphs now in view."""
        first = self.editor.cursorForPosition(QPoint(0, 0)).block()
        last = self.editor.cursorForPosition(QPoint(0, self.height())).block()
        found = self._markers_between(first, last.blockNumber())
        return [m for m in found if m.top + max(m.height, m.line_height) >= 0]

    def marker_at(self, y: int) -> HintMarker | None:
        """The marker of the paragraph at height ``y`` (margin coordinates), if any."""
        for marker in self.visible_markers():
            if marker.top <= y < marker.top + max(marker.height, marker.line_height):
                return marker
        return None

    def _markers_between(self, block: QTextBlock, last: int) -> Iterator[HintMarker]:
        """Markers of the blocks from ``block`` to block number ``last``; only hinted blocks are
        measured (a paint looks at the thirty-odd blocks in view, not the whole article)."""
        layout = self.editor.document().documentLayout()
        while block.isValid() and block.blockNumber() <= last:
            hints = self.highlighter.hints_for_block(block) if block.isVisible() else ()
            if hints:
                cursor_rect = self.editor.cursorRect(QTextCursor(block))
                height = int(layout.blockBoundingRect(block).height())
                yield HintMarker(
                    block.blockNumber(), cursor_rect.top(), cursor_rect.height(), height, hints
                )
            block = block.next()

    def tooltip_text(self, marker: HintMarker) -> str:
        """The hints of a paragraph, one a line: message and suggestions in the interface language."""
        language = ui_language()
        checker = self.highlighter.checker
        lines = []
        started = time.perf_counter()
        looked_up = False
        for hint in sorted(marker.hints, key=lambda h: (h.column, h.rule)):
            suggestions = hint.suggestions
            if (
                hint.kind is HintKind.SPELLING
                and not suggestions
                and (not looked_up or time.perf_counter() - started < TOOLTIP_BUDGET_SECONDS)
            ):
                suggestions = checker.suggest(hint.text)
                looked_up = True
            message = hint.message_in(language)
            line = message if hint.text in message else f"“{hint.text}”: {message}"
            if suggestions:
                line += " → " + " | ".join(suggestions)
            lines.append(line)
        return "\n".join(lines)

    # --- actions --------------------------------------------------------------------------------
    def select_first_hint(self, marker: HintMarker) -> Hint | None:
        """Select the first hinted word of the marker's paragraph in the editor."""
        block = self.editor.document().findBlockByNumber(marker.block_number)
        if not block.isValid():
            return None
        hint = marker.first_hint()
        start, length = utf16_span(block.text(), hint)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
        return hint

    # --- geometry and painting ------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        """As wide as a two-digit count badge."""
        return QSize(self._width, 0)

    def _update_width(self) -> None:
        metrics = self.fontMetrics()
        width = max(14, metrics.horizontalAdvance("99") + 8)
        if width != self._width:
            self._width = width
            self.editor.setViewportMargins(width, 0, 0, 0)
        self._place()

    def _place(self) -> None:
        area = self.editor.contentsRect()
        self.setGeometry(QRect(area.left(), area.top(), self._width, area.height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the strip and the markers of the visible paragraphs."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(badge_font(self.font()))
        for marker in self.visible_markers():
            colour = marker_colour(marker.kind, palette)
            # a thin bar along the whole paragraph, a badge beside its first line
            bar = QColor(colour)
            bar.setAlpha(90)
            painter.fillRect(QRect(self._width - 3, marker.top, 3, marker.height), bar)
            size = min(marker.line_height, self._width - 4)
            badge = QRectF(
                (self._width - 3 - size) / 2,
                marker.top + (marker.line_height - size) / 2,
                size,
                size,
            )
            draw_badge(painter, badge, colour, marker.count)
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Show the tooltip of the marker under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            marker = self.marker_at(event.pos().y())
            if marker is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(marker), self)
            return True
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_width()
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A pointing hand over a marker (it can be clicked)."""
        over = self.marker_at(event.position().toPoint().y()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a marker selects the first hinted word of its paragraph."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        marker = self.marker_at(event.position().toPoint().y())
        if marker is None:
            return
        hint = self.select_first_hint(marker)
        if hint is not None:
            self.marker_clicked.emit(marker.block_number, hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the editor's size (the viewport margin keeps the strip's room)."""
        if watched is self.editor and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    # --- slots ----------------------------------------------------------------------------------
    def _on_highlighter_checked(self, _count: int) -> None:
        self.update()

    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        self.update()

    def _on_layout_document_size_changed(self, _size: object) -> None:
        self.update()

    def _on_document_block_count_changed(self, _count: int) -> None:
        self.update()
