"""The body's formatting actions (toolbar buttons with shortcuts) acting on a QTextEdit."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QTextEdit, QToolBar

from meja_redaksi.gui.editor.markdown_bridge import is_pullquote, mark_pullquote

# (name, icon, shortcut): the labels are translated in FormattingActions.retranslate.
_ACTIONS = (
    ("bold", "fa5s.bold", "Ctrl+B"),
    ("italic", "fa5s.italic", "Ctrl+I"),
    ("heading2", "fa5s.heading", "Ctrl+2"),
    ("heading3", "fa5s.text-height", "Ctrl+3"),
    ("paragraph", "fa5s.paragraph", "Ctrl+0"),
    ("bullets", "fa5s.list-ul", "Ctrl+Shift+8"),
    ("numbers", "fa5s.list-ol", "Ctrl+Shift+7"),
    ("quote", "fa5s.quote-right", "Ctrl+Shift+Q"),
    ("pullquote", "fa5s.quote-left", "Ctrl+Shift+P"),
    ("link", "fa5s.link", "Ctrl+K"),
)


class FormattingActions(QObject):
    """Bold, italic, headings, lists, quotes, pull quote and links for one body editor."""

    def __init__(self, edit: QTextEdit, toolbar: QToolBar) -> None:
        super().__init__(edit)
        self.edit = edit
        self.actions: dict[str, QAction] = {}
        for name, _icon, shortcut in _ACTIONS:
            action = QAction(edit)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(action.shortcutContext().WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, name))
            toolbar.addAction(action)
            self.actions[name] = action
        for name in ("bold", "italic"):
            self.actions[name].setCheckable(True)
        edit.addActions(list(self.actions.values()))
        edit.currentCharFormatChanged.connect(self._sync_checks)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the (translated) labels; the text is also the tooltip."""
        labels = {
            "bold": self.tr("Bold"),
            "italic": self.tr("Italic"),
            "heading2": self.tr("Heading"),
            "heading3": self.tr("Subheading"),
            "paragraph": self.tr("Plain paragraph"),
            "bullets": self.tr("Bulleted list"),
            "numbers": self.tr("Numbered list"),
            "quote": self.tr("Quote"),
            "pullquote": self.tr("Pull quote"),
            "link": self.tr("Link"),
        }
        for name, action in self.actions.items():
            action.setText(labels[name])
            action.setToolTip(f"{labels[name]} ({action.shortcut().toString()})")

    def apply_icons(self) -> None:
        """Give the buttons their qtawesome icons (after the first paint)."""
        from meja_redaksi.gui.app import icon

        for name, icon_name, _shortcut in _ACTIONS:
            self.actions[name].setIcon(icon(icon_name))

    def _sync_checks(self, fmt: QTextCharFormat) -> None:
        self.actions["bold"].setChecked(fmt.fontWeight() >= int(QFont.Weight.Bold))
        self.actions["italic"].setChecked(fmt.fontItalic())

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    def bold(self) -> None:
        """Toggle bold."""
        fmt = QTextCharFormat()
        bold = self.edit.fontWeight() < int(QFont.Weight.Bold)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def italic(self) -> None:
        """Toggle italic."""
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.edit.fontItalic())
        self._merge(fmt)

    def _block(self, heading: int = 0, quote: int = 0) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        if cursor.currentList() is not None:
            cursor.currentList().remove(cursor.block())
            reset = QTextBlockFormat()
            reset.setIndent(0)
            cursor.mergeBlockFormat(reset)
        if is_pullquote(cursor.block()):
            mark_pullquote(cursor, False)
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(heading)
        fmt.setProperty(QTextBlockFormat.Property.BlockQuoteLevel, quote)
        fmt.setLeftMargin(24 if quote else 0)
        cursor.mergeBlockFormat(fmt)
        size = {0: 0.0, 2: 16.0, 3: 13.0}.get(heading, 0.0)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
        if size:
            char.setFontPointSize(size)
        else:
            char.setFontPointSize(self.edit.document().defaultFont().pointSizeF())
        if heading or cursor.block().blockFormat().headingLevel() == 0:
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            if heading:
                cursor.mergeCharFormat(char)
        cursor.endEditBlock()

    def heading2(self) -> None:
        """Make the current paragraph a heading."""
        self._block(heading=2)

    def heading3(self) -> None:
        """Make the current paragraph a subheading."""
        self._block(heading=3)

    def paragraph(self) -> None:
        """Make the current block a plain paragraph."""
        self._block()

    def quote(self) -> None:
        """Make the current paragraph a quote."""
        self._block(quote=1)

    def pullquote(self) -> None:
        """Make the current paragraph the article's pull quote (or undo that)."""
        cursor = self.edit.textCursor()
        on = not is_pullquote(cursor.block())
        if on:
            self._block()
        mark_pullquote(self.edit.textCursor(), on)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        if cursor.currentList() is not None and cursor.currentList().format().style() == style:
            self._block()
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    def bullets(self) -> None:
        """Bulleted list."""
        self._list(QTextListFormat.Style.ListDisc)

    def numbers(self) -> None:
        """Numbered list."""
        self._list(QTextListFormat.Style.ListDecimal)

    def link(self) -> None:
        """Link the selection (or the word under the cursor) to an address the user types."""
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            return
        url, ok = QInputDialog.getText(self.edit, self.tr("Link"), self.tr("Address (https://…)"))
        if ok:
            self.set_link(cursor, url.strip())

    def set_link(self, cursor: QTextCursor, url: str) -> None:
        """Make the cursor's selection a link to ``url`` (an empty url removes the link)."""
        fmt = QTextCharFormat()
        fmt.setAnchor(bool(url))
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(bool(url))
        cursor.mergeCharFormat(fmt)
