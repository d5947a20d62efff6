"""Conversions between ORM rows and domain objects (the only place both meet)."""

from __future__ import annotations

from meja_redaksi.domain.entities import (
    Article,
    ArticleRef,
    Assignment,
    AuditEvent,
    Comment,
    Desk,
    Person,
    Photo,
    Revision,
)
from meja_redaksi.domain.enums import ArticleStatus, AssignmentStatus, RefKind, Role
from meja_redaksi.store.models import (
    ArticleRefRow,
    ArticleRow,
    AssignmentRow,
    AuditEventRow,
    CommentRow,
    DeskRow,
    PersonRow,
    PhotoRow,
    RevisionRow,
)

PHOTO_FIELDS = (
    "title",
    "caption",
    "credit",
    "photographer",
    "photographer_id",
    "sha256",
    "original_filename",
    "width",
    "height",
    "mime",
    "alt_text",
    "extended_description",
    "keywords",
    "city",
    "location",
    "date_taken",
    "gps_latitude",
    "gps_longitude",
    "created_at",
    "updated_at",
)


def desk_from_row(row: DeskRow) -> Desk:
    """A desk row as a Desk."""
    return Desk(id=row.id, name=row.name, slug=row.slug, rev=row.rev)


def roles_to_db(roles: frozenset[Role]) -> str:
    """Roles as stored: sorted, comma-separated."""
    return ",".join(sorted(r.value for r in roles))


def person_from_row(row: PersonRow) -> Person:
    """A person row as a Person."""
    return Person(
        id=row.id,
        username=row.username,
        name=row.name,
        code=row.code,
        roles=frozenset(Role(r) for r in row.roles.split(",") if r),
        desk_id=row.desk_id,
        active=row.active,
        rev=row.rev,
    )


def photo_from_row(row: PhotoRow) -> Photo:
    """A photo row as a Photo."""
    values = {name: getattr(row, name) for name in PHOTO_FIELDS}
    return Photo(id=row.id, rev=row.rev, **values)


def ref_from_row(row: ArticleRefRow) -> ArticleRef:
    """A reference row as an ArticleRef."""
    return ArticleRef(
        headline=row.headline,
        kind=RefKind(row.kind),
        photo_title=row.photo_title,
        published=row.published,
        views=row.views,
        article_id=row.ref_article_id,
    )


def article_from_row(
    row: ArticleRow,
    *,
    tags: list[str],
    pull_quotes: list[str],
    refs: list[ArticleRef],
    gallery: list[str],
) -> Article:
    """An article row and its ordered children as an Article."""
    return Article(
        id=row.id,
        headline=row.headline,
        lead=row.lead,
        body=row.body,
        slug=row.slug,
        pull_quotes=pull_quotes,
        desk_id=row.desk_id,
        tags=tags,
        status=ArticleStatus(row.status),
        reporter_id=row.reporter_id,
        photographer_id=row.photographer_id,
        editor_id=row.editor_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        published_at=row.published_at,
        scheduled_at=row.scheduled_at,
        embargo_until=row.embargo_until,
        view_count=row.view_count,
        main_photo_id=row.main_photo_id,
        gallery=gallery,
        related=refs,
        assignment_id=row.assignment_id,
        return_note=row.return_note,
        language=row.language,
        rev=row.rev,
    )


def revision_from_row(row: RevisionRow) -> Revision:
    """A revision row as a Revision."""
    return Revision(
        id=row.id,
        article_id=row.article_id,
        number=row.number,
        headline=row.headline,
        lead=row.lead,
        body=row.body,
        pull_quotes=tuple(row.pull_quotes),
        tags=tuple(row.tags),
        author_id=row.author_id,
        note=row.note,
        created_at=row.created_at,
    )


def comment_from_row(row: CommentRow) -> Comment:
    """A comment row as a Comment."""
    return Comment(
        id=row.id,
        article_id=row.article_id,
        author_id=row.author_id,
        body=row.body,
        created_at=row.created_at,
        rev=row.rev,
    )


def audit_from_row(row: AuditEventRow) -> AuditEvent:
    """An audit row as an AuditEvent."""
    return AuditEvent(
        id=row.id,
        actor_id=row.actor_id,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        from_state=row.from_state,
        to_state=row.to_state,
        detail=row.detail,
        at=row.at,
    )


def assignment_from_row(
    row: AssignmentRow, *, reporter_ids: list[str], article_ids: list[str]
) -> Assignment:
    """An assignment row and its ordered members as an Assignment."""
    return Assignment(
        id=row.id,
        title=row.title,
        brief=row.brief,
        location=row.location,
        event_time=row.event_time,
        deadline=row.deadline,
        desk_id=row.desk_id,
        reporter_ids=reporter_ids,
        photographer_id=row.photographer_id,
        editor_id=row.editor_id,
        status=AssignmentStatus(row.status),
        article_ids=article_ids,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        rev=row.rev,
    )
