"""The editor's context menu for copy checking: suggestions and "add to the newsroom dictionary"."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from meja_redaksi.checking import Hint, HintKind
from meja_redaksi.domain.errors import UserError
from meja_redaksi.gui.checking.highlighter import CopyCheckHighlighter, utf16_span
from meja_redaksi.gui.checking.language import ui_language


class CheckingContextMenu(QObject):
    """Attach to a QTextEdit or QPlainTextEdit: right-click on an underlined word offers fixes."""

    message = Signal(str)
    """A one-line message for the status bar (e.g. a word that could not be added)."""
    word_added = Signal(str)
    """A word went into the newsroom dictionary (other fields and editors should check again)."""

    def __init__(
        self, editor: QTextEdit | QPlainTextEdit, highlighter: CopyCheckHighlighter
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show)

    def _show(self, pos: QPoint) -> None:
        menu = self.build_menu(pos)
        menu.exec(self.editor.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at ``pos`` (viewport coordinates)."""
        position = self.editor.cursorForPosition(pos).position()
        return self.build_menu_for(position, self.editor.createStandardContextMenu(pos))

    def build_menu_for(self, position: int, menu: QMenu | None = None) -> QMenu:
        """The menu for a document position: the hint's fixes above the standard actions."""
        menu = menu or QMenu(self.editor)
        found = self.highlighter.hint_at(position)
        if found is None:
            return menu
        block, hint = found
        first = menu.actions()[0] if menu.actions() else None
        header = QAction(hint.message_in(ui_language()), menu)
        header.setEnabled(False)
        actions: list[QAction] = [header]
        suggestions = hint.suggestions
        if hint.kind is HintKind.SPELLING and not suggestions:
            suggestions = self.highlighter.checker.suggest(hint.text)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self.replace(block, hint, s)
            )
            actions.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        if hint.kind is HintKind.SPELLING:
            add = QAction(self.tr("Add to newsroom dictionary"), menu)
            add.triggered.connect(lambda _checked=False: self.add_to_dictionary(hint.text))
            actions.append(add)
        separator = QAction(menu)
        separator.setSeparator(True)
        actions.append(separator)
        if first is not None:
            menu.insertActions(first, actions)
        else:
            menu.addActions(actions)
        return menu

    def replace(self, block: QTextBlock, hint: Hint, suggestion: str) -> None:
        """Replace the hint's text with ``suggestion`` (one undo step), if it is still there."""
        offset, length = utf16_span(block.text(), hint)
        start = block.position() + offset
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() != hint.text:
            self.message.emit(self.tr("The text changed; check again"))
            return
        cursor.insertText(suggestion)

    def add_to_dictionary(self, word: str) -> None:
        """Add ``word`` to the newsroom dictionary and re-check the whole text."""
        try:
            self.highlighter.checker.add_word(word)
        except UserError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit(self.tr("Added to the newsroom dictionary: %1").replace("%1", word))
        self.highlighter.recheck_all()
        self.word_added.emit(word)
