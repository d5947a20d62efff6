"""Turning parsed import files into domain objects the store saves (ids of people resolved by the caller)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from meja_redaksi.domain.entities import Article, Photo, utcnow
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.errors import ConflictError, UserError
from meja_redaksi.domain.text import slugify
from meja_redaksi.render.context import JAKARTA, date_to_datetime
from meja_redaksi.render.conventions import extract_pull_quotes
from meja_redaksi.render.markdown_doc import MarkdownArticle, parse_markdown_article
from meja_redaksi.render.portal_page import PortalPage, parse_portal_page
from meja_redaksi.render.sources import read_text_file

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})


def load_import_file(path: Path) -> PortalPage | MarkdownArticle:
    """Read and parse a file to import: Markdown (by suffix or a leading ``---``) or a portal page."""
    text = read_text_file(path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES or text.startswith("---\n"):
        return parse_markdown_article(text)
    return parse_portal_page(text)


def check_base_revision(document: MarkdownArticle, current_revision: int) -> None:
    """Refuse an update whose file was exported before the article's latest revision.

    Raises :class:`ConflictError` when the article changed since ``base_revision`` and
    :class:`UserError` when a file names an article id without a ``base_revision``.
    """
    if document.base_revision is None:
        raise UserError(
            f"article {document.id}: the front matter needs 'base_revision' "
            "(export the article again to edit it)"
        )
    if document.base_revision != current_revision:
        raise ConflictError(
            f"article {document.id} changed since revision {document.base_revision} "
            f"(now {current_revision}): export it again and redo the edit; the file was not applied"
        )


def article_from_portal_page(
    page: PortalPage,
    *,
    reporter_id: str | None = None,
    editor_id: str | None = None,
    desk_id: str | None = None,
) -> tuple[Article, list[Photo]]:
    """Build a published article and its placeholder photos (no file yet) from a portal page.

    The caller resolves ``page.reporter`` / ``page.editor`` names to people. The published date (and
    time, if the page shows one) is Jakarta time, noon when no time is shown. Inline photos form the
    gallery.
    """
    photos = [
        Photo(title=p.title, credit=p.credit, photographer=p.credit, id=p.id)
        for p in ([page.photo] if page.photo else []) + page.inline_photos
    ]
    if page.published_time is None:
        published = date_to_datetime(page.published)
    else:
        published = datetime.combine(page.published, page.published_time, JAKARTA).astimezone(UTC)
    article = Article(
        headline=page.headline,
        body=page.body,
        slug=slugify(page.headline),
        pull_quotes=list(page.pull_quotes),
        desk_id=desk_id,
        status=ArticleStatus.PUBLISHED,
        reporter_id=reporter_id,
        editor_id=editor_id,
        created_at=published,
        updated_at=utcnow(),
        published_at=published,
        view_count=page.views or 0,
        main_photo_id=page.photo.id if page.photo else None,
        gallery=[p.id for p in page.inline_photos],
        related=[*page.related, *page.popular],
    )
    return article, photos


def article_from_markdown(
    document: MarkdownArticle,
    existing: Article | None = None,
    *,
    desk_id: str | None = None,
    reporter_id: str | None = None,
    editor_id: str | None = None,
    photographer_id: str | None = None,
) -> Article:
    """Apply a parsed Markdown file to ``existing`` (an update) or to a new article.

    Only the keys the file carried change an existing article; the body always does. The people and
    desk ids are the caller's resolution of the file's user names and desk slug. An existing article's
    status is left alone (a state change goes through the workflow); a new one takes the file's status.
    """
    has = document.present.__contains__
    if existing is not None:
        base = existing
    else:
        base = Article(id=document.id) if document.id else Article()
    changes: dict[str, object] = {"headline": document.headline, "body": document.body}
    simple = {
        "lead": document.lead,
        "slug": document.slug,
        "tags": document.tags,
        "gallery": document.gallery,
        "created": document.created,
        "updated": document.updated,
        "published": document.published,
        "scheduled": document.scheduled,
        "embargo_until": document.embargo_until,
        "view_count": document.view_count or 0,
        "language": document.language or "id",
        "desk": desk_id,
        "reporter": reporter_id,
        "editor": editor_id,
        "photographer": photographer_id,
    }
    field_names = {"created": "created_at", "updated": "updated_at", "published": "published_at",
                   "scheduled": "scheduled_at", "desk": "desk_id", "reporter": "reporter_id",
                   "editor": "editor_id", "photographer": "photographer_id"}  # fmt: skip
    for key, value in simple.items():
        if has(key) and not (key in ("created", "updated") and value is None):
            changes[field_names.get(key, key)] = value
    if existing is None and document.status is not None:
        changes["status"] = document.status
    changes["pull_quotes"] = (
        document.pull_quotes if has("pull_quotes") else extract_pull_quotes(document.body)
    )
    if has("main_photo"):
        changes["main_photo_id"] = document.main_photo.id if document.main_photo else None
    if has("related") or has("popular"):
        kept = [r for r in base.related if not has(r.kind.value)]
        changes["related"] = [*document.related, *document.popular, *kept]
    return replace(base, **changes)  # type: ignore[arg-type]
