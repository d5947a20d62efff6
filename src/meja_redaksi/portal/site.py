"""The public site: index, desk pages, article pages laid out like the seed, photos and RSS (DESIGN §7).

Every piece of text is escaped and every body goes through render/'s Markdown renderer and nh3 allow-list,
so no article can carry script into a reader's browser.
"""

from __future__ import annotations

import hashlib
import html
from datetime import datetime
from email.utils import format_datetime
from functools import cache, partial
from importlib import resources
from urllib.parse import quote

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.routing import Route

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.enums import RefKind
from meja_redaksi.portal.blobs import SHA256, BlobStore
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import ArticleRow, BlobRow, DeskRow, PhotoRow, UserRow
from meja_redaksi.portal.page_cache import POPULAR_SLOT, PageCache, count_slot
from meja_redaksi.portal.views import ViewCounter
from meja_redaksi.render.conventions import credit_line
from meja_redaksi.render.html import render_body_html, sanitize_html

SITE_NAME = "Portal Berita"
_FALLBACK_CSS = """
body{font-family:DejaVu Sans,Arial,sans-serif;margin:0;color:#222}
header{background:#b71c1c;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:12px}
main{display:flex;gap:24px;padding:16px}article{flex:3}aside{flex:1}
.pull-quote{font-size:1.3em;font-style:italic;border-left:4px solid #b71c1c;padding-left:12px}
.meta{color:#666}.photo-credit{color:#666}figure img{max-width:100%}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _article_url(row: ArticleRow) -> str:
    slug = quote(row.slug or "artikel")
    return f"/berita/{row.id}/{slug}"


def _date_text(row: ArticleRow) -> str:
    return format_long_date(row.published_at) if row.published_at else ""


class _Page:
    """Renders what every public page shows around its content, from one read session.

    View counts and the BERITA POPULER block are written as slots the page cache fills per request.
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def published(self, desk_id: str | None = None, limit: int = 20) -> list[ArticleRow]:
        """The latest published articles, of one desk or of all."""
        query = select(ArticleRow).where(
            ArticleRow.status == "published", ArticleRow.deleted.is_(False)
        )
        if desk_id is not None:
            query = query.where(ArticleRow.desk_id == desk_id)
        query = query.order_by(ArticleRow.published_at.desc()).limit(limit)
        return list(self.session.execute(query).scalars())

    def desks(self) -> list[DeskRow]:
        """The desks shown in the navigation."""
        return list(
            self.session.execute(select(DeskRow).where(DeskRow.deleted.is_(False))).scalars()
        )

    def popular_section(self, limit: int = 5) -> str:
        """The BERITA POPULER block: the most read published articles by stored count."""
        query = (
            select(ArticleRow)
            .where(ArticleRow.status == "published", ArticleRow.deleted.is_(False))
            .order_by(ArticleRow.view_count.desc(), ArticleRow.id)
            .limit(limit)
        )
        rows = list(self.session.execute(query).scalars())
        return f'<section class="popular"><h2>BERITA POPULER</h2>{self.list_items(rows)}</section>'

    def photo(self, photo_id: object) -> Photo | None:
        """The photo record with that id, its file only when the server has it."""
        row = self.session.get(PhotoRow, photo_id) if isinstance(photo_id, str) else None
        if row is None or row.deleted:
            return None
        data = row.data
        present = row.sha256 if row.sha256 and self.session.get(BlobRow, row.sha256) else None
        return Photo(
            title=str(data.get("title", "")),
            caption=str(data.get("caption", "")),
            credit=str(data.get("credit", "")),
            alt_text=str(data.get("alt_text", "")),
            sha256=present,
            id=row.id,
        )

    def person_name(self, person_id: object) -> str:
        """The name a byline shows ('' for nobody)."""
        row = self.session.get(UserRow, person_id) if isinstance(person_id, str) else None
        return row.name if row else ""

    def item(self, row: ArticleRow) -> str:
        """One entry of an article list: photo title, linked headline, date and views."""
        photo = self.photo(row.data.get("main_photo_id"))
        photo_title = f'<span class="ref-photo">{_e(photo.title)}</span> ' if photo else ""
        return (
            f'<li>{photo_title}<a href="{_article_url(row)}">{_e(row.data.get("headline", ""))}'
            f'</a> <span class="meta">{_e(_date_text(row))} · {count_slot(row.id)} kali dibaca'
            "</span></li>"
        )

    def list_items(self, rows: list[ArticleRow]) -> str:
        """An article list."""
        return "<ul>" + "".join(self.item(row) for row in rows) + "</ul>"

    def frame(self, title: str, content: str, aside: str = "") -> str:
        """The whole page around ``content``: header with the desks, the aside with BERITA POPULER."""
        nav = "".join(f'<a href="/rubrik/{quote(d.slug)}">{_e(d.data.get("name", ""))}</a>'
                      for d in self.desks())  # fmt: skip
        return (
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title>"
            '<link rel="stylesheet" href="/static/portal.css">'
            f'<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="{SITE_NAME}">'
            f'</head><body><header><a href="/">{SITE_NAME}</a><nav>{nav}</nav></header>'
            f"<main>{content}<aside>{aside}{POPULAR_SLOT}</aside></main></body></html>"
        )


