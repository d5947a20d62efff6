"""Sync in the main window against a real portal on 127.0.0.1: status bar, conflicts dock, threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from meja_redaksi.domain.entities import Article
from meja_redaksi.gui.sync import SyncUi
from meja_redaksi.gui.sync.compare import highlight_pair
from meja_redaksi.gui.sync.conflicts import ConflictListModel, load_conflicts
from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.sync.replica import HeldConflict
from meja_redaksi.sync.service import sign_in, sync_once

PASSWORD = "rahasia-redaksi"


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[LocalPortal]:
    """A running portal with an editor who is also the newsroom's admin (the window's local desks
    and people reach the portal with its pushes) and a desk chief."""
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    server = LocalPortal(f"sqlite:///{tmp_path / 'portal.db'}", tmp_path / "media").start()
    add_user(server.app.state.db, "eka", "Eka Editor", ["editor", "admin"], PASSWORD)
    add_user(server.app.state.db, "dodi", "Dodi Kepala Desk", ["desk_chief"], PASSWORD)
    try:
        yield server
    finally:
        server.stop()


def synced(qtbot: Any, ui: SyncUi) -> Any:
    """Run one sync from the window and return its outcome."""
    with qtbot.waitSignal(ui.controller.finished, timeout=30000) as blocker:
        ui.controller.sync_now()
    outcome = blocker.args[0]
    assert outcome.error == ""
    return outcome


@pytest.fixture
def signed_in(qtbot: Any, window: Any, portal: LocalPortal) -> SyncUi:
    """The window signed in to the portal and synced once (its local articles pushed)."""
    ui: SyncUi = window.sync_ui
    ui.controller.sync_timer.stop()
    with qtbot.waitSignal(ui.controller.finished, timeout=30000):
        ui.controller.sign_in_with(portal.url, "eka", PASSWORD)
    synced(qtbot, ui)
    qtbot.waitUntil(lambda: window.runner.pending() == 0)
    return ui


def test_status_shows_pending_changes_after_an_edit_and_none_after_sync(
    qtbot: Any, window: Any, signed_in: SyncUi
) -> None:
    controller = signed_in.controller
    assert controller.status is not None and controller.status.pending == 0
    assert controller.online is True
    assert "Online" in controller.label.text()
    article_id = window.model.ids()[0]
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=10000)
    editor = window.current_editor()
    qtbot.waitUntil(lambda: editor.article.id == article_id, timeout=10000)
    editor.ui.headlineEdit.setText("Judul disunting di meja redaksi")
    with qtbot.waitSignal(controller.status_changed, timeout=10000):  # refreshed after the save
        editor.save()
    assert controller.status.pending == 1
    assert "1 pending" in controller.label.text()
    outcome = synced(qtbot, signed_in)
    assert outcome.status.pending == 0
    assert "0 pending" in controller.label.text()
    assert controller.status.last_sync


def test_sync_runs_off_the_gui_thread(qtbot: Any, signed_in: SyncUi) -> None:
    controller = signed_in.controller
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        controller.sync_now()
        assert controller.running  # the call returned while the round is still queued or running
        assert "Synchronizing" in controller.label.text()
    assert blocker.args[0].thread != threading.current_thread().name
    assert blocker.args[0].thread.startswith("meja-")


def make_conflict(qtbot: Any, window: Any, ui: SyncUi, other: Path, portal: LocalPortal) -> str:
    """The same sentence changed in another store (synced first) and in the window's store."""
    with Store.open(window.store_path) as store:  # no desk or reporter: only an admin adds those
        article_id = store.articles.save(
            Article(headline="Kota kembar", body="Senin (30/4), kata dia.")
        ).id
    synced(qtbot, ui)
    with Store.open(other) as store:
        sign_in(store, portal.url, "dodi", PASSWORD)
        sync_once(store)
        article = store.articles.get(article_id)
        store.articles.save(article.copy(body=article.body.replace("kata dia", "ujar Gubernur")))
        sync_once(store)
    with Store.open(window.store_path) as store:
        article = store.articles.get(article_id)
        store.articles.save(article.copy(body=article.body.replace("kata dia", "kata Wali Kota")))
    before = ui.controller.status.conflicts
    outcome = synced(qtbot, ui)
    assert outcome.status.conflicts == before + 1
    model = ui.dock.panel.model
    qtbot.waitUntil(lambda: held_row(model, article_id) is not None, timeout=10000)
    ui.dock.panel.list.setCurrentIndex(model.index(held_row(model, article_id), 0))
    return article_id


def held_row(model: ConflictListModel, article_id: str) -> int | None:
    """The row of the conflict held for ``article_id``."""
    rows = [r for r in range(model.rowCount()) if model.conflict(r).record_id == article_id]
    return rows[0] if rows else None


def bodies(window: Any, other: Path, article_id: str) -> tuple[str, str]:
    with Store.open(window.store_path) as mine, Store.open(other) as theirs:
        return mine.articles.get(article_id).body, theirs.articles.get(article_id).body


