"""Translated names of workflow actions, roles and assignment states (context "Workflow")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meja_redaksi.domain.enums import Action, AssignmentStatus, Role


def action_label(action: Action) -> str:
    """The menu text of a workflow action."""
    labels = {
        Action.SUBMIT: QCoreApplication.translate("Workflow", "Submit to desk"),
        Action.EDIT: QCoreApplication.translate("Workflow", "Start editing"),
        Action.RETURN: QCoreApplication.translate("Workflow", "Return to reporter…"),
        Action.APPROVE: QCoreApplication.translate("Workflow", "Approve"),
        Action.SCHEDULE: QCoreApplication.translate("Workflow", "Schedule…"),
        Action.PUBLISH: QCoreApplication.translate("Workflow", "Publish"),
        Action.UNPUBLISH: QCoreApplication.translate("Workflow", "Unpublish…"),
        Action.SPIKE: QCoreApplication.translate("Workflow", "Spike"),
        Action.REOPEN: QCoreApplication.translate("Workflow", "Reopen"),
    }
    return labels[Action(action)]


def role_label(role: Role) -> str:
    """A role as people call it."""
    labels = {
        Role.REPORTER: QCoreApplication.translate("Workflow", "Reporter"),
        Role.PHOTOGRAPHER: QCoreApplication.translate("Workflow", "Photographer"),
        Role.EDITOR: QCoreApplication.translate("Workflow", "Editor"),
        Role.DESK_CHIEF: QCoreApplication.translate("Workflow", "Desk chief"),
        Role.ADMIN: QCoreApplication.translate("Workflow", "Admin"),
    }
    return labels[Role(role)]


def assignment_status_label(status: AssignmentStatus) -> str:
    """An assignment's state as people call it."""
    labels = {
        AssignmentStatus.DRAFT: QCoreApplication.translate("Workflow", "Planned"),
        AssignmentStatus.ASSIGNED: QCoreApplication.translate("Workflow", "Assigned"),
        AssignmentStatus.IN_PROGRESS: QCoreApplication.translate("Workflow", "In progress"),
        AssignmentStatus.SUBMITTED: QCoreApplication.translate("Workflow", "Submitted"),
        AssignmentStatus.COMPLETED: QCoreApplication.translate("Workflow", "Completed"),
        AssignmentStatus.CANCELLED: QCoreApplication.translate("Workflow", "Cancelled"),
    }
    return labels[AssignmentStatus(status)]
