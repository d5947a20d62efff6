"""Parser for the portal's plain-text article pages (a page saved as text from the public site).

A page reads, top to bottom: the headline; a header line ``Rabu, 02 Mei 2018 Reporter: X Editor: Y 4252``;
the main photo's title and its ``(Foto: credit)`` line; the body paragraphs (one per line, pull quotes as
short lines repeated from the text); then sections the parser recognises by their marker lines:
``BERITA TERKAIT`` and ``BERITA POPULER`` (entries of photo title, headline, ``date views``), ``Bagikan ke``
(share links) and the section navigation (``BANG JAKI +indeks``). Only the two lists are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time

from meja_redaksi.domain.dates import find_long_date
from meja_redaksi.domain.entities import ArticleRef, new_id
from meja_redaksi.domain.enums import RefKind
from meja_redaksi.domain.errors import UserError
from meja_redaksi.render.conventions import (
    escape_markdown_text,
    photo_markdown,
    pull_quote_markdown,
)

_HEADER_REST = re.compile(
    r"(?:(?:pukul\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*WIB)?(?!\d))?\s*"
    r"(?:Reporter\s*:\s*(?P<reporter>.*?))?\s*"
    r"(?:Editor\s*:\s*(?P<editor>.*?))?\s*"
    r"(?P<views>\d{1,3}(?:\.\d{3})+|\d+)?",
    re.IGNORECASE,
)
_HEADER_CONTINUATION = re.compile(r"(?:Reporter\s*:|Editor\s*:|[\d.]+$)", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"\(\s*Foto\s*(?::\s*(?P<credit>[^()]*?))?\s*\)|Foto\s*:\s*(?P<bare>[^()]{0,80}?)",
    re.IGNORECASE,
)
_VIEWS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_RELATED_MARKER = re.compile(r"BERITA\s+TERKAIT\s*:?", re.IGNORECASE)
_POPULAR_MARKER = re.compile(r"BERITA\s+POPULER\s*:?", re.IGNORECASE)
_SHARE_MARKER = re.compile(r"Bagikan\s+ke\b.*", re.IGNORECASE)
_NAVIGATION_MARKER = re.compile(r".*\+\s*indeks", re.IGNORECASE)
_SHARE_TARGETS = re.compile(
    r"(?:(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|e-?mail|cetak|print|salin|"
    r"tautan|link|copy)[\s|,·:]*)+",
    re.IGNORECASE,
)
_SENTENCE_END = tuple('.!?:;"”’)')
SHORT_LINE_WORDS = 25
"""A photo title or pull quote is at most this many words (body paragraphs are longer or punctuated)."""
PULL_QUOTE_MIN_WORDS = 3
"""Shorter repeated lines are more likely subheadings or names than pull quotes."""
PULL_QUOTE_REACH = 6
"""A pull quote repeats words of a paragraph at most this many lines before or after it."""
HEADLINE_LINES_MAX = 3


@dataclass(slots=True)
class PortalPhoto:
    """A photo a page names: its title and credit (the file itself is not part of a text page)."""

    title: str = ""
    credit: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class PortalPage:
    """Everything an article page of the portal carries, as parsed from its text.

    ``body`` is Markdown (paragraphs separated by blank lines, pull quotes and inline photos in the
    conventions of :mod:`meja_redaksi.render.conventions`); ``inline_photos`` are photos shown inside the
    body, referenced there as ``![title](photo:<id>)``.
    """

    headline: str
    published: date
    published_time: time | None = None
    reporter: str | None = None
    editor: str | None = None
    views: int | None = None
    photo: PortalPhoto | None = None
    pull_quotes: list[str] = field(default_factory=list)
    body: str = ""
    related: list[ArticleRef] = field(default_factory=list)
    popular: list[ArticleRef] = field(default_factory=list)
    inline_photos: list[PortalPhoto] = field(default_factory=list)


def _parse_views(text: str | None) -> int | None:
    return int(text.replace(".", "")) if text else None


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _is_short_line(text: str) -> bool:
    """Whether ``text`` could be a photo title or a pull quote rather than a body paragraph."""
    return len(text.split()) <= SHORT_LINE_WORDS and not text.endswith(_SENTENCE_END)


def _credit_of(line: str) -> str | None:
    """The credit of a ``(Foto: X)`` line ('' for ``(Foto)``), or None for any other line."""
    match = _PHOTO_CREDIT.fullmatch(line)
    if match is None or (match["bare"] or "").endswith("."):
        return None
    return " ".join((match["credit"] or match["bare"] or "").split())


def _date_line(line: str) -> tuple[date, int | None] | None:
    """Parse ``Jumat, 27 April 2018 2824`` (a date at the start, then views or nothing)."""
    found = find_long_date(line)
    if found is None or found[1].start() != 0:
        return None
    rest = line[found[1].end() :].strip()
    if rest and not _VIEWS.fullmatch(rest):
        return None
    return found[0], _parse_views(rest)


def _nonblank(lines: list[str], start: int) -> Iterator[int]:
    return (i for i in range(start, len(lines)) if lines[i])


def _find_header(lines: list[str]) -> tuple[str, int]:
    """Return the headline and the index of the header line (the first line that starts with a date)."""
    headline_lines: list[str] = []
    for index in _nonblank(lines, 0):
        found = find_long_date(lines[index])
        if found is not None and found[1].start() == 0 and headline_lines:
            return " ".join(headline_lines), index
        headline_lines.append(lines[index])
        if len(headline_lines) > HEADLINE_LINES_MAX:
            break
    raise UserError(
        "no portal article header found: expected the headline, then a line like "
        "'Rabu, 02 Mei 2018 Reporter: … Editor: …'"
    )


def _parse_header(text: str) -> tuple[date, time | None, str | None, str | None, int | None]:
    found = find_long_date(text)
    assert found is not None
    published, match = found
    rest = text[match.end() :].strip()
    parts = _HEADER_REST.fullmatch(rest)
    if parts is None:
        raise UserError(f"the article header is not understood after the date: {rest[:60]!r}")
    clock = None
    if parts["hour"] is not None:
        try:
            clock = time(int(parts["hour"]), int(parts["minute"]))
        except ValueError:
            raise UserError(f"the article header has an impossible time: {rest[:60]!r}") from None
    return (
        published,
        clock,
        _clean(parts["reporter"]),
        _clean(parts["editor"]),
        _parse_views(parts["views"]),
    )


def _split_sections(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Split the lines after the header into body, related and popular lines.

    Share buttons and section navigation are dropped. A share bar may also sit above the body: text
    after it that is not a share button is body text until a list has started.
    """
    sections: dict[str, list[str]] = {"body": [], "related": [], "popular": [], "other": []}
    current = "body"
    for line in lines:
        if _RELATED_MARKER.fullmatch(line):
            current = "related"
        elif _POPULAR_MARKER.fullmatch(line):
            current = "popular"
        elif _NAVIGATION_MARKER.fullmatch(line):
            current = "other"
        elif _SHARE_MARKER.fullmatch(line):
            current = "share"
        elif current == "share":
            if line and not _SHARE_TARGETS.fullmatch(line):
                if sections["related"] or sections["popular"]:
                    current = "other"
                else:
                    current = "body"
                    sections["body"].append(line)
        elif line:
            sections[current].append(line)
    return sections["body"], sections["related"], sections["popular"]


