"""Plain-Python newsroom entities, enums, validation and Indonesian date formatting (stdlib only)."""

from meja_redaksi.domain.dates import (
    format_dateline,
    format_long_date,
    parse_long_date,
)
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
    new_id,
    utcnow,
)
from meja_redaksi.domain.enums import (
    Action,
    ArticleStatus,
    AssignmentStatus,
    RefKind,
    Role,
)
from meja_redaksi.domain.errors import (
    ConflictError,
    MejaError,
    NotFoundError,
    UserError,
    ValidationError,
)
from meja_redaksi.domain.queries import ArticleQuery, ArticleSummary, SortKey
from meja_redaksi.domain.text import count_words, reading_minutes, slugify

__all__ = [
    "Action",
    "Article",
    "ArticleQuery",
    "ArticleRef",
    "ArticleStatus",
    "ArticleSummary",
    "Assignment",
    "AssignmentStatus",
    "AuditEvent",
    "Comment",
    "ConflictError",
    "Desk",
    "MejaError",
    "NotFoundError",
    "Person",
    "Photo",
    "RefKind",
    "Revision",
    "Role",
    "SortKey",
    "UserError",
    "ValidationError",
    "count_words",
    "format_dateline",
    "format_long_date",
    "new_id",
    "parse_long_date",
    "reading_minutes",
    "slugify",
    "utcnow",
]
