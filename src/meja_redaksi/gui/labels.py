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


def _mark_for_lupdate() -> list[str]:
    """Never called: lupdate finds strings only in translate() calls with literal arguments."""
    return [
        QCoreApplication.translate("Labels", "Draft"),
        QCoreApplication.translate("Labels", "Submitted"),
        QCoreApplication.translate("Labels", "Editing"),
        QCoreApplication.translate("Labels", "Approved"),
        QCoreApplication.translate("Labels", "Scheduled"),
        QCoreApplication.translate("Labels", "Published"),
        QCoreApplication.translate("Labels", "Returned"),
        QCoreApplication.translate("Labels", "Unpublished"),
        QCoreApplication.translate("Labels", "Spiked"),
        QCoreApplication.translate("Labels", "Review queue"),
        QCoreApplication.translate("Labels", "My tasks"),
        QCoreApplication.translate("Labels", "My drafts"),
        QCoreApplication.translate("Labels", "All articles"),
        QCoreApplication.translate("Labels", "Assignments"),
        QCoreApplication.translate("Labels", "Photos"),
        QCoreApplication.translate("Labels", "Headline"),
        QCoreApplication.translate("Labels", "Status"),
        QCoreApplication.translate("Labels", "Desk"),
        QCoreApplication.translate("Labels", "Reporter"),
        QCoreApplication.translate("Labels", "Editor"),
        QCoreApplication.translate("Labels", "Updated"),
        QCoreApplication.translate("Labels", "Views"),
        QCoreApplication.translate("Labels", "(no headline)"),
    ]
