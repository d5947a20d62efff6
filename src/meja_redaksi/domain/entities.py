"""The newsroom's entities (DESIGN §2) as plain dataclasses that validate themselves.

Ids are client-generated UUID strings. ``rev`` is the portal's revision of a synced record (0 = never synced).
Times are timezone-aware UTC datetimes; dates shown to people are formatted by :mod:`domain.dates`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from meja_redaksi.domain.enums import (
    ArticleStatus,
    AssignmentStatus,
    RefKind,
    Role,
)
from meja_redaksi.domain.errors import ValidationError
from meja_redaksi.domain.text import count_words

HEADLINE_MAX = 300
CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,31}$")
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
MENTION_PATTERN = re.compile(r"(?<![\w@])@([a-z0-9][a-z0-9_.-]{0,63})")


def new_id() -> str:
    """Return a new random UUID as a string (all ids are client-generated)."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Return the current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def _check_id(value: str, what: str) -> None:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise ValidationError(f"{what} is not a valid id: {value!r}") from None


def _check_optional_id(value: str | None, what: str) -> None:
    if value is not None:
        _check_id(value, what)


def _check_aware(value: datetime | None, what: str) -> None:
    if value is not None and value.tzinfo is None:
        raise ValidationError(f"{what} must carry a time zone")


def _clean_list(values: Iterable[str]) -> list[str]:
    """Strip, drop empties and duplicates (case-insensitively), keep the first spelling and order."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        text = " ".join(value.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


@dataclass(slots=True)
class Desk:
    """A desk (rubrik) of the portal, e.g. Pemerintahan or Ekonomi."""

    name: str
    slug: str
    id: str = field(default_factory=new_id)
    rev: int = 0

    def __post_init__(self) -> None:
        _check_id(self.id, "desk id")
        self.name = " ".join(self.name.split())
        if not self.name:
            raise ValidationError("a desk needs a name")
        if not SLUG_PATTERN.match(self.slug):
            raise ValidationError(
                f"desk slug must be lower-case words joined by '-': {self.slug!r}"
            )


@dataclass(slots=True)
class Person:
    """Someone in the newsroom: a reporter, photographer, editor, desk chief or admin."""

    username: str
    name: str
    roles: frozenset[Role]
    code: str = ""
    desk_id: str | None = None
    active: bool = True
    id: str = field(default_factory=new_id)
    rev: int = 0

    def __post_init__(self) -> None:
        _check_id(self.id, "person id")
        _check_optional_id(self.desk_id, "desk id")
        self.name = " ".join(self.name.split())
        if not self.name:
            raise ValidationError("a person needs a name")
        if not USERNAME_PATTERN.match(self.username):
            raise ValidationError(
                f"user name must be lower-case letters, digits, '.', '_' or '-': {self.username!r}"
            )
        if self.code and not CODE_PATTERN.match(self.code):
            raise ValidationError(f"person code must be short and lower-case: {self.code!r}")
        try:
            self.roles = frozenset(Role(r) for r in self.roles)
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
        if not self.roles:
            raise ValidationError(f"{self.name} needs at least one role")

    def has_role(self, role: Role) -> bool:
        """Whether this person holds ``role``."""
        return role in self.roles


@dataclass(slots=True)
class ArticleRef:
    """A reference to another article, as BERITA TERKAIT / BERITA POPULER list them.

    ``photo_title`` is the title of the referenced article's photo (the first line of an entry on the
    portal), ``headline`` its headline; ``article_id`` is set when the article is in the store.
    """

    headline: str
    kind: RefKind = RefKind.RELATED
    photo_title: str = ""
    published: date | None = None
    views: int | None = None
    article_id: str | None = None

    def __post_init__(self) -> None:
        _check_optional_id(self.article_id, "referenced article id")
        self.kind = RefKind(self.kind)
        self.headline = " ".join(self.headline.split())
        self.photo_title = " ".join(self.photo_title.split())
        if not self.headline:
            raise ValidationError("an article reference needs a headline")
        if self.views is not None and self.views < 0:
            raise ValidationError("a view count cannot be negative")


@dataclass(slots=True)
class Article:
    """A news article: text fields, people, workflow state, photos and references."""

    headline: str = ""
    lead: str = ""
    body: str = ""
    slug: str = ""
    pull_quotes: list[str] = field(default_factory=list)
    desk_id: str | None = None
    tags: list[str] = field(default_factory=list)
    status: ArticleStatus = ArticleStatus.DRAFT
    reporter_id: str | None = None
    photographer_id: str | None = None
    editor_id: str | None = None
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    published_at: datetime | None = None
    scheduled_at: datetime | None = None
    embargo_until: datetime | None = None
    view_count: int = 0
    main_photo_id: str | None = None
    gallery: list[str] = field(default_factory=list)
    related: list[ArticleRef] = field(default_factory=list)
    assignment_id: str | None = None
    return_note: str = ""
    language: str = "id"
    id: str = field(default_factory=new_id)
    rev: int = 0

    def __post_init__(self) -> None:
        _check_id(self.id, "article id")
        for name in ("desk_id", "reporter_id", "photographer_id", "editor_id", "main_photo_id"):
            _check_optional_id(getattr(self, name), name.replace("_", " "))
        _check_optional_id(self.assignment_id, "assignment id")
        for photo_id in self.gallery:
            _check_id(photo_id, "gallery photo id")
        for name in ("created_at", "updated_at", "published_at", "scheduled_at", "embargo_until"):
            _check_aware(getattr(self, name), name.replace("_", " "))
        self.status = ArticleStatus(self.status)
        self.headline = " ".join(self.headline.split())
        if len(self.headline) > HEADLINE_MAX:
            raise ValidationError(f"a headline has at most {HEADLINE_MAX} characters")
        if self.view_count < 0:
            raise ValidationError("a view count cannot be negative")
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", self.language):
            raise ValidationError(f"not a language code: {self.language!r}")
        if self.slug and not SLUG_PATTERN.match(self.slug):
            raise ValidationError(f"slug must be lower-case words joined by '-': {self.slug!r}")
        self.tags = _clean_list(self.tags)
        self.pull_quotes = _clean_list(self.pull_quotes)

    @property
    def word_count(self) -> int:
        """Words in lead and body."""
        return count_words(self.lead) + count_words(self.body)

    @property
    def photo_ids(self) -> list[str]:
        """The main photo and the gallery, main first, without repeats."""
        ids = [self.main_photo_id] if self.main_photo_id else []
        ids.extend(p for p in self.gallery if p not in ids)
        return ids

    def refs(self, kind: RefKind) -> list[ArticleRef]:
        """The references of one kind, in order."""
        return [r for r in self.related if r.kind == kind]

    def copy(self, **changes: object) -> Article:
        """Return a copy with ``changes`` applied (validated again)."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(slots=True)
