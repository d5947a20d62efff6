"""Workflow actions for the article in front of the user: a menu and a toolbar offering only what the
one transition table allows the signed-in person in the article's state.

Every action runs on the task runner's write lane; the store checks the table again, so an action that
has become forbidden (the state moved on, the person was deactivated) is refused with a message naming
the role and the state, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QWidget

from meja_redaksi.domain.entities import Article, Person
from meja_redaksi.domain.enums import Action
from meja_redaksi.gui.forms.ui_workflow_transition import Ui_TransitionDialog
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.gui.workflow import jobs
from meja_redaksi.gui.workflow.labels import action_label
from meja_redaksi.workflow import find_transition
from meja_redaksi.workflow.permissions import actions_for, may_set_embargo

SHORTCUTS = {
    Action.SUBMIT: "Ctrl+Shift+S",
    Action.APPROVE: "Ctrl+Shift+A",
    Action.RETURN: "Ctrl+Shift+R",
    Action.PUBLISH: "Ctrl+Shift+P",
}


class TransitionDialog(QDialog):
    """Asks for the note (return, unpublish) and/or the date and time (schedule) of an action."""

    def __init__(
        self, title: str, article: Article, *, needs_note: bool, needs_time: bool,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ui = Ui_TransitionDialog()
        self.ui.setupUi(self)
        self.needs_note = needs_note
        self.setWindowTitle(title.rstrip("…"))
        self.ui.promptLabel.setText(
            self.tr("%1: “%2” (%3)")
            .replace("%1", title.rstrip("…"))
            .replace("%2", article.headline or self.tr("(no headline)"))
            .replace("%3", status_label(article.status))
        )
        for widget in (self.ui.noteLabel, self.ui.noteEdit):
            widget.setVisible(needs_note)
        for widget in (self.ui.whenLabel, self.ui.whenEdit):
            widget.setVisible(needs_time)
        self.ui.whenEdit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.ui.buttonBox.accepted.connect(self._accept_if_complete)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.noteEdit if needs_note else self.ui.whenEdit).setFocus()

    def note(self) -> str:
        """The note typed (stripped)."""
        return self.ui.noteEdit.toPlainText().strip() if self.needs_note else ""

    def when(self) -> datetime | None:
        """The chosen date and time (aware, UTC) when one was asked for."""
        if not self.ui.whenEdit.isVisibleTo(self):
            return None
        return self.ui.whenEdit.dateTime().toUTC().toPython().replace(tzinfo=UTC)

    def _accept_if_complete(self) -> None:
        if self.needs_note and not self.note():
            self.ui.problemLabel.setText(self.tr("Write a note: the reporter will see it."))
            self.ui.noteEdit.setFocus()
            return
        self.accept()


class WorkflowActions(QObject):
    """One QAction per workflow action, in a menu and a toolbar, for the current article and person."""

    transitioned = Signal(object)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.person: Person | None = None
        self.article: Article | None = None
        self.dialog: TransitionDialog | None = None
        # Called just before an action is queued (the window saves the open article's text first).
        self.before_perform: Callable[[Article], None] | None = None
        self.menu = QMenu(parent)
        self.menu.setObjectName("workflowMenu")
        self.toolbar = QToolBar(parent)
        self.toolbar.setObjectName("workflowToolBar")
        self.actions: dict[Action, QAction] = {}
        for action in Action:
            qaction = QAction(parent)
            qaction.setObjectName(f"actionWorkflow_{action.value}")
            if action in SHORTCUTS:
                qaction.setShortcut(QKeySequence(SHORTCUTS[action]))
            qaction.triggered.connect(lambda _checked=False, a=action: self.request(a))
            self.actions[action] = qaction
            self.menu.addAction(qaction)
            self.toolbar.addAction(qaction)
        self.menu.addSeparator()
        self.embargo_action = QAction(parent)
        self.embargo_action.setObjectName("actionWorkflow_embargo")
        self.embargo_action.triggered.connect(self.request_embargo)
        self.lift_embargo_action = QAction(parent)
        self.lift_embargo_action.setObjectName("actionWorkflow_lift_embargo")
        self.lift_embargo_action.triggered.connect(lambda: self.set_embargo(None))
        for extra in (self.embargo_action, self.lift_embargo_action):
            self.menu.addAction(extra)
        self.retranslate()
        self.set_context(None, None)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.menu.setTitle(self.tr("&Workflow"))
        self.toolbar.setWindowTitle(self.tr("Workflow"))
        for action, qaction in self.actions.items():
            qaction.setText(action_label(action))
        self.embargo_action.setText(self.tr("Embargo until…"))
        self.lift_embargo_action.setText(self.tr("Lift embargo"))

    def set_context(self, person: Person | None, article: Article | None) -> None:
        """Offer only the actions ``person`` may take on ``article`` now."""
        self.person, self.article = person, article
        allowed = set(actions_for(person, article.status)) if article is not None else set()
        for action, qaction in self.actions.items():
            qaction.setVisible(action in allowed)
            qaction.setEnabled(action in allowed)
        may_embargo = article is not None and may_set_embargo(person, article.status)
        self.embargo_action.setVisible(may_embargo)
        self.lift_embargo_action.setVisible(
            may_embargo and article is not None and article.embargo_until is not None
        )
        self.menu.setEnabled(bool(allowed) or may_embargo)

    def offered(self) -> list[Action]:
        """The actions currently offered (visible and enabled)."""
        return [a for a, q in self.actions.items() if q.isVisible() and q.isEnabled()]

    def request(self, action: Action) -> None:
        """Ask for a note or a time when the action needs one, then perform it."""
        article = self.article
        if article is None:
            return
        transition = find_transition(article.status, action)
        needs_note = transition is not None and transition.needs_note
        needs_time = transition is not None and transition.needs_time
        if not (needs_note or needs_time):
            self.perform(action)
            return
        parent = self.parent()
        dialog = TransitionDialog(
            action_label(action), article, needs_note=needs_note, needs_time=needs_time,
            parent=parent if isinstance(parent, QWidget) else None,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self.perform(action, dialog.note(), dialog.when()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def perform(self, action: Action, note: str = "", when: datetime | None = None) -> None:
        """Take ``action`` on the current article (the store decides; errors come back as ``failed``)."""
        article, person = self.article, self.person
        if article is None:
            return
        if person is None:
            self.failed.emit(self.tr("Nobody is signed in."))
            return
        if self.before_perform is not None:
            self.before_perform(article)
        self.runner.submit(
            lambda store, _t: jobs.transition(
                store, article.id, action, person.id, article.status, note, when
            ),
            lane="write",
            on_done=self._done,
            on_error=self.failed.emit,
        )

    def request_embargo(self) -> None:
        """Ask for the time the embargo ends, then set it."""
        article = self.article
        if article is None:
            return
        parent = self.parent()
        dialog = TransitionDialog(
            self.embargo_action.text(), article, needs_note=False, needs_time=True,
            parent=parent if isinstance(parent, QWidget) else None,
        )  # fmt: skip
        dialog.accepted.connect(lambda: self.set_embargo(dialog.when()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def set_embargo(self, until: datetime | None) -> None:
        """Put the current article under embargo until ``until`` (None lifts it)."""
        article, person = self.article, self.person
        if article is None or person is None:
            return
        self.runner.submit(
            lambda store, _t: jobs.set_embargo(store, article.id, person.id, until),
            lane="write",
            on_done=self._done,
            on_error=self.failed.emit,
        )

    def _done(self, article: Article) -> None:
        if self.article is not None and self.article.id == article.id:
            self.set_context(self.person, article)
        self.transitioned.emit(article)