def _parse_refs(lines: list[str], kind: RefKind) -> list[ArticleRef]:
    """Entries are a photo title (optional), a headline and a ``date views`` line."""
    refs: list[ArticleRef] = []
    pending: list[str] = []
    for line in lines:
        parsed = _date_line(line)
        if parsed is None:
            if not pending and refs and refs[-1].views is None and _VIEWS.fullmatch(line):
                refs[-1].views = _parse_views(line)  # views on a line of their own
            else:
                pending.append(line)
            continue
        if pending:
            photo_title = pending[-2] if len(pending) > 1 else ""
            refs.append(ArticleRef(pending[-1], kind, photo_title, parsed[0], parsed[1]))
        pending = []
    if pending:
        photo_title = pending[-2] if len(pending) > 1 else ""
        refs.append(ArticleRef(pending[-1], kind, photo_title))
    return refs


def _take_main_photo(units: list[str]) -> PortalPhoto | None:
    """Remove the main photo's title and credit lines from the start of ``units``."""
    if units and _credit_of(units[0]) is not None:
        title = ""
    elif len(units) > 1 and _credit_of(units[1]) is not None:
        title = units.pop(0)
    elif (
        len(units) > 1
        and _is_short_line(units[0])
        and not _repeated([_normalized(u) for u in units[: PULL_QUOTE_REACH + 1]], 0)
    ):
        return PortalPhoto(title=units.pop(0))
    else:
        return None
    credits: list[str] = []
    while units and (credit := _credit_of(units[0])) is not None:
        units.pop(0)
        if credit:
            credits.append(credit)
    return PortalPhoto(title=title, credit=", ".join(credits))


