"""The sync API over real HTTP: sign-in, push and pull, merges, conflicts, transitions, security."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
import pytest

from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.portal.records import purge_tombstones
from meja_redaksi.sync.client import PortalClient, PortalRefused
from meja_redaksi.sync.protocol import Op, OpKind, OpOutcome

Clients = Callable[[str], PortalClient]
BODY = "Paragraf satu tentang Senin (30/4).\n\nParagraf dua tentang kota.\n\nParagraf tiga penutup."


def new_op(record_id: str, base_rev: int, entity: str = "article", **fields: object) -> Op:
    return Op(str(uuid.uuid4()), entity, record_id, base_rev, dict(fields))


def create_article(client: PortalClient, **fields: object) -> tuple[str, int]:
    record_id = str(uuid.uuid4())
    fields.setdefault("headline", "Gubernur bahas sister city")
    fields.setdefault("body", BODY)
    (result,) = client.push([new_op(record_id, 0, **fields)])
    assert result.outcome is OpOutcome.APPLIED
    return record_id, result.rev


def article_fields(client: PortalClient, record_id: str) -> dict[str, object]:
    page = client.changes(0, 2000)
    (change,) = [c for c in page.changes if c.id == record_id]
    return change.fields


def test_wrong_password_and_token_get_401_without_details(
    portal: LocalPortal, password: str
) -> None:
    for wrong in ("salah-sekali", password + "x"):
        answer = httpx.post(
            f"{portal.url}/api/v1/auth/login", json={"username": "rina", "password": wrong}
        )
        assert answer.status_code == 401
        assert answer.json() == {"detail": "unauthorized"}
    unknown = httpx.post(
        f"{portal.url}/api/v1/auth/login", json={"username": "nobody", "password": password}
    )
    assert unknown.status_code == 401 and unknown.json() == {"detail": "unauthorized"}
    for header in ({"Authorization": "Bearer nonsense"}, {}):
        answer = httpx.get(f"{portal.url}/api/v1/changes", headers=header)
        assert answer.status_code == 401 and answer.json() == {"detail": "unauthorized"}


def test_repeated_failed_logins_are_slowed(portal: LocalPortal, password: str) -> None:
    statuses = [
        httpx.post(
            f"{portal.url}/api/v1/auth/login", json={"username": "budi", "password": "tebak-tebak"}
        ).status_code
        for _ in range(6)
    ]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    locked = httpx.post(
        f"{portal.url}/api/v1/auth/login", json={"username": "budi", "password": password}
    )
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    other = httpx.post(
        f"{portal.url}/api/v1/auth/login", json={"username": "rina", "password": password}
    )
    assert other.status_code == 200


def test_token_is_stored_only_as_a_hash(portal: LocalPortal, client_for: Clients) -> None:
    client = client_for("rina")
    from sqlalchemy import select

    from meja_redaksi.portal.models import DeviceTokenRow

    with portal.app.state.db.reading() as session:
        stored = list(session.execute(select(DeviceTokenRow.token_hash)).scalars())
    assert client.token not in stored
    assert all(len(h) == 64 for h in stored)
    assert client.token not in repr(client)


def test_push_is_idempotent_by_op_id(client_for: Clients) -> None:
    rina = client_for("rina")
    record_id, rev = create_article(rina)
    op = new_op(record_id, rev, headline="Judul baru")
    first = rina.push([op])
    again = rina.push([op])
    assert first == again
    page = rina.changes(0)
    (change,) = [c for c in page.changes if c.id == record_id]
    assert change.rev == rev + 1


def test_different_fields_and_paragraphs_merge(client_for: Clients) -> None:
    rina, eka = client_for("rina"), client_for("eka")
    record_id, rev = create_article(rina)
    (r1,) = eka.push([new_op(record_id, rev, headline="Judul dari editor",
                             body=BODY.replace("Paragraf satu", "Paragraf pertama"))])  # fmt: skip
    (r2,) = rina.push([new_op(record_id, rev, tags=["sister city"],
                              body=BODY.replace("penutup.", "penutup yang baru."))])  # fmt: skip
    assert r1.outcome is OpOutcome.APPLIED
    assert r2.outcome is OpOutcome.MERGED
    fields = article_fields(rina, record_id)
    assert fields["headline"] == "Judul dari editor"
    assert fields["tags"] == ["sister city"]
    assert "Paragraf pertama" in str(fields["body"]) and "penutup yang baru." in str(fields["body"])
    assert fields["conflicted"] is False


def test_same_paragraph_is_kept_as_a_conflict(client_for: Clients) -> None:
    rina, eka = client_for("rina"), client_for("eka")
    record_id, rev = create_article(rina)
    (r1,) = eka.push([new_op(record_id, rev, body=BODY.replace("Senin", "Selasa"))])
    (r2,) = rina.push([new_op(record_id, rev, body=BODY.replace("Senin", "Rabu"))])
    assert r1.outcome is OpOutcome.APPLIED and r2.outcome is OpOutcome.CONFLICT
    fields = article_fields(rina, record_id)
    assert "Selasa" in str(fields["body"]) and "SelasaRabu" not in str(fields["body"])
    assert fields["conflicted"] is True
    (conflict,) = rina.conflicts()
    assert conflict["id"] == r2.conflict_id
    assert "Rabu" in conflict["client"]["body"] and "Selasa" in conflict["server"]["body"]
    assert "Senin" in conflict["base"]["body"]
    rina.resolve_conflict(conflict["id"])
    assert article_fields(rina, record_id)["conflicted"] is False


def test_metadata_against_body_both_kept(client_for: Clients) -> None:
    rina, eka = client_for("rina"), client_for("eka")
    record_id, rev = create_article(rina)
    eka.push([new_op(record_id, rev, headline="Judul lain", tags=["a"])])
    (result,) = rina.push([new_op(record_id, rev, body=BODY + "\n\nTambahan reporter.")])
    assert result.outcome is OpOutcome.MERGED
    fields = article_fields(rina, record_id)
    assert fields["headline"] == "Judul lain" and "Tambahan reporter." in str(fields["body"])


def test_delete_against_edit_keeps_the_edit(client_for: Clients) -> None:
    rina, budi = client_for("rina"), client_for("budi")
    record_id, rev = create_article(rina)
    rina.push([new_op(record_id, rev, headline="Diedit")])
    delete = Op(str(uuid.uuid4()), "article", record_id, rev, {}, OpKind.DELETE)
    (result,) = budi.push([delete])
    assert result.outcome is OpOutcome.CONFLICT
    page = rina.changes(0)
    (change,) = [c for c in page.changes if c.id == record_id]
    assert not change.deleted and change.fields["headline"] == "Diedit"


def test_edit_of_a_deleted_record_is_held_not_lost(client_for: Clients) -> None:
    rina, budi = client_for("rina"), client_for("budi")
    record_id, rev = create_article(rina)
    rina.push([Op(str(uuid.uuid4()), "article", record_id, rev, {}, OpKind.DELETE)])
    (result,) = budi.push([new_op(record_id, rev, body="Kerja offline yang berharga")])
    assert result.outcome is OpOutcome.CONFLICT
    held = [c for c in budi.conflicts() if c["id"] == result.conflict_id]
    assert held[0]["client"]["body"] == "Kerja offline yang berharga"


def test_tombstones_are_pulled_and_an_old_cursor_gets_410(
    portal: LocalPortal, client_for: Clients
) -> None:
    rina = client_for("rina")
    record_id, rev = create_article(rina)
    rina.push([Op(str(uuid.uuid4()), "article", record_id, rev, {}, OpKind.DELETE)])
    page = rina.changes(0)
    (change,) = [c for c in page.changes if c.id == record_id]
    assert change.deleted
    purge_tombstones(portal.app.state.db, page.next_cursor)
    with pytest.raises(PortalRefused) as caught:
        rina.changes(1)
    assert caught.value.status == 410
    assert all(c.id != record_id for c in rina.changes(0).changes)


def test_pages_follow_the_cursor_without_gaps(client_for: Clients) -> None:
    rina = client_for("rina")
    ids = {create_article(rina, headline=f"Berita {n}")[0] for n in range(7)}
    seen: list[str] = []
    cursor, more = 0, True
    while more:
        page = rina.changes(cursor, limit=3)
        seen.extend(c.id for c in page.changes if c.entity == "article")
        cursor, more = page.next_cursor, page.more
    assert set(seen) == ids and len(seen) == len(ids)


def test_bad_ops_get_one_line_messages_and_change_nothing(client_for: Clients) -> None:
    rina = client_for("rina")
    before = rina.changes(0).next_cursor
    (result,) = rina.push([new_op(str(uuid.uuid4()), 0, headline=12)])
    assert result.outcome is OpOutcome.REJECTED and "wrong kind" in result.message
    (result,) = rina.push([new_op(str(uuid.uuid4()), 0, password_hash="x")])
    assert result.outcome is OpOutcome.REJECTED and "unknown" in result.message
    with pytest.raises(PortalRefused) as caught:
        rina._call("POST", "/push", json={"ops": [{"op_id": "x", "entity": "article"}]})
    assert caught.value.status == 400 and "\n" not in str(caught.value)
    assert rina.changes(0).next_cursor == before


def test_status_is_not_settable_by_push(client_for: Clients) -> None:
    rina = client_for("rina")
    record_id, rev = create_article(rina)
    rina.push([new_op(record_id, rev, status="published", view_count=99999)])
    fields = article_fields(rina, record_id)
    assert fields["status"] == "draft" and fields["view_count"] == 0


def test_transitions_are_checked_and_compare_and_swap(
    portal: LocalPortal, client_for: Clients
) -> None:
    rina, eka, dodi = client_for("rina"), client_for("eka"), client_for("dodi")
    desk_id = str(uuid.uuid4())
    assert (
        dodi.push([new_op(desk_id, 0, "desk", name="Pemerintahan", slug="pemerintahan")])[0].outcome
        is OpOutcome.APPLIED
    )
    record_id, _ = create_article(rina, desk_id=desk_id)
    assert rina.transition(record_id, "submit", "draft")["status"] == "submitted"
    with pytest.raises(PortalRefused) as forbidden:
        rina.transition(record_id, "approve", "submitted")
    assert forbidden.value.status == 403 and "reporter" in str(forbidden.value)
    assert "submitted" in str(forbidden.value)
    # Two editors race: the second one's expected state is stale.
    assert eka.transition(record_id, "edit", "submitted")["status"] == "editing"
    with pytest.raises(PortalRefused) as stale:
        dodi.transition(record_id, "approve", "submitted")
    assert stale.value.status == 409 and "editing" in str(stale.value)
    with pytest.raises(PortalRefused) as no_note:
        eka.transition(record_id, "return", "editing")
    assert no_note.value.status == 409
    assert eka.transition(record_id, "approve", "editing")["status"] == "approved"
    assert dodi.transition(record_id, "publish", "approved")["status"] == "published"


def test_submit_rules_are_enforced_by_the_server(client_for: Clients) -> None:
    rina = client_for("rina")
    record_id, _ = create_article(rina, body="")
    with pytest.raises(PortalRefused) as caught:
        rina.transition(record_id, "submit", "draft")
    assert caught.value.status == 400 and "no body" in str(caught.value)


def test_each_role_gets_403_for_its_forbidden_push(client_for: Clients) -> None:
    otoy = client_for("otoy")
    with pytest.raises(PortalRefused) as refused:
        otoy.push([new_op(str(uuid.uuid4()), 0, headline="Foto saja")])
    assert refused.value.status == 403 and "photographer" in str(refused.value)
    rina = client_for("rina")
    before = rina.changes(0).next_cursor
    with pytest.raises(PortalRefused) as refused:
        rina.push([new_op(str(uuid.uuid4()), 0, "desk", name="Baru", slug="baru")])
    assert refused.value.status == 403 and "reporter" in str(refused.value)
    assert rina.changes(0).next_cursor == before  # nothing was written


def test_openapi_is_served(portal: LocalPortal) -> None:
    schema = httpx.get(f"{portal.url}/openapi.json").json()
    assert "/api/v1/push" in schema["paths"] and "/api/v1/changes" in schema["paths"]
