"""Icons drawn from the Font Awesome 5 fonts that qtawesome ships, without importing qtawesome.

qtawesome (through QtPy) imports QtOpenGL and QtOpenGLWidgets and, at its first icon, loads all of
its twelve fonts and their character maps: about 40 MB of the window's memory for the few ``fa5s``
and ``fa5r`` icons the window shows. Here only the font a requested icon needs is loaded, from
qtawesome's own files, and its glyph is painted the way qtawesome paints it (7/8 of the icon's
height, centred, the disabled state in the palette's disabled text colour). Names of other sets
are handed to qtawesome itself.
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

# prefix -> (file name pattern in qtawesome's fonts folder, style name)
FONTS = {
    "fa5s": ("fontawesome5-solid-webfont-*", "Solid"),
    "fa5r": ("fontawesome5-regular-webfont-*", ""),
}
GLYPH_SCALE = 0.875
_loaded: dict[str, tuple[str, dict[str, str]]] = {}


def _fonts_dir() -> Path | None:
    spec = find_spec("qtawesome")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _font(prefix: str) -> tuple[str, dict[str, str]] | None:
    """The family name and character map of the font of ``prefix`` (loaded once), or None."""
    if prefix in _loaded:
        return _loaded[prefix]
    folder = _fonts_dir()
    if prefix not in FONTS or folder is None:
        return None
    pattern = FONTS[prefix][0]
    fonts = sorted(folder.glob(f"{pattern}.ttf"))
    charmaps = sorted(folder.glob(f"{pattern.replace('webfont-*', 'webfont-charmap-*')}.json"))
    if not fonts or not charmaps:
        return None
    font_id = QFontDatabase.addApplicationFont(str(fonts[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    codes = json.loads(charmaps[-1].read_text(encoding="utf-8"))
    _loaded[prefix] = (families[0], {name: chr(int(code, 16)) for name, code in codes.items()})
    return _loaded[prefix]


class GlyphIconEngine(QIconEngine):
    """Paints one font glyph in a colour at whatever size the icon is asked for."""

    def __init__(self, family: str, style: str, glyph: str, color: QColor) -> None:
        super().__init__()
        self._family, self._style, self._glyph, self._color = family, style, glyph, color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the glyph centred in ``rect``; greyed when disabled."""
        font = QFont(self._family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        if self._style:
            font.setStyleName(self._style)
        color = self._color
        if mode == QIcon.Mode.Disabled:
            color = QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The glyph on a transparent pixmap of ``size``."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy (Qt copies engines when an icon is detached)."""
        return GlyphIconEngine(self._family, self._style, self._glyph, self._color)


def glyph_icon(name: str, color: str) -> QIcon | None:
    """The icon ``name`` (e.g. 'fa5s.search') in ``color``, or None when not one of :data:`FONTS`."""
    prefix, _, glyph_name = name.partition(".")
    font = _font(prefix)
    if font is None:
        return None
    family, codes = font
    glyph = codes.get(glyph_name)
    if glyph is None:
        return None
    return QIcon(GlyphIconEngine(family, FONTS[prefix][1], glyph, QColor(color)))
