"""The review queue panel: pick, read the diff since submission, approve or return, all by keyboard.

Keys (while the panel has focus): J next, K previous, A approve, R return (asks for the note first; Enter
in the note field sends it), O or Enter opens the article in a tab, Esc leaves the note field.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from meja_redaksi.domain.entities import Article, Person
from meja_redaksi.domain.enums import Action, Role
from meja_redaksi.gui.checking.queue_hints import QueueHintCounter
from meja_redaksi.gui.forms.ui_queue_panel import Ui_ReviewQueuePanel
from meja_redaksi.gui.queue.model import HINTS_COLUMN, QueueModel
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.gui.workflow import jobs
from meja_redaksi.workflow.queue import QueueEntry
from meja_redaksi.workflow.review import ChangeKind, FieldDiff, revision_diff

REVIEW_ROLES = frozenset({Role.EDITOR, Role.DESK_CHIEF})
HEADLINE_MIN = 240
"""Narrowest the queue's headline column gets (px)."""
QUEUE_COLUMN_MAX = 110
"""Widest a queue column other than the headline gets (px)."""
HINT_ROWS_MIN = 30
"""Rows counted around the view at least (a view not laid out yet reports no rows)."""


def diff_html(fields: list[FieldDiff]) -> str:
    """Deleted words struck through in red, inserted words underlined in green."""
    parts = []
    for field in fields:
        spans = []
        for change in field.changes:
            text = html.escape(change.text)
            if change.kind == ChangeKind.INSERTED:
                spans.append(f'<span style="background:#d4f4dd;color:#145a32"><u>{text}</u></span>')
            elif change.kind == ChangeKind.DELETED:
                spans.append(f'<span style="background:#fadbd8;color:#922b21"><s>{text}</s></span>')
            else:
                spans.append(text)
        parts.append(f'<p style="white-space:pre-wrap">{"".join(spans)}</p>')
    return "".join(parts)