def _photo_url(photo: Photo) -> str | None:
    return f"/media/{photo.sha256}" if photo.sha256 else None


def _article_html(page: _Page, row: ArticleRow, url: str) -> str:
    data = row.data
    headline = str(data.get("headline", ""))
    body = render_body_html(str(data.get("body", "")), photo_url=_photo_url)
    quotes = [str(q) for q in data.get("pull_quotes") or [] if str(q) not in body]
    if quotes:
        quote_html = "".join(
            f'<blockquote class="pull-quote"><p>{_e(q)}</p></blockquote>' for q in quotes
        )
        first_end = body.find("</p>")
        cut = first_end + 4 if first_end >= 0 else len(body)
        body = body[:cut] + sanitize_html(quote_html) + body[cut:]
    photo = page.photo(data.get("main_photo_id"))
    figure = ""
    if photo is not None:
        image = f'<img src="{_photo_url(photo)}" alt="{_e(photo.alt_text or photo.title)}">'
        credit = (
            f' <span class="photo-credit">({_e(credit_line(photo.credit))})</span>'
            if photo.credit.strip()
            else ""
        )
        figure = (
            f'<figure class="main-photo">{image if photo.sha256 else ""}<figcaption>'
            f'<span class="photo-title">{_e(photo.title or photo.caption)}</span>{credit}'
            "</figcaption></figure>"
        )
    lead = f'<p class="lead">{_e(data["lead"])}</p>' if data.get("lead") else ""
    share_url = quote(url, safe="")
    share = (
        '<div class="share">Bagikan ke: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}">Facebook</a> '
        f'<a href="https://twitter.com/intent/tweet?url={share_url}">Twitter</a> '
        f'<a href="https://wa.me/?text={share_url}">WhatsApp</a></div>'
    )
    return (
        f'<article><h1 class="headline">{_e(headline)}</h1>'
        f'<div class="meta"><time>{_e(_date_text(row))}</time> · '
        f'<span class="views">{count_slot(row.id)} kali dibaca</span></div>'
        f'<p class="byline">Reporter: {_e(page.person_name(data.get("reporter_id")))}<br>'
        f"Editor: {_e(page.person_name(data.get('editor_id')))}</p>"
        f'{figure}{lead}<div class="body">{body}</div>{share}</article>'
    )


def _related_html(page: _Page, row: ArticleRow) -> str:
    listed = [
        r
        for r in row.data.get("related") or []
        if r.get("kind", RefKind.RELATED) == RefKind.RELATED
    ]
    items = []
    for ref in listed[:5]:
        target = (
            page.session.get(ArticleRow, ref.get("article_id")) if ref.get("article_id") else None
        )
        if target is not None and target.status == "published" and not target.deleted:
            items.append(page.item(target))
        else:
            items.append(f'<li><span class="ref-photo">{_e(ref.get("photo_title", ""))}</span>'
                         f'{_e(ref.get("headline", ""))}</li>')  # fmt: skip
    if not items and row.desk_id:
        same_desk = [r for r in page.published(row.desk_id, 6) if r.id != row.id][:5]
        return f'<section class="related"><h2>BERITA TERKAIT</h2>{page.list_items(same_desk)}</section>'
    return f'<section class="related"><h2>BERITA TERKAIT</h2><ul>{"".join(items)}</ul></section>'


def _render_article(session: Session, article_id: str, base_url: str) -> str | None:
    row = session.get(ArticleRow, article_id)
    if row is None or row.deleted or row.status != "published":
        return None
    page = _Page(session)
    content = _article_html(page, row, base_url.rstrip("/") + _article_url(row))
    headline = str(row.data.get("headline", ""))
    return page.frame(f"{headline} - {SITE_NAME}", content, _related_html(page, row))


def _render_index(session: Session) -> str:
    page = _Page(session)
    content = f'<section class="latest"><h1>Berita Terkini</h1>{page.list_items(page.published())}</section>'
    return page.frame(SITE_NAME, content)


def _render_desk(session: Session, slug: str) -> str | None:
    page = _Page(session)
    desk = session.execute(
        select(DeskRow).where(DeskRow.slug == slug, DeskRow.deleted.is_(False)).limit(1)
    ).scalar_one_or_none()
    if desk is None:
        return None
    name = str(desk.data.get("name", ""))
    content = f'<section class="desk"><h1>{_e(name)}</h1>{page.list_items(page.published(desk.id))}</section>'
    return page.frame(f"{name} - {SITE_NAME}", content)


