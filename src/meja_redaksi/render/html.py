"""Body Markdown -> sanitized HTML (Python-Markdown, then nh3 with an allow-list).

Pull quotes become ``<blockquote class="pull-quote">`` and inline photos ``<figure class="photo">`` with an
``<img>`` and a ``<figcaption>`` of the photo's title and ``(Foto: credit)``. Raw HTML in the Markdown is
shown as text. Whatever the Markdown holds, the result carries no script, event handler, style attribute or ``javascript:`` URL.
"""

from __future__ import annotations

import html
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from meja_redaksi.domain.entities import Photo
from meja_redaksi.render.conventions import PHOTO_SCHEME, PULL_QUOTE_MARKER, credit_line

PhotoUrl = Callable[[Photo], str | None]
"""Gives the URL of a photo's file for an ``<img src>`` (None: no file to show)."""

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "figcaption", "figure", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "span", "strong",
        "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align"},
    "th": {"align"},
}
ALLOWED_CLASSES = {
    "blockquote": {"pull-quote"},
    "figure": {"photo", "photo-missing"},
    "span": {"photo-credit", "photo-title"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


MAX_MARKDOWN_CHARS = 100_000
"""A longer body is shown as plain paragraphs: Python-Markdown would take seconds on it."""
MAX_MARKDOWN_BLOCK = 20_000
MAX_UNCLOSED_BRACKETS = 40
"""Python-Markdown scans from every unclosed ``[`` to the end of its paragraph (quadratic time): a
paragraph with more of them, or longer than :data:`MAX_MARKDOWN_BLOCK`, is shown as plain text."""
_BLOCK_SPLIT = re.compile(r"(\n[ \t]*\n)")
_CLOSED_BRACKETS = re.compile(r"\[[^\[\]\n]*\]")
_CLOSED_TARGETS = re.compile(r"\]\([^()\n]*\)")


def _is_pathological(block: str) -> bool:
    if len(block) > MAX_MARKDOWN_BLOCK:
        return True
    if block.count("[") <= MAX_UNCLOSED_BRACKETS:
        return False
    unclosed = block.count("[") - len(_CLOSED_BRACKETS.findall(block))
    unclosed += block.count("](") - len(_CLOSED_TARGETS.findall(block))
    return unclosed > MAX_UNCLOSED_BRACKETS


def _plain_paragraph(block: str) -> str:
    return "<p>" + html.escape(block.strip("\n"), quote=False).replace("\n", "<br>\n") + "</p>"


def media_url(photo: Photo) -> str | None:
    """The default photo URL: ``media/<sha256>`` relative to the page (None for a placeholder photo)."""
    return f"media/{photo.sha256}" if photo.sha256 else None


def sanitize_html(fragment: str) -> str:
    """Keep only the allow-listed tags, attributes, classes and URL schemes of an HTML fragment."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style", "iframe", "object", "template", "noscript"},
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        allowed_classes={tag: set(names) for tag, names in ALLOWED_CLASSES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
    )


def photo_caption_text(photo: Photo) -> tuple[str, str]:
    """The two parts of a photo's caption line as the portal shows it: title and ``(Foto: credit)``."""
    credit = f"({credit_line(photo.credit)})" if photo.credit.strip() else ""
    return photo.title or photo.caption, credit


def figure_element(photo: Photo | None, alt: str, photo_url: PhotoUrl) -> ET.Element:
    """Build the ``<figure>`` of a photo (or of a missing one, captioned with ``alt``)."""
    figure = ET.Element("figure", {"class": "photo" if photo else "photo-missing"})
    url = photo_url(photo) if photo else None
    if photo is not None and url:
        ET.SubElement(figure, "img", {"src": url, "alt": photo.alt_text or photo.title or alt})
    title, credit = photo_caption_text(photo) if photo else (alt, "")
    if title or credit:
        caption = ET.SubElement(figure, "figcaption")
        if title:
            title_span = ET.SubElement(caption, "span", {"class": "photo-title"})
            title_span.text = title
        if credit:
            if title:  # the credit on a line of its own under the title, as the portal shows it
                ET.SubElement(caption, "br")
            credit_span = ET.SubElement(caption, "span", {"class": "photo-credit"})
            credit_span.text = credit
    return figure


def figure_html(photo: Photo, photo_url: PhotoUrl = media_url) -> str:
    """The sanitized ``<figure>`` HTML of a photo (the main photo of an article page or export)."""
    return sanitize_html(ET.tostring(figure_element(photo, "", photo_url), encoding="unicode"))


class _PortalTreeprocessor(Treeprocessor):  # type: ignore[misc]
    """Turns pull-quote blockquotes and ``photo:`` images into the portal's elements."""

    def __init__(self, md: markdown.Markdown, photos: Mapping[str, Photo], url: PhotoUrl) -> None:
        super().__init__(md)
        self.photos = photos
        self.photo_url = url

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "blockquote":
                    self._mark_pull_quote(child)
                elif child.tag == "p" and self._is_lone_photo(child):
                    img = child[0]
                    figure = self._figure_for(img)
                    figure.tail = child.tail
                    parent[index] = figure
                elif child.tag == "img" and child.get("src", "").startswith(PHOTO_SCHEME):
                    self._resolve_inline(child)

    @staticmethod
    def _is_lone_photo(paragraph: ET.Element) -> bool:
        return (
            len(paragraph) == 1
            and paragraph[0].tag == "img"
            and paragraph[0].get("src", "").startswith(PHOTO_SCHEME)
            and not (paragraph.text or "").strip()
            and not (paragraph[0].tail or "").strip()
        )

    def _photo_of(self, img: ET.Element) -> Photo | None:
        return self.photos.get(img.get("src", "")[len(PHOTO_SCHEME) :].strip().lower())

    def _figure_for(self, img: ET.Element) -> ET.Element:
        return figure_element(self._photo_of(img), img.get("alt", ""), self.photo_url)

    def _resolve_inline(self, img: ET.Element) -> None:
        photo = self._photo_of(img)
        url = self.photo_url(photo) if photo else None
        img.set("src", url or "")
        if photo is not None and not img.get("alt"):
            img.set("alt", photo.alt_text or photo.title)

    @staticmethod
    def _mark_pull_quote(quote: ET.Element) -> None:
        first = quote[0] if len(quote) else None
        if first is None or first.tag != "p" or first.text is None:
            return
        text = first.text.lstrip()
        if not text.upper().startswith(PULL_QUOTE_MARKER):
            return
        quote.set("class", "pull-quote")
        first.text = text[len(PULL_QUOTE_MARKER) :].lstrip()
        if not first.text and len(first) == 0:
            quote.remove(first)


class _PortalExtension(Extension):  # type: ignore[misc]
    def __init__(self, photos: Mapping[str, Photo], url: PhotoUrl) -> None:
        super().__init__()
        self.photos = photos
        self.photo_url = url

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Raw HTML in a body is shown as text, never interpreted: nothing typed is lost or run.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(
            _PortalTreeprocessor(md, self.photos, self.photo_url), "portal", 5
        )


def render_body_html(
    markdown_text: str,
    photos: Mapping[str, Photo] | None = None,
    photo_url: PhotoUrl = media_url,
) -> str:
    """Render article body Markdown to sanitized HTML.

    ``photos`` maps photo ids to the photos inline references may name; ``photo_url`` gives an ``<img>``
    source for a photo (the GUI passes a local file URL, the portal its media route). Paragraphs that
    would make Python-Markdown slow, and whole bodies over :data:`MAX_MARKDOWN_CHARS`, are shown as
    plain text (nothing is dropped).
    """
    text = markdown_text.replace("\r\n", "\n")
    blocks = _BLOCK_SPLIT.split(text)
    if len(text) > MAX_MARKDOWN_CHARS:
        return sanitize_html("\n".join(_plain_paragraph(b) for b in blocks[::2] if b.strip()))
    token = f"mejaplain{uuid.uuid4().hex}n"
    plain: dict[str, str] = {}
    for index in range(0, len(blocks), 2):
        if _is_pathological(blocks[index]):
            key = f"{token}{index}"
            plain[key] = blocks[index]
            blocks[index] = key
    converter = markdown.Markdown(
        extensions=["sane_lists", "tables", _PortalExtension(photos or {}, photo_url)],
        # A column's alignment as an ``align`` attribute: nh3 keeps that, it drops ``style``.
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )
    rendered = converter.convert("".join(blocks))
    for key, block in plain.items():
        rendered = rendered.replace(f"<p>{key}</p>", _plain_paragraph(block))
        rendered = rendered.replace(key, html.escape(block, quote=False))
    return sanitize_html(rendered)


def escape(text: str) -> str:
    """Escape text for HTML element content and double-quoted attributes."""
    return html.escape(text, quote=True)
