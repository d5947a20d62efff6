"""The admin view of people and desks: add, edit and deactivate people (name, code, roles, desk), add desks.

Only an admin may save (checked again on the worker); everyone else sees the lists read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Desk, Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.domain.text import slugify
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.gui.workflow import jobs
from meja_redaksi.gui.workflow.labels import role_label
from meja_redaksi.workflow.assignments import PEOPLE_ADMIN_ROLES

Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    """Everyone, active or not: user name, name, code, roles, desk, active."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self.desk_names: dict[str, str] = {}

    def set_people(self, people: list[Person], desk_names: dict[str, str]) -> None:
        """Show ``people``."""
        self.beginResetModel()
        self._people, self.desk_names = list(people), dict(desk_names)
        self.endResetModel()

    def person(self, row: int) -> Person | None:
        """The person of ``row``."""
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """People shown."""
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Six columns."""
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("PeopleModel", "User name"),
            QCoreApplication.translate("PeopleModel", "Name"),
            QCoreApplication.translate("PeopleModel", "Code"),
            QCoreApplication.translate("PeopleModel", "Roles"),
            QCoreApplication.translate("PeopleModel", "Desk"),
            QCoreApplication.translate("PeopleModel", "Active"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; inactive people greyed out."""
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return Qt.GlobalColor.gray
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        yes, no = QCoreApplication.translate("PeopleModel", "yes"), "—"
        values = (
            person.username,
            person.name,
            person.code,
            ", ".join(role_label(r) for r in sorted(person.roles)),
            self.desk_names.get(person.desk_id or "", ""),
            yes if person.active else no,
        )
        return values[index.column()] if 0 <= index.column() < len(values) else None


class PeopleAdminDialog(QDialog):
    """Lists people and desks; an admin edits them in the form below the list."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, runner: TaskRunner, admin: Person | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner, self.admin = runner, admin
        self.people: list[Person] = []
        self.desks: list[Desk] = []
        self.model = PeopleModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda c, _p: self._load(c.row()))
        self.username_edit, self.name_edit, self.code_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.role_checks = {role: QCheckBox(role_label(role)) for role in Role}
        self.desk_combo = QComboBox()
        self.active_check = QCheckBox(self.tr("Active"))
        self.new_button = QPushButton(self.tr("New person"))
        self.save_button = QPushButton(self.tr("Save person"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.desk_list = QListWidget()
        self.desk_name_edit = QLineEdit()
        self.desk_name_edit.setPlaceholderText(self.tr("New desk name"))
        self.add_desk_button = QPushButton(self.tr("Add desk"))
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Code:"), self.code_edit)
        roles = QHBoxLayout()
        for check in self.role_checks.values():
            roles.addWidget(check)
        form.addRow(self.tr("Roles:"), roles)
        form.addRow(self.tr("Desk:"), self.desk_combo)
        form.addRow("", self.active_check)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.deactivate_button):
            buttons.addWidget(button)
        desks = QHBoxLayout()
        desks.addWidget(self.desk_name_edit, 1)
        desks.addWidget(self.add_desk_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Desks (rubrik):")))
        layout.addWidget(self.desk_list, 1)
        layout.addLayout(desks)
        layout.addWidget(self.problem_label)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save_person)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.add_desk_button.clicked.connect(self.add_desk)
        self.setWindowTitle(self.tr("People and desks"))
        is_admin = bool(admin and admin.active and admin.roles & PEOPLE_ADMIN_ROLES)
        for widget in (self.save_button, self.deactivate_button, self.add_desk_button):
            widget.setEnabled(is_admin)
        if not is_admin:
            self.problem_label.setText(self.tr("Only an admin may change people and desks."))
        self._editing: Person | None = None
        self.resize(760, 640)
        self.refresh()

    def refresh(self) -> None:
        """Load people and desks."""
        self.runner.submit(lambda store, _t: jobs.people_and_desks(store), key="people-admin", on_done=self._loaded,
                           on_error=self.problem_label.setText)  # fmt: skip

    def _loaded(self, data: tuple[list[Person], list[Desk]]) -> None:
        self.people, self.desks = data
        self.model.set_people(self.people, {d.id: d.name for d in self.desks})
        self.desk_combo.clear()
        self.desk_combo.addItem("—", None)
        for desk in self.desks:
            self.desk_combo.addItem(desk.name, desk.id)
        self.desk_list.clear()
        self.desk_list.addItems([f"{d.name} ({d.slug})" for d in self.desks])
        self.loaded.emit()

    def clear_form(self) -> None:
        """An empty form for a new person."""
        self._editing = None
        self.table.clearSelection()
        for edit in (self.username_edit, self.name_edit, self.code_edit):
            edit.clear()
        for check in self.role_checks.values():
            check.setChecked(False)
        self.desk_combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.username_edit.setReadOnly(False)

    def _load(self, row: int) -> None:
        person = self.model.person(row)
        if person is None:
            return
        self._editing = person
        self.username_edit.setText(person.username)
        self.username_edit.setReadOnly(True)
        self.name_edit.setText(person.name)
        self.code_edit.setText(person.code)
        for role, check in self.role_checks.items():
            check.setChecked(role in person.roles)
        self.desk_combo.setCurrentIndex(max(0, self.desk_combo.findData(person.desk_id)))
        self.active_check.setChecked(person.active)

    def form_person(self) -> Person:
        """The person as the form says (validated by the domain)."""
        base = self._editing
        return Person(
            username=self.username_edit.text().strip(),
            name=self.name_edit.text(),
            roles=frozenset(r for r, c in self.role_checks.items() if c.isChecked()),
            code=self.code_edit.text().strip().lower(),
            desk_id=self.desk_combo.currentData(),
            active=self.active_check.isChecked(),
            **({"id": base.id, "rev": base.rev} if base else {}),
        )

    def save_person(self) -> None:
        """Save the form (admins only; the worker checks again)."""
        try:
            person = self.form_person()
        except UserError as exc:
            self.problem_label.setText(str(exc))
            return
        self._write(person)

    def deactivate(self) -> None:
        """Deactivate the selected person (they keep their history, lose their actions)."""
        if self._editing is not None:
            self._write(_inactive(self._editing))

    def _write(self, person: Person) -> None:
        admin = self.admin
        if admin is None:
            self.problem_label.setText(self.tr("Nobody is signed in."))
            return
        self.runner.submit(
            lambda store, _t: jobs.save_person(store, person, admin.id),
            lane="write",
            on_done=self._saved,
            on_error=self.problem_label.setText,
        )

    def _saved(self, _result: object) -> None:
        self.problem_label.clear()
        self.changed.emit()
        self.refresh()

    def add_desk(self) -> None:
        """Add a desk named as typed (its slug made from the name)."""
        name, admin = self.desk_name_edit.text().strip(), self.admin
        if admin is None:
            return
        try:
            desk = Desk(name=name, slug=slugify(name) or "-")
        except UserError as exc:
            self.problem_label.setText(str(exc))
            return
        self.desk_name_edit.clear()
        self.runner.submit(
            lambda store, _t: jobs.save_desk(store, desk, admin.id),
            lane="write",
            on_done=self._saved,
            on_error=self.problem_label.setText,
        )


def _inactive(person: Person) -> Person:
    """A copy of ``person`` that is no longer active."""
    from dataclasses import replace

    return replace(person, active=False)
