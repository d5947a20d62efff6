"""run-demo's local portal: a demo user whose password file is private, the store signed in to it,
and a new demo store's first sync with nothing to push, replay or hold."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from meja_redaksi.cli.demo_portal import start_demo_portal
from meja_redaksi.domain.entities import Article
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.queries import ArticleQuery
from meja_redaksi.portal.auth import configure_password_hashing
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo, unsynced_articles
from meja_redaksi.sync.service import sign_in, sync_once, sync_status, token_path
from meja_redaksi.sync.store_replica import StoreReplica


@pytest.fixture(autouse=True)
def quick_hashing() -> None:
    """Cheap password hashing for the demo user."""
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)


def test_demo_portal_signs_the_store_in_and_syncs(tmp_path: Path) -> None:
    store_path = tmp_path / "demo.sqlite"
    with Store.open(store_path) as store:
        store.articles.save(Article(headline="Demo", body="Isi berita demo."))
    for _run in range(2):  # the second start reuses the same user and password
        portal = start_demo_portal(store_path)
        try:
            password_file = tmp_path / "demo-portal" / "demo-portal-password.txt"
            assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
            assert stat.S_IMODE(token_path(store_path).stat().st_mode) == 0o600
            with Store.open(store_path) as store:
                report, skipped = sync_once(store)
                assert skipped == []
                assert sync_status(store).pending == 0
                assert sync_status(store).portal == portal.url
        finally:
            portal.stop()
    assert report.pushed == 0  # taken by the portal when it started first


def _states(store: Store) -> dict[str, tuple[ArticleStatus, int]]:
    ids = store.articles.ids(ArticleQuery())
    return {i: (a.status, a.view_count) for i in ids for a in [store.articles.get(i)]}


def test_a_new_demo_stores_first_sync_holds_nothing_and_round_trips(tmp_path: Path) -> None:
    store_path = tmp_path / "demo.sqlite"
    with Store.open(store_path) as store:
        build_demo(store, articles=30, photos=4)  # every workflow state at least once
        before = _states(store)
        read_together = unsynced_articles(store)
        assert read_together == [store.articles.get(a.id) for a in read_together]
        assert {a.id for a in read_together} == set(before)
    assert {status for status, _views in before.values()} == set(ArticleStatus)
    portal = start_demo_portal(store_path)
    try:
        with Store.open(store_path) as store:
            report, skipped = sync_once(store)
            assert (report.pushed, report.transitions, report.rejected, report.conflicts) == (
                0,
                0,
                0,
                0,
            )
            assert report.held == [] and skipped == []
            status = sync_status(store)
            assert (status.pending, status.conflicts) == (0, 0)
            assert StoreReplica(store).conflicts() == []
            assert _states(store) == before  # workflow states and view counts as the demo made them
            first = next(i for i, (s, _v) in before.items() if s is ArticleStatus.PUBLISHED)
            article = store.articles.get(first)
            store.articles.save(article.copy(headline="Judul disunting setelah demo dimulai"))
            assert sync_status(store).pending == 1
            report, _skipped = sync_once(store)
            assert (report.pushed, report.conflicts, report.rejected) == (1, 0, 0)
            assert sync_status(store).pending == 0
        other = tmp_path / "laptop-b" / "store.sqlite3"
        other.parent.mkdir()
        password = (tmp_path / "demo-portal" / "demo-portal-password.txt").read_text().strip()
        with Store.open(other) as store:
            sign_in(store, portal.url, "demo", password)
            _report, skipped = sync_once(store)
            assert skipped == []
            assert _states(store) == before
            assert store.articles.get(first).headline == "Judul disunting setelah demo dimulai"
    finally:
        portal.stop()


def test_a_demo_store_made_anew_gets_a_new_demo_portal(tmp_path: Path) -> None:
    store_path = tmp_path / "demo.sqlite"
    with Store.open(store_path) as store:
        build_demo(store, articles=12, photos=2)
    start_demo_portal(store_path).stop()
    for part in tmp_path.glob("demo.sqlite*"):
        part.unlink()  # the person starts the demo over; the old portal stays
    with Store.open(store_path) as store:
        build_demo(store, articles=12, photos=2)
    portal = start_demo_portal(store_path)
    try:
        with Store.open(store_path) as store:
            report, skipped = sync_once(store)
            assert (report.pushed, report.transitions, report.rejected) == (0, 0, 0)
            assert skipped == [] and StoreReplica(store).conflicts() == []
            assert sync_status(store).pending == 0
    finally:
        portal.stop()
    assert len(list((tmp_path / "demo-portal").glob("portal-*.sqlite3"))) == 1  # kept, not deleted
