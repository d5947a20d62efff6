"""The main window's editor tabs: open, create, recover, save on switch and close, keep the layout.

A mixin of :class:`~meja_redaksi.gui.main_window.MainWindow` (it uses the window's ``ui``, ``runner``,
``journal``, ``settings``, ``reference``, ``editors`` and ``context``); kept apart to keep files short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from meja_redaksi.domain.entities import Article, Revision
from meja_redaksi.gui import store_jobs
from meja_redaksi.gui.editor.journal import Draft

if TYPE_CHECKING:
    from meja_redaksi.gui.editor.article_editor import ArticleEditor


class EditorTabsMixin:
    """Editor tab management for the main window."""

    ui: Any
    runner: Any
    journal: Any
    settings: Any
    reference: Any
    context: Any
    model: Any
    revision_panel: Any
    editors: dict[str, ArticleEditor]
    _previous_editor: ArticleEditor | None
    _view: str

    # --- editors --------------------------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        """Open an article in a tab (or switch to its tab)."""
        if article_id in self.editors:
            self.ui.editorTabs.setCurrentWidget(self.editors[article_id])
            return
        self.runner.submit(
            lambda store, _t: store_jobs.get_article(store, article_id),
            on_done=self._add_editor,
            on_error=self.show_message,
        )

    def new_article(self) -> ArticleEditor:
        """A new, empty article for the signed-in user (saved once something is typed)."""
        user = self.reference.user
        article = Article(
            reporter_id=user.id if user else None, desk_id=user.desk_id if user else None
        )
        return self._add_editor(article, is_new=True)

    def _recover(self, draft: Draft) -> None:
        if draft.is_new:
            article = Article(id=draft.article_id)
            self._add_editor(article, is_new=True).load(article, draft)
            return

        def loaded(article: Article) -> None:
            editor = self.editors.get(article.id) or self._add_editor(article)
            editor.load(article, draft)

        self.runner.submit(
            lambda store, _t: store_jobs.get_article(store, draft.article_id), on_done=loaded
        )

    def _add_editor(self, article: Article, is_new: bool = False) -> ArticleEditor:
        if article.id in self.editors:
            self.ui.editorTabs.setCurrentWidget(self.editors[article.id])
            return self.editors[article.id]
        from meja_redaksi.gui.editor.article_editor import ArticleEditor

        editor = ArticleEditor(article, self.context, is_new=is_new)
        editor.formatting.apply_icons()
        self.editors[article.id] = editor
        index = self.ui.editorTabs.addTab(editor, editor.title())
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.dirty_changed.connect(lambda _d, e=editor: self._retitle(e, e.title()))
        editor.saved.connect(self._article_saved)
        editor.message.connect(self.show_message)
        self.ui.editorTabs.setCurrentIndex(index)
        editor.ui.headlineEdit.setFocus()
        return editor

    def _retitle(self, editor: ArticleEditor, title: str) -> None:
        index = self.ui.editorTabs.indexOf(editor)
        if index >= 0:
            self.ui.editorTabs.setTabText(index, ("● " if editor.is_dirty() else "") + title)

    def current_editor(self) -> ArticleEditor | None:
        """The editor of the current tab."""
        widget = self.ui.editorTabs.currentWidget()
        return next((e for e in self.editors.values() if e is widget), None)

    def save_current(self) -> None:
        """Save the current tab now."""
        editor = self.current_editor()
        if editor is not None:
            editor.save()

    def _article_saved(self, article: Article) -> None:
        self.model.forget(article.id)
        self.show_message(
            QCoreApplication.translate("MainWindow", "Saved: %1").replace(
                "%1", article.headline or article.id[:8]
            )
        )
        if self.current_editor() is not None and self.current_editor().article.id == article.id:
            self.revision_panel.show_article(article.id)
        if article.id not in self.model.ids():
            self.refresh_all()

    def _tab_changed(self, _index: int) -> None:
        if self._previous_editor is not None and self._previous_editor.is_dirty():
            self._previous_editor.save()
        editor = self.current_editor()
        self._previous_editor = editor
        self.revision_panel.show_article(
            editor.article.id if editor and not editor.is_new else None
        )

    def close_tab(self, index: int) -> None:
        """Close a tab, saving its changes first (the journal keeps them until the save is done)."""
        widget = self.ui.editorTabs.widget(index)
        editor = next((e for e in self.editors.values() if e is widget), None)
        if editor is None:
            return
        if editor.is_dirty():
            editor.write_journal()
            editor.save()
        if self._previous_editor is editor:
            self._previous_editor = None
        self.ui.editorTabs.removeTab(index)
        self.editors.pop(editor.article.id, None)
        editor.setParent(self) if editor.is_dirty() else editor.deleteLater()
        editor.hide()

    def _restore_revision(self, revision: Revision) -> None:
        editor = self.current_editor()
        if editor is not None and editor.article.id == revision.article_id:
            editor.apply_revision(revision)

    def store_layout(self) -> None:
        """Remember geometry, docks, splitter sizes, open tabs and view in the settings."""
        self.settings.set("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode())
        self.settings.set("window_state", bytes(self.saveState().toBase64().data()).decode())
        self.settings.set("splitter_sizes", self.ui.mainSplitter.sizes())
        self.settings.set("current_view", self._view)
        opened = [e.article.id for e in self._editors_in_tab_order() if not e.is_new]
        self.settings.set("open_articles", opened)
        self.settings.save()

    def _editors_in_tab_order(self) -> list[ArticleEditor]:
        tabs = self.ui.editorTabs
        by_widget = {id(e): e for e in self.editors.values()}
        widgets = (tabs.widget(i) for i in range(tabs.count()))
        return [by_widget[id(w)] for w in widgets if id(w) in by_widget]

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save every changed article (waiting for it), remember the layout, stop the workers."""
        author = self.reference.user.id if self.reference.user else None
        for editor in list(self.editors.values()):
            if not editor.is_dirty():
                continue
            draft = editor.draft()
            self.journal.write(draft)
            try:
                article = editor.to_article(draft)
                self.runner.run_sync(
                    lambda store, _t, a=article: store_jobs.save_article(store, a, author)
                )
                self.journal.discard(article.id)
                editor.is_new = False
            except Exception as exc:
                self.show_message(str(exc))
        self.store_layout()
        event.accept()
