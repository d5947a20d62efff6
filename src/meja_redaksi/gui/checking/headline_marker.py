"""The headline's hint marker: the same badge as the body's margin, inside the headline field's left edge.

The headline is a one-line QLineEdit, so instead of a strip it gets one marker in a text margin of the
field; the hints come from the editor's headline check (a few milliseconds after a pause in typing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from meja_redaksi.checking import Hint
from meja_redaksi.gui.checking.highlighter import utf16_span
from meja_redaksi.gui.checking.language import describe_hint
from meja_redaksi.gui.checking.margin import badge_font, draw_badge, marker_colour, strongest_kind


class HeadlineMarker(QWidget):
    """A marker at the left end of the headline field: colour by kind, the count when several."""

    marker_clicked = Signal(object)
    """The marker was clicked: the headline's first hint (now selected in the field)."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.setObjectName("headlineHintMarker")
        self.hints: tuple[Hint, ...] = ()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._width = max(14, self.fontMetrics().horizontalAdvance("99") + 8)
        margins = edit.textMargins()
        edit.setTextMargins(self._width, margins.top(), margins.right(), margins.bottom())
        edit.installEventFilter(self)
        self._place()
        self.hide()

    def set_hints(self, hints: list[Hint]) -> None:
        """Show the headline's hints (hidden when there are none)."""
        if tuple(hints) == self.hints:
            return
        self.hints = tuple(hints)
        self.setVisible(bool(hints))
        self.update()

    def tooltip_text(self) -> str:
        """The headline's hints, one a line, in the interface language."""
        return "\n".join(describe_hint(hint) for hint in self.hints)

    def select_first_hint(self) -> Hint | None:
        """Select the headline's first hinted text."""
        if not self.hints:
            return None
        hint = min(self.hints, key=lambda h: (h.column, h.rule))
        start, length = utf16_span(self.edit.text(), hint)
        self.edit.setFocus()
        self.edit.setSelection(start, length)
        return hint

    def sizeHint(self) -> QSize:
        """As wide as the body margin's badges."""
        return QSize(self._width, self.edit.height())

    def _place(self) -> None:
        area = self.edit.rect()
        self.setGeometry(QRect(area.left() + 1, area.top() + 1, self._width, area.height() - 2))

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The badge, centred vertically in the field."""
        if not self.hints:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(badge_font(self.font()))
        size = min(self.fontMetrics().height(), self._width - 4, self.height())
        badge = QRectF((self._width - size) / 2, (self.height() - size) / 2, size, size)
        colour = marker_colour(strongest_kind(self.hints), self.palette())
        draw_badge(painter, badge, colour, len(self.hints))
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Refresh the tooltip text when it is asked for (the language may have changed)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self.tooltip_text(), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click selects the first hinted text of the headline."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        hint = self.select_first_hint()
        if hint is not None:
            self.marker_clicked.emit(hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the field's size."""
        if watched is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return False
