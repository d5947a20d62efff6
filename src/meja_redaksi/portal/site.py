"""The public site: index, desk pages, article pages laid out like the seed, photos and RSS (DESIGN §7).

Every piece of text is escaped and every body goes through render/'s Markdown renderer and nh3 allow-list,
so no article can carry script into a reader's browser.
"""

from __future__ import annotations

import html
from datetime import datetime
from email.utils import format_datetime
from importlib import resources
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.enums import RefKind
from meja_redaksi.portal.blobs import SHA256, BlobStore
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.models import ArticleRow, BlobRow, DeskRow, PhotoRow, UserRow
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
    """Loads what every public page shows around its content: desks and popular articles."""

    def __init__(self, session: Session, views: ViewCounter | None = None) -> None:
        self.session = session
        self.views = views
        self.desks = list(
            session.execute(select(DeskRow).where(DeskRow.deleted.is_(False))).scalars()
        )

    def published(self, desk_id: str | None = None, limit: int = 20) -> list[ArticleRow]:
        query = select(ArticleRow).where(
            ArticleRow.status == "published", ArticleRow.deleted.is_(False)
        )
        if desk_id is not None:
            query = query.where(ArticleRow.desk_id == desk_id)
        query = query.order_by(ArticleRow.published_at.desc()).limit(limit)
        return list(self.session.execute(query).scalars())

    def popular(self, limit: int = 5) -> list[ArticleRow]:
        query = (
            select(ArticleRow)
            .where(ArticleRow.status == "published", ArticleRow.deleted.is_(False))
            .order_by(ArticleRow.view_count.desc())
            .limit(limit)
        )
        return list(self.session.execute(query).scalars())

    def photo(self, photo_id: object) -> Photo | None:
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

    def view_count(self, row: ArticleRow) -> int:
        """Stored views plus those counted since the last write."""
        return row.view_count + (self.views.pending(row.id) if self.views else 0)

    def person_name(self, person_id: object) -> str:
        row = self.session.get(UserRow, person_id) if isinstance(person_id, str) else None
        return row.name if row else ""

    def item(self, row: ArticleRow) -> str:
        """One entry of an article list: photo title, linked headline, date and views."""
        photo = self.photo(row.data.get("main_photo_id"))
        photo_title = f'<span class="ref-photo">{_e(photo.title)}</span> ' if photo else ""
        return (
            f'<li>{photo_title}<a href="{_article_url(row)}">{_e(row.data.get("headline", ""))}'
            f'</a> <span class="meta">{_e(_date_text(row))} · {self.view_count(row)} kali dibaca'
            "</span></li>"
        )

    def list_items(self, rows: list[ArticleRow]) -> str:
        """An article list."""
        return "<ul>" + "".join(self.item(row) for row in rows) + "</ul>"

    def frame(self, title: str, content: str, aside: str = "") -> str:
        nav = "".join(f'<a href="/rubrik/{quote(d.slug)}">{_e(d.data.get("name", ""))}</a>'
                      for d in self.desks)  # fmt: skip
        popular = f'<section class="popular"><h2>BERITA POPULER</h2>{self.list_items(self.popular())}</section>'
        return (
            '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title>"
            '<link rel="stylesheet" href="/static/portal.css">'
            f'<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="{SITE_NAME}">'
            f'</head><body><header><a href="/">{SITE_NAME}</a><nav>{nav}</nav></header>'
            f"<main>{content}<aside>{aside}{popular}</aside></main></body></html>"
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
        f'<span class="views">{page.view_count(row)} kali dibaca</span></div>'
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


def build_site(db: Database, blobs: BlobStore, views: ViewCounter) -> APIRouter:
    """The public pages bound to one database and media folder."""
    router = APIRouter()

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        with db.reading() as session:
            page = _Page(session, views)
            content = f'<section class="latest"><h1>Berita Terkini</h1>{page.list_items(page.published())}</section>'
            return page.frame(SITE_NAME, content)

    @router.get("/rubrik/{slug}", response_class=HTMLResponse, include_in_schema=False)
    def desk_page(slug: str) -> str:
        with db.reading() as session:
            page = _Page(session, views)
            desk = next((d for d in page.desks if d.slug == slug), None)
            if desk is None:
                raise HTTPException(404, "rubrik tidak ditemukan")
            name = str(desk.data.get("name", ""))
            content = f'<section class="desk"><h1>{_e(name)}</h1>{page.list_items(page.published(desk.id))}</section>'
            return page.frame(f"{name} - {SITE_NAME}", content)

    @router.get("/berita/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    @router.get("/berita/{article_id}/{slug}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str, request: Request, slug: str = "") -> str:
        with db.reading() as session:
            found = session.get(ArticleRow, article_id)
            if found is None or found.deleted or found.status != "published":
                raise HTTPException(404, "berita tidak ditemukan")
        views.count(article_id)
        with db.reading() as session:
            row = session.get(ArticleRow, article_id)
            assert row is not None
            page = _Page(session, views)
            content = _article_html(page, row, str(request.url))
            headline = str(row.data.get("headline", ""))
            return page.frame(f"{headline} - {SITE_NAME}", content, _related_html(page, row))

    @router.get("/media/{sha256}", include_in_schema=False)
    def media(sha256: str) -> FileResponse:
        if not SHA256.match(sha256):
            raise HTTPException(404, "not found")
        with db.reading() as session:
            blob = session.get(BlobRow, sha256)
        if blob is None:
            raise HTTPException(404, "not found")
        return FileResponse(blobs.file_path(sha256), media_type=blob.mime)

    @router.get("/static/portal.css", include_in_schema=False)
    def css() -> Response:
        return Response(_css(), media_type="text/css")

    @router.get("/rss.xml", include_in_schema=False)
    def rss(request: Request) -> Response:
        with db.reading() as session:
            rows = _Page(session, views).published(limit=30)
            return Response(_rss(rows, str(request.base_url)), media_type="application/rss+xml")

    return router


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
