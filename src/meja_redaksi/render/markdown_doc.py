"""Articles as Markdown files with YAML front matter: export, and parse back for the importer.

The front matter carries the article's id and the revision it was exported at (``base_revision``), its
text fields, desk (slug), people (user name and display name), dates (ISO 8601), view count, language,
main photo, gallery and references. The body follows the closing ``---`` line. A file written by hand
may carry only ``headline`` (or a first ``# Heading`` line and no front matter at all) and a body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import yaml

from meja_redaksi.domain.entities import ArticleRef
from meja_redaksi.domain.enums import ArticleStatus, RefKind
from meja_redaksi.domain.errors import UserError
from meja_redaksi.render.context import ArticleContext
from meja_redaksi.render.front_matter import MAX_LIST_ITEMS, PEOPLE_KEYS, FrontMatterFields

DATE_KEYS = ("created", "updated", "published", "scheduled", "embargo_until")


@dataclass(slots=True, frozen=True)
class PersonRef:
    """A person as a Markdown file names them: user name and display name."""

    username: str
    name: str = ""


@dataclass(slots=True, frozen=True)
class PhotoRef:
    """The main photo as a Markdown file describes it (the file itself stays in the store)."""

    id: str
    title: str = ""
    caption: str = ""
    credit: str = ""


@dataclass(slots=True)
class MarkdownArticle:
    """A parsed Markdown article; ``present`` names the front matter keys the file carried.

    An update applies only the keys in ``present`` (and the body), so a hand-written file with a headline
    and a body changes nothing else.
    """

    headline: str
    body: str = ""
    id: str | None = None
    base_revision: int | None = None
    lead: str = ""
    slug: str = ""
    status: ArticleStatus | None = None
    desk: str | None = None
    reporter: PersonRef | None = None
    editor: PersonRef | None = None
    photographer: PersonRef | None = None
    tags: list[str] = field(default_factory=list)
    pull_quotes: list[str] | None = None
    created: datetime | None = None
    updated: datetime | None = None
    published: datetime | None = None
    scheduled: datetime | None = None
    embargo_until: datetime | None = None
    view_count: int | None = None
    language: str | None = None
    main_photo: PhotoRef | None = None
    gallery: list[str] = field(default_factory=list)
    related: list[ArticleRef] = field(default_factory=list)
    popular: list[ArticleRef] = field(default_factory=list)
    present: frozenset[str] = frozenset()


class _FrontMatterDumper(yaml.SafeDumper):
    """Safe YAML dumper that double-quotes text holding Unicode line breaks (PyYAML folds them else)."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if any(c in text for c in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_FrontMatterDumper.add_representer(str, _represent_text)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _person(person: Any) -> dict[str, str] | None:
    return {"username": person.username, "name": person.name} if person else None


def _ref_dict(ref: ArticleRef) -> dict[str, Any]:
    return {
        "headline": ref.headline,
        "photo_title": ref.photo_title,
        "published": ref.published.isoformat() if ref.published else None,
        "views": ref.views,
        "article_id": ref.article_id,
    }


def article_to_markdown(context: ArticleContext) -> str:
    """Export an article as Markdown with YAML front matter (see the module docstring)."""
    article = context.article
    photo = context.main_photo
    main_photo: dict[str, str] | None = None
    if article.main_photo_id:
        main_photo = {"id": article.main_photo_id}
        if photo is not None:
            main_photo |= {"title": photo.title, "caption": photo.caption, "credit": photo.credit}
    front: dict[str, Any] = {
        "id": article.id,
        "base_revision": context.revision,
        "headline": article.headline,
        "lead": article.lead,
        "slug": article.slug,
        "status": article.status.value,
        "desk": context.desk.slug if context.desk else None,
        "reporter": _person(context.reporter),
        "editor": _person(context.editor),
        "photographer": _person(context.photographer),
        "tags": list(article.tags),
        "pull_quotes": list(article.pull_quotes),
        "created": _iso(article.created_at),
        "updated": _iso(article.updated_at),
        "published": _iso(article.published_at),
        "scheduled": _iso(article.scheduled_at),
        "embargo_until": _iso(article.embargo_until),
        "view_count": article.view_count,
        "language": article.language,
        "main_photo": main_photo,
        "gallery": list(article.gallery),
        "related": [_ref_dict(r) for r in article.refs(RefKind.RELATED)],
        "popular": [_ref_dict(r) for r in article.refs(RefKind.POPULAR)],
    }
    text = yaml.dump(
        front, Dumper=_FrontMatterDumper, allow_unicode=True, sort_keys=False, width=100
    )
    return f"---\n{text}---\n\n{article.body}\n"


