"""The newsroom workflow in the main window: actions, review queue, planning, activity, notifications.

``install_workflow_ui(main_window)`` adds the docks, the Workflow menu and toolbar, and a notification
counter in the status bar to an existing main window, using only its public attributes (``runner``,
``reference``, ``ui``, ``editors``, ``current_editor()``, ``open_article()``, ``show_message()``,
``refresh_all()`` and its ``ready`` signal).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QDockWidget, QLabel, QMainWindow, QWidget

from meja_redaksi.domain.entities import Article, Person
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.workflow.actions import WorkflowActions
from meja_redaksi.gui.workflow.history import RETURN_NOTE_STYLE, return_note_text

NOTIFICATION_POLL_MS = 60_000
RETURN_BANNER_NAME = "returnNoteBanner"


class WorkflowUi(QObject):
    """Everything the workflow adds to a main window, wired to it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        from meja_redaksi.gui import store_jobs
        from meja_redaksi.gui.assignments.panel import AssignmentPanel
        from meja_redaksi.gui.assignments.photos import install_assignment_photos
        from meja_redaksi.gui.queue.panel import ReviewQueuePanel
        from meja_redaksi.gui.workflow.history import ArticleActivityPanel
        from meja_redaksi.gui.workflow.notifications import NotificationPanel

        self.window: Any = window
        runner = self.window.runner
        self.actions = WorkflowActions(runner, window)
        self.actions.before_perform = self._save_before_transition
        self.actions.transitioned.connect(self.after_transition)
        self.actions.failed.connect(self.window.show_message)
        self.queue = ReviewQueuePanel(runner)
        self.assignments = AssignmentPanel(runner)
        store_path = getattr(self.window, "store_path", None)
        self.assignment_photos = install_assignment_photos(
            self.assignments, lambda: store_jobs.open_store(store_path)
        )
        self.activity = ArticleActivityPanel(runner)
        self.notifications = NotificationPanel(runner)
        self.docks: dict[str, QDockWidget] = {}
        for name, widget, area in (
            ("reviewQueueDock", self.queue, Qt.DockWidgetArea.RightDockWidgetArea),
            ("assignmentDock", self.assignments, Qt.DockWidgetArea.RightDockWidgetArea),
            ("activityDock", self.activity, Qt.DockWidgetArea.RightDockWidgetArea),
            ("notificationDock", self.notifications, Qt.DockWidgetArea.LeftDockWidgetArea),
        ):
            self.docks[name] = self._dock(name, widget, area)
        window.tabifyDockWidget(self.docks["reviewQueueDock"], self.docks["assignmentDock"])
        saved_state = str(self.window.settings.get("window_state"))
        if saved_state:  # the window restored its layout before these docks existed
            window.restoreState(QByteArray.fromBase64(saved_state.encode()))
        ui = self.window.ui
        ui.menuBar.addMenu(self.actions.menu)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.actions.toolbar)
        self.actions.menu.addSeparator()
        self.people_action = QAction(window)
        self.people_action.setObjectName("actionPeopleAdmin")
        self.people_action.triggered.connect(self.open_people_admin)
        self.actions.menu.addAction(self.people_action)
        for dock in self.docks.values():
            ui.menuView.addAction(dock.toggleViewAction())
        self.notification_label = QLabel()
        ui.statusBar.addPermanentWidget(self.notification_label)
        self.people_dialog: QWidget | None = None
        self.queue.open_requested.connect(self.window.open_article)
        self.notifications.open_requested.connect(self.window.open_article)
        self.assignments.article_started.connect(lambda a: self.window.open_article(a.id))
        self.assignment_photos.attached.connect(self._photos_attached)
        for panel in (self.queue, self.assignments, self.activity, self.notifications):
            panel.message.connect(self.window.show_message)
        self.queue.transitioned.connect(self.after_transition)
        self.assignments.changed.connect(self.refresh)
        self.activity.commented.connect(lambda _c: self.notifications.refresh())
        self.notifications.unseen_changed.connect(self._show_unseen)
        ui.editorTabs.currentChanged.connect(lambda _i: self.update_context())
        ui.viewList.currentItemChanged.connect(lambda item, _p: self._view_chosen(item))
        self.window.ready.connect(self.reference_loaded)
        self._poll = QTimer(self, interval=NOTIFICATION_POLL_MS)
        self._poll.timeout.connect(self.notifications.refresh)
        self._poll.start()
        window.installEventFilter(self)
        self.retranslate()
        if self.window.reference.user is not None:
            self.reference_loaded()

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _photos_attached(self, article: Article, photos: list[Any]) -> None:
        """An open editor of the article gets the photos too, so its next save keeps them."""
        editor = self.window.editors.get(article.id)
        if editor is not None:
            editor.photos_panel.attach(photos)

    def retranslate(self) -> None:
        """Texts in the current language (called again on every language switch)."""
        self.actions.retranslate()
        self.people_action.setText(self.tr("People and desks…"))
        for name, title in (
            ("reviewQueueDock", self.tr("Review queue")),
            ("assignmentDock", self.tr("Assignments")),
            ("activityDock", self.tr("Article history and comments")),
            ("notificationDock", self.tr("Notifications")),
        ):
            self.docks[name].setWindowTitle(title)
        self.activity.retranslate()
        self.notifications.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate with the window."""
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- state ------------------------------------------------------------------------------------
    @property
    def user(self) -> Person | None:
        """The signed-in person (the last identity that signed in on this device)."""
        user: Person | None = self.window.reference.user
        return user

    def reference_loaded(self) -> None:
        """People and desks are known: hand them to the panels and load everything."""
        reference = self.window.reference
        self.queue.set_person(self.user)
        self.assignments.set_reference(self.user, reference.people, reference.desks)
        self.activity.set_people(self.user, reference.people)
        self.notifications.set_person(self.user, reference.people)
        self.update_context()
        self.refresh()

    def refresh(self) -> None:
        """Queue, planning and notifications again."""
        self.queue.refresh()
        self.assignments.refresh()
        self.notifications.refresh()

    def current_article(self) -> Article | None:
        """The article of the current editor tab (None for a new, unsaved one)."""
        editor = self.window.current_editor()
        if editor is None or editor.is_new:
            return None
        article: Article = editor.article
        return article

    def update_context(self) -> None:
        """Offer the actions for the current article, show its activity and its return note."""
        article = self.current_article()
        self.actions.set_context(self.user, article)
        self.activity.show_article(article.id if article else None)
        editor = self.window.current_editor()
        if editor is not None:
            self.show_return_note(editor)

    def show_return_note(self, editor: QWidget) -> QLabel:
        """The returned article's note, in a banner on top of its editor (hidden otherwise)."""
        banner = editor.findChild(QLabel, RETURN_BANNER_NAME)
        if not isinstance(banner, QLabel):
            banner = QLabel(editor)
            banner.setObjectName(RETURN_BANNER_NAME)
            banner.setWordWrap(True)
            banner.setStyleSheet(RETURN_NOTE_STYLE)
            layout = editor.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, banner)
        note = return_note_text(getattr(editor, "article"))  # noqa: B009 - an ArticleEditor
        banner.setText(self.tr("Returned by the desk: %1").replace("%1", note))
        banner.setVisible(bool(note))
        return banner

    def _save_before_transition(self, article: Article) -> None:
        editor = self.window.editors.get(article.id)
        if editor is not None and editor.is_dirty():
            editor.save()  # queued first on the same write lane, so the action sees the text

    def after_transition(self, article: Article) -> None:
        """Bring open editors, lists, panels and the status bar up to date after an action."""
        editor = self.window.editors.get(article.id)
        if editor is not None:
            # The editor saves its whole article: its workflow fields must follow the store's.
            editor.article = editor.article.copy(
                status=article.status,
                return_note=article.return_note,
                scheduled_at=article.scheduled_at,
                published_at=article.published_at,
                editor_id=article.editor_id,
                updated_at=article.updated_at,
            )
            editor.ui.statusValue.setText(status_label(article.status))
        self.window.model.forget(article.id)
        self.window.refresh_all()
        self.window.show_message(
            self.tr("%1 is now: %2")
            .replace("%1", article.headline or article.id[:8])
            .replace("%2", status_label(article.status))
        )
        self.update_context()
        self.refresh()

    def _show_unseen(self, count: int) -> None:
        self.notification_label.setText(
            self.tr("%n new notification(s)", "", count) if count else ""
        )

    def _view_chosen(self, item: Any) -> None:
        from meja_redaksi.gui.main_window import VIEW_KEY_ROLE

        key = item.data(VIEW_KEY_ROLE) if item is not None else None
        if key == "queue":
            self.show_dock("reviewQueueDock")
        elif key in ("assignments", "mine"):
            self.assignments.ui.mineCheck.setChecked(key == "mine")
            self.show_dock("assignmentDock")

    def show_dock(self, name: str) -> None:
        """Show a dock and bring it to the front."""
        dock = self.docks[name]
        dock.show()
        dock.raise_()

    def open_people_admin(self) -> None:
        """The people and desks admin dialog."""
        from meja_redaksi.gui.workflow.people_admin import PeopleAdminDialog

        dialog = PeopleAdminDialog(self.window.runner, self.user, self.window)
        dialog.changed.connect(self.window.refresh_all)
        self.people_dialog = dialog
        dialog.open()


def install_workflow_ui(main_window: QMainWindow) -> WorkflowUi:
    """Add the workflow docks, menu, toolbar and status-bar counter to ``main_window``; return them.

    Calling it again on the same window returns what the first call installed.
    """
    existing = main_window.findChild(WorkflowUi)
    if isinstance(existing, WorkflowUi):
        return existing
    return WorkflowUi(main_window)
