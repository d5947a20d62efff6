"""Both versions of a held conflict as HTML, the words that differ highlighted (plain Python)."""

from __future__ import annotations

import difflib
import html
import re
from typing import Any

TEXT_FIELDS = ("headline", "lead", "body")
MARK = '<span style="background-color:{};">{}</span>'
PORTAL_COLOUR = "#ffd6d6"
LOCAL_COLOUR = "#d4f5d4"


def as_text(value: Any) -> str:
    """A field value as one line or paragraph of text."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


BOOKKEEPING = frozenset(
    {"created_at", "updated_at", "slug", "language", "conflicted", "view_count"}
)


def differing_fields(theirs: dict[str, Any], mine: dict[str, Any]) -> list[str]:
    """The fields both versions hold with different values, text fields first.

    The portal's side of a conflict may hold only the fields it disputes; a field one side lacks
    is not a difference, and bookkeeping fields (slug, creation time...) are not shown.
    """
    shared = (set(theirs) & set(mine)) - BOOKKEEPING
    names = [n for n in TEXT_FIELDS if n in shared]
    names += sorted(shared - set(TEXT_FIELDS))
    return [n for n in names if as_text(theirs.get(n)) != as_text(mine.get(n))]


def _words(text: str) -> list[str]:
    return [part for part in re.split(r"(\s+)", text) if part]


def highlight_pair(portal: str, local: str) -> tuple[str, str]:
    """HTML of both texts with the words only one side has marked (newlines kept)."""
    left, right = _words(portal), _words(local)
    out_left: list[str] = []
    out_right: list[str] = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a = html.escape("".join(left[i1:i2]))
        b = html.escape("".join(right[j1:j2]))
        if tag == "equal":
            out_left.append(a)
            out_right.append(b)
            continue
        if a:
            out_left.append(MARK.format(PORTAL_COLOUR, a))
        if b:
            out_right.append(MARK.format(LOCAL_COLOUR, b))
    return _paragraphs("".join(out_left)), _paragraphs("".join(out_right))


def _paragraphs(marked: str) -> str:
    return marked.replace("\n", "<br>")


def comparison_html(
    theirs: dict[str, Any], mine: dict[str, Any], labels: dict[str, str]
) -> tuple[str, str]:
    """Portal and local HTML of every differing field, each under its (translated) label."""
    portal_parts: list[str] = []
    local_parts: list[str] = []
    for name in differing_fields(theirs, mine):
        label = html.escape(labels.get(name, name))
        left, right = highlight_pair(as_text(theirs.get(name)), as_text(mine.get(name)))
        portal_parts.append(f"<h4>{label}</h4><p>{left}</p>")
        local_parts.append(f"<h4>{label}</h4><p>{right}</p>")
    return "".join(portal_parts), "".join(local_parts)
