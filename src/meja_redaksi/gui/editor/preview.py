"""The live preview's HTML: the article as the portal shows it (plain Python, runs on a worker).

The body goes through the portal's own renderer (:func:`meja_redaksi.render.render_body_html`: pull
quotes as ``blockquote.pull-quote``, inline photos as ``<figure>``, raw HTML shown as text, sanitized)
and the page carries the portal's CSS, so what the preview shows is what the portal will publish.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.entities import ArticleRef, Photo
from meja_redaksi.domain.enums import RefKind
from meja_redaksi.render import credit_line, local_date, portal_css, render_body_html
from meja_redaksi.render.html import escape
from meja_redaksi.render.page import refs_html

PHOTO_WIDTH = 420
"""Width in pixels of photos in the preview pane (the portal scales them to its column)."""
_PREVIEW_MEDIA = "preview-media/"
# What QTextBrowser needs beyond the portal's CSS (it ignores max-width and knows no <figure>).
_PREVIEW_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222222; }
h1.headline { font-size: 20pt; color: #1a1a1a; margin-bottom: 4px; }
.lead { font-weight: bold; }
p.caption { font-size: 13px; color: #555555; margin: 4px 16px 14px 16px; }
.photo-missing { color: #999999; }
"""
# Qt's rich text knows no <figure>/<figcaption> (it would run the caption on under the image, and a
# photo inside the body takes the body's line height): give it blocks, keeping the portal's tags.
_QT_BLOCKS = (
    ("<figure", '<div class="figure"><figure'),
    ("</figure>", "</figure></div>"),
    ("<figcaption>", '<figcaption><p class="caption">'),
    ("</figcaption>", "</p></figcaption>"),
)


@dataclass(slots=True)
class PreviewInput:
    """What the preview shows, copied from the editor's fields."""

    headline: str
    lead: str
    body: str
    date: datetime
    reporter: str = ""
    editor: str = ""
    photo_title: str = ""
    photo_credit: str = ""
    photo_image: str = ""
    """The main photo's preview image file (empty: none to show)."""
    photo_missing: str = ""
    """A placeholder line asking for the main photo's file (empty when the file is there)."""
    related: list[str] = field(default_factory=list)
    photos: dict[str, Photo] = field(default_factory=dict)
    """Photos the body may reference inline (``![title](photo:<id>)``), by id."""
    photo_files: dict[str, str] = field(default_factory=dict)
    """Local image files of those photos, by id (a photo without one shows its caption only)."""


def _file_uri(path: str) -> str:
    return Path(path).resolve().as_uri()


def _main_photo_html(data: PreviewInput) -> str:
    """The main photo as the portal's ``<figure>``: image, then title and credit."""
    parts = []
    if data.photo_image:
        src = escape(_file_uri(data.photo_image))
        parts.append(f'<img src="{src}" width="{PHOTO_WIDTH}" alt="{escape(data.photo_title)}">')
    elif data.photo_missing:
        parts.append(f'<p class="photo-missing">&#9633; {escape(data.photo_missing)}</p>')
    caption = []
    if data.photo_title:
        caption.append(f'<span class="photo-title">{escape(data.photo_title)}</span>')
    if data.photo_credit:
        credit = escape(f"({credit_line(data.photo_credit)})")
        caption.append(f'<span class="photo-credit">{credit}</span>')
    if caption:
        parts.append(f"<figcaption>{' '.join(caption)}</figcaption>")
    if not parts:
        return ""
    return f'<figure class="photo">{"".join(parts)}</figure>'


def body_html(data: PreviewInput) -> str:
    """The body through the portal's renderer; inline photos point at their local files."""
    rendered = render_body_html(data.body, data.photos, lambda photo: f"{_PREVIEW_MEDIA}{photo.id}")
    for photo_id, path in data.photo_files.items():
        local = f'src="{_PREVIEW_MEDIA}{photo_id}"'
        if local in rendered:
            rendered = rendered.replace(
                local, f'src="{escape(_file_uri(path))}" width="{PHOTO_WIDTH}"'
            )
    return rendered


def preview_html(data: PreviewInput) -> str:
    """The whole preview page: headline, date, Reporter/Editor, main photo, lead, body, related."""
    meta = [f'<span class="date">{escape(format_long_date(local_date(data.date)))}</span>']
    for label, name in (("Reporter", data.reporter), ("Editor", data.editor)):
        if name:
            meta.append(f'{label}: <span class="person">{escape(name)}</span>')
    lead = f'<p class="lead">{escape(data.lead)}</p>' if data.lead.strip() else ""
    related = refs_html([ArticleRef(headline=h) for h in data.related if h], RefKind.RELATED)
    css = (portal_css() + _PREVIEW_CSS).replace("</", "<\\/")
    content = (
        f'<h1 class="headline">{escape(data.headline)}</h1>'
        f'<p class="meta">{" &nbsp; ".join(meta)}</p>'
        f"{_main_photo_html(data)}"
        f'<div class="body">{lead}{body_html(data)}</div>'
        f"{related}"
    )
    for portal_tag, qt_blocks in _QT_BLOCKS:  # tags only: every text inside is escaped already
        content = content.replace(portal_tag, qt_blocks)
    return f"<html><head><style>{css}</style></head><body>{content}</body></html>"