class Photo:
    """A photo: content-addressed file plus the caption fields the portal and IPTC carry.

    A photo whose file is not (yet) in the store has ``sha256`` None: the record holds the caption and
    asks for the file (e.g. after importing an article page that only names its photo).
    """

    title: str = ""
    caption: str = ""
    credit: str = ""
    photographer: str = ""
    photographer_id: str | None = None
    sha256: str | None = None
    original_filename: str = ""
    width: int | None = None
    height: int | None = None
    mime: str = ""
    alt_text: str = ""
    extended_description: str = ""
    keywords: list[str] = field(default_factory=list)
    city: str = ""
    location: str = ""
    date_taken: datetime | None = None
    gps_latitude: float | None = None
    gps_longitude: float | None = None
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    rev: int = 0

    def __post_init__(self) -> None:
        _check_id(self.id, "photo id")
        _check_optional_id(self.photographer_id, "photographer id")
        if self.sha256 is not None and not SHA256_PATTERN.match(self.sha256):
            raise ValidationError(f"not a sha256 digest: {self.sha256!r}")
        for value, what in ((self.width, "width"), (self.height, "height")):
            if value is not None and value <= 0:
                raise ValidationError(f"photo {what} must be positive")
        if self.gps_latitude is not None and not -90 <= self.gps_latitude <= 90:
            raise ValidationError("GPS latitude out of range")
        if self.gps_longitude is not None and not -180 <= self.gps_longitude <= 180:
            raise ValidationError("GPS longitude out of range")
        self.keywords = _clean_list(self.keywords)
        if "/" in self.original_filename or "\\" in self.original_filename:
            self.original_filename = re.split(r"[\\/]", self.original_filename)[-1]
        self.original_filename = self.original_filename.replace("\x00", "")

    @property
    def file_present(self) -> bool:
        """Whether the photo's file is in the store (False for a placeholder record)."""
        return self.sha256 is not None

    @property
    def label(self) -> str:
        """A short name to show: the title, else the file name, else the id."""
        return self.title or self.original_filename or self.id[:8]


@dataclass(slots=True)
class Assignment:
    """A coverage assignment (penugasan liputan) planned by a desk chief."""

    title: str
    brief: str = ""
    location: str = ""
    event_time: datetime | None = None
    deadline: datetime | None = None
    desk_id: str | None = None
    reporter_ids: list[str] = field(default_factory=list)
    photographer_id: str | None = None
    editor_id: str | None = None
    status: AssignmentStatus = AssignmentStatus.DRAFT
    article_ids: list[str] = field(default_factory=list)
    created_by: str | None = None
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    rev: int = 0

    def __post_init__(self) -> None:
        _check_id(self.id, "assignment id")
        for name in ("desk_id", "photographer_id", "editor_id", "created_by"):
            _check_optional_id(getattr(self, name), name.replace("_", " "))
        for pid in [*self.reporter_ids, *self.article_ids]:
            _check_id(pid, "assignment member id")
        _check_aware(self.event_time, "event time")
        _check_aware(self.deadline, "deadline")
        self.status = AssignmentStatus(self.status)
        self.title = " ".join(self.title.split())
        if not self.title:
            raise ValidationError("an assignment needs a title")


@dataclass(slots=True, frozen=True)
class Revision:
    """A full snapshot of an article's text fields at one save; never deleted."""

    article_id: str
    number: int
    headline: str
    lead: str
    body: str
    pull_quotes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    author_id: str | None = None
    note: str = ""
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _check_id(self.article_id, "article id")
        _check_id(self.id, "revision id")
        _check_optional_id(self.author_id, "author id")
        if self.number < 1:
            raise ValidationError("revision numbers start at 1")


@dataclass(slots=True)
class Comment:
    """An editorial note on an article with @mentions; never published."""

    article_id: str
    author_id: str
    body: str
    created_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)
    rev: int = 0

    def __post_init__(self) -> None:
        _check_id(self.article_id, "article id")
        _check_id(self.author_id, "author id")
        _check_id(self.id, "comment id")
        if not self.body.strip():
            raise ValidationError("a comment cannot be empty")

    @property
    def mentions(self) -> list[str]:
        """User names mentioned with ``@name``, in order, without repeats."""
        return list(dict.fromkeys(MENTION_PATTERN.findall(self.body)))


@dataclass(slots=True, frozen=True)
class AuditEvent:
    """Who did what to which item, when, and from which state to which."""

    actor_id: str | None
    action: str
    entity: str
    entity_id: str
    from_state: str = ""
    to_state: str = ""
    detail: str = ""
    at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _check_optional_id(self.actor_id, "actor id")
        _check_id(self.entity_id, "entity id")
        _check_id(self.id, "audit event id")