KNOWN_KEYS = frozenset(
    {"id", "base_revision", "headline", "lead", "slug", "status", "desk", *PEOPLE_KEYS, "tags",
     "pull_quotes", *DATE_KEYS, "view_count", "language", "main_photo", "gallery", "related",
     "popular"}
)  # fmt: skip


def _refs(fields: FrontMatterFields, key: str, kind: RefKind) -> list[ArticleRef]:
    items = fields.data.get(key)
    if items is None:
        return []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise fields.fail(key, "a list of mappings with a headline")
    if len(items) > MAX_LIST_ITEMS:
        raise fields.fail(key, f"a list of at most {MAX_LIST_ITEMS} items")
    refs: list[ArticleRef] = []
    for index, item in enumerate(items):
        entry = FrontMatterFields(item, f"{key}[{index}].")
        headline = entry.text("headline")
        if not headline or not headline.strip():
            raise entry.fail("headline", "text")
        refs.append(
            ArticleRef(
                headline=headline,
                kind=kind,
                photo_title=entry.text("photo_title") or "",
                published=entry.day("published"),
                views=entry.number("views"),
                article_id=entry.identifier("article_id"),
            )
        )
    return refs


def _person_ref(fields: FrontMatterFields, key: str) -> PersonRef | None:
    person = fields.mapping(key)
    if person is None:
        return None
    username = person.text("username")
    if not username:
        raise person.fail("username", "a user name")
    return PersonRef(username, person.text("name") or "")


def _photo_ref(fields: FrontMatterFields) -> PhotoRef | None:
    photo = fields.mapping("main_photo")
    if photo is None:
        return None
    photo_id = photo.identifier("id")
    if photo_id is None:
        raise photo.fail("id", "an id (a UUID)")
    return PhotoRef(
        photo_id, photo.text("title") or "", photo.text("caption") or "", photo.text("credit") or ""
    )


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        return {}, text
    lines = text[4:].split("\n")
    for index, line in enumerate(lines):
        if line.rstrip() in ("---", "..."):
            yaml_text = "\n".join(lines[:index])
            body = "\n".join(lines[index + 1 :])
            break
    else:
        raise UserError("front matter: the '---' block at the top is never closed by a '---' line")
    try:
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise UserError(f"front matter: {problem}{where}") from None
    except (ValueError, OverflowError) as exc:  # PyYAML builds dates without catching these
        raise UserError(f"front matter: impossible value ({exc})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UserError("front matter: expected 'key: value' lines, found a single value or list")
    unknown = sorted(str(k) for k in data if k not in KNOWN_KEYS)
    if unknown:
        raise UserError(f"front matter: unknown key '{unknown[0]}'")
    return data, body.removeprefix("\n")


def _headline_from_body(body: str) -> tuple[str | None, str]:
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest.removeprefix("\n")
    return None, body


def parse_markdown_article(text: str) -> MarkdownArticle:
    """Parse a Markdown article file's text; raise :class:`UserError` naming any problem."""
    data, body = _split_front_matter(text)
    body = body.removesuffix("\n")
    fields = FrontMatterFields(data)
    headline = fields.text("headline")
    if headline is None:
        headline, body = _headline_from_body(body)
    if not headline or not headline.strip():
        raise UserError("no headline: add 'headline: …' to the front matter or a first '# …' line")
    status_text = fields.text("status")
    try:
        status = ArticleStatus(status_text) if status_text is not None else None
    except ValueError:
        known = ", ".join(s.value for s in ArticleStatus)
        raise UserError(f"front matter: unknown status '{status_text}' (one of {known})") from None
    gallery = fields.text_list("gallery") or []
    for index in range(len(gallery)):
        gallery[index] = FrontMatterFields({"gallery": gallery[index]}).identifier("gallery") or ""
    return MarkdownArticle(
        headline=headline,
        body=body,
        id=fields.identifier("id"),
        base_revision=fields.number("base_revision"),
        lead=fields.text("lead") or "",
        slug=fields.text("slug") or "",
        status=status,
        desk=fields.text("desk"),
        reporter=_person_ref(fields, "reporter"),
        editor=_person_ref(fields, "editor"),
        photographer=_person_ref(fields, "photographer"),
        tags=fields.text_list("tags") or [],
        pull_quotes=fields.text_list("pull_quotes"),
        created=fields.moment("created"),
        updated=fields.moment("updated"),
        published=fields.moment("published"),
        scheduled=fields.moment("scheduled"),
        embargo_until=fields.moment("embargo_until"),
        view_count=fields.number("view_count"),
        language=fields.text("language"),
        main_photo=_photo_ref(fields),
        gallery=gallery,
        related=_refs(fields, "related", RefKind.RELATED),
        popular=_refs(fields, "popular", RefKind.POPULAR),
        present=frozenset(str(k) for k in data) | ({"headline"} if headline else frozenset()),
    )
