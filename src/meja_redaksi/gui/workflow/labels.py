"""Translated names of workflow actions, roles and assignment states (context "Workflow")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meja_redaksi.domain.enums import Action, AssignmentStatus, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Workflow", text)


def action_label(action: Action) -> str:
    """The menu text of a workflow action."""
    labels = {
        Action.SUBMIT: _t("Submit to desk"),
        Action.EDIT: _t("Start editing"),
        Action.RETURN: _t("Return to reporter…"),
        Action.APPROVE: _t("Approve"),
        Action.SCHEDULE: _t("Schedule…"),
        Action.PUBLISH: _t("Publish"),
        Action.UNPUBLISH: _t("Unpublish…"),
        Action.SPIKE: _t("Spike"),
        Action.REOPEN: _t("Reopen"),
    }
    return labels[Action(action)]


def role_label(role: Role) -> str:
    """A role as people call it."""
    labels = {
        Role.REPORTER: _t("Reporter"),
        Role.PHOTOGRAPHER: _t("Photographer"),
        Role.EDITOR: _t("Editor"),
        Role.DESK_CHIEF: _t("Desk chief"),
        Role.ADMIN: _t("Admin"),
    }
    return labels[Role(role)]


def assignment_status_label(status: AssignmentStatus) -> str:
    """An assignment's state as people call it."""
    labels = {
        AssignmentStatus.DRAFT: _t("Planned"),
        AssignmentStatus.ASSIGNED: _t("Assigned"),
        AssignmentStatus.IN_PROGRESS: _t("In progress"),
        AssignmentStatus.SUBMITTED: _t("Submitted"),
        AssignmentStatus.COMPLETED: _t("Completed"),
        AssignmentStatus.CANCELLED: _t("Cancelled"),
    }
    return labels[AssignmentStatus(status)]
