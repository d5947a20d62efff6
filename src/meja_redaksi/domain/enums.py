"""Enumerations of the newsroom: roles, article states, workflow actions, assignment states."""

from enum import StrEnum


class Role(StrEnum):
    """What a person may do in the newsroom (DESIGN §1)."""

    REPORTER = "reporter"
    PHOTOGRAPHER = "photographer"
    EDITOR = "editor"
    DESK_CHIEF = "desk_chief"
    ADMIN = "admin"


class ArticleStatus(StrEnum):
    """The workflow state of an article (DESIGN §3)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    EDITING = "editing"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    RETURNED = "returned"
    UNPUBLISHED = "unpublished"
    SPIKED = "spiked"


class Action(StrEnum):
    """A workflow action, as the command line names it."""

    SUBMIT = "submit"
    EDIT = "edit"
    RETURN = "return"
    APPROVE = "approve"
    SCHEDULE = "schedule"
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"
    SPIKE = "spike"
    REOPEN = "reopen"


class AssignmentStatus(StrEnum):
    """The state of a coverage assignment (penugasan liputan)."""

    DRAFT = "draft"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class RefKind(StrEnum):
    """Why an article lists another one: BERITA TERKAIT (related) or BERITA POPULER (popular)."""

    RELATED = "related"
    POPULAR = "popular"
