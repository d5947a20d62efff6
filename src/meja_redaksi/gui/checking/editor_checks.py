"""Copy checking in an article editor: underlines in the lead and body, headline hints, a hints panel.

The :class:`CopyChecker` takes about half a second to open hunspell, so one :class:`SharedChecker` per
window opens it on the task runner's ``aux`` worker and hands it to every editor when ready. Checks then
run debounced in the highlighters (never on the keystroke path); the headline is one short line, checked
after a pause in typing. When the newsroom dictionary file changes (a sync merged the portal's words, the
desk edited it by hand, ``meja-redaksi dictionary add`` ran), the checker reads it again off the GUI
thread and every editor checks its text again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QTextEdit

from meja_redaksi.checking import CopyChecker, Hint
from meja_redaksi.checking.newsroom_file import NEWSROOM_FILE
from meja_redaksi.checking.spelling import NewsroomDictionary
from meja_redaksi.gui.checking.context_menu import CheckingContextMenu
from meja_redaksi.gui.checking.dictionary import private_checker
from meja_redaksi.gui.checking.headline_marker import HeadlineMarker
from meja_redaksi.gui.checking.highlighter import COLOURS, CopyCheckHighlighter, utf16_span
from meja_redaksi.gui.checking.language import describe_hint
from meja_redaksi.gui.checking.margin import HintMargin

HINT_ROLE = int(Qt.ItemDataRole.UserRole) + 20
HEADLINE_DELAY_MS = 300
RELOAD_DELAY_MS = 200


def newsroom_path(store_path: Path | None) -> Path:
    """The newsroom dictionary of a store (the default store when ``store_path`` is None)."""
    if store_path is None:
        from meja_redaksi.services import default_store_path

        env = os.environ.get("MEJA_REDAKSI_STORE")
        store_path = Path(env) if env else default_store_path()
    return Path(store_path).expanduser().resolve().parent / NEWSROOM_FILE


def file_stamp(path: Path) -> tuple[int, int] | None:
    """What tells a changed file: modification time and size (None when it does not exist)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _read_dictionary(path: Path) -> tuple[NewsroomDictionary, tuple[int, int] | None]:
    stamp = file_stamp(path)  # taken first: a change during the read is seen next time
    return NewsroomDictionary(path), stamp


