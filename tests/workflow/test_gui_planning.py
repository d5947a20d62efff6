"""Planning in the window: the assignment form, starting an article from an assignment, comments with
@mentions, and the people admin (admins only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meja_redaksi.domain.enums import ArticleStatus, AssignmentStatus, Role
from meja_redaksi.store import newsroom as nr
from tests.workflow.conftest import dump_store
from tests.workflow.test_gui_window import _open_window, _settle


@pytest.fixture
def open_as(qtbot, newsroom, tmp_path: Path, monkeypatch) -> Iterator:
    """Open the window signed in as a given user (closed at the end)."""
    opened = []

    def open_window(username: str):
        monkeypatch.setenv("MEJA_REDAKSI_CONFIG_DIR", str(tmp_path / f"config-{username}"))
        win, workflow = _open_window(qtbot, newsroom.path, username)
        opened.append(win)
        return win, workflow

    yield open_window
    for win in opened:
        win.close()
        win.runner.shutdown()


def test_desk_chief_plans_and_reporter_starts_the_article(qtbot, newsroom, open_as) -> None:
    """The form creates the assignment; the reporter's 'Only my tasks' lists it; 'Start article'
    opens a linked, pre-filled article and the assignment moves to in progress."""
    _win, workflow = open_as("budi")
    panel = workflow.assignments
    panel.new_assignment()
    dialog = panel.dialog
    assert dialog is not None
    dialog.ui.titleEdit.setText("Peresmian Jalur Sepeda Kuningan")
    dialog.ui.briefEdit.setPlainText("Wawancara Kepala Dinas Perhubungan.")
    dialog.ui.locationEdit.setText("Kuningan")
    dialog.ui.deskCombo.setCurrentIndex(dialog.ui.deskCombo.findData(newsroom.desk.id))
    reporter = newsroom.people[Role.REPORTER]
    for i in range(dialog.ui.reporterList.count()):
        item = dialog.ui.reporterList.item(i)
        if item.text() == reporter.name:
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    [planned] = newsroom.store.assignments.list()
    assert planned.title == "Peresmian Jalur Sepeda Kuningan" and planned.location == "Kuningan"
    assert planned.reporter_ids == [reporter.id] and planned.status == AssignmentStatus.ASSIGNED
    assert planned.deadline is not None and planned.deadline.tzinfo is not None

    win2, mine = open_as("rezap")
    assert not mine.assignments.ui.newButton.isEnabled()
    with qtbot.waitSignal(mine.assignments.loaded, timeout=5000):
        mine.assignments.ui.mineCheck.setChecked(True)
    assert mine.assignments.assignments.rowCount() == 1
    mine.assignments.ui.assignmentTable.selectRow(0)
    with qtbot.waitSignal(mine.assignments.article_started, timeout=5000) as started:
        mine.assignments.ui.startButton.click()
    article = started.args[0]
    qtbot.waitUntil(lambda: article.id in win2.editors, timeout=5000)
    editor = win2.editors[article.id]
    assert editor.ui.headlineEdit.text() == "Peresmian Jalur Sepeda Kuningan"
    stored = newsroom.store.articles.get(article.id)
    assert stored.assignment_id == planned.id and stored.reporter_id == reporter.id
    assert newsroom.store.assignments.get(planned.id).status == AssignmentStatus.IN_PROGRESS


def test_planning_form_refuses_an_empty_title(qtbot, newsroom, open_as) -> None:
    """Bad input stays in the form with a message; nothing is stored."""
    _win, workflow = open_as("budi")
    workflow.assignments.new_assignment()
    dialog = workflow.assignments.dialog
    before = dump_store(newsroom.path)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "title" in dialog.ui.problemLabel.text()
    assert dump_store(newsroom.path) == before


def test_comment_mention_reaches_the_mentioned_person(qtbot, newsroom, open_as) -> None:
    """A comment typed in the activity panel is stored; the mentioned reporter is notified."""
    article = newsroom.article(ArticleStatus.SUBMITTED)
    _win, workflow = open_as("nurul")
    activity = workflow.activity
    with qtbot.waitSignal(activity.loaded, timeout=5000):
        activity.show_article(article.id)
    qtbot.keyClicks(activity.comment_edit, "@rezap mohon tambah data")
    with qtbot.waitSignal(activity.loaded, timeout=5000):
        qtbot.keyClick(activity.comment_edit, Qt.Key.Key_Return)
    assert activity.comment_list.count() == 1
    [comment] = newsroom.store.comments.for_article(article.id)
    assert comment.author_id == newsroom.people[Role.EDITOR].id
    kinds = [n.kind.value for n in nr.notifications(newsroom.store, newsroom.people[Role.REPORTER])]
    assert kinds == ["mention"]


def test_people_admin_only_for_admins(qtbot, newsroom, open_as) -> None:
    """An admin adds and deactivates a person; for anyone else saving is off and refused."""
    from meja_redaksi.gui.workflow.people_admin import PeopleAdminDialog

    win, workflow = open_as("admin")
    with qtbot.waitSignal(workflow.people_action.triggered, timeout=1000):
        workflow.people_action.trigger()
    dialog = workflow.people_dialog
    assert isinstance(dialog, PeopleAdminDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(newsroom.store.people.list()))
    dialog.clear_form()
    dialog.username_edit.setText("sari")
    dialog.name_edit.setText("Sari Dewi")
    dialog.code_edit.setText("sarid")
    dialog.role_checks[Role.PHOTOGRAPHER].setChecked(True)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.save_button.click()
    sari = newsroom.store.people.get_by_username("sari")
    assert sari.roles == frozenset({Role.PHOTOGRAPHER}) and sari.active
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.person(r).id == sari.id)
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.deactivate_button.click()
    assert not newsroom.store.people.get(sari.id).active
    _settle(qtbot, win)

    _win2, reporter_ui = open_as("rezap")
    reporter_ui.open_people_admin()
    refused = reporter_ui.people_dialog
    assert isinstance(refused, PeopleAdminDialog)
    assert not refused.save_button.isEnabled() and "admin" in refused.problem_label.text()
