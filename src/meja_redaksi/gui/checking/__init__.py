"""Copy checking in Qt text editors: an underlining highlighter and a suggestions context menu."""

from meja_redaksi.gui.checking.context_menu import CheckingContextMenu
from meja_redaksi.gui.checking.highlighter import CopyCheckHighlighter

__all__ = ["CheckingContextMenu", "CopyCheckHighlighter"]
