"""The public site's pages rendered from one read session: index, desk pages, articles laid out like the
seed, BERITA POPULER and RSS (DESIGN §7).

Every piece of text is escaped and every body goes through render/'s Markdown renderer and nh3 allow-list,
so no article can carry script into a reader's browser. View counts and the BERITA POPULER block are
written as slots (:mod:`meja_redaksi.portal.page_cache`) filled in per request.
"""

from __future__ import annotations

import html
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from meja_redaksi.domain.dates import format_long_date
from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.enums import RefKind
from meja_redaksi.portal.models import ArticleRow, BlobRow, DeskRow, PhotoRow, UserRow
from meja_redaksi.portal.page_cache import POPULAR_SLOT, count_slot
from meja_redaksi.render.html import figure_html, render_body_html, sanitize_html

SITE_NAME = "Portal Berita"


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
        photo_title = f'<div class="ref-photo">{_e(photo.title)}</div>' if photo else ""
        # Three lines like the seed's lists: photo title, headline, "date views".
        return (
            f'<li>{photo_title}<div class="ref-headline"><a href="{_article_url(row)}">'
            f'{_e(row.data.get("headline", ""))}</a></div><div class="ref-meta">'
            f'{_e(_date_text(row))} <span class="ref-views" title="kali dibaca">'
            f"{count_slot(row.id)}</span></div></li>"
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
    figure = figure_html(photo, _photo_url) if photo is not None else ""
    lead = f'<p class="lead">{_e(data["lead"])}</p>' if data.get("lead") else ""
    share_url = quote(url, safe="")
    share = (
        '<div class="share">Bagikan ke: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}">Facebook</a> '
        f'<a href="https://twitter.com/intent/tweet?url={share_url}">Twitter</a> '
        f'<a href="https://wa.me/?text={share_url}">WhatsApp</a></div>'
    )
    # One header line like the seed's: "Rabu, 02 Mei 2018 Reporter: X Editor: Y 4252".
    meta = [f'<time class="date">{_e(_date_text(row))}</time>']
    for label, key in (("Reporter", "reporter_id"), ("Editor", "editor_id")):
        if name := page.person_name(data.get(key)):
            meta.append(f'<span class="person">{label}: {_e(name)}</span>')
    meta.append(f'<span class="views" title="kali dibaca">{count_slot(row.id)}</span>')
    return (
        f'<article><h1 class="headline">{_e(headline)}</h1>'
        f'<div class="meta">{" ".join(meta)}</div>'
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


def render_article(session: Session, article_id: str, base_url: str) -> str | None:
    """An article's page (None unless it is published); share links name it under ``base_url``."""
    row = session.get(ArticleRow, article_id)
    if row is None or row.deleted or row.status != "published":
        return None
    page = _Page(session)
    content = _article_html(page, row, base_url.rstrip("/") + _article_url(row))
    headline = str(row.data.get("headline", ""))
    return page.frame(f"{headline} - {SITE_NAME}", content, _related_html(page, row))


def render_index(session: Session) -> str:
    """The front page: the latest published articles."""
    page = _Page(session)
    content = f'<section class="latest"><h1>Berita Terkini</h1>{page.list_items(page.published())}</section>'
    return page.frame(SITE_NAME, content)


def render_desk(session: Session, slug: str) -> str | None:
    """A desk's page of its latest articles (None: no such desk)."""
    page = _Page(session)
    desk = session.execute(
        select(DeskRow).where(DeskRow.slug == slug, DeskRow.deleted.is_(False)).limit(1)
    ).scalar_one_or_none()
    if desk is None:
        return None
    name = str(desk.data.get("name", ""))
    content = f'<section class="desk"><h1>{_e(name)}</h1>{page.list_items(page.published(desk.id))}</section>'
    return page.frame(f"{name} - {SITE_NAME}", content)


def render_rss(session: Session, base_url: str) -> str:
    """The RSS feed of the latest 30 published articles."""
    return _rss(_Page(session).published(limit=30), base_url)


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


def render_popular(session: Session) -> str:
    """The BERITA POPULER block."""
    return _Page(session).popular_section()
