"""The revision history dock: revisions with author and time, a word-level diff, restore."""

from __future__ import annotations

import difflib
import html
import re
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from meja_redaksi.domain.dates import format_datetime
from meja_redaksi.domain.entities import Revision
from meja_redaksi.gui import store_jobs
from meja_redaksi.gui.forms.ui_revision_history import Ui_RevisionHistory
from meja_redaksi.gui.tasks import TaskRunner

_TOKENS = re.compile(r"\s+|[^\s]+")


def revision_text(revision: Revision) -> str:
    """The text a diff compares: headline, lead and body."""
    return f"# {revision.headline}\n\n{revision.lead}\n\n{revision.body}"


def word_diff_html(old: str, new: str) -> str:
    """An HTML word-level diff: removed words struck through in red, added ones green."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            out.append(
                f'<span style="background:#fdd;color:#900"><s>{html.escape("".join(a[i1:i2]))}</s></span>'
            )
        if op in ("replace", "insert"):
            out.append(
                f'<span style="background:#dfd;color:#060">{html.escape("".join(b[j1:j2]))}</span>'
            )
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
    return "<div style='white-space: pre-wrap'>" + "".join(out) + "</div>"


class RevisionPanel(QWidget):
    """Lists the revisions of the current article; asks for one to be restored."""

    restore_requested = Signal(object)

    def __init__(self, runner: TaskRunner, people: dict[str, str]) -> None:
        super().__init__()
        self.ui = Ui_RevisionHistory()
        self.ui.setupUi(self)
        self.runner = runner
        self.people = people
        self.revisions: list[Revision] = []
        self.article_id: str | None = None
        self.ui.fromCombo.currentIndexChanged.connect(self._show_diff)
        self.ui.toCombo.currentIndexChanged.connect(self._show_diff)
        self.ui.revisionList.currentRowChanged.connect(self._select)
        self.ui.restoreButton.clicked.connect(self._restore)

    def show_article(self, article_id: str | None) -> None:
        """Load the revisions of ``article_id`` (None clears the panel)."""
        self.article_id = article_id
        if article_id is None:
            self._fill([])
            return
        self.runner.submit(
            lambda store, _t: store_jobs.revisions(store, article_id),
            key="revisions",
            on_done=lambda revs: self._fill(revs) if article_id == self.article_id else None,
        )

    def _label(self, revision: Revision) -> str:
        author = self.people.get(revision.author_id or "", self.tr("unknown"))
        note = f" — {revision.note}" if revision.note else ""
        return f"#{revision.number} · {format_datetime(revision.created_at)} · {author}{note}"

    def _fill(self, revisions: list[Revision]) -> None:
        self.revisions = revisions
        for widget in (self.ui.revisionList, self.ui.fromCombo, self.ui.toCombo):
            widget.blockSignals(True)
            widget.clear()
        for revision in reversed(revisions):
            self.ui.revisionList.addItem(self._label(revision))
        for revision in revisions:
            self.ui.fromCombo.addItem(f"#{revision.number}", revision.number)
            self.ui.toCombo.addItem(f"#{revision.number}", revision.number)
        for widget in (self.ui.revisionList, self.ui.fromCombo, self.ui.toCombo):
            widget.blockSignals(False)
        if revisions:
            self.ui.fromCombo.setCurrentIndex(max(0, len(revisions) - 2))
            self.ui.toCombo.setCurrentIndex(len(revisions) - 1)
        self.ui.restoreButton.setEnabled(bool(revisions))
        self._show_diff()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            index = len(self.revisions) - 1 - row
            self.ui.fromCombo.setCurrentIndex(index)
            self.ui.toCombo.setCurrentIndex(len(self.revisions) - 1)

    def _by_number(self, number: Any) -> Revision | None:
        return next((r for r in self.revisions if r.number == number), None)

    def _show_diff(self, *_args: Any) -> None:
        old = self._by_number(self.ui.fromCombo.currentData())
        new = self._by_number(self.ui.toCombo.currentData())
        if old is None or new is None:
            self.ui.diffBrowser.clear()
            return
        self.ui.diffBrowser.setHtml(word_diff_html(revision_text(old), revision_text(new)))

    def selected_revision(self) -> Revision | None:
        """The revision chosen in the list."""
        row = self.ui.revisionList.currentRow()
        return (
            self.revisions[len(self.revisions) - 1 - row]
            if 0 <= row < len(self.revisions)
            else None
        )

    def _restore(self) -> None:
        revision = self.selected_revision()
        if revision is not None:
            self.restore_requested.emit(revision)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
