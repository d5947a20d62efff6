"""The main window: views sidebar with counts, the article list with search and filters, editor tabs.

The window never touches the store: every query goes through the :class:`TaskRunner`. Layout, open tabs
and splitter sizes are kept in the settings; unsaved text is kept in the recovery journal.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDate, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QHeaderView, QLabel, QListWidgetItem, QMainWindow

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery, SortKey
from meja_redaksi.gui import store_jobs
from meja_redaksi.gui.app import apply_theme, icon, install_translations
from meja_redaksi.gui.editor.journal import Journal
from meja_redaksi.gui.editor_tabs import EditorTabsMixin
from meja_redaksi.gui.forms.ui_main_window import Ui_MainWindow
from meja_redaksi.gui.labels import status_label, view_label
from meja_redaksi.gui.models.article_list import FIRST_PAGE_ROWS, ArticleListModel
from meja_redaksi.gui.models.id_list import IdList
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.gui.views import view_keys, view_query
from meja_redaksi.settings import Settings

if TYPE_CHECKING:
    from meja_redaksi.gui.editor.article_editor import ArticleEditor, EditorContext
    from meja_redaksi.gui.editor.revisions import RevisionPanel
    from meja_redaksi.gui.photo_page import PhotoPage

VIEW_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# Keys that arrive together (a paste, a burst) make one query; a slower typist's earlier queries
# are cancelled and interrupted, and a first page takes ~10 ms, so no waiting is added.
SEARCH_DEBOUNCE_MS = 0


class MainWindow(EditorTabsMixin, QMainWindow):
    """Meja Redaksi's main window."""

    list_updated = Signal(int)
    ready = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        journal: Journal | None,
        store_path: Path | None,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.runner = runner
        self.settings = settings
        # The default store's journal path needs the store package: found after the first paint.
        self.journal = journal or Journal(Path())
        self._journal_known = journal is not None
        self.store_path = store_path
        self.reference = store_jobs.ReferenceData()
        self.autosave_ms = int(settings.get("autosave_seconds")) * 1000
        self._context: EditorContext | None = None
        self.editors: dict[str, ArticleEditor] = {}
        self._view = str(settings.get("current_view"))
        self._sort, self._descending = SortKey.UPDATED, True
        self._counts: dict[str, int] = {}
        self._previous_editor: ArticleEditor | None = None
        self.ui.mainToolBar.setIconSize(QSize(18, 18))
        self.ui.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.model = ArticleListModel(runner, self)
        table = self.ui.articleTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setStretchLastSection(False)
        for column, width in enumerate((300, 95, 105, 115, 115, 112, 60)):
            header.resizeSection(column, width)
        self.model.sort_requested.connect(self._sort_requested)
        table.activated.connect(self._open_index)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh_list)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self._focus_list)
        for combo in (self.ui.statusFilter, self.ui.deskFilter, self.ui.personFilter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        today = QDate.currentDate()
        self.ui.dateFromEdit.setDate(today.addMonths(-1))
        self.ui.dateToEdit.setDate(today)
        for widget in (self.ui.dateFromEdit, self.ui.dateToEdit):
            widget.dateChanged.connect(
                lambda _d: self.refresh_list() if self.ui.dateFilterCheck.isChecked() else None
            )
        self.ui.dateFilterCheck.toggled.connect(lambda _on: self.refresh_list())
        self._fill_sidebar()
        self._fill_status_filter()
        self.ui.viewList.currentItemChanged.connect(lambda _c, _p: self._view_changed())
        self.ui.editorTabs.tabCloseRequested.connect(self.close_tab)
        self.ui.editorTabs.currentChanged.connect(self._tab_changed)
        self.ui.actionNewArticle.triggered.connect(self.new_article)
        self.ui.actionSave.triggered.connect(self.save_current)
        self.ui.actionCloseTab.triggered.connect(
            lambda: self.close_tab(self.ui.editorTabs.currentIndex())
        )
        self.ui.actionQuit.triggered.connect(self.close)
        self.sign_in_action = QAction(self)
        self.sign_in_action.triggered.connect(self._choose_user)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.sign_in_action)
        from meja_redaksi.gui.photos.window_actions import PhotoActions

        self.photo_actions = PhotoActions(self, VIEW_KEY_ROLE)
        self.ui.actionFocusSearch.triggered.connect(self._focus_search)
        self.ui.actionRefresh.triggered.connect(self.refresh_all)
        self.ui.actionDarkTheme.setChecked(settings.get("theme") == "dark")
        self.ui.actionDarkTheme.toggled.connect(self._toggle_theme)
        self.ui.actionIndonesian.triggered.connect(lambda: self.set_language("id"))
        self.ui.actionEnglish.triggered.connect(lambda: self.set_language("en"))
        self._check_language()
        self.revision_dock = QDockWidget(self)
        self.revision_dock.setObjectName("revisionDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.revision_dock)
        self.revision_dock.hide()
        self._revision_panel: RevisionPanel | None = None
        self._photo_page: PhotoPage | None = None
        self.ui.actionRevisions.toggled.connect(self.revision_dock.setVisible)
        self.revision_dock.visibilityChanged.connect(self.ui.actionRevisions.setChecked)
        self.busy_label = QLabel()
        self.user_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self.busy_label)
        self.ui.statusBar.addPermanentWidget(self.user_label)
        runner.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("working…") if busy else "")
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.ui.searchEdit, activated=self.ui.searchEdit.clear
        )
        self._retranslate_dynamic()
        self._restore_layout()

    # --- start-up ------------------------------------------------------------------------------
    @property
    def context(self) -> EditorContext:
        """What the editor tabs share (built on first use: the editor is imported after first paint)."""
        if self._context is None:
            from meja_redaksi.gui.checking.editor_checks import SharedChecker
            from meja_redaksi.gui.editor.article_editor import EditorContext

            self._context = EditorContext(
                self.runner,
                self.journal,
                self.reference,
                self.autosave_ms,
                checker=SharedChecker(self.runner, self.store_path, self),
            )
        return self._context

    @property
    def photo_page(self) -> PhotoPage:
        """The Photos view (built the first time it is shown)."""
        if self._photo_page is None:
            from meja_redaksi.gui.photo_page import PhotoPage

            store_path = self.store_path
            self._photo_page = PhotoPage(
                self.runner, self.show_message, lambda: store_jobs.open_store(store_path)
            )
            self._photo_page.photos_changed.connect(self.refresh_counts)
            self.ui.listLayout.addWidget(self._photo_page)
        return self._photo_page

    @property
    def revision_panel(self) -> RevisionPanel:
        """The revision history dock's panel (built on first use)."""
        if self._revision_panel is None:
            from meja_redaksi.gui.editor.revisions import RevisionPanel

            panel = RevisionPanel(self.runner, {p.id: p.name for p in self.reference.people})
            panel.restore_requested.connect(self._restore_revision)
            self.revision_dock.setWidget(panel)
            self._revision_panel = panel
        return self._revision_panel

    def _restore_layout(self) -> None:
        geometry, state = self.settings.get("window_geometry"), self.settings.get("window_state")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
        sizes = self.settings.get("splitter_sizes")
        self.ui.mainSplitter.setSizes(sizes if len(sizes) == 3 else [215, 620, 605])
        self.ui.viewList.blockSignals(True)
        for row in range(self.ui.viewList.count()):
            if self.ui.viewList.item(row).data(VIEW_KEY_ROLE) == self._view:
                self.ui.viewList.setCurrentRow(row)
        self.ui.viewList.blockSignals(False)

    def start(self) -> None:
        """After the first paint: icons, reference data, the list, counts, restored and recovered tabs."""
        from meja_redaksi.gui.delegates import SnippetDelegate

        store_jobs.import_worker_modules()

        self.ui.articleTable.setItemDelegateForColumn(0, SnippetDelegate(self.ui.articleTable))
        self._apply_icons()
        _ = self.revision_panel
        self._install_workflow()
        sizes = self.settings.get("splitter_sizes")
        if len(sizes) == 3:  # again once the window and the docks just added are laid out
            QTimer.singleShot(0, lambda: self.ui.mainSplitter.setSizes(sizes))
        if not self._journal_known:
            self.journal = self.context.journal = journal_for(self.store_path)
            self._journal_known = True
        username = str(self.settings.get("user"))
        self.runner.submit(
            lambda store, _t: store_jobs.load_reference(store, username),
            on_done=self._reference_loaded,
            on_error=self.show_message,
        )

    def _install_workflow(self) -> None:
        from meja_redaksi.gui.workflow import install_workflow_ui

        self.workflow_ui = install_workflow_ui(self)
        self._install_sync()

    def _install_sync(self) -> None:
        from meja_redaksi.gui.sync import install_sync_ui

        self.sync_ui = install_sync_ui(self)

    def _reference_loaded(self, reference: store_jobs.ReferenceData) -> None:
        self._apply_reference(reference)
        drafts = {d.article_id: d for d in self.journal.drafts()}
        for article_id in self.settings.get("open_articles"):
            if article_id not in drafts:
                self.open_article(article_id)
        for draft in drafts.values():
            self._recover(draft)
        if drafts:
            self.show_message(
                self.tr("Recovered %n unsaved article(s): check them and save.", "", len(drafts))
            )
        self.ready.emit()

    def _apply_reference(self, reference: store_jobs.ReferenceData) -> None:
        self.reference = reference
        self.context.reference = reference
        self.revision_panel.people = {p.id: p.name for p in reference.people}
        self.ui.deskFilter.blockSignals(True)
        self.ui.deskFilter.clear()
        self.ui.deskFilter.addItem(self.tr("All desks"), None)
        for desk in reference.desks:
            self.ui.deskFilter.addItem(desk.name, desk.id)
        self.ui.deskFilter.blockSignals(False)
        self.ui.personFilter.blockSignals(True)
        self.ui.personFilter.clear()
        self.ui.personFilter.addItem(self.tr("Everyone"), None)
        for person in reference.people:
            self.ui.personFilter.addItem(person.name, person.id)
        self.ui.personFilter.blockSignals(False)
        self.user_label.setText(reference.user.name if reference.user else self.tr("not signed in"))
        self._view_changed()  # shows the restored view (the list, or the photos page)
        self.refresh_counts()

    def sign_in_as(self, username: str) -> None:
        """Work as ``username`` on this desk (remembered); views like My tasks follow."""
        self.settings.set("user", username)
        self.settings.save()

        def signed_in(reference: store_jobs.ReferenceData) -> None:
            self._apply_reference(reference)
            self.ready.emit()  # the workflow panels reload for the new person

        self.runner.submit(
            lambda store, _t: store_jobs.load_reference(store, username),
            on_done=signed_in,
            on_error=self.show_message,
        )

    def _choose_user(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        people = [p for p in self.reference.people if p.active]
        if not people:
            self.show_message(self.tr("No people in this store yet."))
            return
        labels = [f"{p.name} ({p.username})" for p in people]
        current = next((i for i, p in enumerate(people) if p == self.reference.user), 0)
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Sign in"),
            self.tr("Who is working at this desk?"),
            labels,
            current,
            False,
        )
        if ok:
            self.sign_in_as(people[labels.index(label)].username)

    def _apply_icons(self) -> None:
        for action, name in (
            (self.ui.actionNewArticle, "fa5s.file-medical"),
            (self.ui.actionSave, "fa5s.save"),
            (self.ui.actionRefresh, "fa5s.sync-alt"),
            (self.ui.actionRevisions, "fa5s.history"),
            (self.ui.actionFocusSearch, "fa5s.search"),
        ):
            action.setIcon(icon(name))
        status_colours = {
            "draft": "#7f8c8d",
            "submitted": "#2980b9",
            "editing": "#8e44ad",
            "approved": "#27ae60",
            "scheduled": "#16a085",
            "published": "#c0392b",
            "returned": "#d35400",
            "unpublished": "#95a5a6",
            "spiked": "#34495e",
        }
        view_icons = {
            "queue": "fa5s.inbox",
            "mine": "fa5s.user-edit",
            "my_drafts": "fa5s.pencil-alt",
            "all": "fa5s.newspaper",
            "assignments": "fa5s.calendar-check",
            "photos": "fa5s.images",
        }
        for row in range(self.ui.viewList.count()):
            item = self.ui.viewList.item(row)
            key = str(item.data(VIEW_KEY_ROLE))
            if key.startswith("status:"):
                item.setIcon(icon("fa5s.circle", status_colours[key.split(":", 1)[1]]))
            else:
                item.setIcon(icon(view_icons.get(key, "fa5s.circle")))
        for editor in self.editors.values():
            editor.formatting.apply_icons()

    # --- sidebar and list ----------------------------------------------------------------------
    def _fill_sidebar(self) -> None:
        for key in view_keys():
            item = QListWidgetItem()
            item.setData(VIEW_KEY_ROLE, key)
            self.ui.viewList.addItem(item)

    def _fill_status_filter(self) -> None:
        combo = self.ui.statusFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any status"), None)
        for status in ArticleStatus:
            combo.addItem(status_label(status), status.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _retranslate_dynamic(self) -> None:
        self.sign_in_action.setText(self.tr("Sign &in as…"))
        for row in range(self.ui.viewList.count()):
            item = self.ui.viewList.item(row)
            key = item.data(VIEW_KEY_ROLE)
            count = self._counts.get(key)
            item.setText(
                view_label(key) + (f"  ({count:,})".replace(",", ".") if count is not None else "")
            )
        # Every view's name and count stays readable when docks take room from the window.
        views = self.ui.viewList
        views.setMinimumWidth(views.sizeHintForColumn(0) + 2 * views.frameWidth() + 8)
        self._fill_status_filter()
        if hasattr(self, "revision_dock"):
            self.revision_dock.setWindowTitle(self.tr("Revision history"))
        if hasattr(self, "sync_ui"):
            self.sync_ui.retranslate()
        for index in range(self.ui.deskFilter.count()):
            if self.ui.deskFilter.itemData(index) is None:
                self.ui.deskFilter.setItemText(index, self.tr("All desks"))
        for index in range(self.ui.personFilter.count()):
            if self.ui.personFilter.itemData(index) is None:
                self.ui.personFilter.setItemText(index, self.tr("Everyone"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def _user_id(self) -> str | None:
        return self.reference.user.id if self.reference.user else None

    def current_query(self) -> ArticleQuery:
        """The list's query: the view, the filters and the search text together."""
        query = view_query(self._view, self._user_id()) or ArticleQuery()
        status = self.ui.statusFilter.currentData()
        if status:
            wanted = ArticleStatus(status)
            if query.statuses and wanted not in query.statuses:
                query.limit = 0  # the view and the filter exclude each other
            query.statuses = frozenset({wanted})
        if self.ui.deskFilter.currentData():
            query.desk_id = self.ui.deskFilter.currentData()
        if self.ui.personFilter.currentData():
            query.person_id = self.ui.personFilter.currentData()
        if self.ui.dateFilterCheck.isChecked():
            query.date_from = self.ui.dateFromEdit.date().toPython()
            query.date_to = self.ui.dateToEdit.date().toPython()
        query.search = self.ui.searchEdit.text().strip()
        query.sort, query.descending = self._sort, self._descending
        return query

    def refresh_list(self) -> None:
        """Run the list's query on the workers; the list updates when the ids come back.

        A search first fetches one page (what the user sees at once), then the whole id list and its
        count on the ``bulk`` lane, so the next keystroke never waits behind a long full query.
        """
        query = self.current_query()
        if not query.search or query.limit is not None:
            self._submit_full(query, first=None)
            return
        first_page = replace(query, limit=FIRST_PAGE_ROWS)

        def shown(ids: IdList) -> None:
            self.model.set_ids(ids, query)
            if len(ids) < FIRST_PAGE_ROWS:
                self._show_count(len(ids))
            else:
                self.ui.resultLabel.setText(self.tr("counting…"))
                self._submit_full(query, first=ids)
            self.list_updated.emit(len(ids))

        self.runner.submit(
            lambda store, task: store_jobs.article_ids(store, first_page, task),
            key="ids",
            on_done=shown,
            on_error=self.show_message,
        )
        self.runner.cancel_key("full-ids")

    def _submit_full(self, query: ArticleQuery, first: IdList | None) -> None:
        def loaded(ids: IdList) -> None:
            if first is None:
                self.model.set_ids(ids, query)
            else:
                self.model.extend_ids(ids, query)
            self._show_count(len(ids))
            if first is None:
                self.list_updated.emit(len(ids))

        self.runner.submit(
            lambda store, task: store_jobs.article_ids(store, query, task),
            lane="bulk" if first is not None else "read",
            key="full-ids" if first is not None else "ids",
            on_done=loaded,
            on_error=self.show_message,
        )

    def _show_count(self, count: int) -> None:
        self.ui.resultLabel.setText(self.tr("%n article(s)", "", count))

    def refresh_counts(self) -> None:
        """Count every view (on the worker) and show the numbers in the sidebar."""
        user_id = self._user_id()
        queries = {key: q for key in view_keys() if (q := view_query(key, user_id)) is not None}

        def job(store: Any, _task: Any) -> dict[str, int]:
            counts = store_jobs.view_counts(store, queries)
            for key, repo in (("assignments", "assignments"), ("photos", "photos")):
                counter = getattr(getattr(store, repo, None), "count", None)
                if callable(counter):
                    counts[key] = int(counter())
            return counts

        self.runner.submit(
            job, lane="bulk", key="counts", on_done=self._counts_loaded, on_error=self.show_message
        )

    def _counts_loaded(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._retranslate_dynamic()

    def refresh_all(self) -> None:
        """List and counts again."""
        self.refresh_list()
        self.refresh_counts()

    def _view_changed(self) -> None:
        item = self.ui.viewList.currentItem()
        if item is None:
            return
        self._view = str(item.data(VIEW_KEY_ROLE))
        photos = self._view == "photos"
        for widget in (
            self.ui.searchEdit,
            self.ui.statusFilter,
            self.ui.deskFilter,
            self.ui.personFilter,
            self.ui.dateFilterCheck,
            self.ui.dateFromEdit,
            self.ui.dateToEdit,
            self.ui.articleTable,
            self.ui.resultLabel,
        ):
            widget.setVisible(not photos)
        if photos:
            self.photo_page.setVisible(True)
            self.photo_page.reload()
            return
        if self._photo_page is not None:
            self._photo_page.setVisible(False)
        dock = {"assignments": "assignmentDock", "queue": "reviewQueueDock"}.get(self._view)
        workflow = getattr(self, "workflow_ui", None)
        if dock and workflow is not None and dock in workflow.docks:
            workflow.docks[dock].show()
            workflow.docks[dock].raise_()
        self.refresh_list()

    def _sort_requested(self, key: SortKey, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.refresh_list()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _focus_list(self) -> None:
        self.ui.articleTable.setFocus()
        if self.model.rowCount() and not self.ui.articleTable.currentIndex().isValid():
            self.ui.articleTable.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        article_id = self.model.article_id(index.row())
        if article_id:
            self.open_article(article_id)

    # --- settings, language, closing ------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """A one-line message in the status bar."""
        self.ui.statusBar.showMessage(text, 8000)

    def _toggle_theme(self, dark: bool) -> None:
        self.settings.set("theme", "dark" if dark else "light")
        apply_theme("dark" if dark else "light")
        self._apply_icons()

    def set_language(self, language: str) -> None:
        """Switch the interface language now (and for the next start)."""
        self.settings.set("language", language)
        install_translations(language)
        self._check_language()

    def _check_language(self) -> None:
        language = self.settings.get("language")
        self.ui.actionIndonesian.setChecked(language == "id")
        self.ui.actionEnglish.setChecked(language == "en")

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate everything on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
            self.ui.resultLabel.setText(self.tr("%n article(s)", "", self.model.rowCount()))
        super().changeEvent(event)


def journal_for(store_path: Path | None) -> Journal:
    """The recovery journal of a store (the default store's lives in the config folder)."""
    if store_path is None:
        from meja_redaksi.services import default_store_path

        env = os.environ.get("MEJA_REDAKSI_STORE")
        store_path = Path(env) if env else default_store_path()
    return Journal.for_store(Path(store_path).expanduser().resolve())
