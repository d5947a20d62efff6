"""The editor's copy checker follows the newsroom dictionary as sync and hand edits change its file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextBlock, QTextCharFormat

from meja_redaksi.checking.newsroom_file import newsroom_file, read_entries
from meja_redaksi.checking.spelling import NewsroomDictionary
from meja_redaksi.gui.sync import SyncUi
from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.sync.service import sign_in, sync_once

PASSWORD = "rahasia-redaksi"
BODY = "Wali Kota Hachigian menerima Gubernur di Los Angeles."


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """An empty store: the first sync has no articles to send (these tests are about words)."""
    path = tmp_path / "desk.sqlite3"
    Store.open(path).close()
    return path


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[LocalPortal]:
    """A running portal with an editor-admin (the window) and a reporter (another laptop)."""
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    server = LocalPortal(f"sqlite:///{tmp_path / 'portal.db'}", tmp_path / "media").start()
    add_user(server.app.state.db, "eka", "Eka Editor", ["editor", "admin"], PASSWORD)
    add_user(server.app.state.db, "rina", "Rina Reporter", ["reporter"], PASSWORD)
    try:
        yield server
    finally:
        server.stop()


def underlined(editor: Any) -> set[str]:
    """The words wave-underlined in the editor's body."""
    found: set[str] = set()
    block: QTextBlock = editor.ui.bodyEdit.document().begin()
    while block.isValid():
        text = block.text()
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.add(text[fmt_range.start : fmt_range.start + fmt_range.length])
        block = block.next()
    return found


def checked_editor(window: Any, qtbot: Any) -> Any:
    editor = window.new_article()
    check = editor.copy_check
    qtbot.waitUntil(lambda: check.checker is not None, timeout=10000)
    editor.ui.headlineEdit.setText("Sister city")
    editor.ui.bodyEdit.setPlainText(BODY)
    qtbot.waitUntil(lambda: not check.busy, timeout=10000)
    return editor


def synced(qtbot: Any, ui: SyncUi) -> Any:
    with qtbot.waitSignal(ui.controller.finished, timeout=30000) as blocker:
        ui.controller.sync_now()
    assert blocker.args[0].error == ""
    return blocker.args[0]


def test_a_word_brought_by_a_sync_is_no_longer_underlined(
    qtbot: Any, window: Any, portal: LocalPortal, tmp_path: Path
) -> None:
    ui: SyncUi = window.sync_ui
    ui.controller.sync_timer.stop()
    with qtbot.waitSignal(ui.controller.finished, timeout=30000):
        ui.controller.sign_in_with(portal.url, "eka", PASSWORD)
    editor = checked_editor(window, qtbot)
    assert "Hachigian" in underlined(editor)
    other = tmp_path / "laptop" / "store.db"
    other.parent.mkdir()
    with Store.open(other) as store:
        sign_in(store, portal.url, "rina", PASSWORD)
        NewsroomDictionary(newsroom_file(other)).add_word("Hachigian")
        sync_once(store)
    shared = editor.copy_check.source
    with qtbot.waitSignal(shared.dictionary_reloaded, timeout=10000):
        outcome = synced(qtbot, ui)
    assert outcome.pulled >= 1
    assert read_entries(newsroom_file(window.store_path)) == ["Hachigian"]
    qtbot.waitUntil(lambda: "Hachigian" not in underlined(editor), timeout=10000)
    assert [h.text for h in editor.copy_check.checker.check_text(BODY)] == []


def test_a_hand_edit_of_the_file_reaches_the_open_editors(qtbot: Any, window: Any) -> None:
    editor = checked_editor(window, qtbot)
    assert "Hachigian" in underlined(editor)
    shared = editor.copy_check.source
    with qtbot.waitSignal(shared.dictionary_reloaded, timeout=10000):
        newsroom_file(window.store_path).write_text("# kamus\nHachigian\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "Hachigian" not in underlined(editor), timeout=10000)


def test_a_word_added_from_the_context_menu_is_pending_then_reaches_another_laptop(
    qtbot: Any, window: Any, portal: LocalPortal, tmp_path: Path
) -> None:
    ui: SyncUi = window.sync_ui
    controller = ui.controller
    controller.sync_timer.stop()
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.sign_in_with(portal.url, "eka", PASSWORD)
    editor = checked_editor(window, qtbot)
    with qtbot.waitSignal(controller.status_changed, timeout=10000):
        editor.save()  # saved now, so an autosave does not change the count below
    pending = controller.status.pending
    with qtbot.waitSignal(controller.status_changed, timeout=10000):
        editor.copy_check.menus["body"].add_to_dictionary("Hachigian")
    assert controller.status.pending == pending + 1
    qtbot.waitUntil(lambda: "Hachigian" not in underlined(editor), timeout=10000)
    outcome = synced(qtbot, ui)
    assert outcome.status.pending == 0
    other = tmp_path / "laptop" / "store.db"
    other.parent.mkdir()
    with Store.open(other) as store:
        sign_in(store, portal.url, "rina", PASSWORD)
        sync_once(store)
    assert read_entries(newsroom_file(other)) == ["Hachigian"]
