"""The workflow parts installed in the real main window: queue by keyboard, diff, panels, editor sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from meja_redaksi.domain.entities import Assignment, utcnow
from meja_redaksi.domain.enums import Action, ArticleStatus, AssignmentStatus, Role
from meja_redaksi.gui.launch import build_window
from meja_redaksi.gui.workflow import WorkflowUi, install_workflow_ui
from meja_redaksi.settings import Settings
from meja_redaksi.store import newsroom as nr
from meja_redaksi.workflow import allowed_actions


def _open_window(qtbot, path: Path, user: str):
    settings = Settings()
    settings.set("user", user)
    win = build_window(path, "en", settings)
    qtbot.addWidget(win)
    workflow = install_workflow_ui(win)
    win.resize(1300, 850)
    win.show()
    loaded = [win.ready, workflow.queue.loaded, workflow.assignments.loaded]
    with qtbot.waitSignals(loaded, timeout=10000):
        win.start()
    return win, workflow


@pytest.fixture
def desk_window(
    qtbot, newsroom, tmp_path: Path, monkeypatch
) -> Iterator[tuple[object, WorkflowUi]]:
    """The main window signed in as the desk chief, with the workflow installed."""
    monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(tmp_path / "config"))
    win, workflow = _open_window(qtbot, newsroom.path, "budi")
    yield win, workflow
    win.close()
    win.runner.shutdown()


def _settle(qtbot, win) -> None:
    """Wait until every queued task has finished or been dropped as cancelled."""
    qtbot.waitUntil(lambda: win.runner.pending() == 0, timeout=10000)


def test_queue_is_cleared_with_the_keyboard(qtbot, newsroom, desk_window) -> None:
    """J/K move, A approves, R asks for the note and Enter returns; the reporter sees the note."""
    win, workflow = desk_window
    store = newsroom.store
    reporter = newsroom.people[Role.REPORTER]
    queued = [newsroom.article(ArticleStatus.DRAFT, headline=f"Berita {n}") for n in range(3)]
    for article in queued:
        nr.transition(store, article.id, Action.SUBMIT, reporter)
    changed = store.articles.get(queued[0].id)
    store.articles.save(changed.copy(body=changed.body + " Tambahan dari redaktur."))
    panel = workflow.queue
    workflow.show_dock("reviewQueueDock")
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.refresh()
    _settle(qtbot, win)
    assert panel.model.rowCount() == 3
    assert panel.desk_counts() == {newsroom.desk.id: 3}
    table = panel.ui.queueTable
    table.setFocus()
    panel._select(0)
    _settle(qtbot, win)
    first = panel.current_entry()
    assert first is not None
    html = panel.ui.diffView.toHtml()
    assert first.id == queued[0].id  # oldest first: no deadlines, same priority
    assert "Tambahan" in html and "Changes since submission" in panel.ui.diffView.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert table.currentIndex().row() == 0
    with qtbot.waitSignal(panel.transitioned, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_A)
    _settle(qtbot, win)
    event = store.articles.audit(first.id)[-1]
    assert store.articles.get(first.id).status == ArticleStatus.APPROVED
    assert (event.action, event.actor_id) == ("approve", newsroom.people[Role.DESK_CHIEF].id)
    assert panel.model.rowCount() == 2
    second = panel.current_entry()
    assert second is not None
    before = store.articles.audit(second.id)
    qtbot.keyClick(table, Qt.Key.Key_R)
    assert panel.ui.returnNoteEdit.hasFocus()
    assert store.articles.audit(second.id) == before
    qtbot.keyClicks(panel.ui.returnNoteEdit, "Cek ejaan nama camat")
    with qtbot.waitSignal(panel.transitioned, timeout=5000):
        qtbot.keyClick(panel.ui.returnNoteEdit, Qt.Key.Key_Return)
    _settle(qtbot, win)
    returned = store.articles.get(second.id)
    assert returned.status == ArticleStatus.RETURNED
    assert returned.return_note == "Cek ejaan nama camat"
    assert panel.model.rowCount() == 1
    activity = workflow.activity
    with qtbot.waitSignal(activity.loaded, timeout=5000):
        activity.show_article(second.id)
    assert activity.return_banner.isVisibleTo(activity)
    assert "Cek ejaan nama camat" in activity.return_banner.text()
    assert any("Cek ejaan" in activity.history_list.item(i).text()
               for i in range(activity.history_list.count()))  # fmt: skip


def test_toolbar_follows_the_open_article_and_editor_keeps_the_new_state(
    qtbot, newsroom, desk_window
) -> None:
    """Actions offered = the table's for the desk chief; after approving, saving the open editor's
    text does not put the old state back."""
    win, workflow = desk_window
    article = newsroom.article(ArticleStatus.SUBMITTED)
    win.open_article(article.id)
    qtbot.waitUntil(lambda: article.id in win.editors, timeout=5000)
    _settle(qtbot, win)
    expected = set(allowed_actions({Role.DESK_CHIEF}, ArticleStatus.SUBMITTED))
    assert set(workflow.actions.offered()) == expected
    with qtbot.waitSignal(workflow.actions.transitioned, timeout=5000):
        workflow.actions.actions[Action.APPROVE].trigger()
    _settle(qtbot, win)
    assert set(workflow.actions.offered()) == set(
        allowed_actions({Role.DESK_CHIEF}, ArticleStatus.APPROVED)
    )
    editor = win.editors[article.id]
    editor.ui.bodyEdit.setPlainText("Teks baru setelah disetujui.")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    stored = newsroom.store.articles.get(article.id)
    assert stored.status == ArticleStatus.APPROVED
    assert "Teks baru" in stored.body


def test_panel_counts_match_the_store_and_drop_assigns(qtbot, newsroom, desk_window) -> None:
    """Workload numbers equal the store's own queries; dropping an assignment on a photographer
    assigns them; overdue assignments stand out."""
    _win, workflow = desk_window
    store = newsroom.store
    chief, reporter = newsroom.people[Role.DESK_CHIEF], newsroom.people[Role.REPORTER]
    photographer = newsroom.people[Role.PHOTOGRAPHER]
    late = nr.save_assignment(
        store,
        Assignment(title="Rapat DPRD", deadline=utcnow() - timedelta(hours=3),
                   reporter_ids=[reporter.id], desk_id=newsroom.desk.id),
        chief,
    )  # fmt: skip
    nr.save_assignment(
        store, Assignment(title="Pasar murah", deadline=utcnow() + timedelta(days=1)), chief
    )
    newsroom.article(ArticleStatus.DRAFT)
    newsroom.article(ArticleStatus.RETURNED)
    panel = workflow.assignments
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.refresh()
    assert panel.assignments.rowCount() == len(store.assignments.list()) == 2
    rows = {
        panel.loads[Role.REPORTER].workload(r).person.id: r
        for r in range(panel.loads[Role.REPORTER].rowCount())
    }
    model = panel.loads[Role.REPORTER]
    row = rows[reporter.id]
    mine = store.assignments.list(person_id=reporter.id)
    from meja_redaksi.domain.queries import ArticleQuery

    states = [s.status for s in store.articles.list(ArticleQuery(person_id=reporter.id))]
    assert model.index(row, 1).data() == len(mine)
    assert model.index(row, 2).data() == states.count(ArticleStatus.DRAFT) + states.count(
        ArticleStatus.RETURNED
    )
    assert model.index(row, 3).data() == sum(a.deadline < utcnow() for a in mine if a.deadline)
    assert model.index(row, 4).data() == states.count(ArticleStatus.RETURNED)
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    late_row = next(r for r in range(2) if panel.assignments.assignment(r).id == late.id)
    assert panel.assignments.index(late_row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    other_row = 1 - late_row
    mime = panel.assignments.mimeData([panel.assignments.index(other_row, 0)])
    photographers = panel.loads[Role.PHOTOGRAPHER]
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        assert photographers.dropMimeData(
            mime, Qt.DropAction.CopyAction, -1, -1, photographers.index(0, 0)
        )
    other = panel.assignments.assignment(other_row)
    stored = store.assignments.get(other.id)
    assert stored.photographer_id == photographer.id
    assert stored.status == AssignmentStatus.ASSIGNED
    phot_row = photographers.workload(0)
    assert phot_row is not None and phot_row.open_assignments == len(
        store.assignments.list(person_id=photographer.id)
    )


def test_reporter_cannot_plan_and_sees_notifications(
    qtbot, newsroom, tmp_path, monkeypatch
) -> None:
    """Signed in as the reporter: planning buttons off; a return shows up as a notification."""
    monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(tmp_path / "config-reporter"))
    store = newsroom.store
    article = newsroom.article(ArticleStatus.SUBMITTED)
    nr.transition(
        store, article.id, Action.RETURN, newsroom.people[Role.EDITOR], note="Foto kurang"
    )
    win, workflow = _open_window(qtbot, newsroom.path, "rezap")
    try:
        assert not workflow.assignments.ui.newButton.isEnabled()
        qtbot.waitUntil(lambda: workflow.notifications.model.rowCount() == 1, timeout=5000)
        assert "Foto kurang" in workflow.notifications.model.index(0).data()
        assert "1" in workflow.notification_label.text()
        with qtbot.waitSignal(workflow.notifications.unseen_changed, timeout=5000) as seen:
            workflow.notifications.mark_all_read()
        assert seen.args[0] == 0
    finally:
        win.close()
        win.runner.shutdown()


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, newsroom, desk_window) -> None:
    """Queue, assignments, workloads, notifications and people, each with rows."""
    from meja_redaksi.gui.workflow.people_admin import PeopleModel

    win, workflow = desk_window
    store = newsroom.store
    chief = newsroom.people[Role.DESK_CHIEF]
    nr.save_assignment(
        store, Assignment(title="Banjir", reporter_ids=[newsroom.people[Role.REPORTER].id]), chief
    )
    article = newsroom.article(ArticleStatus.SUBMITTED)
    nr.add_comment(store, article.id, newsroom.people[Role.EDITOR], "@budi lihat ini")
    workflow.refresh()
    _settle(qtbot, win)
    assert workflow.queue.model.rowCount() and workflow.assignments.assignments.rowCount()
    assert workflow.notifications.model.rowCount()
    people = PeopleModel()
    people.set_people(store.people.list(), {newsroom.desk.id: newsroom.desk.name})
    for model in (
        workflow.queue.model,
        workflow.assignments.assignments,
        *workflow.assignments.loads.values(),
        workflow.notifications.model,
        people,
    ):
        qtmodeltester.check(model, force_py=True)


def test_installing_twice_adds_nothing_twice(newsroom, desk_window) -> None:
    """The window may call install_workflow_ui itself: a second call returns the same parts."""
    from PySide6.QtWidgets import QDockWidget

    win, workflow = desk_window
    assert install_workflow_ui(win) is workflow
    names = [d.objectName() for d in win.findChildren(QDockWidget)]
    assert names.count("reviewQueueDock") == 1 and names.count("assignmentDock") == 1
    menus = [a.text() for a in win.ui.menuBar.actions()]
    assert menus.count(workflow.actions.menu.title()) == 1


def test_reporter_sees_the_return_note_on_top_of_the_article(
    qtbot, newsroom, tmp_path, monkeypatch
) -> None:
    """The returned article opens with the desk's note in a banner above the text; the queue's
    approve and return are off for a reporter; the sidebar's views bring up the docks."""
    from PySide6.QtWidgets import QLabel

    from meja_redaksi.gui.main_window import VIEW_KEY_ROLE
    from meja_redaksi.gui.workflow import RETURN_BANNER_NAME

    monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(tmp_path / "config-banner"))
    article = newsroom.article(ArticleStatus.SUBMITTED)
    note = "Tambahkan tanggapan warga Muara Baru"
    nr.transition(
        newsroom.store, article.id, Action.RETURN, newsroom.people[Role.EDITOR], note=note
    )
    win, workflow = _open_window(qtbot, newsroom.path, "rezap")
    try:
        assert not workflow.queue.ui.approveButton.isEnabled()
        win.open_article(article.id)
        qtbot.waitUntil(lambda: article.id in win.editors, timeout=5000)
        banner = win.editors[article.id].findChild(QLabel, RETURN_BANNER_NAME)
        assert banner is not None and banner.isVisibleTo(win.editors[article.id])
        assert note in banner.text()
        assert set(workflow.actions.offered()) == set(
            allowed_actions({Role.REPORTER}, ArticleStatus.RETURNED)
        )
        for key, dock in (("queue", "reviewQueueDock"), ("mine", "assignmentDock")):
            row = next(
                r for r in range(win.ui.viewList.count())
                if win.ui.viewList.item(r).data(VIEW_KEY_ROLE) == key
            )  # fmt: skip
            win.ui.viewList.setCurrentRow(row)
            assert workflow.docks[dock].isVisible()
        assert workflow.assignments.ui.mineCheck.isChecked()
    finally:
        win.close()
        win.runner.shutdown()