def _render_rss(session: Session, base_url: str) -> str:
    return _rss(_Page(session).published(limit=30), base_url)


def _validated(request: Request, body: bytes, media_type: str) -> Response:
    """The answer with an ETag of its exact bytes: 304 when the reader already has them."""
    etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    known = request.headers.get("if-none-match", "")
    if etag in (tag.strip().removeprefix("W/") for tag in known.split(",")):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _base_url(request: Request) -> str:
    """The site's address as the reader asked for it (cheaper than ``request.base_url``)."""
    scope = request.scope
    host = request.headers.get("host") or "{}:{}".format(
        *(scope.get("server") or ("localhost", 80))
    )
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}/"


def site_routes(db: Database, blobs: BlobStore, pages: PageCache) -> list[Route]:
    """The public pages bound to one database, media folder and page cache.

    Plain Starlette routes: a public page needs none of FastAPI's parameter solving, which cost more
    than serving the cached page itself. Index, desk pages and RSS carry an ETag of their bytes (a 304
    when nothing changed, counts included). An article page never answers 304: each request counts a
    view, so its bytes always change.
    """

    async def index(request: Request) -> Response:
        text = await pages.serve(("index",), _render_index)
        assert text is not None
        return _validated(request, text.encode(), "text/html; charset=utf-8")

    async def desk_page(request: Request) -> Response:
        slug = str(request.path_params["slug"])
        text = await pages.serve(("desk", slug), partial(_render_desk, slug=slug))
        if text is None:
            raise HTTPException(404, "rubrik tidak ditemukan")
        return _validated(request, text.encode(), "text/html; charset=utf-8")

    async def article_page(request: Request) -> Response:
        article_id, base_url = str(request.path_params["article_id"]), _base_url(request)
        render = partial(_render_article, article_id=article_id, base_url=base_url)
        text = await pages.serve(("article", article_id, base_url), render, count_view=article_id)
        if text is None:
            raise HTTPException(404, "berita tidak ditemukan")
        return HTMLResponse(text, headers={"Cache-Control": "no-cache"})

    def media(request: Request) -> Response:
        sha256 = str(request.path_params["sha256"])
        if not SHA256.match(sha256):
            raise HTTPException(404, "not found")
        # The address is the file's hash: what it names never changes.
        headers = {"ETag": f'"{sha256}"', "Cache-Control": "public, max-age=31536000, immutable"}
        with db.reading() as session:
            blob = session.get(BlobRow, sha256)
        if blob is None:
            raise HTTPException(404, "not found")
        if headers["ETag"] in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers=headers)
        return FileResponse(blobs.file_path(sha256), media_type=blob.mime, headers=headers)

    async def css(request: Request) -> Response:
        return _validated(request, _css().encode(), "text/css; charset=utf-8")

    async def rss(request: Request) -> Response:
        base_url = _base_url(request)
        text = await pages.serve(("rss", base_url), partial(_render_rss, base_url=base_url))
        assert text is not None
        return _validated(request, text.encode(), "application/rss+xml; charset=utf-8")

    return [
        Route("/", index, methods=["GET"]),
        Route("/berita/{article_id}", article_page, methods=["GET"]),
        Route("/berita/{article_id}/{slug}", article_page, methods=["GET"]),
        Route("/rubrik/{slug}", desk_page, methods=["GET"]),
        Route("/media/{sha256}", media, methods=["GET"]),
        Route("/static/portal.css", css, methods=["GET"]),
        Route("/rss.xml", rss, methods=["GET"]),
    ]


def site_cache(db: Database, views: ViewCounter, *, popular_seconds: float = 5.0) -> PageCache:
    """The page cache of the public site; BERITA POPULER is ranked again every ``popular_seconds``."""
    return PageCache(
        db, views, lambda session: _Page(session).popular_section(), popular_seconds=popular_seconds
    )


@cache
def _css() -> str:
    try:
        return (
            resources.files("meja_redaksi.resources")
            .joinpath("portal/portal.css")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError):
        return _FALLBACK_CSS


def _rss(rows: list[ArticleRow], base_url: str) -> str:
    items = []
    for row in rows:
        link = base_url.rstrip("/") + _article_url(row)
        when: datetime | None = row.published_at
        items.append(
            f"<item><title>{_e(row.data.get('headline', ''))}</title><link>{_e(link)}</link>"
            f'<guid isPermaLink="false">{row.id}</guid>'
            f"<description>{_e(row.data.get('lead', ''))}</description>"
            + (f"<pubDate>{format_datetime(when)}</pubDate>" if when else "")
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{SITE_NAME}</title><link>{_e(base_url)}</link><description>{SITE_NAME}"
        f"</description><language>id</language>{''.join(items)}</channel></rss>"
    )
