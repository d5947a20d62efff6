"""One editor tab: headline, lead, WYSIWYG body (stored as Markdown), people, tags, related, preview.

Typing only restarts timers: counting, the recovery journal, autosave and the preview each run on their
own debounce, and saving, journal writes and preview HTML run on the task runner's worker threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QToolBar, QWidget

from meja_redaksi.domain.entities import Article, ArticleRef, Photo, Revision, utcnow
from meja_redaksi.domain.enums import RefKind, Role
from meja_redaksi.domain.text import count_words, reading_minutes
from meja_redaksi.gui import store_jobs
from meja_redaksi.gui.editor.formatting import FormattingActions
from meja_redaksi.gui.editor.journal import Draft, Journal
from meja_redaksi.gui.editor.markdown_bridge import set_markdown, to_markdown
from meja_redaksi.gui.editor.preview import PreviewInput, preview_html
from meja_redaksi.gui.forms.ui_article_editor import Ui_ArticleEditor
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.tasks import TaskRunner

ARTICLE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 10


@dataclass(slots=True)
class EditorContext:
    """What every editor tab shares: the runner, the journal, reference data and the user."""

    runner: TaskRunner
    journal: Journal
    reference: store_jobs.ReferenceData
    autosave_ms: int = 3000
    checker: Any = None
    """A :class:`~meja_redaksi.gui.checking.editor_checks.SharedChecker` (None: no copy checking)."""


class TagCompleter(QCompleter):
    """Completes the last of several comma-separated tags."""

    def splitPath(self, path: str) -> list[str]:
        """Complete only the text after the last comma."""
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        """Keep the tags before the last comma."""
        head = self.widget().text().rsplit(",", 1)[0] if "," in self.widget().text() else ""
        value = str(index.data())
        return f"{head}, {value}" if head else value


class ArticleEditor(QWidget):
    """Edits one article; saves it through the task runner."""

    title_changed = Signal(str)
    dirty_changed = Signal(bool)
    saved = Signal(object)
    message = Signal(str)

    def __init__(self, article: Article, context: EditorContext, *, is_new: bool = False) -> None:
        super().__init__()
        self.ui = Ui_ArticleEditor()
        self.ui.setupUi(self)
        self.article = article
        self.context = context
        self.is_new = is_new
        self._dirty = False
        self._changes = 0
        self._saving = False
        self._main_photo: Photo | None = None
        toolbar = QToolBar(self)
        toolbar.setIconSize(QSize(16, 16))
        self.ui.toolbarLayout.addWidget(toolbar)
        self.formatting = FormattingActions(self.ui.bodyEdit, toolbar)
        self._timers: dict[str, QTimer] = {}
        for name, ms, slot in (
            ("count", 250, self._update_counts),
            ("journal", 700, self.write_journal),
            ("autosave", context.autosave_ms, self.save),
            ("preview", 600, self.refresh_preview),
            ("suggest", 900, self._suggest),
        ):
            timer = QTimer(self, singleShot=True, interval=ms)
            timer.timeout.connect(slot)
            self._timers[name] = timer
        self.photos_panel = self._install_photos_tab()
        self._fill_choices()
        self.load(article)
        for signal in (
            self.ui.headlineEdit.textChanged,
            self.ui.leadEdit.textChanged,
            self.ui.bodyEdit.textChanged,
            self.ui.tagsEdit.textChanged,
            self.ui.deskCombo.currentIndexChanged,
            self.ui.reporterCombo.currentIndexChanged,
            self.ui.editorCombo.currentIndexChanged,
            self.ui.photographerCombo.currentIndexChanged,
        ):
            signal.connect(self._changed)
        self.ui.headlineEdit.textChanged.connect(lambda _t: self.title_changed.emit(self.title()))
        self.ui.sideTabs.currentChanged.connect(lambda _i: self._timers["preview"].start())
        self.ui.suggestionList.itemDoubleClicked.connect(self._add_related)
        self.ui.relatedList.itemDoubleClicked.connect(self._remove_related)
        self.ui.relatedSearchEdit.textChanged.connect(lambda _t: self._timers["suggest"].start())
        self._timers["suggest"].start()
        self.copy_check: Any = None
        if context.checker is not None:
            from meja_redaksi.gui.checking.editor_checks import EditorCopyCheck

            self.copy_check = EditorCopyCheck(self, context.checker)

    # --- loading -----------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ref = self.context.reference
        self.ui.deskCombo.addItem("—", None)
        for desk in ref.desks:
            self.ui.deskCombo.addItem(desk.name, desk.id)
        for combo, role in (
            (self.ui.reporterCombo, Role.REPORTER),
            (self.ui.editorCombo, Role.EDITOR),
            (self.ui.photographerCombo, Role.PHOTOGRAPHER),
        ):
            combo.addItem("—", None)
            for person in ref.people:
                if role in person.roles or (
                    role == Role.EDITOR and Role.DESK_CHIEF in person.roles
                ):
                    combo.addItem(person.name, person.id)
        completer = TagCompleter(QStringListModel(ref.tags, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.tagsEdit.setCompleter(completer)

    def load(self, article: Article, draft: Draft | None = None) -> None:
        """Show ``article`` (or a recovered ``draft`` of it) in the fields."""
        self.article = article
        source = draft
        widgets = (self.ui.headlineEdit, self.ui.leadEdit, self.ui.bodyEdit, self.ui.tagsEdit)
        for widget in widgets:
            widget.blockSignals(True)
        self.ui.headlineEdit.setText(source.headline if source else article.headline)
        self.ui.leadEdit.setPlainText(source.lead if source else article.lead)
        set_markdown(self.ui.bodyEdit.document(), source.body if source else article.body)
        self.ui.tagsEdit.setText(", ".join(source.tags if source else article.tags))
        for widget in widgets:
            widget.blockSignals(False)
        for combo, value in (
            (self.ui.deskCombo, source.desk_id if source else article.desk_id),
            (self.ui.reporterCombo, source.reporter_id if source else article.reporter_id),
            (self.ui.editorCombo, source.editor_id if source else article.editor_id),
            (
                self.ui.photographerCombo,
                source.photographer_id if source else article.photographer_id,
            ),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.ui.relatedList.clear()
        for ref in article.refs(RefKind.RELATED):
            item = QListWidgetItem(ref.headline)
            item.setData(ARTICLE_ID_ROLE, ref.article_id)
            self.ui.relatedList.addItem(item)
        self.ui.statusValue.setText(status_label(article.status))
        self._update_counts()
        self.set_dirty(draft is not None)
        self._main_photo = None
        if draft is not None and draft.gallery is not None:
            article = article.copy(main_photo_id=draft.main_photo_id, gallery=draft.gallery)
        self.photos_panel.set_article(article)
        self.title_changed.emit(self.title())

    def _install_photos_tab(self) -> Any:
        """The article's photos (main photo and gallery) as a side tab."""
        from meja_redaksi.gui.photos.article_photos import ArticlePhotosPanel

        panel = ArticlePhotosPanel(self.context.runner, self)
        self.ui.sideTabs.addTab(panel, self.tr("Photos"))
        panel.loaded.connect(self._photos_loaded)
        panel.changed.connect(self._photos_loaded)
        panel.changed.connect(self._changed)
        panel.insert_requested.connect(self.insert_photo_reference)
        panel.message.connect(self.message)
        return panel

    def _photos_loaded(self) -> None:
        self._main_photo = self.photos_panel.main_photo()
        self._timers["preview"].start()

    def insert_photo_reference(self, photo: Photo) -> None:
        """Put ``![title](photo:<id>)`` at the cursor (shown as the photo's thumbnail while editing)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QImage, QTextDocument, QTextFormat, QTextImageFormat

        name = f"photo:{photo.id}"
        thumb = self.photos_panel.thumbnail(photo.id)
        if thumb is not None:
            image = QImage(str(thumb))
            if not image.isNull():
                self.ui.bodyEdit.document().addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(name), image
                )
        image_format = QTextImageFormat()
        image_format.setName(name)
        image_format.setProperty(QTextFormat.Property.ImageAltText, photo.title or photo.label)
        self.ui.bodyEdit.textCursor().insertImage(image_format)

    # --- state ---------------------------------------------------------------------------------
    def title(self) -> str:
        """The tab title: the headline, or a placeholder for a new article."""
        text = self.ui.headlineEdit.text().strip() or self.tr("New article")
        return text if len(text) <= 32 else text[:31] + "…"

    def is_dirty(self) -> bool:
        """Whether the fields hold changes not saved yet."""
        return self._dirty

    def set_dirty(self, dirty: bool) -> None:
        """Mark changed or saved."""
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _changed(self, *_args: Any) -> None:
        self._changes += 1
        self.set_dirty(True)
        for name in ("count", "journal", "autosave", "preview"):
            self._timers[name].start()

    def _update_counts(self) -> None:
        """Count on the aux worker (a long body takes tens of ms to count); show it when done."""
        lead, body = self.ui.leadEdit.toPlainText(), self.ui.bodyEdit.toPlainText()

        def job(_store: Any, _task: Any) -> tuple[int, int]:
            return count_words(lead) + count_words(body), len(lead) + len(body)

        self.context.runner.submit(
            job, lane="aux", key=f"count:{self.article.id}", on_done=self._show_counts
        )

    def _show_counts(self, counts: tuple[int, int]) -> None:
        words, chars = counts
        self.ui.countLabel.setText(
            self.tr("%n word(s)", "", words)
            + " · "
            + self.tr("%n character(s)", "", chars)
            + " · "
            + self.tr("%n minute(s) to read", "", reading_minutes(words))
        )

    def draft(self) -> Draft:
        """The fields as they are now."""
        return Draft(
            article_id=self.article.id,
            headline=self.ui.headlineEdit.text(),
            lead=self.ui.leadEdit.toPlainText(),
            body=to_markdown(self.ui.bodyEdit.document()),
            tags=[t.strip() for t in self.ui.tagsEdit.text().split(",") if t.strip()],
            desk_id=self.ui.deskCombo.currentData(),
            reporter_id=self.ui.reporterCombo.currentData(),
            editor_id=self.ui.editorCombo.currentData(),
            photographer_id=self.ui.photographerCombo.currentData(),
            related_ids=[
                str(self.ui.relatedList.item(i).data(ARTICLE_ID_ROLE) or "")
                for i in range(self.ui.relatedList.count())
            ],
            is_new=self.is_new,
            main_photo_id=self.photos_panel.main_photo_id(),
            gallery=self.photos_panel.gallery_ids(),
        )

    def to_article(self, draft: Draft | None = None) -> Article:
        """The article with the fields applied (validated by the domain)."""
        draft = draft or self.draft()
        related = [
            ArticleRef(
                headline=self.ui.relatedList.item(i).text(), article_id=draft.related_ids[i] or None
            )
            for i in range(self.ui.relatedList.count())
        ]
        others = [r for r in self.article.related if r.kind != RefKind.RELATED]
        return self.article.copy(
            headline=draft.headline,
            lead=draft.lead,
            body=draft.body,
            tags=draft.tags,
            desk_id=draft.desk_id,
            reporter_id=draft.reporter_id,
            editor_id=draft.editor_id,
            photographer_id=draft.photographer_id,
            related=related + others,
            main_photo_id=self.photos_panel.main_photo_id(),
            gallery=self.photos_panel.gallery_ids(),
        )

    # --- journal, save -------------------------------------------------------------------------
    def write_journal(self) -> None:
        """Record the unsaved fields in the recovery journal (on a worker thread)."""
        if not self._dirty:
            return
        draft, journal = self.draft(), self.context.journal
        self.context.runner.submit(
            lambda _s, _t: journal.write(draft), lane="aux", key=f"journal:{draft.article_id}"
        )

    def save(self, note: str = "") -> None:
        """Save the fields as a new revision (on a worker thread); nothing happens when unchanged."""
        self._timers["autosave"].stop()
        if not self._dirty or self._saving:
            return
        try:
            article = self.to_article()
        except Exception as exc:
            self.message.emit(str(exc))
            return
        self._saving = True
        changes, journal = self._changes, self.context.journal
        user = self.context.reference.user
        author = user.id if user else None

        def job(store: Any, _task: Any) -> Article:
            saved = store_jobs.save_article(store, article, author, note)
            journal.discard(article.id)
            return saved

        self.context.runner.submit(
            job,
            lane="write",
            on_done=lambda saved: self._saved(saved, changes),
            on_error=self._save_failed,
        )

    def _saved(self, article: Article, changes: int) -> None:
        self._saving = False
        self.article = article
        self.is_new = False
        self.ui.statusValue.setText(status_label(article.status))
        if changes == self._changes:
            self.set_dirty(False)
        else:
            self._timers["autosave"].start()
            self.write_journal()
        self.saved.emit(article)

    def _save_failed(self, message: str) -> None:
        self._saving = False
        self.message.emit(self.tr("Not saved: %1").replace("%1", message))

    def apply_revision(self, revision: Revision) -> None:
        """Put a revision's text in the fields and save it as a new revision."""
        self.ui.headlineEdit.setText(revision.headline)
        self.ui.leadEdit.setPlainText(revision.lead)
        set_markdown(self.ui.bodyEdit.document(), revision.body)
        self._changed()
        self.save(note=self.tr("Restored revision %1").replace("%1", str(revision.number)))

    # --- preview, related ----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Rebuild the preview (only when it is visible), the HTML made on a worker."""
        if self.ui.sideTabs.currentWidget() is not self.ui.previewTab:
            return
        names = {p.id: p.name for p in self.context.reference.people}
        photo = self._main_photo
        data = PreviewInput(
            headline=self.ui.headlineEdit.text(),
            lead=self.ui.leadEdit.toPlainText(),
            body=to_markdown(self.ui.bodyEdit.document()),
            date=self.article.published_at or utcnow(),
            reporter=names.get(self.ui.reporterCombo.currentData() or "", ""),
            editor=names.get(self.ui.editorCombo.currentData() or "", ""),
            photo_title=photo.title if photo else "",
            photo_credit=photo.credit if photo else "",
            photo_image=str(self.photos_panel.preview_image(photo.id) or "") if photo else "",
            photo_missing=self.tr(
                "Photo file missing: add the file of this photo in the Photos view."
            )
            if photo is not None and not photo.file_present
            else "",
            related=[
                self.ui.relatedList.item(i).text() for i in range(self.ui.relatedList.count())
            ],
            photos=self.photos_panel.known_photos(),
            photo_files=self.photos_panel.preview_files(),
        )
        self.context.runner.submit(
            lambda _s, _t: preview_html(data),
            lane="aux",
            key=f"preview:{self.article.id}",
            on_done=self._show_preview,
        )

    def _show_preview(self, html: str) -> None:
        bar = self.ui.previewBrowser.verticalScrollBar()
        position = bar.value()
        self.ui.previewBrowser.setHtml(html)
        bar.setValue(position)

    def _suggest(self) -> None:
        typed = self.ui.relatedSearchEdit.text().strip()
        text = typed or f"{self.ui.headlineEdit.text()} {self.ui.leadEdit.toPlainText()}"
        own = self.article.id

        def job(store: Any, _task: Any) -> list[Any]:
            if typed:
                ids = [
                    i
                    for i in store.articles.ids(store_jobs.ArticleQuery(search=typed, limit=9))
                    if i != own
                ]
                return store_jobs.summaries(store, ids[:8])
            return store_jobs.related_suggestions(store, text, own)

        self.context.runner.submit(job, key=f"suggest:{own}", on_done=self._show_suggestions)

    def _show_suggestions(self, rows: list[Any]) -> None:
        self.ui.suggestionList.clear()
        for summary in rows:
            item = QListWidgetItem(summary.headline)
            item.setData(ARTICLE_ID_ROLE, summary.id)
            self.ui.suggestionList.addItem(item)

    def _add_related(self, item: QListWidgetItem) -> None:
        article_id = item.data(ARTICLE_ID_ROLE)
        present = {
            self.ui.relatedList.item(i).data(ARTICLE_ID_ROLE)
            for i in range(self.ui.relatedList.count())
        }
        if article_id not in present:
            added = QListWidgetItem(item.text())
            added.setData(ARTICLE_ID_ROLE, article_id)
            self.ui.relatedList.addItem(added)
            self._changed()

    def _remove_related(self, item: QListWidgetItem) -> None:
        self.ui.relatedList.takeItem(self.ui.relatedList.row(item))
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.formatting.retranslate()
            self.ui.statusValue.setText(status_label(self.article.status))
            self._update_counts()
        super().changeEvent(event)