class SharedChecker(QObject):
    """One copy checker for a window, opened off the GUI thread the first time an editor asks."""

    word_added = Signal(str)
    """A word went into the newsroom dictionary: every editor checks its text again."""
    dictionary_reloaded = Signal()
    """The newsroom dictionary file changed and was read again: every editor checks again."""

    def __init__(
        self,
        runner: Any,
        store_path: Path | None,
        parent: QObject | None = None,
        *,
        make_checker: Callable[[Path], CopyChecker] = private_checker,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.store_path = store_path
        self.make_checker = make_checker
        self.checker: CopyChecker | None = None
        self.notice_given = False
        self.path: Path | None = None
        self._stamp: tuple[int, int] | None = None
        self._reloading = False
        self._waiting: list[Callable[[CopyChecker], None]] = []
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload_if_changed)

    def when_ready(self, callback: Callable[[CopyChecker], None]) -> None:
        """Call ``callback`` with the checker now, or once it is open."""
        if self.checker is not None:
            callback(self.checker)
            return
        self._waiting.append(callback)
        if len(self._waiting) == 1:
            store_path, make = self.store_path, self.make_checker

            def job(_store: Any, _task: Any) -> tuple[CopyChecker, Path, tuple[int, int] | None]:
                path = newsroom_path(store_path)
                stamp = file_stamp(path)
                return make(path), path, stamp

            self.runner.submit(job, lane="aux", key="copy-checker", on_done=self._opened)

    def _opened(self, opened: tuple[CopyChecker, Path, tuple[int, int] | None]) -> None:
        checker, self.path, self._stamp = opened
        self.checker = checker
        self._watch()
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(checker)

    def _watch(self) -> None:
        """Watch the file and its folder (an atomic rewrite replaces the file the watch was on)."""
        if self.path is None:
            return
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        wanted = [str(self.path.parent)] + ([str(self.path)] if self.path.exists() else [])
        missing = [p for p in wanted if p not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _on_watcher_changed(self, _path: str) -> None:
        self._reload_timer.start()

    def reload_if_changed(self) -> None:
        """Read the newsroom dictionary again (off the GUI thread) if its file changed since."""
        if self.checker is None or self.path is None or self._reloading:
            return
        if file_stamp(self.path) == self._stamp:
            self._watch()
            return
        self._reloading = True
        path = self.path
        self.runner.submit(
            lambda _s, _t: _read_dictionary(path),
            lane="aux",
            key="newsroom-reload",
            on_done=self._reloaded,
            on_error=self._reload_failed,
        )

    def _reloaded(self, read: tuple[NewsroomDictionary, tuple[int, int] | None]) -> None:
        self._reloading = False
        newsroom, self._stamp = read
        self._watch()
        assert self.checker is not None
        if newsroom.entries == self.checker.speller.newsroom.entries:
            return  # e.g. this window's own "add to the newsroom dictionary"
        self.checker.speller.newsroom = newsroom
        self.checker.clear_cache()
        self.dictionary_reloaded.emit()
        self.reload_if_changed()  # changed again while it was read

    def _reload_failed(self, _message: str) -> None:
        self._reloading = False  # e.g. saved half-way by an editor: the next change reads it again


class EditorCopyCheck(QObject):
    """Attaches copy checking to an :class:`~meja_redaksi.gui.editor.article_editor.ArticleEditor`."""

    def __init__(self, editor: Any, source: SharedChecker) -> None:
        super().__init__(editor)
        self.editor = editor
        self.source = source
        ui = editor.ui
        self.checker: CopyChecker | None = None
        self.highlighters: dict[str, CopyCheckHighlighter] = {}
        self.menus: dict[str, CheckingContextMenu] = {}
        self.margins: dict[str, HintMargin] = {}
        self.headline_hints: list[Hint] = []
        self.headline_label = QLabel(ui.writingPane)
        self.headline_label.setObjectName("headlineHints")
        self.headline_label.setWordWrap(True)
        self.headline_label.setStyleSheet("color: #ef6c00;")
        self.headline_label.hide()
        layout = ui.writingLayout
        layout.insertWidget(layout.indexOf(ui.headlineEdit) + 1, self.headline_label)
        self.headline_marker = HeadlineMarker(ui.headlineEdit)
        self.headline_marker.marker_clicked.connect(self._on_headline_marker_marker_clicked)
        self.panel = QListWidget()
        self.panel.setObjectName("hintList")
        self.panel.setWordWrap(True)
        self.panel.itemActivated.connect(self._select)
        self.panel.itemClicked.connect(self._select)
        ui.sideTabs.addTab(self.panel, "")
        ui.sideTabs.setUsesScrollButtons(True)  # a narrow window scrolls the tabs, not widens
        self._stale = False
        ui.sideTabs.currentChanged.connect(self._tab_changed)
        self._headline_timer = QTimer(self, singleShot=True, interval=HEADLINE_DELAY_MS)
        self._headline_timer.timeout.connect(self.check_headline)
        ui.headlineEdit.textChanged.connect(lambda _t: self._headline_timer.start())
        self._retitle()
        editor.installEventFilter(self)
        source.when_ready(self._attach)

    def fields(self) -> dict[str, QTextEdit | QPlainTextEdit]:
        """The checked text fields by name."""
        return {"lead": self.editor.ui.leadEdit, "body": self.editor.ui.bodyEdit}

    def _around(self, name: str) -> tuple[list[str], list[str]]:
        """The article's other lines around field ``name``, laid out as ``check_article`` does."""
        headline = " ".join(self.editor.ui.headlineEdit.text().split())
        if name == "lead":
            return [headline, ""], ["", *_lines(self.editor.ui.bodyEdit)]
        return [headline, "", *_lines(self.editor.ui.leadEdit), ""], []

    def _attach(self, checker: CopyChecker) -> None:
        self.checker = checker
        for name, field in self.fields().items():
            highlighter = CopyCheckHighlighter(
                field.document(), checker, around=lambda n=name: self._around(n)
            )
            highlighter.checked.connect(lambda _n: self.refresh_panel())
            menu = CheckingContextMenu(field, highlighter)
            menu.message.connect(self.editor.message)
            menu.word_added.connect(self.source.word_added)
            self.highlighters[name] = highlighter
            self.menus[name] = menu
            margin = HintMargin(field, highlighter)
            margin.marker_clicked.connect(
                lambda number, hint, n=name: self.show_in_panel(n, number, hint)
            )
            margin.show()
            self.margins[name] = margin
        # A change in one field can make a term in another inconsistent: recheck the others.
        ui = self.editor.ui
        ui.headlineEdit.textChanged.connect(lambda _t: self._recheck_except(None))
        ui.leadEdit.textChanged.connect(lambda: self._recheck_except("lead"))
        ui.bodyEdit.textChanged.connect(lambda: self._recheck_except("body"))
        self.source.word_added.connect(lambda _word: self.recheck_everything())
        self.source.dictionary_reloaded.connect(self.recheck_everything)
        if checker.notice is not None and not self.source.notice_given:
            self.source.notice_given = True  # once per window, not per tab
            self.editor.message.emit(
                self.tr(
                    "Spelling is not checked: the Indonesian dictionary (hunspell-id) is not "
                    "installed. Style hints still work."
                )
            )
        self.check_headline()

    def recheck_everything(self) -> None:
        """Check every field again (the newsroom dictionary changed)."""
        for highlighter in self.highlighters.values():
            highlighter.recheck_all()
        self.check_headline()

    def _recheck_except(self, changed: str | None) -> None:
        for name, highlighter in self.highlighters.items():
            if name != changed:
                highlighter.recheck_article()

    @property
    def busy(self) -> bool:
        """True until the checker is open and every field's hints are painted."""
        return (
            self.checker is None
            or self._headline_timer.isActive()
            or any(h.busy for h in self.highlighters.values())
        )

    @property
    def hint_count(self) -> int:
        """Hints shown now: headline, lead and body."""
        return len(self.headline_hints) + sum(h.hint_count for h in self.highlighters.values())

    def check_headline(self) -> None:
        """Check the headline (one line: a few milliseconds) and show its hints under it."""
        if self.checker is None:
            return
        text = self.editor.ui.headlineEdit.text()
        self.headline_hints = self.checker.check_text(text, headline_index=0) if text else []
        self.headline_label.setText("\n".join(describe_hint(h) for h in self.headline_hints))
        self.headline_label.setVisible(bool(self.headline_hints))
        self.headline_marker.set_hints(self.headline_hints)
        self.refresh_panel()

    def _field_title(self, name: str) -> str:
        return {
            "headline": self.tr("Headline"),
            "lead": self.tr("Lead"),
            "body": self.tr("Body"),
        }[name]

    def refresh_panel(self) -> None:
        """List every hint (field and line, rule, message, suggestions) when the panel is shown.

        Filling the list costs milliseconds per hundred hints: while another tab is shown only the
        count in the tab title is updated, and the list is filled when its tab is opened.
        """
        tabs = self.editor.ui.sideTabs
        if tabs.currentWidget() is not self.panel:
            self._stale = True
            self._retitle()
            return
        self._stale = False
        self.panel.clear()
        rows: list[tuple[str, int, Hint]] = [("headline", 0, h) for h in self.headline_hints]
        for name, highlighter in self.highlighters.items():
            document = highlighter.document()
            block = document.begin() if document is not None else None
            while block is not None and block.isValid():
                rows.extend(
                    (name, block.blockNumber(), h) for h in highlighter.hints_for_block(block)
                )
                block = block.next()
        for name, number, hint in rows:
            label = self.tr("%1, line %2").replace("%1", self._field_title(name))
            item = QListWidgetItem(
                f"{label.replace('%2', str(number + 1))} · {describe_hint(hint)}"
            )
            item.setData(HINT_ROLE, (name, number, hint))
            item.setToolTip(hint.text)
            item.setForeground(COLOURS[hint.kind])  # the colour of its underline
            self.panel.addItem(item)
        self._retitle()

    def show_in_panel(self, name: str, number: int, hint: Hint) -> None:
        """Open the hints tab with the row of ``hint`` (field ``name``, 0-based line) selected."""
        tabs = self.editor.ui.sideTabs
        if tabs.currentWidget() is not self.panel:
            tabs.setCurrentWidget(self.panel)  # fills the list when it was stale
        if self._stale:
            self.refresh_panel()
        for row in range(self.panel.count()):
            item = self.panel.item(row)
            if item.data(HINT_ROLE) == (name, number, hint):
                self.panel.setCurrentItem(item)
                self.panel.scrollToItem(item)
                return

    def _on_headline_marker_marker_clicked(self, hint: Hint) -> None:
        self.show_in_panel("headline", 0, hint)

    def _tab_changed(self, _index: int) -> None:
        if self._stale and self.editor.ui.sideTabs.currentWidget() is self.panel:
            self.refresh_panel()

    def _retitle(self) -> None:
        tabs = self.editor.ui.sideTabs
        count = self.hint_count
        title = self.tr("Hints (%1)").replace("%1", str(count)) if count else self.tr("Hints")
        tabs.setTabText(tabs.indexOf(self.panel), title)

    def _select(self, item: QListWidgetItem) -> None:
        """Select the hint's text in its field."""
        name, number, hint = item.data(HINT_ROLE)
        if name == "headline":
            edit = self.editor.ui.headlineEdit
            start, length = utf16_span(edit.text(), hint)
            edit.setFocus()
            edit.setSelection(start, length)
            return
        field = self.fields()[name]
        block = field.document().findBlockByNumber(number)
        if not block.isValid():
            return
        start, length = utf16_span(block.text(), hint)
        cursor = QTextCursor(field.document())
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
        field.ensureCursorVisible()
        field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate the panel's labels and the hint messages on a language switch."""
        if watched is self.editor and event.type() == QEvent.Type.LanguageChange:
            self.check_headline()  # its label, then the panel
        return False


def _lines(field: QTextEdit | QPlainTextEdit) -> list[str]:
    """The field's text block by block (what its highlighter checks)."""
    document = field.document()
    lines = []
    block = document.begin()
    while block.isValid():
        lines.append(block.text())
        block = block.next()
    return lines
