"""The live preview's HTML: the article laid out as the portal shows it (plain Python, runs on a worker)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources

from meja_redaksi.domain.dates import format_long_date

_FALLBACK_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; color: #222; }
h1 { font-size: 20pt; color: #1a1a1a; }
.meta { color: #666; font-size: 9pt; }
.photo { background: #eef2f6; padding: 8px; color: #345; }
blockquote.pullquote { font-size: 14pt; font-style: italic; color: #b5121b; }
h3.related { color: #b5121b; border-bottom: 2px solid #b5121b; }
"""
_PULLQUOTE_HTML = re.compile(r"<blockquote>\s*<p>\[!PULLQUOTE\]\s*", re.IGNORECASE)
_PHOTO_IMG = re.compile(r'<img alt="([^"]*)" src="photo:([0-9a-fA-F-]{36})"\s*/?>')


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
    related: list[str] = field(default_factory=list)


def portal_css() -> str:
    """The portal's style sheet (render/'s when present, else a small built-in one)."""
    try:
        css = resources.files("meja_redaksi.resources").joinpath("portal/portal.css")
        return css.read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        return _FALLBACK_CSS


def body_html(markdown_text: str) -> str:
    """Body Markdown to sanitized HTML with the pull quote and photo references styled."""
    import markdown
    import nh3

    raw = markdown.markdown(markdown_text, extensions=["sane_lists"])
    raw = _PULLQUOTE_HTML.sub('<blockquote class="pullquote"><p>', raw)
    raw = _PHOTO_IMG.sub(r'<p class="photo">[\1]</p>', raw)
    return str(nh3.clean(raw, attributes={"*": {"class"}, "a": {"href"}}))


def preview_html(data: PreviewInput) -> str:
    """The whole preview page."""
    esc = html.escape
    byline = []
    if data.reporter:
        byline.append(f"Reporter: {esc(data.reporter)}")
    if data.editor:
        byline.append(f"Editor: {esc(data.editor)}")
    parts = [
        f"<html><head><style>{_FALLBACK_CSS}{portal_css()}</style></head><body>",
        f"<h1>{esc(data.headline)}</h1>",
        f'<p class="meta">{esc(format_long_date(data.date))}</p>',
        f'<p class="meta">{" &nbsp; ".join(byline)}</p>' if byline else "",
    ]
    if data.photo_title or data.photo_credit:
        credit = f" (Foto: {esc(data.photo_credit)})" if data.photo_credit else ""
        parts.append(f'<p class="photo"><b>{esc(data.photo_title)}</b>{credit}</p>')
    if data.lead:
        parts.append(f"<p><b>{esc(data.lead)}</b></p>")
    parts.append(body_html(data.body))
    if data.related:
        parts.append('<h3 class="related">BERITA TERKAIT</h3><ul>')
        parts.extend(f"<li>{esc(item)}</li>" for item in data.related)
        parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts)
