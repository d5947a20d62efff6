"""Turn a text or Markdown file into the lines the checker reads, keeping line and column numbers.

Front matter (between ``---`` lines) is blanked except the values of ``headline``/``title`` and ``lead``,
which stay in place (the key is replaced by spaces) so hints point at the right column of the file.
The headline is the front matter's ``headline``/``title`` or else the first non-empty line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CHECKED_KEYS = re.compile(r"^(?P<key>(?:headline|title|lead)\s*:\s*)(?P<value>.*)$", re.IGNORECASE)
_QUOTED = re.compile(r"^(['\"])(.*)\1\s*$")
_HEADING = re.compile(r"^#{1,6}\s+")


@dataclass(frozen=True, slots=True)
class CheckDocument:
    """The lines to check and which of them (0-based) is the headline, if any."""

    lines: list[str]
    headline_index: int | None


def _blank(text: str) -> str:
    return " " * len(text)


def _front_matter_line(line: str) -> tuple[str, bool]:
    """The checkable part of a front-matter line (in place) and whether it is the headline."""
    match = _CHECKED_KEYS.match(line)
    if match is None:
        return "", False
    value = match["value"]
    quoted = _QUOTED.match(value)
    if quoted:
        value = " " + quoted[2] + " " * (len(value) - len(quoted[2]) - 1)
    is_headline = not match["key"].lower().startswith("lead")
    return _blank(match["key"]) + value.rstrip(), is_headline


def prepare_document(text: str) -> CheckDocument:
    """Split ``text`` into checkable lines and find the headline."""
    lines = text.split("\n")
    headline_index: int | None = None
    first_body = 0
    if lines and lines[0].strip() == "---":
        closing = next(
            (i for i in range(1, len(lines)) if lines[i].strip() in {"---", "..."}), None
        )
        if closing is not None:
            for index in range(closing + 1):
                kept, is_headline = _front_matter_line(lines[index])
                lines[index] = kept
                if is_headline and kept.strip() and headline_index is None:
                    headline_index = index
            first_body = closing + 1
    if headline_index is None:
        for index in range(first_body, len(lines)):
            if lines[index].strip():
                heading = _HEADING.match(lines[index])
                if heading:
                    lines[index] = _blank(heading.group()) + lines[index][heading.end() :]
                headline_index = index
                break
    return CheckDocument(lines, headline_index)
