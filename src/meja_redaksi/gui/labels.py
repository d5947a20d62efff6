"""Translated names of statuses and sidebar views (source strings in English, context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meja_redaksi.domain.enums import ArticleStatus

_STATUS = {
    ArticleStatus.DRAFT: "Draft",
    ArticleStatus.SUBMITTED: "Submitted",
    ArticleStatus.EDITING: "Editing",
    ArticleStatus.APPROVED: "Approved",
    ArticleStatus.SCHEDULED: "Scheduled",
    ArticleStatus.PUBLISHED: "Published",
    ArticleStatus.RETURNED: "Returned",
    ArticleStatus.UNPUBLISHED: "Unpublished",
    ArticleStatus.SPIKED: "Spiked",
}
VIEWS = {
    "queue": "Review queue",
    "mine": "My tasks",
    "my_drafts": "My drafts",
    "all": "All articles",
    "assignments": "Assignments",
    "photos": "Photos",
}


def status_label(status: ArticleStatus) -> str:
    """The status as the user interface names it (Draf, Diajukan, … in Indonesian)."""
    return QCoreApplication.translate("Labels", _STATUS[status])


def view_label(key: str) -> str:
    """The sidebar name of a view."""
    if key.startswith("status:"):
        return status_label(ArticleStatus(key.split(":", 1)[1]))
    return QCoreApplication.translate("Labels", VIEWS[key])


def _mark_for_lupdate() -> None:
    # lupdate finds strings only inside translate() calls with literals: list them once here.
    tr = QCoreApplication.translate
    for text in (
        tr("Labels", "Draft"),
        tr("Labels", "Submitted"),
        tr("Labels", "Editing"),
        tr("Labels", "Approved"),
        tr("Labels", "Scheduled"),
        tr("Labels", "Published"),
        tr("Labels", "Returned"),
        tr("Labels", "Unpublished"),
        tr("Labels", "Spiked"),
        tr("Labels", "Review queue"),
        tr("Labels", "My tasks"),
        tr("Labels", "My drafts"),
        tr("Labels", "All articles"),
        tr("Labels", "Assignments"),
        tr("Labels", "Photos"),
        tr("Labels", "Headline"),
        tr("Labels", "Status"),
        tr("Labels", "Desk"),
        tr("Labels", "Reporter"),
        tr("Labels", "Editor"),
        tr("Labels", "Updated"),
        tr("Labels", "Views"),
        tr("Labels", "(no headline)"),
    ):
        del text
