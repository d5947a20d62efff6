"""Application set-up: the QApplication, palettes, translations and icons.

The first paint needs only PySide6 and the generated forms; qtawesome (slow to import) is loaded by
:func:`icon` after the window is shown, and the store is opened by the task runner's worker threads.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

APP_NAME = "Meja Redaksi"
_translators: list[QTranslator] = []


def translations_dir() -> Path:
    """Where the built .qm files live (bootstrap.sh runs pyside6-lrelease into it)."""
    return Path(str(resources.files("meja_redaksi.resources"))) / "translations"


def get_application(argv: Sequence[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it (Fusion style) if needed."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("meja-redaksi")
    app.setStyle("Fusion")
    return app


def install_translations(language: str) -> bool:
    """Load the app's and Qt's translations for ``language`` ('id' or 'en'); return True if found.

    Replaces translators installed before, so the language can change while the app runs (every
    window retranslates on the LanguageChange event).
    """
    app = QCoreApplication.instance()
    assert app is not None
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    )
    found = True
    for catalogue in ("meja_redaksi", "qtbase"):
        if catalogue == "qtbase" and language == "en":
            continue  # Qt's own strings are English already
        translator = QTranslator(app)
        if translator.load(f"{catalogue}_{language}", str(translations_dir())):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            found = False
    return found


def palette_for(theme: str) -> QPalette:
    """The light (Fusion default) or dark colour palette."""
    if theme != "dark":
        return QApplication.style().standardPalette()
    palette = QPalette()
    roles = QPalette.ColorRole
    base, window, text = QColor(30, 32, 36), QColor(45, 48, 54), QColor(225, 225, 225)
    for role, colour in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor(38, 40, 45)),
        (roles.ToolTipBase, window),
        (roles.ToolTipText, text),
        (roles.Text, text),
        (roles.Button, window),
        (roles.ButtonText, text),
        (roles.BrightText, QColor(255, 90, 90)),
        (roles.Link, QColor(110, 170, 255)),
        (roles.Highlight, QColor(45, 110, 190)),
        (roles.HighlightedText, QColor(255, 255, 255)),
        (roles.PlaceholderText, QColor(140, 140, 140)),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(120, 120, 120))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(120, 120, 120))
    return palette


def apply_theme(theme: str) -> None:
    """Switch the whole application to the light or dark palette."""
    QApplication.setPalette(palette_for(theme))


def icon(name: str, color: str | None = None) -> QIcon:
    """A qtawesome icon (e.g. 'fa5s.bold'), made after the QApplication exists.

    Font Awesome 5 icons are drawn by :mod:`meja_redaksi.gui.icons` (qtawesome's fonts, a fraction
    of qtawesome's memory); other sets load qtawesome itself.
    """
    from meja_redaksi.gui.icons import glyph_icon

    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    drawn = glyph_icon(name, color)
    if drawn is not None:
        return drawn
    import qtawesome

    return qtawesome.icon(name, color=color)
