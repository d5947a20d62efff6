"""Compile the Qt Designer files in ui/ into src/meja_redaksi/gui/forms/ with pyside6-uic.

``--check`` regenerates into a temporary folder and fails when a committed form differs (CI uses it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "meja_redaksi" / "gui" / "forms"


def uic() -> str:
    """Path of pyside6-uic next to the running interpreter."""
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_all(target: Path) -> list[Path]:
    """Compile every ui/*.ui into ``target``; return the files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        out = target / f"ui_{ui_file.stem}.py"
        subprocess.run([uic(), "--from-imports", str(ui_file), "-o", str(out)], check=True)
        written.append(out)
    return written


def main() -> int:
    """Compile, or with --check compare against the committed forms."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        for path in compile_all(FORMS_DIR):
            print(path.relative_to(ROOT))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p.read_text(encoding="utf-8") for p in compile_all(Path(tmp))}
    committed = {p.name: p.read_text(encoding="utf-8") for p in FORMS_DIR.glob("ui_*.py")}
    stale = sorted(
        name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name)
    )
    if stale:
        print("forms differ from ui/ (run tools/compile_forms.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
