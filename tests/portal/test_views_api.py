"""The portal's view counts version over real HTTP: batches move it, pages carry it, /views?since=V."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx

from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient, PortalRefused
from meja_redaksi.sync.protocol import Op, OpOutcome, ViewCounts

Clients = Callable[[str], PortalClient]


def push(client: PortalClient, entity: str, record_id: str, base_rev: int, **fields: Any) -> int:
    (result,) = client.push([Op(str(uuid.uuid4()), entity, record_id, base_rev, fields)])
    assert result.outcome in (OpOutcome.APPLIED, OpOutcome.MERGED), result
    return result.rev


def publish(client_for: Clients, headline: str) -> str:
    """A published article on a new desk; return its id."""
    desk_id, article_id = str(uuid.uuid4()), str(uuid.uuid4())
    slug = f"rubrik-{desk_id[:8]}"
    push(client_for("dodi"), "desk", desk_id, 0, name=f"Rubrik {slug}", slug=slug)
    rina = client_for("rina")
    push(rina, "article", article_id, 0, headline=headline, body="Isi berita.", desk_id=desk_id)
    rina.transition(article_id, "submit", "draft")
    client_for("eka").transition(article_id, "approve", "submitted")
    client_for("dodi").transition(article_id, "publish", "approved")
    return article_id


def read_page(portal: LocalPortal, article_id: str, times: int) -> None:
    with httpx.Client() as reader:
        for _ in range(times):
            assert reader.get(f"{portal.url}/berita/{article_id}").status_code == 200


def test_batches_move_the_version_and_since_sends_only_moved_counts(
    portal: LocalPortal, client_for: Clients
) -> None:
    first, second = publish(client_for, "Pasar Murah"), publish(client_for, "Jalan Baru")
    rina = client_for("rina")
    assert rina.view_counts(0) == ViewCounts(0, {first: 0, second: 0})  # no batch yet: all
    assert rina.changes(0).views_version == 0
    read_page(portal, second, 1)
    portal.app.state.views.flush()
    start = rina.view_counts(0)
    assert start.version > 0 and start.counts == {first: 0, second: 1}
    assert rina.changes(0).views_version == start.version

    read_page(portal, first, 3)
    portal.app.state.views.flush()
    after = rina.view_counts(start.version)
    assert after.version > start.version
    assert after.counts == {first: 3}  # the article not read since is not sent again
    assert rina.changes(0).views_version == after.version
    assert rina.changes(10**6).views_version == after.version  # an empty page carries it too
    assert rina.view_counts(after.version).counts == {}

    read_page(portal, second, 2)
    read_page(portal, first, 1)
    portal.app.state.views.flush()
    latest = rina.view_counts(after.version)
    assert latest.version > after.version and latest.counts == {first: 4, second: 3}
    assert rina.view_counts(0).counts == latest.counts
    assert rina._call("GET", "/views") == {first: 4, second: 3}  # the old answer, unchanged


def test_a_count_of_an_article_no_longer_published_still_reaches_devices(
    portal: LocalPortal, client_for: Clients
) -> None:
    article_id = publish(client_for, "Festival Kota")
    rina = client_for("rina")
    read_page(portal, article_id, 1)
    portal.app.state.views.flush()
    seen = rina.view_counts(0).version
    read_page(portal, article_id, 2)
    client_for("dodi").transition(article_id, "unpublish", "published", "Salah data")
    portal.app.state.views.flush()  # views counted while it was public, written after
    assert seen > 0 and rina.view_counts(seen).counts == {article_id: 3}
    assert rina.view_counts(0).counts == {article_id: 3}
    assert article_id not in rina._call("GET", "/views")  # the old answer: published only


def test_empty_batch_moves_nothing_and_bad_since_is_refused(
    portal: LocalPortal, client_for: Clients
) -> None:
    rina = client_for("rina")
    before = rina.view_counts(0).version
    portal.app.state.views.flush()  # nothing counted
    assert rina.view_counts(0).version == before
    try:
        rina._call("GET", "/views", params={"since": -1})
    except PortalRefused as exc:
        assert exc.status == 422
    else:
        raise AssertionError("a negative version was accepted")
    assert httpx.get(f"{portal.url}/api/v1/views", params={"since": 0}).status_code == 401
