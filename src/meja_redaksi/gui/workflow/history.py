"""The article's workflow side: the return note on top, the audit history, and comments with @mentions."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meja_redaksi.domain.entities import Article, AuditEvent, Comment, Person
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.queue.model import short_time
from meja_redaksi.gui.tasks import TaskRunner
from meja_redaksi.gui.workflow import jobs

RETURN_NOTE_STYLE = (
    "background:#fdebd0;color:#7e5109;border:1px solid #e59866;border-radius:4px;padding:6px;"
)


class MentionCompleter(QCompleter):
    """Completes the ``@name`` being typed at the end of the comment."""

    def splitPath(self, path: str) -> list[str]:
        """Only the last word, and only when it starts with '@'."""
        last = path.split(" ")[-1]
        return [last[1:]] if last.startswith("@") else ["\x00"]

    def pathFromIndex(self, index: object) -> str:
        """The comment with the last word replaced by the chosen ``@username``."""
        text = self.widget().text() if isinstance(self.widget(), QLineEdit) else ""
        head = text.rsplit(" ", 1)[0] + " " if " " in text else ""
        return f"{head}@{super().pathFromIndex(index)} "  # type: ignore[arg-type]


def return_note_text(article: Article) -> str:
    """What the banner on top of a returned article says (empty when there is nothing to show)."""
    if article.status != ArticleStatus.RETURNED or not article.return_note:
        return ""
    return article.return_note


class ArticleActivityPanel(QWidget):
    """Return note, history (who, what, when, from which state) and comments of one article."""

    message = Signal(str)
    loaded = Signal(str)
    commented = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.person: Person | None = None
        self.people: dict[str, Person] = {}
        self.article_id: str | None = None
        self.return_banner = QLabel(self)
        self.return_banner.setWordWrap(True)
        self.return_banner.setStyleSheet(RETURN_NOTE_STYLE)
        self.return_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_label = QLabel(self)
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("historyList")
        self.comments_label = QLabel(self)
        self.comment_list = QListWidget(self)
        self.comment_list.setObjectName("commentList")
        self.comment_list.setWordWrap(True)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setObjectName("commentEdit")
        self.send_button = QPushButton(self)
        self._mentions = QStringListModel(self)
        completer = MentionCompleter(self._mentions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.comment_edit.setCompleter(completer)
        self.comment_edit.returnPressed.connect(self.send_comment)
        self.send_button.clicked.connect(self.send_comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.return_banner)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_list, 1)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comment_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.comment_edit, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.return_banner.hide()
        self.retranslate()
        self.show_article(None)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.history_label.setText(self.tr("History"))
        self.comments_label.setText(self.tr("Comments (never published)"))
        self.comment_edit.setPlaceholderText(self.tr("Comment… type @ to mention someone"))
        self.send_button.setText(self.tr("Send"))

    def set_people(self, person: Person | None, people: list[Person]) -> None:
        """The signed-in person and everyone (names, @mention completion)."""
        self.person = person
        self.people = {p.id: p for p in people}
        self._mentions.setStringList(sorted(p.username for p in people if p.active))

    def show_article(self, article_id: str | None) -> None:
        """Load the activity of an article (None: clear)."""
        self.article_id = article_id
        enabled = article_id is not None
        self.comment_edit.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        if article_id is None:
            self.history_list.clear()
            self.comment_list.clear()
            self.return_banner.hide()
            return
        self.runner.submit(
            lambda store, _t: jobs.history(store, article_id),
            key="article-activity",
            on_done=self._loaded,
            on_error=self.message.emit,
        )

    def _name(self, person_id: str | None) -> str:
        person = self.people.get(person_id or "")
        return person.name if person else self.tr("someone")

    def event_text(self, event: AuditEvent) -> str:
        """One history line: when, who, what, from which state to which, and the note."""
        parts = [short_time(event.at), self._name(event.actor_id), event.action]
        if event.from_state or event.to_state:
            states = [
                status_label(ArticleStatus(s)) if s in ArticleStatus.__members__.values() else s
                for s in (event.from_state, event.to_state)
            ]
            parts.append(" → ".join(states))
        text = " · ".join(p for p in parts if p)
        return f"{text}: {event.detail}" if event.detail else text

    def _comment_text(self, comment: Comment) -> str:
        return f"{short_time(comment.created_at)} · {self._name(comment.author_id)}: {comment.body}"

    def _loaded(self, data: jobs.HistoryData) -> None:
        if data.article.id != self.article_id:
            return
        note = return_note_text(data.article)
        self.return_banner.setText(self.tr("Returned by the desk: %1").replace("%1", note))
        self.return_banner.setVisible(bool(note))
        self.history_list.clear()
        self.history_list.addItems([self.event_text(e) for e in data.events])
        self.comment_list.clear()
        self.comment_list.addItems([self._comment_text(c) for c in data.comments])
        self.loaded.emit(data.article.id)

    def send_comment(self) -> None:
        """Add the typed comment to the article."""
        body, article_id, person = self.comment_edit.text().strip(), self.article_id, self.person
        if not body or article_id is None:
            return
        if person is None:
            self.message.emit(self.tr("Nobody is signed in."))
            return

        def done(comment: Comment) -> None:
            self.comment_edit.clear()
            self.commented.emit(comment)
            self.show_article(article_id)

        self.runner.submit(
            lambda store, _t: jobs.add_comment(store, article_id, person.id, body),
            lane="write",
            on_done=done,
            on_error=self.message.emit,
        )
