"""Several devices editing offline and syncing through a real portal, with faults on the wire."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.portal.records import purge_tombstones
from meja_redaksi.sync.client import PortalUnreachable
from meja_redaksi.sync.engine import MassDeletionRefused, SyncEngine, SyncReport
from meja_redaksi.sync.replica import LocalRecord, MemoryReplica

Device = tuple[MemoryReplica, SyncEngine]
Devices = Callable[[str], Device]
BODY = (
    "Gubernur menerima delegasi Los Angeles pada Senin (30/4).\n\n"
    "Pertemuan membahas kerja sama sister city.\n\n"
    "Kita ingin ada langkah konkret, kata Gubernur."
)


def shared_article(author: Device, *others: Device) -> str:
    """An article written on ``author``, synced, and pulled by every other device."""
    article_id = str(uuid.uuid4())
    author[0].edit("article", article_id, {"headline": "Sister city", "body": BODY})
    author[1].sync()
    for _, engine in others:
        engine.sync()
    return article_id


def body(device: Device, article_id: str) -> str:
    return str(device[0].value("article", article_id, "body"))


def test_two_devices_different_paragraphs_merge(device_for: Devices) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    rina[0].edit("article", article_id, {"body": BODY.replace("Senin (30/4)", "Senin (30/4) pagi")})
    eka[0].edit("article", article_id, {"body": BODY.replace("kata Gubernur", "ujar Gubernur")})
    rina[1].sync()
    report = eka[1].sync()
    rina[1].sync()
    assert report.conflicts == 0
    for device in (rina, eka):
        assert "Senin (30/4) pagi" in body(device, article_id)
        assert "ujar Gubernur" in body(device, article_id)
        assert not device[0].outbox and not device[0].conflicts


def test_three_devices_different_fields(device_for: Devices) -> None:
    rina, eka, dodi = device_for("rina"), device_for("eka"), device_for("dodi")
    article_id = shared_article(rina, eka, dodi)
    rina[0].edit("article", article_id, {"tags": ["sister city"]})
    eka[0].edit("article", article_id, {"headline": "Gubernur bahas sister city"})
    dodi[0].edit("article", article_id, {"lead": "Kerja sama dengan Los Angeles."})
    for _ in range(2):
        for device in (rina, eka, dodi):
            device[1].sync()
    for device in (rina, eka, dodi):
        fields = device[0].records[("article", article_id)].fields
        assert fields["tags"] == ["sister city"]
        assert fields["headline"] == "Gubernur bahas sister city"
        assert fields["lead"] == "Kerja sama dengan Los Angeles."


def test_same_paragraph_is_held_with_both_versions(device_for: Devices) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    rina[0].edit("article", article_id, {"body": BODY.replace("Senin", "Selasa")})
    eka[0].edit("article", article_id, {"body": BODY.replace("Senin", "Rabu")})
    rina[1].sync()
    report = eka[1].sync()
    rina[1].sync()
    assert report.conflicts == 1
    assert body(rina, article_id) == body(eka, article_id)
    assert "Selasa" in body(eka, article_id) and "SelasaRabu" not in body(eka, article_id)
    (held,) = eka[0].conflicts
    assert "Rabu" in held.mine["body"] and "Selasa" in held.theirs["body"]
    assert eka[0].records[("article", article_id)].fields["conflicted"] is True


def test_delete_against_edit_loses_nothing(device_for: Devices) -> None:
    rina, budi = device_for("rina"), device_for("budi")
    article_id = shared_article(rina, budi)
    budi[0].edit("article", article_id, {"body": BODY + "\n\nTambahan penting."})
    rina[0].delete("article", article_id)
    rina[1].sync()
    budi[1].sync()
    rina[1].sync()
    (held,) = budi[0].conflicts
    assert "Tambahan penting." in held.mine["body"]


def test_request_dropped_keeps_the_outbox(device_for: Devices, proxy: Any) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    rina[0].edit("article", article_id, {"headline": "Judul baru"})
    proxy.plan = ["drop_request"]
    with pytest.raises(PortalUnreachable):
        rina[1].sync()
    assert len(rina[0].outbox) == 1
    rina[1].sync()
    eka[1].sync()
    assert eka[0].value("article", article_id, "headline") == "Judul baru"


def test_response_dropped_after_commit_retry_gets_the_same_answer(
    device_for: Devices, proxy: Any, portal: LocalPortal
) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    rina[0].edit("article", article_id, {"body": BODY + "\n\nSatu paragraf lagi."})
    proxy.plan = ["drop_response"]
    with pytest.raises(PortalUnreachable):
        rina[1].sync()
    # More typing while offline: it must not be folded into the op that was already sent.
    rina[0].edit("article", article_id, {"tags": ["kota"]})
    assert len(rina[0].outbox) == 2
    rina[1].sync()
    eka[1].sync()
    record = eka[0].records[("article", article_id)]
    assert record.fields["body"].count("Satu paragraf lagi.") == 1
    assert record.fields["tags"] == ["kota"]
    assert record.rev == 3  # created, body, tags: the retried op was applied once


def test_duplicated_and_late_requests_apply_once(device_for: Devices, proxy: Any) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    rina[0].edit("article", article_id, {"headline": "Versi satu"})
    proxy.plan = ["keep"]
    rina[1].sync()
    eka[1].sync()
    eka[0].edit("article", article_id, {"headline": "Versi editor"})
    proxy.plan = ["duplicate"]
    eka[1].sync()
    (late,) = proxy.replay()
    result = json.loads(late.partition(b"\r\n\r\n")[2])["results"][0]
    assert result["outcome"] == "applied" and result["rev"] == 2
    rina[1].sync()
    assert rina[0].value("article", article_id, "headline") == "Versi editor"
    assert rina[0].records[("article", article_id)].rev == 3


def test_server_restart_mid_sync(device_for: Devices, portal: LocalPortal) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    ids = [str(uuid.uuid4()) for _ in range(5)]
    for n, article_id in enumerate(ids):
        rina[0].edit("article", article_id, {"headline": f"Berita {n}", "body": BODY})
    rina[1].push(SyncReport())  # pushed, not yet pulled
    portal.restart()
    rina[1].sync()
    eka[1].sync()
    assert {k[1] for k in eka[0].records if k[0] == "article"} == set(ids)


def test_client_clock_skew_changes_nothing(device_for: Devices) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    tomorrow = "2099-01-02T00:00:00+00:00"
    rina[0].edit("article", article_id, {"headline": "Jam rusak", "updated_at": tomorrow})
    rina[1].sync()
    eka[1].sync()
    eka[0].edit("article", article_id, {"headline": "Lebih baru"})
    eka[1].sync()
    rina[1].sync()
    assert rina[0].value("article", article_id, "headline") == "Lebih baru"


def test_full_resync_keeps_unpushed_work(device_for: Devices, portal: LocalPortal) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    article_id = shared_article(rina, eka)
    purge_tombstones(portal.app.state.db, 10**6)
    eka[0].set_cursor(1)
    local_only = str(uuid.uuid4())
    eka[0].edit("article", local_only, {"headline": "Belum dikirim"})
    eka[0].outbox[-1].base_rev = None  # queued behind an op still unanswered: not pushable yet
    report = eka[1].sync()
    assert report.full_resync
    assert ("article", local_only) in eka[0].records
    assert eka[0].value("article", article_id, "body") == BODY


def test_full_resync_refuses_mass_deletion(device_for: Devices, portal: LocalPortal) -> None:
    rina, eka = device_for("rina"), device_for("eka")
    shared_article(rina, eka)
    for n in range(40):
        eka[0].records[("article", str(uuid.uuid4()))] = LocalRecord(
            n + 1, {"headline": f"Lama {n}"}
        )
    purge_tombstones(portal.app.state.db, 10**6)
    eka[0].set_cursor(1)
    with pytest.raises(MassDeletionRefused):
        eka[1].sync()
    assert sum(1 for k in eka[0].records if k[0] == "article") == 41
