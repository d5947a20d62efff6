"""The window's workflow actions for every role x action x state, through the real task runner and store."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox

from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.gui.workflow.actions import WorkflowActions
from meja_redaksi.workflow import allowed_actions, find_transition
from tests.workflow.conftest import dump_store


def _accept_dialog(actions: WorkflowActions, note: str) -> None:
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.noteEdit.setPlainText(note)
    dialog.ui.whenEdit.setDateTime(QDateTime.currentDateTime().addDays(2))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_every_role_action_state_through_the_actions(qtbot, newsroom, actions) -> None:
    """Offered = what the table allows; taking an offered one moves and audits; any other is refused
    with a message naming role and state, and the article and its audit trail stay as they were."""
    store = newsroom.store
    for role, state in itertools.product(Role, ArticleStatus):
        person = newsroom.people[role]
        allowed = set(allowed_actions({role}, state))
        shared = newsroom.article(state)
        actions.set_context(person, shared)
        assert set(actions.offered()) == allowed, (role, state)
        for action in Action:
            if action in allowed:
                article = newsroom.article(state)
                actions.set_context(person, article)
                transition = find_transition(state, action)
                assert transition is not None
                with qtbot.waitSignal(actions.transitioned, timeout=5000) as done:
                    actions.actions[action].trigger()
                    if transition.needs_note or transition.needs_time:
                        _accept_dialog(actions, f"catatan {action.value}")
                assert done.args[0].status == transition.target
                event = store.articles.audit(article.id)[-1]
                assert (event.actor_id, event.action) == (person.id, action.value)
                assert (event.from_state, event.to_state) == (state.value, transition.target.value)
                assert store.articles.get(article.id).status == transition.target
            else:
                actions.set_context(person, shared)
                assert not actions.actions[action].isEnabled()
                audit = store.articles.audit(shared.id)
                with qtbot.waitSignal(actions.failed, timeout=5000) as refused:
                    actions.perform(action, "catatan", None)
                message = refused.args[0]
                assert role.value in message and state.value in message, message
                assert store.articles.get(shared.id) == shared
                assert store.articles.audit(shared.id) == audit


def test_return_dialog_insists_on_a_note(qtbot, newsroom, actions) -> None:
    """OK with an empty note keeps the dialog open and sends nothing; the store is untouched."""
    article = newsroom.article(ArticleStatus.SUBMITTED)
    actions.set_context(newsroom.people[Role.EDITOR], article)
    before = dump_store(newsroom.path)
    actions.actions[Action.RETURN].trigger()
    dialog = actions.dialog
    assert dialog is not None
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.ui.problemLabel.text()
    assert actions.runner.pending() == 0
    assert dump_store(newsroom.path) == before
    with qtbot.waitSignal(actions.transitioned, timeout=5000):
        _accept_dialog(actions, "Lengkapi data anggaran")
    assert newsroom.store.articles.get(article.id).return_note == "Lengkapi data anggaran"


def test_a_deactivated_person_is_refused_by_the_store(qtbot, newsroom, actions) -> None:
    """The action was offered when the person was active; the worker reads them again and refuses."""
    editor = newsroom.people[Role.EDITOR]
    article = newsroom.article(ArticleStatus.SUBMITTED)
    actions.set_context(editor, article)
    assert Action.APPROVE in actions.offered()
    newsroom.store.people.save(_inactive(editor))
    with qtbot.waitSignal(actions.failed, timeout=5000) as refused:
        actions.actions[Action.APPROVE].trigger()
    assert "no longer active" in refused.args[0]
    assert newsroom.store.articles.get(article.id).status == ArticleStatus.SUBMITTED


def _inactive(person):
    from dataclasses import replace

    return replace(person, active=False)
