"""Coverage planning: assignments, the people panels with their workload, drag to assign."""

from meja_redaksi.gui.assignments.models import AssignmentModel, WorkloadModel
from meja_redaksi.gui.assignments.panel import AssignmentPanel

__all__ = ["AssignmentModel", "AssignmentPanel", "WorkloadModel"]
