"""The Markdown conventions the editor, the importers and the portal share.

* A pull quote is a blockquote whose first line is ``[!PULLQUOTE]``::

      > [!PULLQUOTE]
      > Kita ingin ada langkah konkret

* An inline photo is an image whose target is ``photo:<photo id>``: ``![title](photo:0f8f…)``.
"""

from __future__ import annotations

import re

PULL_QUOTE_MARKER = "[!PULLQUOTE]"
PHOTO_SCHEME = "photo:"

_PULL_QUOTE_BLOCK = re.compile(
    r"^>[ \t]?\[!PULLQUOTE\][ \t]*\n((?:>[^\n]*(?:\n|$))+)", re.MULTILINE | re.IGNORECASE
)
_QUOTE_PREFIX = re.compile(r"^>[ \t]?", re.MULTILINE)
_PHOTO_REF = re.compile(r"!\[[^\]\n]*\]\(photo:([0-9a-fA-F-]{36})\)")
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]])")
_LINE_START_SPECIALS = re.compile(r"^(#|>|[-+*](?=\s)|=+$|\d+(?=[.)]\s))")


def escape_markdown_text(text: str) -> str:
    """Escape plain text so that Markdown shows it as written (one paragraph, no markup)."""
    escaped = _INLINE_SPECIALS.sub(r"\\\1", text).replace("<", "&lt;")
    match = _LINE_START_SPECIALS.match(escaped)
    if match is None:
        return escaped
    if match.group(1)[0].isdigit():
        end = match.end()
        return f"{escaped[:end]}\\{escaped[end:]}"
    return f"\\{escaped}"


def pull_quote_markdown(text: str) -> str:
    """The Markdown block of a pull quote."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return "\n".join([f"> {PULL_QUOTE_MARKER}", *(f"> {escape_markdown_text(x)}" for x in lines)])


def photo_markdown(title: str, photo_id: str) -> str:
    """The Markdown of an inline photo reference."""
    alt = " ".join(title.replace("[", "(").replace("]", ")").split())
    return f"![{alt}]({PHOTO_SCHEME}{photo_id})"


def extract_pull_quotes(markdown_text: str) -> list[str]:
    """The text of every pull quote in ``markdown_text``, in order (lines joined by a space)."""
    quotes: list[str] = []
    for match in _PULL_QUOTE_BLOCK.finditer(markdown_text.replace("\r\n", "\n")):
        text = " ".join(_QUOTE_PREFIX.sub("", match.group(1)).split())
        text = re.sub(r"\\([\\`*_\[\]])", r"\1", text).replace("&lt;", "<")
        if text:
            quotes.append(text)
    return quotes


def photo_ids_in(markdown_text: str) -> list[str]:
    """The ids of the photos referenced inline in ``markdown_text``, in order, without repeats."""
    return list(dict.fromkeys(m.lower() for m in _PHOTO_REF.findall(markdown_text)))


def credit_line(credit: str) -> str:
    """The portal's credit text ``Foto: <credit>``; a credit that already says ``Foto:`` is kept as it is.

    Credits arrive both ways: imported pages carry the bare name ("Mustaqim Amna"), the caption panel's
    default is "Foto: <photographer>". Empty stays empty.
    """
    credit = credit.strip()
    if not credit:
        return ""
    return credit if credit.casefold().startswith("foto:") else f"Foto: {credit}"


def credit_name(credit: str) -> str:
    """The name in a credit, without a leading ``Foto:`` ("Foto: Reza Pratama" -> "Reza Pratama")."""
    credit = credit.strip()
    if credit.casefold().startswith("foto:"):
        return credit[len("foto:") :].strip()
    return credit
