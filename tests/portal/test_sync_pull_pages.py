"""Pulling page by page while the next page is fetched ahead: a failure mid-way loses and repeats nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from meja_redaksi.sync import engine
from meja_redaksi.sync.client import PortalClient, PortalUnreachable
from meja_redaksi.sync.engine import SyncEngine
from meja_redaksi.sync.replica import MemoryReplica

PAGE = 2


def test_a_dropped_page_keeps_the_pages_before_and_the_retry_fetches_the_rest(
    client_for: Callable[[str], PortalClient],
    device_for: Callable[[str], tuple[MemoryReplica, SyncEngine]],
    proxy: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writer = client_for("rina")
    written = MemoryReplica()
    ids = [str(uuid.uuid4()) for _ in range(7)]
    for number, article_id in enumerate(ids):
        written.edit("article", article_id, {"headline": f"Berita {number}"})
    SyncEngine(written, writer).sync()
    log = writer.changes(0, 100)
    assert not log.more and {c.id for c in log.changes} >= set(ids)
    first_two_pages = writer.changes(0, 2 * PAGE).next_cursor

    monkeypatch.setattr(engine, "PULL_PAGE", PAGE)
    replica, device = device_for("eka")
    proxy.plan = ["pass", "pass", "drop_response"]  # the third page is lost on the way
    with pytest.raises(PortalUnreachable):
        device.sync()
    assert replica.cursor() == first_two_pages
    assert len(replica.records) == 2 * PAGE

    report = device.sync()
    assert report.pulled == len(log.changes) - 2 * PAGE
    assert replica.cursor() == log.next_cursor
    assert {key[1] for key in replica.records} == {c.id for c in log.changes}
    assert [replica.value("article", i, "headline") for i in ids] == [
        f"Berita {n}" for n in range(7)
    ]
