"""Import and export of articles against the store: the glue between render/ (pure) and store/.

Importing resolves the names a file carries (reporter, editor, desk) to people and desks in the store,
creating them when they are new, and applies the file as a new article or a new revision of an existing
one. Every file of a batch is read and parsed before anything is written, so a bad file changes nothing.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from meja_redaksi.domain import (
    Article,
    Desk,
    NotFoundError,
    Person,
    Photo,
    Role,
    UserError,
    slugify,
)
from meja_redaksi.render import (
    ArticleContext,
    MarkdownArticle,
    PersonRef,
    PortalPage,
    article_from_markdown,
    article_from_portal_page,
    article_page_html,
    article_to_markdown,
    article_to_ninjs,
    check_base_revision,
    load_import_file,
    photo_ids_in,
)
from meja_redaksi.store import Store

# Re-importing the same portal page must find the article it made the first time.
PORTAL_NAMESPACE = uuid.UUID("6f1f4a52-6c4e-4d55-9a57-3b1f0e0d6a11")
USERNAME_SAFE = re.compile(r"[^a-z0-9]+")


class ExportFormat(StrEnum):
    """The formats ``export`` writes."""

    NINJS = "ninjs"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What importing one file did: ``action`` is created, updated or unchanged."""

    file: str
    id: str
    headline: str
    action: str

    def as_json(self) -> dict[str, str]:
        """The JSON object the ``import`` command prints."""
        return {"id": self.id, "headline": self.headline, "action": self.action, "file": self.file}


def import_files(
    store: Store, paths: Sequence[Path], *, actor: Person | None = None
) -> list[ImportOutcome]:
    """Parse every file first (any bad file: UserError naming it, nothing written), then apply each."""
    parsed: list[tuple[Path, PortalPage | MarkdownArticle]] = []
    for path in paths:
        try:
            parsed.append((path, load_import_file(path)))
        except UserError as exc:
            message = str(exc)
            raise type(exc)(
                message if path.name in message else f"{path.name}: {message}"
            ) from None
    for path, document in parsed:
        if (
            isinstance(document, MarkdownArticle)
            and document.id
            and store.articles.exists(document.id)
        ):
            try:
                check_base_revision(document, store.articles.latest_revision_number(document.id))
            except UserError as exc:
                raise type(exc)(f"{path.name}: {exc}") from None
    outcomes = []
    for path, document in parsed:
        if isinstance(document, PortalPage):
            outcomes.append(import_portal_page(store, document, actor=actor, file=path.name))
        else:
            outcomes.append(import_markdown(store, document, actor=actor, file=path.name))
    return outcomes


def import_portal_page(
    store: Store, page: PortalPage, *, actor: Person | None = None, file: str = ""
) -> ImportOutcome:
    """Save a parsed portal page as a published article with placeholder photos.

    The article's id derives from its headline and date, so importing the page again updates it (a new
    revision only when its text changed) instead of making a copy.
    """
    article_id = str(uuid.uuid5(PORTAL_NAMESPACE, f"{slugify(page.headline)}|{page.published}"))
    page = _with_stable_photo_ids(page, article_id)
    reporter = _person_by_name(store, page.reporter, Role.REPORTER) if page.reporter else None
    editor = _person_by_name(store, page.editor, Role.EDITOR) if page.editor else None
    fresh, photos = article_from_portal_page(
        page,
        reporter_id=reporter.id if reporter else None,
        editor_id=editor.id if editor else None,
        desk_id=reporter.desk_id if reporter else None,
    )
    fresh = replace(fresh, id=article_id)
    for photo in photos:
        existing = store.photos.get_many([photo.id])
        if not existing:
            store.photos.save(photo)
    author = actor.id if actor else None
    if not store.articles.exists(article_id):
        saved = store.articles.save(fresh, author_id=author, note=f"imported from {file or 'page'}")
        return ImportOutcome(file, saved.id, saved.headline, "created")
    current = store.articles.get(article_id)
    before = store.articles.latest_revision_number(article_id)
    updated = replace(
        current,
        headline=fresh.headline,
        body=fresh.body,
        pull_quotes=fresh.pull_quotes,
        view_count=fresh.view_count,
        related=fresh.related,
        reporter_id=fresh.reporter_id or current.reporter_id,
        editor_id=fresh.editor_id or current.editor_id,
    )
    if updated == current:
        return ImportOutcome(file, current.id, current.headline, "unchanged")
    saved = store.articles.save(updated, author_id=author, note=f"imported again from {file}")
    action = (
        "updated" if store.articles.latest_revision_number(article_id) != before else "unchanged"
    )
    return ImportOutcome(file, saved.id, saved.headline, action)


def _with_stable_photo_ids(page: PortalPage, article_id: str) -> PortalPage:
    """Give the page's photos ids derived from the article, rewriting the body's references."""
    body = page.body
    photo = page.photo
    if photo is not None:
        photo = replace(photo, id=str(uuid.uuid5(uuid.UUID(article_id), "photo:main")))
    inline = []
    for index, item in enumerate(page.inline_photos):
        stable = str(uuid.uuid5(uuid.UUID(article_id), f"photo:{index}"))
        body = body.replace(f"photo:{item.id}", f"photo:{stable}")
        inline.append(replace(item, id=stable))
    return replace(page, photo=photo, inline_photos=inline, body=body)