def test_conflict_taken_from_one_side_converges(
    qtbot: Any, window: Any, signed_in: SyncUi, portal: LocalPortal, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    article_id = make_conflict(qtbot, window, signed_in, other, portal)
    panel = signed_in.dock.panel
    assert signed_in.dock.isVisible()
    assert "Wali Kota" in panel.local_view.toPlainText()
    assert "ujar Gubernur" in panel.portal_view.toPlainText()
    assert "background-color" in panel.local_view.toHtml()
    with qtbot.waitSignal(signed_in.controller.finished, timeout=30000):
        panel.take_local.click()
    qtbot.waitUntil(lambda: held_row(panel.model, article_id) is None, timeout=10000)
    with Store.open(other) as store:
        sync_once(store)
    mine, theirs = bodies(window, other, article_id)
    assert mine == theirs
    assert "kata Wali Kota" in mine


def test_conflict_merged_by_hand_converges(
    qtbot: Any, window: Any, signed_in: SyncUi, portal: LocalPortal, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    article_id = make_conflict(qtbot, window, signed_in, other, portal)
    panel = signed_in.dock.panel
    dialog = panel.merge_by_hand()
    assert dialog is not None
    body = dialog.editors["body"]
    assert "kata Wali Kota" in body.toPlainText()
    merged = body.toPlainText().replace("kata Wali Kota", "ujar Gubernur dan Wali Kota")
    body.setPlainText(merged)
    with qtbot.waitSignal(signed_in.controller.finished, timeout=30000):
        dialog.accept()
    qtbot.waitUntil(lambda: held_row(panel.model, article_id) is None, timeout=10000)
    with Store.open(other) as store:
        sync_once(store)
    mine, theirs = bodies(window, other, article_id)
    assert mine == theirs == merged


def test_not_signed_in_is_shown_and_changes_nothing(qtbot: Any, window: Any) -> None:
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
        controller.sync_now()
    assert blocker.args[0].signed_in is False
    assert "Not signed in" in controller.label.text()
    assert blocker.args[0].status.pending > 0  # the local articles wait, untouched
    assert "failed" not in window.statusBar().currentMessage()  # a background round stays quiet


def test_choosing_synchronize_when_not_signed_in_asks_for_the_sign_in(
    qtbot: Any, window: Any, monkeypatch: Any
) -> None:
    controller = window.sync_ui.controller
    asked: list[bool] = []
    monkeypatch.setattr(controller, "ask_sign_in", lambda: asked.append(True))
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.sync_action.trigger()
    qtbot.waitUntil(lambda: asked == [True], timeout=5000)
    assert "failed" not in window.statusBar().currentMessage()


def test_conflict_model_and_highlighting(qtmodeltester: Any) -> None:
    model = ConflictListModel()
    conflict = HeldConflict("c1", "article", "a1", "same words", {"body": "a b"}, {"body": "a c"})
    model.set_conflicts([(conflict, "Judul")])
    qtmodeltester.check(model)
    left, right = highlight_pair("Senin <pagi> kata dia", "Senin <pagi> ujar dia")
    assert "&lt;pagi&gt;" in left
    assert "kata</span>" in left and "ujar</span>" in right
    assert "dia</span>" not in right


def test_load_conflicts_names_each_record(store_path: Path) -> None:
    """An article by its headline here, a dictionary word by the word, a desk by its name."""
    from meja_redaksi.sync.store_replica import StoreReplica

    with Store.open(store_path) as store:
        assert load_conflicts(store) == []
        article = store.articles.save(Article(headline="Banjir di Kemang"))
        replica = StoreReplica(store)
        held = [
            HeldConflict("c1", "article", article.id, "workflow move refused",
                         {"status": "submitted"}, {"status": "draft"}),
            HeldConflict("c2", "word", "9b2c6f2e-0000-5000-8000-000000000000", "refused",
                         {"word": "Hachigian"}, {}),
            HeldConflict("c3", "desk", "9b2c6f2e-0000-5000-8000-000000000001", "refused",
                         {}, {"name": "Olahraga"}),
        ]  # fmt: skip
        for conflict in held:
            replica.hold_conflict(conflict)
        names = {c.id: name for c, name in load_conflicts(store)}
    assert names == {"c1": "Banjir di Kemang", "c2": "Hachigian", "c3": "Olahraga"}


def test_signing_in_to_the_portal_sets_who_works_at_this_desk(
    qtbot: Any, window: Any, signed_in: SyncUi
) -> None:
    """The status bar does not say "not signed in" beside "Online": the portal's user is the
    window's user once the first round brought their person record."""
    qtbot.waitUntil(lambda: window.user_label.text() == "Eka Editor", timeout=10000)
    assert window.settings.get("user") == "eka"
    assert window.reference.user is not None and window.reference.user.username == "eka"
