"""Every visible string has a finished translation in Indonesian and English; .ts files are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
GUI = ROOT / "src" / "meja_redaksi" / "gui"


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def _keys(path: Path) -> set[tuple[str, str, str | None]]:
    """(context, source, numerus) of every message: Qt looks a translation up by context."""
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.get("numerus"))
        for context in ET.parse(path).getroot().iter("context")
        for m in context.iter("message")
    }


def _unfinished(path: Path) -> list[str]:
    bad = []
    for message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else [""]
        if translation is not None and message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")] or [""]
        if (
            translation is None
            or translation.get("type") in {"unfinished", "vanished", "obsolete"}
            or not all(form.strip() for form in forms)
        ):
            bad.append(source)
    return bad


@pytest.mark.parametrize("name", ["meja_redaksi_id.ts", "meja_redaksi_en.ts", "qtbase_id.ts"])
def test_every_string_is_translated(name: str) -> None:
    path = TS_DIR / name
    assert _messages(path), f"{name} holds no messages"
    assert _unfinished(path) == []


def test_indonesian_really_differs_from_english() -> None:
    pairs = {
        m.findtext("source"): m.find("translation")
        for m in _messages(TS_DIR / "meja_redaksi_id.ts")
    }
    assert pairs["&Save"].text == "&Simpan"
    assert pairs["All articles"].text == "Semua artikel"
    assert pairs["Review queue"].text == "Antrean review"


def test_ts_files_hold_every_source_string(tmp_path: Path) -> None:
    """lupdate run afresh over all of gui/ and every form finds no string the .ts files lack."""
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    forms = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, *forms, "-source-language", "en", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = _keys(fresh)
    for name in ("meja_redaksi_id.ts", "meja_redaksi_en.ts"):
        have = _keys(TS_DIR / name)
        assert wanted - have == set(), f"{name} lacks strings: run tools/update_translations.py"


def test_qt_file_dialog_speaks_indonesian(qapp) -> None:
    """Qt ships no Indonesian: the dialogs the photo commands open use our qtbase_id catalogue."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView, QWidget

    from meja_redaksi.gui.app import install_translations

    assert install_translations("id")
    try:
        dialog = QFileDialog(None, "", str(ROOT))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        texts = set()
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, QLabel | QAbstractButton):
                texts.add(widget.text())
            texts.update({widget.toolTip(), widget.accessibleName()})
        model = dialog.findChild(QTreeView).model()
        texts.update(
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        )
        dialog.deleteLater()
    finally:
        install_translations("en")
    english = {"&Look in:", "Files of &type:", "Back", "Parent Directory", "Name", "Size", "Cancel"}
    assert texts & english == set()
    assert {"&Lihat di:", "&Jenis berkas:", "Nama", "Batal"} <= texts