def _normalized(text: str) -> str:
    return " ".join(re.sub(r"[\"“”‘’'.,!?;:]", " ", text).casefold().split())


def _repeated(normalized: list[str], index: int) -> bool:
    """Whether line ``index`` repeats words of a nearby paragraph (what makes it a pull quote).

    ``normalized`` holds the lines as :func:`_normalized` gives them. Only the
    :data:`PULL_QUOTE_REACH` lines on each side are searched, which keeps a huge page linear.
    """
    needle = normalized[index]
    if not needle:
        return False
    nearby = range(
        max(0, index - PULL_QUOTE_REACH), min(len(normalized), index + PULL_QUOTE_REACH + 1)
    )
    return any(needle in normalized[other] for other in nearby if other != index)


def _body_markdown(units: list[str]) -> tuple[str, list[str], list[PortalPhoto]]:
    blocks: list[str] = []
    quotes: list[str] = []
    photos: list[PortalPhoto] = []
    normalized = [_normalized(unit) for unit in units]
    index = 0
    while index < len(units):
        line = units[index]
        credit = _credit_of(line)
        if credit is not None:
            photo = PortalPhoto(credit=credit)
            photos.append(photo)
            blocks.append(photo_markdown(photo.title, photo.id))
        elif (
            index + 1 < len(units)
            and _credit_of(units[index + 1]) is not None
            and _is_short_line(line)
        ):
            photo = PortalPhoto(title=line, credit=_credit_of(units[index + 1]) or "")
            photos.append(photo)
            blocks.append(photo_markdown(photo.title, photo.id))
            index += 1
        elif (
            index > 0
            and len(line.split()) >= PULL_QUOTE_MIN_WORDS
            and _is_short_line(line)
            and _repeated(normalized, index)
        ):
            quotes.append(line)
            blocks.append(pull_quote_markdown(line))
        else:
            blocks.append(escape_markdown_text(line))
        index += 1
    return "\n\n".join(blocks), quotes, photos


def parse_portal_page(text: str) -> PortalPage:
    """Parse the text of a portal article page; raise :class:`UserError` if it is not one."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    headline, header_index = _find_header(lines)
    header = lines[header_index]
    rest_start = header_index + 1
    for index in _nonblank(lines, header_index + 1):
        if not _HEADER_CONTINUATION.match(lines[index]):
            break
        header = f"{header} {lines[index]}"
        rest_start = index + 1
    published, clock, reporter, editor, views = _parse_header(header)
    units, related_lines, popular_lines = _split_sections(lines[rest_start:])
    photo = _take_main_photo(units)
    body, quotes, inline_photos = _body_markdown(units)
    return PortalPage(
        headline=headline,
        published=published,
        published_time=clock,
        reporter=reporter,
        editor=editor,
        views=views,
        photo=photo,
        pull_quotes=quotes,
        body=body,
        related=_parse_refs(related_lines, RefKind.RELATED),
        popular=_parse_refs(popular_lines, RefKind.POPULAR),
        inline_photos=inline_photos,
    )