def import_markdown(
    store: Store, document: MarkdownArticle, *, actor: Person | None = None, file: str = ""
) -> ImportOutcome:
    """Save a parsed Markdown file: a new article, or a new revision of the one its front matter names.

    An update whose ``base_revision`` is not the article's latest revision is refused with
    :class:`~meja_redaksi.domain.ConflictError` and changes nothing.
    """
    existing: Article | None = None
    if document.id and store.articles.exists(document.id):
        existing = store.articles.get(document.id)
        check_base_revision(document, store.articles.latest_revision_number(document.id))
    ids = {
        key: _person_by_ref(store, ref, role).id if ref else None
        for key, ref, role in (
            ("reporter_id", document.reporter, Role.REPORTER),
            ("editor_id", document.editor, Role.EDITOR),
            ("photographer_id", document.photographer, Role.PHOTOGRAPHER),
        )
    }
    desk_id = _desk_by_slug(store, document.desk).id if document.desk else None
    article = article_from_markdown(document, existing, desk_id=desk_id, **ids)
    if document.main_photo is not None:
        _apply_photo_ref(store, document.main_photo.id, document)
    author = actor.id if actor else None
    if existing is None:
        saved = store.articles.save(article, author_id=author, note=f"imported from {file}")
        return ImportOutcome(file, saved.id, saved.headline, "created")
    if article == existing:
        return ImportOutcome(file, existing.id, existing.headline, "unchanged")
    before = store.articles.latest_revision_number(existing.id)
    saved = store.articles.save(
        article, author_id=author, note=f"imported from {file}", base_revision=before
    )
    action = "updated" if store.articles.latest_revision_number(saved.id) != before else "unchanged"
    return ImportOutcome(file, saved.id, saved.headline, action)


def _apply_photo_ref(store: Store, photo_id: str, document: MarkdownArticle) -> None:
    ref = document.main_photo
    assert ref is not None
    found = store.photos.get_many([photo_id])
    if not found:
        store.photos.save(
            Photo(id=photo_id, title=ref.title, caption=ref.caption, credit=ref.credit)
        )
        return
    photo = found[0]
    changed = replace(photo, title=ref.title, caption=ref.caption, credit=ref.credit)
    if changed != photo:
        store.photos.save(changed)


def _username_for(name: str) -> str:
    base = USERNAME_SAFE.sub(".", slugify(name, max_length=60).replace("-", ".")).strip(".")
    return base or "orang"


def _person_by_name(store: Store, name: str, role: Role) -> Person:
    """The person with exactly this name, or a new one with ``role`` and a user name made from it."""
    for person in store.people.find_by_name(name):
        if person.name.casefold() == " ".join(name.split()).casefold():
            return person
    username = _username_for(name)
    taken = {p.username for p in store.people.list()}
    candidate, counter = username, 2
    while candidate in taken:
        candidate, counter = f"{username}{counter}", counter + 1
    return store.people.save(Person(candidate, name, frozenset({role})))


def _person_by_ref(store: Store, ref: PersonRef, role: Role) -> Person:
    try:
        return store.people.get_by_username(ref.username)
    except NotFoundError:
        return store.people.save(Person(ref.username, ref.name or ref.username, frozenset({role})))


def _desk_by_slug(store: Store, slug: str) -> Desk:
    try:
        return store.desks.get_by_slug(slug)
    except NotFoundError:
        return store.desks.save(Desk(slug.replace("-", " ").title(), slug))


def article_context(store: Store, article_id: str) -> ArticleContext:
    """The article with its desk, people and photos resolved, as the exporters take it."""
    article = store.articles.get(article_id)

    def person(person_id: str | None) -> Person | None:
        if person_id is None:
            return None
        try:
            return store.people.get(person_id)
        except NotFoundError:
            return None

    desk = None
    if article.desk_id:
        try:
            desk = store.desks.get(article.desk_id)
        except NotFoundError:
            desk = None
    photo_ids = list(dict.fromkeys([*article.photo_ids, *photo_ids_in(article.body)]))
    photos = {p.id: p for p in store.photos.get_many(photo_ids)}
    return ArticleContext(
        article=article,
        desk=desk,
        reporter=person(article.reporter_id),
        editor=person(article.editor_id),
        photographer=person(article.photographer_id),
        photos=photos,
        revision=store.articles.latest_revision_number(article_id),
    )


def export_article(store: Store, article_id: str, fmt: ExportFormat) -> str:
    """The article as ninjs JSON, Markdown with front matter, or a standalone portal-style page."""
    context = article_context(store, article_id)

    def photo_url(photo: Photo) -> str | None:
        return store.media_path(photo.sha256).as_uri() if photo.sha256 else None

    if fmt is ExportFormat.NINJS:
        return json.dumps(article_to_ninjs(context), ensure_ascii=False, indent=2, sort_keys=False)
    if fmt is ExportFormat.MARKDOWN:
        return article_to_markdown(context)
    return article_page_html(context, photo_url=photo_url)
