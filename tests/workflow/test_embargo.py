"""Embargo: only editors and desk chiefs set it; publishing or scheduling before it ends is refused."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox

from meja_redaksi.domain.enums import ArticleStatus, Role
from tests.workflow.conftest import dump_store

UNTIL = "2099-01-01T07:00:00+07:00"


def test_embargo_through_the_command_line(newsroom, cli) -> None:
    """Set (audited), refused for a reporter, blocks publishing, lifted, then publishing works."""
    article = newsroom.article(ArticleStatus.APPROVED)
    before = dump_store(newsroom.path)
    refused = cli("article", "embargo", article.id, "--until", UNTIL, "--as", "rezap")
    assert refused.code == 1 and "reporter" in refused.err and "approved" in refused.err
    assert dump_store(newsroom.path) == before
    done = cli("article", "embargo", article.id, "--until", UNTIL, "--as", "nurul")
    assert done.code == 0
    held = newsroom.store.articles.get(article.id)
    assert held.embargo_until == datetime.fromisoformat(UNTIL)
    event = newsroom.store.articles.audit(article.id)[-1]
    assert (event.action, event.actor_id) == ("embargo", newsroom.people[Role.EDITOR].id)
    assert event.from_state == "approved"
    before = dump_store(newsroom.path)
    blocked = cli("article", "transition", article.id, "publish", "--as", "budi")
    assert blocked.code == 1 and "embargo" in blocked.err
    assert dump_store(newsroom.path) == before
    after = "2099-01-02T08:00:00+07:00"
    scheduled = cli(
        "article", "transition", article.id, "schedule", "--as", "budi", "--when", after
    )
    assert scheduled.code == 0
    assert cli("article", "embargo", article.id, "--lift", "--as", "budi").code == 0
    assert newsroom.store.articles.get(article.id).embargo_until is None
    assert cli("article", "transition", article.id, "publish", "--as", "budi").code == 0


def test_embargo_from_the_menu(qtbot, newsroom, actions) -> None:
    """The menu offers it to a desk chief, not to a reporter; the dialog's time is stored."""
    article = newsroom.article(ArticleStatus.SUBMITTED)
    actions.set_context(newsroom.people[Role.REPORTER], article)
    assert not actions.embargo_action.isVisible()
    actions.set_context(newsroom.people[Role.DESK_CHIEF], article)
    assert actions.embargo_action.isVisible() and not actions.lift_embargo_action.isVisible()
    actions.embargo_action.trigger()
    dialog = actions.dialog
    assert dialog is not None and not dialog.ui.noteEdit.isVisibleTo(dialog)
    chosen = QDateTime(2099, 1, 1, 0, 0, 0).toUTC()
    dialog.ui.whenEdit.setDateTime(chosen)
    with qtbot.waitSignal(actions.transitioned, timeout=5000) as done:
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = newsroom.store.articles.get(article.id).embargo_until
    assert stored == chosen.toPython().replace(tzinfo=UTC)
    assert done.args[0].embargo_until == stored
    assert actions.lift_embargo_action.isVisible()
