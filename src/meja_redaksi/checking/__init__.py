"""Indonesian copy checking: spelling (hunspell-id + the newsroom dictionary) and the desk's style rules.

Plain Python: the Qt highlighter in ``gui/checking`` paints what :class:`CopyChecker` finds.
"""

from meja_redaksi.checking.engine import CopyChecker, article_text
from meja_redaksi.checking.hints import Hint, HintKind

__all__ = ["CopyChecker", "Hint", "HintKind", "article_text"]
