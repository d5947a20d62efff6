"""Refresh the Qt translation catalogues from every string of the GUI and fill what is known.

Runs ``pyside6-lupdate`` over all of ``src/meja_redaksi/gui`` and the Designer forms in ``ui/`` into
``resources/translations/meja_redaksi_{id,en}.ts`` (strings no longer in the code are dropped). Then:

* English: every unfinished message gets its source text (numerus forms: ``word(s)`` -> word / words);
* Indonesian: ``resources/translations/id_supplement.tsv`` holds ``source<TAB>translation`` lines (fill
  any unfinished message of that source) and ``context<TAB>source<TAB>translation`` lines (set that
  context's message, even one translated before: the table wins); other unfinished messages take a
  translation from ``docs/translations/*_id.ts`` (same context and source), else the same source's
  translation from elsewhere in the catalogue.

Prints the Indonesian sources still missing (exit status 1 when any is), so a new string shows up here
and in ``tests/gui/test_translations.py``. Run: ``.venv/bin/python tools/update_translations.py``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
SUPPLEMENT = TS_DIR / "id_supplement.tsv"
_PLURAL = re.compile(r"\((s|es)\)")


def gui_sources() -> list[str]:
    """Every Python module of the GUI and every form, relative to the repository."""
    modules = sorted((ROOT / "src" / "meja_redaksi" / "gui").rglob("*.py"))
    forms = sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in [*modules, *forms]]


def run_lupdate(targets: list[Path]) -> None:
    """Update the catalogues in place (obsolete messages dropped)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(lupdate),
            *gui_sources(),
            "-source-language",
            "en",
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            *map(str, targets),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def other_catalogues() -> dict[tuple[str, str], str]:
    """Finished translations by (context, source) of the catalogues other engineers keep in
    ``docs/translations/*.ts`` (they fill unfinished messages only)."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "docs" / "translations").glob("*_id.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and _finished(translation):
                    text = "".join(translation.itertext()).strip()
                    if text:
                        found[(name, message.findtext("source") or "")] = text
    return found


def load_supplement() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Indonesian translations by source, and by (context, source)."""
    plain: dict[str, str] = {}
    by_context: dict[tuple[str, str], str] = {}
    if not SUPPLEMENT.exists():
        return plain, by_context
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.replace("\\n", "\n") for f in line.split("\t")]
        if len(fields) == 2:
            plain[fields[0]] = fields[1]
        elif len(fields) == 3:
            by_context[(fields[0], fields[1])] = fields[2]
    return plain, by_context


def _set_plain(translation: ET.Element, text: str) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.text = text
    translation.attrib.pop("type", None)


def _set_numerus(translation: ET.Element, forms: list[str]) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    translation.attrib.pop("type", None)


def _finished(translation: ET.Element) -> bool:
    return translation.get("type") not in {"unfinished", "vanished", "obsolete"}


def _known(root: ET.Element) -> dict[str, ET.Element]:
    known = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and _finished(translation):
            known[message.findtext("source") or ""] = translation
    return known


def fill(path: Path, language: str) -> list[str]:
    """Fill the unfinished messages of one catalogue; return the sources still missing."""
    tree = ET.parse(path)
    root = tree.getroot()
    plain, by_context = load_supplement()
    others = other_catalogues() if language == "id" else {}
    known = _known(root)
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            specific = by_context.get((name, source))
            text = (
                specific if specific is not None else others.get((name, source), plain.get(source))
            )
            if _finished(translation) and (language == "en" or specific is None):
                continue
            if language == "en":
                if numerus:
                    _set_numerus(translation, [_PLURAL.sub("", source), _PLURAL.sub(r"\1", source)])
                else:
                    _set_plain(translation, source)
                continue
            if text is not None:
                if numerus:
                    _set_numerus(translation, [text])
                else:
                    _set_plain(translation, text)
            elif source in known:
                message.remove(translation)
                copied = ET.fromstring(ET.tostring(known[source]))
                copied.tail = translation.tail
                message.append(copied)
            else:
                missing.append(f"{name}\t{source}")
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    """Update both catalogues; list what Indonesian still lacks."""
    targets = [TS_DIR / "meja_redaksi_id.ts", TS_DIR / "meja_redaksi_en.ts"]
    run_lupdate(targets)
    fill(targets[1], "en")
    missing = fill(targets[0], "id")
    run_lupdate(targets)  # back to lupdate's own layout (small diffs between runs)
    for line in missing:
        print(line.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
