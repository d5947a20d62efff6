"""Item delegates: the headline column drawn with the search snippet, its matches in bold."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from meja_redaksi.gui.models.article_list import SNIPPET_ROLE

_BOLD_TAG = re.compile(r"(</?b>)")
SNIPPET_GREY = QColor("#888888")


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet (escaped text, matches in ``<b>``) into ``(text, bold)`` runs of plain text."""
    runs: list[tuple[str, bool]] = []
    bold = False
    for part in _BOLD_TAG.split(snippet):
        if part in ("<b>", "</b>"):
            bold = part == "<b>"
        elif part:
            runs.append((html.unescape(part), bold))
    return runs


class SnippetDelegate(QStyledItemDelegate):
    """Draws the headline cell followed by the search snippet in grey, its matches in bold.

    The runs are drawn straight with QPainter: a QTextDocument per cell cost 0.5-1 ms each, which
    made every repaint of a result page 20-30 ms and held up the next keystroke.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint the cell; plain cells take the default path."""
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        headline = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = text_colour if selected else SNIPPET_GREY
        plain, bold = QFont(opt.font), QFont(opt.font)
        bold.setBold(True)
        metrics = {False: QFontMetrics(plain), True: QFontMetrics(bold)}
        runs = [(headline, False, text_colour), (" — ", False, grey)]
        runs += [(text, is_bold, grey) for text, is_bold in snippet_runs(str(snippet))]
        base = metrics[False]
        baseline = rect.top() + (rect.height() + base.ascent() - base.descent()) / 2
        x = float(rect.left()) + 2
        painter.save()
        painter.setClipRect(rect)
        for text, is_bold, colour in runs:
            room = rect.right() - x
            if room <= 0:
                break
            width = metrics[is_bold].horizontalAdvance(text)
            if width > room:
                text = metrics[is_bold].elidedText(text, Qt.TextElideMode.ElideRight, int(room))
                width = int(room)
            painter.setFont(bold if is_bold else plain)
            painter.setPen(colour)
            painter.drawText(QPointF(x, baseline), text)
            x += width
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        """The default height: one line per row keeps 100k rows uniform."""
        return super().sizeHint(option, index)
