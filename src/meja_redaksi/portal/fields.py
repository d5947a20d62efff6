"""Which fields a client may send for each entity, and checking their types before anything is stored."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from meja_redaksi.domain.entities import Article, Desk, Photo
from meja_redaksi.domain.errors import ValidationError

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 1_000_000


def _texts(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 500 and all(_text(v) for v in value)


def _opt_id(value: Any) -> bool:
    if value is None:
        return True
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def _ids(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 500 and all(_opt_id(v) and v for v in value)


def _opt_time(value: Any) -> bool:
    if value is None:
        return True
    try:
        return isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _opt_int(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _refs(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= 100
        and all(isinstance(v, dict) and _text(v.get("headline", "")) for v in value)
    )


ARTICLE_FIELDS: dict[str, Check] = {
    "headline": _text,
    "lead": _text,
    "body": _text,
    "slug": _text,
    "language": _text,
    "pull_quotes": _texts,
    "tags": _texts,
    "gallery": _ids,
    "related": _refs,
    "desk_id": _opt_id,
    "reporter_id": _opt_id,
    "photographer_id": _opt_id,
    "editor_id": _opt_id,
    "main_photo_id": _opt_id,
    "assignment_id": _opt_id,
    "created_at": _opt_time,
    "scheduled_at": _opt_time,
    "embargo_until": _opt_time,
}
PHOTO_FIELDS: dict[str, Check] = {
    "title": _text,
    "caption": _text,
    "credit": _text,
    "photographer": _text,
    "photographer_id": _opt_id,
    "sha256": lambda v: v is None or (isinstance(v, str) and len(v) == 64),
    "original_filename": _text,
    "width": _opt_int,
    "height": _opt_int,
    "mime": _text,
    "alt_text": _text,
    "extended_description": _text,
    "keywords": _texts,
    "city": _text,
    "location": _text,
    "date_taken": _opt_time,
}
DESK_FIELDS: dict[str, Check] = {"name": _text, "slug": _text}
# A person record: never a password or token (accounts are made with ``portal user add``).
PERSON_FIELDS: dict[str, Check] = {
    "name": _text,
    "username": _text,
    "code": _text,
    "roles": _texts,
    "desk_id": _opt_id,
    "active": lambda v: isinstance(v, bool),
}
FIELDS: dict[str, dict[str, Check]] = {
    "article": ARTICLE_FIELDS,
    "photo": PHOTO_FIELDS,
    "desk": DESK_FIELDS,
    "person": PERSON_FIELDS,
}
# Owned by the server: a client's value is ignored (status moves only by workflow transitions).
SERVER_OWNED = frozenset(
    {"status", "view_count", "published_at", "updated_at", "return_note", "rev", "id", "conflicted"}
)
# Three-way merged as text when both sides changed them; every other field merges as a whole.
TEXT_MERGED = frozenset({"body", "lead"})


def clean_fields(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Drop server-owned fields and check the rest; raise :class:`ValidationError` on a bad one."""
    allowed = FIELDS.get(entity)
    if allowed is None:
        raise ValidationError(f"records of kind '{entity}' cannot be pushed")
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name in SERVER_OWNED:
            continue
        check = allowed.get(name)
        if check is None:
            raise ValidationError(f"unknown {entity} field '{name[:40]}'")
        if not check(value):
            raise ValidationError(f"{entity} field '{name}' has a value of the wrong kind")
        cleaned[name] = value
    return cleaned


def validate_record(entity: str, data: dict[str, Any]) -> None:
    """Check the merged record with the domain's own rules (ids, slugs, headline length)."""
    if entity == "article":
        simple = {k: v for k, v in data.items() if k in ARTICLE_FIELDS and not _is_time(k)}
        simple.pop("related", None)
        Article(**simple)
    elif entity == "desk":
        Desk(name=data.get("name", ""), slug=data.get("slug", ""))
    elif entity == "photo":
        simple = {k: v for k, v in data.items() if k in PHOTO_FIELDS and not _is_time(k)}
        Photo(**simple)


def _is_time(name: str) -> bool:
    return name.endswith("_at") or name in ("embargo_until", "date_taken")
