"""Export of an article as IPTC ninjs 2.2 JSON (``headlines``, ``bodies``, ``associations``, …)."""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.enums import ArticleStatus, RefKind
from meja_redaksi.domain.text import count_words
from meja_redaksi.render.context import ArticleContext
from meja_redaksi.render.conventions import credit_name
from meja_redaksi.render.html import PhotoUrl, figure_html, media_url, render_body_html

NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
_PUBSTATUS = {
    ArticleStatus.PUBLISHED: "usable",
    ArticleStatus.UNPUBLISHED: "canceled",
    ArticleStatus.SPIKED: "canceled",
}


class _VisibleText(HTMLParser):
    """The text of an HTML fragment outside figure captions (what ninjs ``charcount`` counts)."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += tag == "figcaption"

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag == "figcaption" and self.depth > 0

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)

    @property
    def text(self) -> str:
        """The collected text with runs of white space as one space."""
        return " ".join("".join(self.parts).split())


def item_uri(item_id: str) -> str:
    """The ninjs ``uri`` of an article or photo: a URN of its UUID."""
    return f"urn:uuid:{item_id}"


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _picture(name: str, photo: Photo, photo_url: PhotoUrl) -> dict[str, Any]:
    picture: dict[str, Any] = {"name": name, "uri": item_uri(photo.id), "type": "picture"}
    if photo.title:
        picture["title"] = photo.title
        picture["headlines"] = [{"role": "main", "value": photo.title}]
    if photo.caption:
        picture["descriptions"] = [
            {"role": "caption", "contenttype": "text/plain", "value": photo.caption}
        ]
    if photo.alt_text:
        picture.setdefault("descriptions", []).append(
            {"role": "alt", "contenttype": "text/plain", "value": photo.alt_text}
        )
    if photo.credit:
        picture["by"] = credit_name(photo.credit)
        picture["copyrightnotice"] = photo.credit
    if photo.keywords:
        picture["subjects"] = [{"name": k, "literal": k} for k in photo.keywords]
    url = photo_url(photo)
    if url and "://" in url:
        rendition: dict[str, Any] = {"name": "original", "href": url}
        if photo.mime:
            rendition["contenttype"] = photo.mime
        if photo.width and photo.height:
            rendition |= {"width": photo.width, "height": photo.height}
        picture["renditions"] = [rendition]
    return picture


def _people(context: ArticleContext) -> list[dict[str, str]]:
    roles = (("reporter", context.reporter), ("editor", context.editor))
    people = [(rel, p) for rel, p in (*roles, ("photographer", context.photographer)) if p]
    return [{"name": p.name, "rel": rel, "literal": p.username} for rel, p in people]


def article_body_html(context: ArticleContext, photo_url: PhotoUrl = media_url) -> str:
    """The article's sanitized HTML body: the main photo as a ``<figure>``, then the rendered body."""
    main = context.main_photo
    head = figure_html(main, photo_url) + "\n" if main else ""
    return head + render_body_html(context.article.body, context.photos, photo_url)


def article_to_ninjs(context: ArticleContext, photo_url: PhotoUrl = media_url) -> dict[str, Any]:
    """Build the ninjs 2.2 object of an article (serialize it with :func:`json.dumps`).

    Pictures get a rendition only when ``photo_url`` gives an absolute URL (ninjs wants a URI there).
    """
    article = context.article
    item: dict[str, Any] = {
        "uri": item_uri(article.id),
        "standard": {"name": "ninjs", "version": "2.2", "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationtype": "full",
        "version": str(context.revision),
        "firstcreated": _timestamp(article.created_at),
        "versioncreated": _timestamp(article.updated_at),
        "contentcreated": _timestamp(article.published_at or article.created_at),
        "pubstatus": _PUBSTATUS.get(article.status, "withheld"),
        "language": article.language,
        "headlines": [{"role": "main", "contenttype": "text/plain", "value": article.headline}],
    }
    if article.embargo_until:
        item["embargoed"] = _timestamp(article.embargo_until)
    if context.reporter:
        item["by"] = context.reporter.name
    if people := _people(context):
        item["people"] = people
    if article.slug:
        item["slugline"] = article.slug
    if context.desk:
        item["genres"] = [{"name": context.desk.name, "literal": context.desk.slug}]
    if article.lead:
        item["descriptions"] = [
            {"role": "summary", "contenttype": "text/plain", "value": article.lead}
        ]
    body_html = article_body_html(context, photo_url)
    item["bodies"] = [
        {
            "role": "main",
            "contenttype": "text/html",
            "charcount": len(_VisibleText(body_html).text),
            "wordcount": count_words(article.body),
            "value": body_html,
        }
    ]
    if article.tags:
        item["subjects"] = [{"name": tag, "literal": tag} for tag in article.tags]
    associations: list[dict[str, Any]] = []
    main = context.main_photo
    if main:
        associations.append(_picture("mainpicture", main, photo_url))
    for index, photo_id in enumerate(p for p in article.gallery if p != article.main_photo_id):
        if photo_id in context.photos:
            associations.append(
                _picture(f"gallery-{index + 1}", context.photos[photo_id], photo_url)
            )
    for kind in RefKind:
        for index, ref in enumerate(article.refs(kind)):
            if ref.article_id:
                associations.append(
                    {
                        "name": f"{kind.value}-{index + 1}",
                        "uri": item_uri(ref.article_id),
                        "type": "text",
                        "headlines": [{"role": "main", "value": ref.headline}],
                    }
                )
    if associations:
        item["associations"] = associations
    return item
