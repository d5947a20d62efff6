"""Every visible workflow string has an Indonesian translation in the app's catalogue."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "src/meja_redaksi/gui/workflow").glob("*.py")),
    *sorted((ROOT / "src/meja_redaksi/gui/queue").glob("*.py")),
    *sorted((ROOT / "src/meja_redaksi/gui/assignments").glob("*.py")),
    *sorted((ROOT / "ui").glob("workflow_*.ui")),
    *sorted((ROOT / "ui").glob("queue_*.ui")),
    *sorted((ROOT / "ui").glob("assignment_*.ui")),
]


def _messages(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            found[(name, message.findtext("source") or "")] = text
    return found


def test_every_string_is_translated(tmp_path: Path) -> None:
    """lupdate over the workflow's files finds no string missing from the Indonesian catalogue."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
    )
    wanted = _messages(fresh)
    catalogue = _messages(ROOT / "resources/translations/meja_redaksi_id.ts")
    assert len(wanted) > 100
    missing = [key for key in wanted if not catalogue.get(key, "").strip()]
    assert missing == []
