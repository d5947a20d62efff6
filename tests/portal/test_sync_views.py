"""View counts sent down to devices: a laptop's store and in-memory devices against a real portal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from meja_redaksi.domain.entities import Article
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.portal.records import purge_tombstones
from meja_redaksi.store import Store, sync_rows
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.engine import SyncEngine
from meja_redaksi.sync.replica import MemoryReplica
from meja_redaksi.sync.service import sign_in, sync_once, sync_status
from tests.portal.test_views_api import publish, read_page

Clients = Callable[[str], PortalClient]
Device = tuple[MemoryReplica, SyncEngine]


@pytest.fixture
def laptop_path(portal: LocalPortal, tmp_path: Path, password: str) -> Path:
    """A desk chief's laptop store, signed in to the portal (nothing synced yet)."""
    path = tmp_path / "laptop" / "store.db"
    path.parent.mkdir()
    with Store.open(path) as store:
        sign_in(store, portal.url, "dodi", password)
    return path


@pytest.fixture
def laptop(laptop_path: Path) -> Iterator[Store]:
    """The laptop's store, open."""
    with Store.open(laptop_path) as store:
        yield store


def shown_views(store: Store, article_id: str) -> int:
    """The count the article list's views column shows."""
    (summary,) = store.articles.summaries([article_id])
    return summary.view_count


def test_counts_reach_a_laptop_without_a_local_change(
    portal: LocalPortal, client_for: Clients, laptop: Store
) -> None:
    article_id = publish(client_for, "Pasar Murah")
    sync_once(laptop)
    revisions = len(laptop.articles.revisions(article_id))
    read_page(portal, article_id, 4)
    portal.app.state.views.flush()

    report, skipped = sync_once(laptop)
    assert (report.requests, report.pulled, report.views, skipped) == (2, 0, 1, [])
    assert laptop.articles.get(article_id).view_count == 4
    assert shown_views(laptop, article_id) == 4
    mark = sync_rows.sync_mark(laptop, "article", article_id)
    assert mark is not None and not mark.dirty
    assert sync_status(laptop).pending == 0
    assert len(laptop.articles.revisions(article_id)) == revisions

    report, _ = sync_once(laptop)  # no view counted since
    assert (report.requests, report.views) == (1, 0)
    read_page(portal, article_id, 2)
    portal.app.state.views.flush()
    report, _ = sync_once(laptop)
    assert (report.requests, report.views) == (2, 1)
    assert shown_views(laptop, article_id) == 6


def test_a_laptop_that_never_synced_gets_every_count(
    portal: LocalPortal, client_for: Clients, laptop: Store
) -> None:
    first, second = publish(client_for, "Pasar Murah"), publish(client_for, "Jalan Baru")
    read_page(portal, first, 3)
    read_page(portal, second, 1)
    portal.app.state.views.flush()
    report, _ = sync_once(laptop)
    assert report.views == 2
    assert (shown_views(laptop, first), shown_views(laptop, second)) == (3, 1)
    assert sync_status(laptop).pending == 0
    assert sync_once(laptop)[0].requests == 1


def test_a_count_leaves_a_local_edit_waiting_to_be_sent(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store.db") as store:
        article = store.articles.save(Article(headline="Belum dikirim"))
        revisions = len(store.articles.revisions(article.id))
        changed = sync_rows.set_view_counts(store, {article.id: 7, "not-held-here": 3})
        assert changed == 1
        assert sync_rows.set_view_counts(store, {article.id: 7}) == 0  # the same count again
        kept = store.articles.get(article.id)
        assert (kept.headline, kept.view_count) == ("Belum dikirim", 7)
        mark = sync_rows.sync_mark(store, "article", article.id)
        assert mark is not None and mark.dirty  # still to be sent
        assert len(store.articles.revisions(article.id)) == revisions


def test_a_full_resync_takes_every_count_again(
    portal: LocalPortal, client_for: Clients, device_for: Callable[[str], Device]
) -> None:
    article_id = publish(client_for, "Festival Kota")
    replica, engine = device_for("eka")
    engine.sync()
    read_page(portal, article_id, 5)
    portal.app.state.views.flush()
    assert engine.sync().views == 1
    assert replica.value("article", article_id, "view_count") == 5
    purge_tombstones(portal.app.state.db, 10**6)
    replica.set_cursor(1)  # past the kept history: the change log's older counts come again
    report = engine.sync()
    assert report.full_resync and report.views == 1
    assert replica.value("article", article_id, "view_count") == 5


def test_a_device_ahead_of_a_restored_portal_takes_every_count(
    portal: LocalPortal, client_for: Clients, device_for: Callable[[str], Device]
) -> None:
    article_id = publish(client_for, "Festival Kota")
    read_page(portal, article_id, 2)
    portal.app.state.views.flush()
    replica, engine = device_for("eka")
    engine.sync()
    version = replica.views_version()
    assert version > 0 and replica.value("article", article_id, "view_count") == 2
    replica.set_views_version(version + 100)  # as if it had synced with the portal before a restore
    replica.records[("article", article_id)].fields["view_count"] = 99
    report = engine.sync()
    assert report.views == 1 and report.requests == 2
    assert replica.views_version() == version
    assert replica.value("article", article_id, "view_count") == 2
    assert not replica.outbox
