"""Domain objects <-> the field dicts the sync protocol carries (plain JSON values)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from meja_redaksi.domain.entities import Article, ArticleRef, Desk, Person, Photo
from meja_redaksi.domain.enums import ArticleStatus, RefKind, Role

_ARTICLE_TEXT = ("headline", "lead", "body", "slug", "language")
_ARTICLE_IDS = (
    "desk_id",
    "reporter_id",
    "photographer_id",
    "editor_id",
    "main_photo_id",
    "assignment_id",
)
_PHOTO_TEXT = (
    "title",
    "caption",
    "credit",
    "photographer",
    "original_filename",
    "mime",
    "alt_text",
    "extended_description",
    "city",
    "location",
)


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def article_fields(article: Article) -> dict[str, Any]:
    """The fields of an article a device sends (the portal owns status, views and publish time)."""
    fields: dict[str, Any] = {name: getattr(article, name) for name in _ARTICLE_TEXT}
    fields.update({name: getattr(article, name) for name in _ARTICLE_IDS})
    fields["pull_quotes"] = list(article.pull_quotes)
    fields["tags"] = list(article.tags)
    fields["gallery"] = list(article.gallery)
    fields["related"] = [
        {
            "headline": ref.headline,
            "kind": ref.kind.value,
            "photo_title": ref.photo_title,
            "published": _iso(ref.published),
            "views": ref.views,
            "article_id": ref.article_id,
        }
        for ref in article.related
    ]
    fields["created_at"] = _iso(article.created_at)
    fields["scheduled_at"] = _iso(article.scheduled_at)
    fields["embargo_until"] = _iso(article.embargo_until)
    return fields


def article_from_fields(record_id: str, rev: int, fields: dict[str, Any]) -> Article:
    """An article as the portal sent it."""
    related = [
        ArticleRef(
            headline=str(ref.get("headline", "")),
            kind=RefKind(ref.get("kind", "related")),
            photo_title=str(ref.get("photo_title", "")),
            published=date.fromisoformat(ref["published"]) if ref.get("published") else None,
            views=ref.get("views"),
            article_id=ref.get("article_id"),
        )
        for ref in fields.get("related") or []
        if str(ref.get("headline", "")).strip()
    ]
    values: dict[str, Any] = {n: fields[n] for n in _ARTICLE_TEXT if fields.get(n) is not None}
    values.update({n: fields.get(n) for n in _ARTICLE_IDS})
    created = _time(fields.get("created_at"))
    if created is not None:
        values["created_at"] = created
    return Article(
        **values,
        pull_quotes=list(fields.get("pull_quotes") or []),
        tags=list(fields.get("tags") or []),
        gallery=list(fields.get("gallery") or []),
        related=related,
        status=ArticleStatus(fields.get("status", "draft")),
        view_count=int(fields.get("view_count") or 0),
        published_at=_time(fields.get("published_at")),
        scheduled_at=_time(fields.get("scheduled_at")),
        embargo_until=_time(fields.get("embargo_until")),
        return_note=str(fields.get("return_note") or ""),
        id=record_id,
        rev=rev,
    )


def photo_fields(photo: Photo) -> dict[str, Any]:
    """The fields of a photo a device sends (GPS stays on the device)."""
    fields: dict[str, Any] = {name: getattr(photo, name) for name in _PHOTO_TEXT}
    fields.update(
        photographer_id=photo.photographer_id,
        sha256=photo.sha256,
        width=photo.width,
        height=photo.height,
        keywords=list(photo.keywords),
        date_taken=_iso(photo.date_taken),
    )
    return fields


def photo_from_fields(record_id: str, rev: int, fields: dict[str, Any]) -> Photo:
    """A photo record as the portal sent it."""
    values: dict[str, Any] = {n: str(fields.get(n) or "") for n in _PHOTO_TEXT}
    return Photo(
        **values,
        photographer_id=fields.get("photographer_id"),
        sha256=fields.get("sha256"),
        width=fields.get("width"),
        height=fields.get("height"),
        keywords=list(fields.get("keywords") or []),
        date_taken=_time(fields.get("date_taken")),
        id=record_id,
        rev=rev,
    )


def desk_fields(desk: Desk) -> dict[str, Any]:
    """The fields of a desk."""
    return {"name": desk.name, "slug": desk.slug}


def desk_from_fields(record_id: str, rev: int, fields: dict[str, Any]) -> Desk:
    """A desk as the portal sent it."""
    return Desk(
        name=str(fields.get("name", "")), slug=str(fields.get("slug", "")), id=record_id, rev=rev
    )


def person_fields(person: Person) -> dict[str, Any]:
    """The fields of a person a device sends (never a password or a token)."""
    return {
        "username": person.username,
        "name": person.name,
        "code": person.code,
        "roles": sorted(r.value for r in person.roles),
        "desk_id": person.desk_id,
        "active": person.active,
    }


def person_from_fields(record_id: str, rev: int, fields: dict[str, Any]) -> Person:
    """A person as the portal sent it."""
    return Person(
        username=str(fields.get("username", "")),
        name=str(fields.get("name", "")),
        roles=frozenset(Role(r) for r in fields.get("roles") or []),
        code=str(fields.get("code") or ""),
        desk_id=fields.get("desk_id"),
        active=bool(fields.get("active", True)),
        id=record_id,
        rev=rev,
    )
