"""Sync messages in the UI language, against a real portal on 127.0.0.1: a stopped portal, a wrong
password, a reporter's desk kept on the device, a conflict's reason; Indonesian and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meja_redaksi.cli.demo_portal import start_demo_portal
from meja_redaksi.domain.entities import Article, Desk
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.gui.app import install_translations
from meja_redaksi.gui.labels import status_label
from meja_redaksi.gui.launch import build_window
from meja_redaksi.gui.sync import SyncUi
from meja_redaksi.gui.sync.messages import OFFLINE as OFFLINE_KIND
from meja_redaksi.gui.sync.messages import (
    REFUSED,
    SyncFailure,
    conflict_reason_text,
    failure_of,
    failure_text,
)
from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.settings import Settings
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo
from meja_redaksi.sync.engine import MassDeletionRefused
from meja_redaksi.sync.service import sign_in, sync_once, token_path

PASSWORD = "rahasia-redaksi"
OFFLINE = {"id": "Portal tidak dapat dihubungi", "en": "The portal cannot be reached"}
WRONG_PASSWORD = {
    "id": "Nama pengguna atau kata sandi salah.",
    "en": "Wrong user name or password.",
}


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[LocalPortal]:
    """A running portal with an admin editor and a reporter."""
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    server = LocalPortal(f"sqlite:///{tmp_path / 'portal.db'}", tmp_path / "media").start()
    add_user(server.app.state.db, "eka", "Eka Editor", ["editor", "admin"], PASSWORD)
    add_user(server.app.state.db, "rani", "Rani Reporter", ["reporter"], PASSWORD)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def english_after() -> Iterator[None]:
    """Tests after this one find the English catalogue installed again."""
    yield
    install_translations("en")


def signed_in(qtbot: Any, window: Any, portal: LocalPortal, user: str) -> SyncUi:
    """The window signed in as ``user`` and synced once."""
    ui: SyncUi = window.sync_ui
    ui.controller.sync_timer.stop()
    with qtbot.waitSignal(ui.controller.finished, timeout=30000):
        ui.controller.sign_in_with(portal.url, user, PASSWORD)
    qtbot.waitUntil(lambda: window.runner.pending() == 0, timeout=30000)
    return ui


def sync(qtbot: Any, ui: SyncUi) -> Any:
    """One sync round from the window; its outcome."""
    with qtbot.waitSignal(ui.controller.finished, timeout=30000) as blocker:
        ui.controller.sync_now()
    return blocker.args[0]


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_stopped_portal_is_reported_offline_in_the_ui_language(
    qtbot: Any, window: Any, portal: LocalPortal, language: str, english_after: None
) -> None:
    ui = signed_in(qtbot, window, portal, "eka")
    window.set_language(language)
    portal.stop()
    outcome = sync(qtbot, ui)
    assert outcome.online is False
    message = window.statusBar().currentMessage()
    assert OFFLINE[language] in message
    assert "did not answer" not in message  # the client's English words are not shown
    assert ("Luring" if language == "id" else "Offline") in ui.controller.label.text()
    assert OFFLINE[language] in ui.controller.label.toolTip()


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_wrong_password_keeps_the_dialog_open_with_the_reason(
    qtbot: Any, window: Any, portal: LocalPortal, language: str, english_after: None
) -> None:
    window.set_language(language)
    controller = window.sync_ui.controller
    controller.sync_timer.stop()
    controller.settings.set("portal_url", portal.url)
    dialog = controller.ask_sign_in()
    dialog.user_edit.setText("eka")
    dialog.password_edit.setText("bukan-kata-sandinya")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(controller.sign_in_failed, timeout=30000) as blocker:
        ok.click()
    assert blocker.args[0] == WRONG_PASSWORD[language]
    assert dialog.isVisible()
    assert dialog.error_label.text() == WRONG_PASSWORD[language]
    assert (dialog.url_edit.text(), dialog.user_edit.text()) == (portal.url, "eka")
    assert not token_path(window.store_path).exists()
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        ok.click()
    assert token_path(window.store_path).exists()


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_reporters_desk_is_named_as_kept_on_the_device(
    qtbot: Any, window: Any, portal: LocalPortal, language: str, english_after: None
) -> None:
    signed_in(qtbot, window, portal, "eka")  # the store's own desks and people reach the portal
    ui = signed_in(qtbot, window, portal, "rani")
    with Store.open(window.store_path) as store:
        desk = store.desks.save(Desk(name="Olahraga", slug="olahraga"))
        store.articles.save(
            Article(headline="Persija Menang di Kandang", body="Isi.", desk_id=desk.id)
        )
    window.set_language(language)
    outcome = sync(qtbot, ui)
    assert outcome.failure is None
    assert [k.entity for k in outcome.kept] == ["desk", "article"]
    label = ui.controller.label
    if language == "id":
        assert "0 perubahan tertunda" in label.text() and "2 tetap di perangkat ini" in label.text()
        assert "Rubrik “Olahraga” tetap di perangkat ini: hanya kepala desk" in label.toolTip()
        assert "Artikel “Persija Menang di Kandang” menunggu" in label.toolTip()
    else:
        assert "0 pending" in label.text() and "2 kept on this device" in label.text()
        assert "Desk “Olahraga” stays on this device: only desk chief or admin" in label.toolTip()
        assert "Article “Persija Menang di Kandang” waits" in label.toolTip()
    kept = ui.dock.panel.kept_label
    assert not kept.isHidden() and "Olahraga" in kept.text()
    assert "stays on this device: role" not in window.statusBar().currentMessage()
    text = label.text()
    ui.controller.kept = ()  # as after a restart: the status refresh reads what the sync kept
    ui.controller._show()
    assert text != label.text()
    with qtbot.waitSignal(ui.controller.status_changed, timeout=10000):
        ui.controller.refresh_status()
    assert label.text() == text and "Olahraga" in kept.text()


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_conflicts_reason_is_shown_in_the_ui_language(
    qtbot: Any, window: Any, portal: LocalPortal, tmp_path: Path, language: str, english_after: None
) -> None:
    ui = signed_in(qtbot, window, portal, "eka")
    with Store.open(window.store_path) as store:
        article_id = store.articles.save(
            Article(headline="Kota kembar", body="Senin, kata dia.")
        ).id
    sync(qtbot, ui)
    other = tmp_path / "other.sqlite3"
    with Store.open(other) as store:
        sign_in(store, portal.url, "eka", PASSWORD)
        sync_once(store)
        article = store.articles.get(article_id)
        store.articles.save(article.copy(body="Senin, ujar Gubernur."))
        sync_once(store)
    with Store.open(window.store_path) as store:
        article = store.articles.get(article_id)
        store.articles.save(article.copy(body="Senin, kata Wali Kota."))
    window.set_language(language)
    before = ui.controller.status.conflicts
    assert sync(qtbot, ui).status.conflicts == before + 1
    panel = ui.dock.panel

    def row() -> int | None:
        rows = panel.model.rowCount()
        found = [r for r in range(rows) if panel.model.conflict(r).record_id == article_id]
        return found[0] if found else None

    qtbot.waitUntil(lambda: row() is not None, timeout=10000)
    index = panel.model.index(row(), 0)
    panel.list.setCurrentIndex(index)
    expected = {
        "id": "Diubah di perangkat ini dan di portal pada bagian yang sama: Isi",
        "en": "Changed on this device and on the portal at the same place: Body",
    }
    assert panel.reason.text().startswith(expected[language])
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(expected[language])


def test_refusals_and_workflow_reasons_in_indonesian(qapp: Any, english_after: None) -> None:
    install_translations("id")
    forbidden = failure_text(SyncFailure(REFUSED, 403, "role reporter may not change desk records"))
    assert forbidden.splitlines() == [
        "Peran Anda tidak boleh melakukan ini di portal.",
        "Rincian: role reporter may not change desk records",
    ]
    assert failure_text(SyncFailure(REFUSED, 502, "Bad Gateway")).startswith("Portal mengalami")
    refused = conflict_reason_text(
        "workflow move refused: portal: 'schedule' needs a date and time (HTTP 409)", {}
    )
    assert refused.splitlines()[1] == "Rincian: 'schedule' needs a date and time"
    assert refused.startswith("Portal menolak langkah alur kerja")
    assert "Diajukan" in conflict_reason_text(
        "workflow move refused: no workflow path from 'submitted'", {}
    )
    assert conflict_reason_text("a reason nobody words", {}) == "a reason nobody words"
    # The portal's words for a refused op (portal/records.py), as a held conflict keeps them.
    locked = "role photographer, reporter may not change an article in 'published'"
    assert conflict_reason_text(locked, {}).startswith("Peran Anda tidak boleh mengubah artikel")
    assert "“Terbit”" in conflict_reason_text(locked, {})
    undeletable = "an article in 'scheduled' cannot be deleted: spike or unpublish it"
    assert "“Terjadwal” tidak dapat dihapus" in conflict_reason_text(undeletable, {})
    missing = (
        "the article names desk 1b5e... (desk_id), which is not on the portal: "
        "it is held until that desk is pushed"
    )
    assert conflict_reason_text(missing, {}).startswith("Artikel ini menyebut rubrik")
    unreachable = failure_text(SyncFailure(OFFLINE_KIND), signing_in=True)
    assert unreachable == "Portal tidak dapat dihubungi: periksa alamatnya dan jaringan."
    resync = failure_text(failure_of(MassDeletionRefused("the portal lacks 90 of 100 records")))
    assert resync.startswith("Portal tidak memiliki sebagian besar data")


def test_a_refused_workflow_move_is_explained_with_state_names(
    qtbot: Any, window: Any, portal: LocalPortal, english_after: None
) -> None:
    ui = signed_in(qtbot, window, portal, "eka")  # the store's articles were moved offline
    window.set_language("id")
    panel = ui.dock.panel
    with qtbot.waitSignal(ui.controller.status_changed, timeout=10000):
        ui.controller.refresh_status()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    rows = range(panel.model.rowCount())
    refused = [r for r in rows if panel.model.conflict(r).reason.startswith("workflow move")]
    assert refused, "the fixture's offline workflow moves are refused by the portal's rules"
    panel.list.setCurrentIndex(panel.model.index(refused[0], 0))
    conflict = panel.model.conflict(refused[0])
    assert panel.reason.text().startswith(("Portal menolak", "Langkah alur kerja"))
    portal_state = ArticleStatus(conflict.theirs["status"])
    assert status_label(portal_state) in panel.portal_view.toPlainText()
    assert status_label(ArticleStatus(conflict.mine["status"])) in panel.local_view.toPlainText()


def test_a_sign_in_answered_after_cancel_goes_to_the_status_bar(
    qtbot: Any, window: Any, portal: LocalPortal
) -> None:
    controller = window.sync_ui.controller
    controller.sync_timer.stop()
    controller.settings.set("portal_url", portal.url)
    dialog = controller.ask_sign_in()
    dialog.user_edit.setText("eka")
    dialog.password_edit.setText("bukan-kata-sandinya")
    with qtbot.waitSignal(controller.sign_in_failed, timeout=30000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        dialog.reject()  # cancelled while the portal is still being asked
    assert WRONG_PASSWORD["en"] in window.statusBar().currentMessage()
    assert dialog.error_label.text() != WRONG_PASSWORD["en"]


def test_the_demo_window_first_sync_shows_no_conflict(
    qtbot: Any, tmp_path: Path, gui_settings_dir: Path, english_after: None
) -> None:
    store_path = tmp_path / "demo" / "demo.sqlite"
    store_path.parent.mkdir()
    with Store.open(store_path) as store:
        build_demo(store, articles=30, photos=3)
    portal = start_demo_portal(store_path)  # as run-demo does before the window opens
    window = build_window(store_path, "id", Settings())
    qtbot.addWidget(window)
    try:
        window.show()
        with qtbot.waitSignal(window.list_updated, timeout=10000):
            window.start()
        ui: SyncUi = window.sync_ui
        ui.controller.sync_timer.stop()
        outcome = sync(qtbot, ui)
        assert outcome.failure is None and outcome.kept == ()
        assert (outcome.status.pending, outcome.status.conflicts) == (0, 0)
        assert ui.controller.label.text().startswith("Daring · 0 perubahan tertunda")
        assert "konflik" not in ui.controller.label.text()
        assert ui.dock.isHidden()
    finally:
        window.close()
        window.runner.shutdown()
        portal.stop()
