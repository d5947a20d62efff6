"""``meja-redaksi article transition`` for every role x action x state, against the one table."""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from meja_redaksi.domain.enums import Action, ArticleStatus, Role
from meja_redaksi.workflow import find_transition
from tests.workflow.conftest import USERNAMES, dump_store

WHEN = "2026-12-01T08:30:00+07:00"


def _options(action: Action) -> list[str]:
    """Every combination gets a note and a time, so a refusal is about role and state only."""
    return ["--note", f"catatan untuk {action.value}", "--when", WHEN]


def test_every_role_action_state(newsroom, cli) -> None:
    """Allowed: state moves to the table's target and the audit names who, what, when, from.
    Forbidden: one line naming the role and the state, exit 1, article and audit unchanged.

    Refusals change nothing, so they share one article per (action, state); each allowed move gets a
    fresh article.
    """
    allowed_seen = refused_seen = 0
    for action, state in itertools.product(Action, ArticleStatus):
        transition = find_transition(state, action)
        shared = newsroom.article(state)
        for role in Role:
            person = newsroom.people[role]
            allowed = transition is not None and role in transition.roles
            article = newsroom.article(state) if allowed else shared
            before_audit = newsroom.store.articles.audit(article.id)
            started = datetime.now(UTC)
            result = cli(
                "article", "transition", article.id, action.value, "--as", USERNAMES[role],
                *_options(action),
            )  # fmt: skip
            after = newsroom.store.articles.get(article.id)
            audit = newsroom.store.articles.audit(article.id)
            if allowed:
                assert transition is not None
                allowed_seen += 1
                assert result.code == 0, (role, action, state, result.err)
                assert after.status == transition.target
                assert result.json()["from"] == state.value
                assert result.json()["to"] == transition.target.value
                event = audit[-1]
                assert len(audit) == len(before_audit) + 1
                assert (event.actor_id, event.action) == (person.id, action.value)
                assert (event.from_state, event.to_state) == (state.value, transition.target.value)
                assert started - timedelta(seconds=1) <= event.at <= datetime.now(UTC)
            else:
                refused_seen += 1
                assert result.code == 1, (role, action, state)
                message = result.err.strip()
                assert len(message.splitlines()) == 1
                assert role.value in message and state.value in message, message
                assert after == article and audit == before_audit
    assert allowed_seen and refused_seen
    assert allowed_seen + refused_seen == len(Role) * len(Action) * len(ArticleStatus)


def test_forbidden_changes_nothing_in_the_whole_store(newsroom, cli) -> None:
    """A reporter approving submitted copy: the store file's rows are identical afterwards."""
    article = newsroom.article(ArticleStatus.SUBMITTED)
    before = dump_store(newsroom.path)
    result = cli("article", "transition", article.id, "approve", "--as", "rezap")
    assert result.code == 1
    assert "reporter" in result.err and "submitted" in result.err
    assert dump_store(newsroom.path) == before


def test_return_needs_a_note_that_the_reporter_then_sees(newsroom, cli) -> None:
    """Without a note nothing happens; with one the article carries it and the history shows it."""
    article = newsroom.article(ArticleStatus.SUBMITTED)
    before = dump_store(newsroom.path)
    refused = cli("article", "transition", article.id, "return", "--as", "nurul")
    assert refused.code == 1 and "note" in refused.err
    assert dump_store(newsroom.path) == before
    note = "Tambahkan kutipan dari Wali Kota"
    done = cli("article", "transition", article.id, "return", "--as", "nurul", "--note", note)
    assert done.code == 0
    returned = newsroom.store.articles.get(article.id)
    assert returned.status == ArticleStatus.RETURNED and returned.return_note == note
    history = cli("article", "history", article.id)
    assert note in history.out and "nurul" in history.out


def test_schedule_needs_a_time_and_keeps_it(newsroom, cli) -> None:
    """Scheduling without --when is refused; with it, scheduled_at is the given moment."""
    article = newsroom.article(ArticleStatus.APPROVED)
    assert cli("article", "transition", article.id, "schedule", "--as", "budi").code == 1
    assert (
        cli("article", "transition", article.id, "schedule", "--as", "budi", "--when", WHEN).code
        == 0
    )
    scheduled = newsroom.store.articles.get(article.id)
    assert scheduled.scheduled_at == datetime.fromisoformat(WHEN)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--as", "nobody"], "nobody"),
        (["--as", "mantan"], "no longer active"),
        (["--as", "budi", "--when", "besok pagi"], "ISO 8601"),
        (["--as", "budi", "--expect", "draft"], "now 'approved'"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(newsroom, cli, args, expected) -> None:
    """Unknown or inactive users, bad times and stale expectations: exit 1, store unchanged."""
    article = newsroom.article(ArticleStatus.APPROVED)
    before = dump_store(newsroom.path)
    result = cli("article", "transition", article.id, "publish", *args)
    assert result.code == 1
    assert expected in result.err and len(result.err.strip().splitlines()) == 1
    assert dump_store(newsroom.path) == before


def test_subprocess_exit_codes(newsroom) -> None:
    """The real program: 0 with JSON on success, 1 with one stderr line on refusal, 2 on usage."""
    article = newsroom.article(ArticleStatus.DRAFT)
    base = [
        sys.executable,
        "-m",
        "meja_redaksi",
        "article",
        "transition",
        "--store",
        str(newsroom.path),
    ]
    refused = subprocess.run(
        [*base, article.id, "publish", "--as", "rezap"], capture_output=True, text=True, check=False
    )
    assert refused.returncode == 1 and "reporter" in refused.stderr and "draft" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = subprocess.run(
        [*base, article.id, "submit", "--as", "rezap"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and '"to": "submitted"' in done.stdout
    usage = subprocess.run(
        [*base, article.id, "fly", "--as", "rezap"], capture_output=True, text=True, check=False
    )
    assert usage.returncode == 2
