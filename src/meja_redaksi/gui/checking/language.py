"""The language of hint messages in the window: the interface language installed for Qt."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from meja_redaksi.checking import Hint


def ui_language() -> str:
    """'en' when the interface is English, else 'id' (``install_translations`` sets Qt's locale)."""
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def describe_hint(hint: Hint, language: str | None = None) -> str:
    """``rule: message → suggestion`` with the message in the interface language."""
    text = f"{hint.rule}: {hint.message_in(language or ui_language())}"
    if hint.suggestions:
        text += " → " + " | ".join(hint.suggestions)
    return text