class ReviewQueuePanel(QWidget):
    """The queue of submitted and in-edit articles for desk chiefs and editors."""

    open_requested = Signal(str)
    transitioned = Signal(object)
    message = Signal(str)
    loaded = Signal(int)
    review_loaded = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewQueuePanel()
        self.ui.setupUi(self)
        self.runner = runner
        self.person: Person | None = None
        self.model = QueueModel(self)
        self.hints = QueueHintCounter(
            runner, self._versions_in_view, self.model.set_hint_counts, self
        )
        table = self.ui.queueTable
        table.setModel(self.model)
        # Only the rows in view (and a screenful around them) are checked: a newsroom queue can hold
        # thousands of articles, and checking them all would keep a worker busy for minutes.
        self._hint_timer = QTimer(self, singleShot=True, interval=150)
        self._hint_timer.timeout.connect(self.hints.refresh)
        table.verticalScrollBar().valueChanged.connect(lambda _v: self._hint_timer.start())
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().moveSection(HINTS_COLUMN, 1)  # in sight beside the headline
        table.setWordWrap(False)  # one line a row; the review pane shows the whole headline
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        table.activated.connect(lambda _i: self.open_current())
        self.ui.deskFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.nextButton.clicked.connect(self.next)
        self.ui.previousButton.clicked.connect(self.previous)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.returnButton.clicked.connect(self.return_current)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.returnNoteEdit.returnPressed.connect(self.return_current)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            ("J", self.next),
            ("K", self.previous),
            ("A", self.approve),
            ("R", self.return_current),
            ("O", self.open_current),
            ("Esc", self._leave_note),
        ):
            QShortcut(QKeySequence(key), self, activated=slot, context=context)
        self._desk_counts: dict[str | None, int] = {}
        self._desk_names: dict[str, str] = {}
        self._shown: str | None = None
        self._fill_desks()

    # --- data ------------------------------------------------------------------------------------
    def set_person(self, person: Person | None) -> None:
        """The signed-in person (actions are taken as them; only editors and chiefs review)."""
        self.person = person
        reviews = bool(person and person.active and person.roles & REVIEW_ROLES)
        for widget in (self.ui.approveButton, self.ui.returnButton, self.ui.returnNoteEdit):
            widget.setEnabled(reviews)

    def refresh(self) -> None:
        """Load the queue again (keeping the selected article, or the same row if it left)."""
        desk_id = self.ui.deskFilter.currentData()
        self.runner.submit(
            lambda store, _t: jobs.review_queue(store, desk_id),
            key="review-queue",
            on_done=self._loaded,
            on_error=self.message.emit,
        )

    def _loaded(self, data: jobs.QueueData) -> None:
        current = self.current_entry()
        row = self.ui.queueTable.currentIndex().row()
        self.model.set_entries(data.entries, data.desk_names)
        self.hints.refresh()
        table = self.ui.queueTable
        for column in range(1, self.model.columnCount()):
            # The headline keeps most of a narrow dock; long state names are elided (tooltips).
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), QUEUE_COLUMN_MAX))
        self._fit_headline()
        self._desk_counts, self._desk_names = data.counts, data.desk_names
        self._fill_desks()
        if current is not None and self.model.row_of(current.id) >= 0:
            row = self.model.row_of(current.id)
        self._select(min(max(row, 0), self.model.rowCount() - 1))
        self.loaded.emit(self.model.rowCount())

    def _versions_in_view(self) -> list[tuple[str, object]]:
        """``(id, updated_at)`` of the rows shown, a screenful before and after them first."""
        table = self.ui.queueTable
        rows = self.model.rowCount()
        if rows == 0 or not table.isVisible():  # a hidden queue is counted when it is shown
            return []
        height = table.viewport().height()
        first = max(table.rowAt(0), 0)
        last = table.rowAt(height - 1)
        if last < 0:  # the rows end above the bottom edge (or the view is not laid out yet)
            last = min(
                rows - 1, first + height // max(table.verticalHeader().defaultSectionSize(), 1)
            )
        page = max(last - first + 1, HINT_ROWS_MIN)
        versions = self.model.versions()
        return versions[max(first - page, 0) : min(last + page + 1, rows)]

    def resizeEvent(self, event: Any) -> None:
        """Count the rows that came into view; the headline column takes the room left."""
        super().resizeEvent(event)
        self._fit_headline()
        self._hint_timer.start()

    def _fit_headline(self) -> None:
        """The headline column fills what the other columns leave, but never less than
        HEADLINE_MIN (the other columns scroll into view then)."""
        table = self.ui.queueTable
        others = sum(table.columnWidth(c) for c in range(1, self.model.columnCount()))
        table.setColumnWidth(0, max(HEADLINE_MIN, table.viewport().width() - others))

    def showEvent(self, event: Any) -> None:
        """Count the rows in view once the queue is shown."""
        super().showEvent(event)
        self._hint_timer.start()

    def _fill_desks(self) -> None:
        combo = self.ui.deskFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        total = sum(self._desk_counts.values())
        combo.addItem(self.tr("All desks (%1)").replace("%1", str(total)), None)
        for desk_id, name in sorted(self._desk_names.items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(f"{name} ({self._desk_counts.get(desk_id, 0)})", desk_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        no_desk = self.tr("no desk")
        counts = [
            f"{self._desk_names.get(d or '', no_desk)}: {n}"
            for d, n in sorted(self._desk_counts.items(), key=lambda kv: -kv[1])
        ]
        self.ui.countsLabel.setText(
            " · ".join(counts) if counts else self.tr("The queue is empty.")
        )

    def desk_counts(self) -> dict[str | None, int]:
        """Queued articles per desk id, as last loaded."""
        return dict(self._desk_counts)

    # --- navigation -------------------------------------------------------------------------------
    def current_entry(self) -> QueueEntry | None:
        """The selected queue entry."""
        return self.model.entry(self.ui.queueTable.currentIndex().row())

    def _select(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self._show_current()
            return
        self.ui.queueTable.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def next(self) -> None:
        """Select the next article."""
        self._select(min(self.ui.queueTable.currentIndex().row() + 1, self.model.rowCount() - 1))

    def previous(self) -> None:
        """Select the previous article."""
        self._select(max(self.ui.queueTable.currentIndex().row() - 1, 0))

    def _leave_note(self) -> None:
        self.ui.queueTable.setFocus()

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.ui.returnNoteEdit.clear()
        if entry is None:
            self._shown = None
            self.ui.diffView.setPlainText(self.tr("Nothing to review."))
            return
        article_id = entry.id
        self._shown = article_id
        self.runner.submit(
            lambda store, _t: jobs.review(store, article_id),
            key="review-diff",
            on_done=self._show_review,
            on_error=self.message.emit,
        )

    def _show_review(self, data: jobs.ReviewData) -> None:
        if data.article.id != self._shown:
            return
        no_headline = self.tr("(no headline)")
        title = f"<h3>{html.escape(data.article.headline or no_headline)}</h3>"
        if data.base is None or data.latest is None:
            note = self.tr("No revision was recorded at submission; showing the text as it is.")
            body = f'<p style="white-space:pre-wrap">{html.escape(data.article.body)}</p>'
            self.ui.diffView.setHtml(f"{title}<p><i>{note}</i></p>{body}")
        else:
            fields = revision_diff(data.base, data.latest)
            if any(f.changed for f in fields):
                note = self.tr("Changes since submission (revision %1 → %2):")
                note = note.replace("%1", str(data.base.number)).replace(
                    "%2", str(data.latest.number)
                )
            else:
                note = self.tr("No changes since submission (revision %1).").replace(
                    "%1", str(data.base.number)
                )
            self.ui.diffView.setHtml(f"{title}<p><i>{note}</i></p>{diff_html(fields)}")
        self.review_loaded.emit(data.article.id)

    # --- actions ----------------------------------------------------------------------------------
    def open_current(self) -> None:
        """Open the selected article in an editor tab."""
        entry = self.current_entry()
        if entry is not None:
            self.open_requested.emit(entry.id)

    def approve(self) -> None:
        """Approve the selected article in one step."""
        self._take(Action.APPROVE, "")

    def return_current(self) -> None:
        """Return the selected article with the note typed; ask for the note when there is none."""
        note = self.ui.returnNoteEdit.text().strip()
        if not note:
            self.ui.returnNoteEdit.setFocus()
            self.message.emit(self.tr("Type the note for the reporter, then press Enter."))
            return
        self._take(Action.RETURN, note)

    def _take(self, action: Action, note: str) -> None:
        entry, person = self.current_entry(), self.person
        if entry is None:
            return
        if person is None:
            self.message.emit(self.tr("Nobody is signed in."))
            return
        article_id, state = entry.id, entry.article.status
        self.runner.submit(
            lambda store, _t: jobs.transition(store, article_id, action, person.id, state, note),
            lane="write",
            on_done=self._taken,
            on_error=self.message.emit,
        )

    def _taken(self, article: Article) -> None:
        self.ui.returnNoteEdit.clear()
        self.ui.queueTable.setFocus()
        self.transitioned.emit(article)
        self.refresh()
