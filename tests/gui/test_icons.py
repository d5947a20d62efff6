"""Font Awesome icons are drawn from qtawesome's font files without importing qtawesome."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QColor, QIcon

from meja_redaksi.gui.app import icon
from meja_redaksi.gui.icons import glyph_icon


def _ink(icon_: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon_.pixmap(32, 32, mode).toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    }


def test_a_glyph_is_painted_in_the_colour_asked_for(qapp: object) -> None:
    drawn = glyph_icon("fa5s.search", "#cc0000")
    assert drawn is not None and not drawn.isNull()
    assert _ink(drawn) == {"#cc0000"}
    assert "#cc0000" not in _ink(drawn, QIcon.Mode.Disabled)


def test_unknown_names_and_other_sets_are_left_to_qtawesome(qapp: object) -> None:
    assert glyph_icon("fa5s.no-such-icon", "#000000") is None
    assert glyph_icon("mdi6.home", "#000000") is None
    assert _ink(icon("mdi6.home", "#00aa00")) == {"#00aa00"}


def test_the_window_icons_do_not_import_qtawesome() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from meja_redaksi.gui.app import icon\n"
        "for name in ('fa5s.save', 'fa5s.bold', 'fa5r.circle'):\n"
        "    assert not icon(name).pixmap(16, 16).isNull(), name\n"
        "print('qtawesome' in sys.modules, 'PySide6.QtOpenGL' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]
