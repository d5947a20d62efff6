"""Item delegates: the headline column drawn with the search snippet, its matches in bold."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from meja_redaksi.gui.models.article_list import SNIPPET_ROLE


def snippet_html(headline: str, snippet: str) -> str:
    """Headline (escaped), then the snippet (already HTML, matches in ``<b>``) in grey."""
    text = html.escape(headline)
    if snippet:
        text += f' <span style="color:#888">— {snippet}</span>'
    return text


class SnippetDelegate(QStyledItemDelegate):
    """Draws the headline cell as rich text when the row carries a search snippet."""

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
        style = opt.widget.style() if opt.widget else QApplication.style()
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(2)
        document.setHtml(snippet_html(opt.text, str(snippet)))
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        """The default height: one line per row keeps 100k rows uniform."""
        return super().sizeHint(option, index)
