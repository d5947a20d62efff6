"""A standalone HTML page of an article in the portal's style (CSS inlined), from a string.Template.

Every text from the article is escaped; the body is sanitized HTML (:mod:`meja_redaksi.render.html`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from string import Template
from urllib.parse import quote, urlsplit

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.entities import ArticleRef
from meja_redaksi.domain.enums import RefKind
from meja_redaksi.render.context import ArticleContext, local_date
from meja_redaksi.render.html import PhotoUrl, escape, figure_html, media_url, render_body_html

RefUrl = Callable[[ArticleRef], str | None]
"""Gives the link of a referenced article (None: show it without a link)."""
LIST_TITLES = {RefKind.RELATED: "BERITA TERKAIT", RefKind.POPULAR: "BERITA POPULER"}
SHARE_TARGETS = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://twitter.com/intent/tweet?text={text}&url={url}"),
    ("WhatsApp", "https://wa.me/?text={text}%20{url}"),
    ("Telegram", "https://t.me/share/url?url={url}&text={text}"),
    ("Email", "mailto:?subject={text}&body={url}"),
)


def _portal_resource(name: str) -> str:
    return resources.files("meja_redaksi.resources.portal").joinpath(name).read_text("utf-8")


@cache
def portal_css() -> str:
    """The portal's CSS (``resources/portal/portal.css``), for the GUI preview and the portal pages."""
    return _portal_resource("portal.css")


@cache
def _page_template() -> Template:
    return Template(_portal_resource("article.html"))


def _no_url(_ref: ArticleRef) -> str | None:
    return None


def _meta_html(context: ArticleContext) -> str:
    article = context.article
    parts: list[str] = []
    shown = article.published_at or article.scheduled_at or article.updated_at
    parts.append(f'<span class="date">{escape(format_long_date(local_date(shown)))}</span>')
    for label, person in (("Reporter", context.reporter), ("Editor", context.editor)):
        if person is not None:
            parts.append(f'{label}: <span class="person">{escape(person.name)}</span>')
    parts.append(f'<span class="views" title="dilihat">{article.view_count}</span>')
    return " ".join(parts)


def _ref_row(ref: ArticleRef, ref_url: RefUrl) -> str:
    url = ref_url(ref)
    headline = escape(ref.headline)
    if url and urlsplit(url).scheme.lower() in ("", "http", "https"):
        headline = f'<a href="{escape(url)}">{headline}</a>'
    meta = []
    if ref.published:
        meta.append(escape(format_long_date(ref.published)))
    if ref.views is not None:
        meta.append(f'<span class="ref-views">{ref.views}</span>')
    photo = f'<div class="ref-photo">{escape(ref.photo_title)}</div>' if ref.photo_title else ""
    return (
        f'<tr><td>{photo}<div class="ref-headline">{headline}</div>'
        f'<div class="ref-meta">{" ".join(meta)}</div></td></tr>'
    )


def refs_html(refs: list[ArticleRef], kind: RefKind, ref_url: RefUrl = _no_url) -> str:
    """The BERITA TERKAIT / BERITA POPULER block of a page ('' when there are no references)."""
    if not refs:
        return ""
    rows = "\n".join(_ref_row(ref, ref_url) for ref in refs)
    return (
        f'<h2 class="list-title">{LIST_TITLES[kind]}</h2>\n'
        f'<table class="refs {kind.value}">\n{rows}\n</table>'
    )


def share_html(headline: str, article_url: str) -> str:
    """The "Bagikan ke" line with links to share the article."""
    text, url = quote(headline, safe=""), quote(article_url, safe="")
    links = " ".join(
        f'<a href="{escape(pattern.format(text=text, url=url))}" rel="noopener noreferrer">{name}</a>'
        for name, pattern in SHARE_TARGETS
    )
    return f"Bagikan ke : {links}"


def article_page_html(
    context: ArticleContext,
    *,
    photo_url: PhotoUrl = media_url,
    ref_url: RefUrl = _no_url,
    article_url: str = "",
    css: str | None = None,
) -> str:
    """Render a whole HTML page of the article in the portal's layout, CSS inlined.

    ``article_url`` is the address the share links send (empty for a page not yet on the portal);
    ``css`` replaces the portal CSS (the GUI may trim it).
    """
    article = context.article
    main = context.main_photo
    return _page_template().substitute(
        lang=escape(article.language),
        title=escape(article.headline),
        css=(portal_css() if css is None else css).replace("</", "<\\/"),
        headline=escape(article.headline),
        meta=_meta_html(context),
        photo=figure_html(main, photo_url) if main else "",
        body=render_body_html(article.body, context.photos, photo_url),
        share=share_html(article.headline, article_url),
        related=refs_html(article.refs(RefKind.RELATED), RefKind.RELATED, ref_url),
        popular=refs_html(article.refs(RefKind.POPULAR), RefKind.POPULAR, ref_url),
    )
