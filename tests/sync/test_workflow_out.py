"""Offline workflow moves are replayed along the one transition table, on a real portal too."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from meja_redaksi.domain.entities import Article, Desk
from meja_redaksi.domain.enums import Action, ArticleStatus
from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.sync.service import sign_in, sync_once
from meja_redaksi.sync.store_replica import StoreReplica
from meja_redaksi.sync.workflow_out import action_path
from meja_redaksi.workflow.transitions import TRANSITIONS

S = ArticleStatus
PASSWORD = "rahasia-redaksi"


@pytest.mark.parametrize("source", list(S))
@pytest.mark.parametrize("target", list(S))
def test_every_path_follows_the_table(source: ArticleStatus, target: ArticleStatus) -> None:
    path = action_path(source, target)
    state = source
    for expected, action in path:
        assert expected == state
        state = TRANSITIONS[(expected, action)].target
    assert state == target or (not path and source != target)


def test_shortest_paths() -> None:
    assert action_path(S.DRAFT, S.SUBMITTED) == [(S.DRAFT, Action.SUBMIT)]
    assert action_path(S.DRAFT, S.PUBLISHED) == [
        (S.DRAFT, Action.SUBMIT),
        (S.SUBMITTED, Action.APPROVE),
        (S.APPROVED, Action.PUBLISH),
    ]
    assert action_path(S.SPIKED, S.SPIKED) == []


def test_offline_schedule_and_unpublish_are_replayed_with_their_time_and_note(
    tmp_path: Path,
) -> None:
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    roles = ["admin", "desk_chief", "editor"]
    with LocalPortal(f"sqlite:///{tmp_path / 'portal.db'}", tmp_path / "media") as portal:
        add_user(portal.app.state.db, "eka", "Eka Editor", roles, PASSWORD)
        laptop = tmp_path / "laptop.sqlite3"
        with Store.open(laptop) as store:
            sign_in(store, portal.url, "eka", PASSWORD)
            sync_once(store)  # the portal's people, this editor among them
            editor = store.people.get_by_username("eka")
            desk = store.desks.save(Desk(name="Kota", slug="kota"))
            scheduled, pulled = (
                store.articles.save(
                    Article(headline=f"Berita {n}", body="Isi berita.", desk_id=desk.id)
                ).id
                for n in (1, 2)
            )
            sync_once(store)  # both reach the portal as drafts
            when = datetime(2030, 5, 2, 9, 0, tzinfo=UTC)
            for action in (Action.SUBMIT, Action.APPROVE):
                for article_id in (scheduled, pulled):
                    store.articles.transition(article_id, action, editor)
            store.articles.transition(scheduled, Action.SCHEDULE, editor, when=when)
            store.articles.transition(pulled, Action.PUBLISH, editor)
            store.articles.transition(pulled, Action.UNPUBLISH, editor, note="Data keliru")
            report, _skipped = sync_once(store)
            assert [c.reason for c in StoreReplica(store).conflicts()] == []
            assert report.rejected == 0
            assert report.transitions == 7
        other = tmp_path / "other.sqlite3"
        with Store.open(other) as store:
            sign_in(store, portal.url, "eka", PASSWORD)
            sync_once(store)
            assert store.articles.get(scheduled).status is S.SCHEDULED
            assert store.articles.get(scheduled).scheduled_at == when
            assert store.articles.get(pulled).status is S.UNPUBLISHED
