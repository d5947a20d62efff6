"""The form of one assignment: title, brief, location, event time, deadline, desk and people."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QListWidgetItem, QWidget

from meja_redaksi.domain.entities import Assignment, Desk, Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.gui.forms.ui_assignment_dialog import Ui_AssignmentDialog

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _to_qt(value: datetime | None) -> QDateTime:
    return QDateTime(value.astimezone()) if value else QDateTime.currentDateTime().addSecs(3 * 3600)


def _from_qt(value: QDateTime) -> datetime:
    return value.toUTC().toPython().replace(tzinfo=UTC)


class AssignmentDialog(QDialog):
    """Create or edit an assignment; :meth:`assignment` returns what was entered (validated)."""

    def __init__(
        self,
        assignment: Assignment | None,
        people: list[Person],
        desks: list[Desk],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignmentDialog()
        self.ui.setupUi(self)
        self.original = assignment
        source = assignment or Assignment(title="untitled")
        self.ui.titleEdit.setText(assignment.title if assignment else "")
        self.ui.briefEdit.setPlainText(source.brief)
        self.ui.locationEdit.setText(source.location)
        self.ui.eventEdit.setDateTime(_to_qt(source.event_time))
        self.ui.deadlineEdit.setDateTime(_to_qt(source.deadline))
        self.ui.deskCombo.addItem("—", None)
        for desk in desks:
            self.ui.deskCombo.addItem(desk.name, desk.id)
        self.ui.deskCombo.setCurrentIndex(max(0, self.ui.deskCombo.findData(source.desk_id)))
        active = [p for p in people if p.active]
        for person in (p for p in active if p.has_role(Role.REPORTER)):
            item = QListWidgetItem(person.name, self.ui.reporterList)
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in source.reporter_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._fill(self.ui.photographerCombo, active, Role.PHOTOGRAPHER, source.photographer_id)
        self._fill(self.ui.editorCombo, active, Role.EDITOR, source.editor_id)
        self.ui.buttonBox.accepted.connect(self._accept_if_valid)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Edit assignment") if assignment else self.tr("New assignment"))

    @staticmethod
    def _fill(combo: QComboBox, people: list[Person], role: Role, current: str | None) -> None:
        combo.addItem("—", None)
        for person in people:
            if person.has_role(role) or (role == Role.EDITOR and person.has_role(Role.DESK_CHIEF)):
                combo.addItem(person.name, person.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def assignment(self) -> Assignment:
        """The assignment as entered (raises ValidationError when, e.g., the title is empty)."""
        reporters = [
            str(self.ui.reporterList.item(i).data(ID_ROLE))
            for i in range(self.ui.reporterList.count())
            if self.ui.reporterList.item(i).checkState() == Qt.CheckState.Checked
        ]
        base = self.original
        return Assignment(
            title=self.ui.titleEdit.text(),
            brief=self.ui.briefEdit.toPlainText().strip(),
            location=self.ui.locationEdit.text().strip(),
            event_time=_from_qt(self.ui.eventEdit.dateTime()),
            deadline=_from_qt(self.ui.deadlineEdit.dateTime()),
            desk_id=self.ui.deskCombo.currentData(),
            reporter_ids=reporters,
            photographer_id=self.ui.photographerCombo.currentData(),
            editor_id=self.ui.editorCombo.currentData(),
            status=base.status if base else Assignment(title="x").status,
            article_ids=list(base.article_ids) if base else [],
            created_by=base.created_by if base else None,
            created_at=base.created_at if base else datetime.now(UTC),
            **({"id": base.id, "rev": base.rev} if base else {}),
        )

    def _accept_if_valid(self) -> None:
        try:
            self.assignment()
        except UserError as exc:
            self.ui.problemLabel.setText(str(exc))
            return
        self.accept()
