"""The planning view: assignments, and reporters, photographers and editors with their workload.

A desk chief creates and edits assignments here, drags an assignment (or a queued article) onto a person
to assign it, filters by desk and sees overdue items in red. "Only my tasks" shows the signed-in person's
assignments (Tugas saya); "Start article" opens a new article pre-filled from the assignment.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from meja_redaksi.domain.entities import Article, Assignment, Desk, Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.gui.assignments.dialog import AssignmentDialog
from meja_redaksi.gui.assignments.models import AssignmentModel, WorkloadModel
from meja_redaksi.gui.forms.ui_assignment_panel import Ui_AssignmentPanel
from meja_redaksi.gui.tasks import Job, TaskRunner
from meja_redaksi.gui.workflow import jobs
from meja_redaksi.workflow.assignments import PLANNER_ROLES


class AssignmentPanel(QWidget):
    """Assignments on top, the people panels below."""

    article_started = Signal(object)
    changed = Signal()
    message = Signal(str)
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignmentPanel()
        self.ui.setupUi(self)
        self.runner = runner
        self.person: Person | None = None
        self.people: list[Person] = []
        self.desks: list[Desk] = []
        self.dialog: AssignmentDialog | None = None
        self.assignments = AssignmentModel(self)
        table = self.ui.assignmentTable
        table.setModel(self.assignments)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        table.activated.connect(lambda _i: self.edit_assignment())
        self.loads: dict[Role, WorkloadModel] = {}
        for role, view in (
            (Role.REPORTER, self.ui.reporterTable),
            (Role.PHOTOGRAPHER, self.ui.photographerTable),
            (Role.EDITOR, self.ui.editorTable),
        ):
            model = WorkloadModel(self)
            model.dropped.connect(
                lambda kind, item, person, r=role: self.assign(kind, item, person, r)
            )
            self._setup_people_view(view, model)
            self.loads[role] = model
        self.ui.deskFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.mineCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.newButton.clicked.connect(self.new_assignment)
        self.ui.editButton.clicked.connect(self.edit_assignment)
        self.ui.startButton.clicked.connect(self.start_article)
        self.ui.cancelButton.clicked.connect(self.cancel_assignment)
        self._fill_desks()
        self._update_buttons()

    @staticmethod
    def _setup_people_view(view: QTableView, model: WorkloadModel) -> None:
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.setDropIndicatorShown(True)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # --- data ------------------------------------------------------------------------------------
    def set_reference(self, person: Person | None, people: list[Person], desks: list[Desk]) -> None:
        """The signed-in person, everyone and the desks (names, dialog choices)."""
        self.person, self.people, self.desks = person, list(people), list(desks)
        self._fill_desks()
        self._update_buttons()

    def can_plan(self) -> bool:
        """Whether the signed-in person may plan coverage."""
        return bool(self.person and self.person.active and self.person.roles & PLANNER_ROLES)

    def _fill_desks(self) -> None:
        combo = self.ui.deskFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All desks"), None)
        for desk in self.desks:
            combo.addItem(desk.name, desk.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """Load assignments and workloads again (for the chosen desk, or only mine)."""
        desk_id = self.ui.deskFilter.currentData()
        person_id = self.person.id if self.person and self.ui.mineCheck.isChecked() else None
        self.runner.submit(
            lambda store, _t: jobs.planning(store, desk_id, person_id),
            key="planning",
            on_done=self._loaded,
            on_error=self.message.emit,
        )

    def _loaded(self, data: jobs.PlanningData) -> None:
        names = {p.id: p.name for p in self.people} | {d.id: d.name for d in self.desks}
        self.assignments.set_rows(data.assignments, names)
        for column in range(1, self.assignments.columnCount()):
            self.ui.assignmentTable.resizeColumnToContents(column)
        for role, model in self.loads.items():
            model.set_rows(
                sorted(data.loads.get(role, []), key=lambda w: (-w.total, w.person.name))
            )
        self._update_buttons()
        self.loaded.emit(self.assignments.rowCount())

    def current_assignment(self) -> Assignment | None:
        """The selected assignment."""
        return self.assignments.assignment(self.ui.assignmentTable.currentIndex().row())

    def _update_buttons(self) -> None:
        plan, current = self.can_plan(), self.current_assignment()
        self.ui.newButton.setEnabled(plan)
        self.ui.editButton.setEnabled(plan and current is not None)
        self.ui.cancelButton.setEnabled(plan and current is not None)
        self.ui.startButton.setEnabled(current is not None and self.person is not None)

    # --- actions ----------------------------------------------------------------------------------
    def new_assignment(self) -> None:
        """Open the form for a new assignment."""
        self._open_dialog(None)

    def edit_assignment(self) -> None:
        """Open the form of the selected assignment."""
        current = self.current_assignment()
        if current is not None and self.can_plan():
            self._open_dialog(current)

    def _open_dialog(self, assignment: Assignment | None) -> None:
        dialog = AssignmentDialog(assignment, self.people, self.desks, self)
        dialog.accepted.connect(lambda: self._save(dialog.assignment()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _save(self, assignment: Assignment) -> None:
        planner = self.person
        if planner is None:
            self.message.emit(self.tr("Nobody is signed in."))
            return
        self._write(lambda store, _t: jobs.save_assignment(store, assignment, planner.id))

    def _write(self, job: Job) -> None:
        self.runner.submit(job, lane="write", on_done=self._written, on_error=self.message.emit)

    def _written(self, _result: object) -> None:
        self.changed.emit()
        self.refresh()

    def assign(self, kind: str, item_id: str, person_id: str, role: Role) -> None:
        """Assign a dropped assignment or article to a person in ``role``."""
        planner = self.person
        if planner is None:
            self.message.emit(self.tr("Nobody is signed in."))
            return
        if kind == "assignment":
            self._write(lambda store, _t: jobs.assign(store, item_id, person_id, role, planner.id))
        else:
            self._write(
                lambda store, _t: jobs.assign_article(store, item_id, person_id, role, planner.id)
            )

    def cancel_assignment(self) -> None:
        """Cancel the selected assignment."""
        current, planner = self.current_assignment(), self.person
        if current is None or planner is None:
            return
        self._write(lambda store, _t: jobs.cancel_assignment(store, current.id, planner.id))

    def start_article(self) -> None:
        """A new article from the selected assignment, opened in a tab."""
        current, author = self.current_assignment(), self.person
        if current is None or author is None:
            return

        def started(article: Article) -> None:
            self.article_started.emit(article)
            self._written(article)

        self.runner.submit(
            lambda store, _t: jobs.start_article(store, current.id, author.id),
            lane="write",
            on_done=started,
            on_error=self.message.emit,
        )
