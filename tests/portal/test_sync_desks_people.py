"""Desks and people travel like the other records: pushed by the roles that manage them, pulled by all."""

from __future__ import annotations

from pathlib import Path

import pytest

from meja_redaksi.domain.entities import Article, Desk, Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.queries import ArticleQuery
from meja_redaksi.portal.auth import add_user
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo
from meja_redaksi.sync.client import PortalClient, PortalRefused
from meja_redaksi.sync.protocol import Op
from meja_redaksi.sync.service import sign_in, sync_once, sync_status
from meja_redaksi.sync.store_replica import StoreReplica

BODY = "Gubernur menerima delegasi pada Senin (30/4).\n\nPertemuan membahas kerja sama."


@pytest.fixture
def admin(portal: LocalPortal, password: str) -> str:
    """An admin account on the portal (the standard users have no admin)."""
    add_user(portal.app.state.db, "ani", "Ani Admin", ["admin", "editor"], password)
    return "ani"


def device(tmp_path: Path, name: str, portal: LocalPortal, user: str, password: str) -> Path:
    """A new local store signed in to the portal as ``user`` and synced once (the portal's people)."""
    path = tmp_path / name / "store.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        sign_in(store, portal.url, user, password)
        sync_once(store)
    return path


def portal_entities(portal: LocalPortal, user: str, password: str) -> dict[str, set[str]]:
    """The ids of every live record on the portal, by kind."""
    out: dict[str, set[str]] = {}
    with PortalClient(portal.url) as client:
        client.login(user, password)
        cursor, more = 0, True
        while more:
            page = client.changes(cursor, 2000)
            for change in page.changes:
                if not change.deleted:
                    out.setdefault(change.entity, set()).add(change.id)
            cursor, more = page.next_cursor, page.more
    return out


def test_admin_desk_person_and_article_reach_another_device(
    portal: LocalPortal, admin: str, password: str, tmp_path: Path
) -> None:
    a = device(tmp_path, "a", portal, admin, password)
    b = device(tmp_path, "b", portal, "eka", password)
    with Store.open(a) as store:
        desk = store.desks.save(Desk(name="Kesehatan", slug="kesehatan"))
        reporter = store.people.save(
            Person(
                username="sari",
                name="Sari Wulandari",
                roles=frozenset({Role.REPORTER}),
                code="sw",
                desk_id=desk.id,
            )
        )
        article = store.articles.save(
            Article(headline="Puskesmas baru", body=BODY, desk_id=desk.id, reporter_id=reporter.id)
        )
        report, skipped = sync_once(store)
        assert (report.rejected, report.conflicts, report.held, skipped) == (0, 0, [], [])
        assert sync_status(store).pending == 0
    with Store.open(b) as store:
        report, skipped = sync_once(store)
        assert skipped == [] and report.held == []
        pulled = store.articles.get(article.id)
        assert (pulled.desk_id, pulled.reporter_id, pulled.body) == (desk.id, reporter.id, BODY)
        assert store.desks.get(desk.id).name == "Kesehatan"
        person = store.people.get(reporter.id)
        assert (person.username, person.name, person.code) == ("sari", "Sari Wulandari", "sw")
        assert (person.roles, person.desk_id, person.active) == (
            frozenset({Role.REPORTER}),
            desk.id,
            True,
        )


def test_pushed_person_has_no_password_until_the_portal_gives_an_account(
    portal: LocalPortal, admin: str, password: str, tmp_path: Path
) -> None:
    a = device(tmp_path, "a", portal, admin, password)
    with Store.open(a) as store:
        person = store.people.save(
            Person(username="sari", name="Sari Wulandari", roles=frozenset({Role.REPORTER}))
        )
        sync_once(store)
    with PortalClient(portal.url) as client:
        for guess in ("", password):
            with pytest.raises(PortalRefused) as refused:
                client.login("sari", guess)
            assert refused.value.status == 401
    account = add_user(portal.app.state.db, "sari", "Sari Wulandari", ["reporter"], password)
    assert account.id == person.id  # the pushed person got the account, not a second user
    with PortalClient(portal.url) as client:
        assert client.login("sari", password)["user"]["username"] == "sari"


def test_reporter_desk_push_is_refused_and_held_on_the_device(
    portal: LocalPortal, admin: str, password: str, tmp_path: Path
) -> None:
    before = portal_entities(portal, admin, password)
    with PortalClient(portal.url) as rina:
        rina.login("rina", password)
        with pytest.raises(PortalRefused) as refused:
            rina.push(
                [
                    Op(
                        "9b2f6c1e-0000-4000-8000-000000000001",
                        "desk",
                        "9b2f6c1e-0000-4000-8000-000000000002",
                        0,
                        {"name": "Liar", "slug": "liar"},
                    )
                ]
            )
        assert refused.value.status == 403 and "reporter" in str(refused.value)
    a = device(tmp_path, "a", portal, "rina", password)
    with Store.open(a) as store:
        desk = store.desks.save(Desk(name="Olahraga", slug="olahraga"))
        rina = store.people.get_by_username("rina")
        article = store.articles.save(
            Article(headline="Laga final", body=BODY, desk_id=desk.id, reporter_id=rina.id)
        )
        loose = store.articles.save(Article(headline="Tanpa desk", body=BODY, reporter_id=rina.id))
        report, _ = sync_once(store)
        held = "\n".join(report.held)
        assert f"desk {desk.id}" in held and "reporter" in held
        assert f"article {article.id} waits" in held
        assert sync_status(store).pending == 2  # the desk and its article, kept for a later sync
        assert StoreReplica(store).conflicts() == []
    after = portal_entities(portal, admin, password)
    assert after.get("desk", set()) == before.get("desk", set())
    assert article.id not in after.get("article", set())
    assert loose.id in after["article"]


def test_portal_holds_an_article_naming_a_desk_it_lacks(portal: LocalPortal, password: str) -> None:
    with PortalClient(portal.url) as eka:
        eka.login("eka", password)
        desk_id = "9b2f6c1e-0000-4000-8000-00000000000d"
        (result,) = eka.push(
            [
                Op(
                    "9b2f6c1e-0000-4000-8000-0000000000a1",
                    "article",
                    "9b2f6c1e-0000-4000-8000-0000000000a2",
                    0,
                    {"headline": "Yatim", "body": BODY, "desk_id": desk_id},
                )
            ]
        )
        assert result.outcome.value == "rejected" and f"desk {desk_id}" in result.message


def test_demo_store_first_sync_needs_no_desk_or_person_from_elsewhere(
    portal: LocalPortal, admin: str, password: str, tmp_path: Path
) -> None:
    a = device(tmp_path, "a", portal, admin, password)
    b = device(tmp_path, "b", portal, "eka", password)
    with Store.open(a) as store:
        build_demo(store, articles=40, photos=4)
        report, skipped = sync_once(store)
        assert report.held == [] and skipped == [], (report.held, skipped)
        reasons = [c.reason for c in StoreReplica(store).conflicts()]
        # Workflow moves the portal refuses may be held; nothing is held for a missing desk or person.
        assert not [r for r in reasons if "not on the portal" in r or "refers to" in r], reasons
        local_articles = set(store.articles.ids(ArticleQuery()))
    with Store.open(b) as store:
        report, skipped = sync_once(store)
        assert skipped == []
        assert local_articles <= set(store.articles.ids(ArticleQuery()))


def test_person_edits_from_two_devices_merge_field_by_field(
    portal: LocalPortal, admin: str, password: str
) -> None:
    person_id = "9b2f6c1e-0000-4000-8000-0000000000b1"
    fields = {"username": "sari", "name": "Sari", "roles": ["reporter"], "code": "", "active": True}
    with PortalClient(portal.url) as client:
        client.login(admin, password)
        (made,) = client.push(
            [Op("9b2f6c1e-0000-4000-8000-0000000000c1", "person", person_id, 0, fields)]
        )
        assert made.outcome.value == "applied"
        (first,) = client.push(
            [
                Op(
                    "9b2f6c1e-0000-4000-8000-0000000000c2",
                    "person",
                    person_id,
                    made.rev,
                    {**fields, "name": "Sari W."},
                )
            ]
        )
        (second,) = client.push(
            [
                Op(
                    "9b2f6c1e-0000-4000-8000-0000000000c3",
                    "person",
                    person_id,
                    made.rev,
                    {**fields, "code": "sw"},
                )
            ]
        )
        assert (first.outcome.value, second.outcome.value) == ("applied", "merged")
        (bad,) = client.push(
            [
                Op(
                    "9b2f6c1e-0000-4000-8000-0000000000c4",
                    "person",
                    person_id,
                    second.rev,
                    {**fields, "roles": ["boss"]},
                )
            ]
        )
        assert bad.outcome.value == "rejected" and "role" in bad.message
        page = client.changes(0, 2000)
    (latest,) = [c for c in page.changes if c.id == person_id]
    assert (latest.fields["name"], latest.fields["code"]) == ("Sari W.", "sw")
    assert not {"password", "password_hash", "token"} & latest.fields.keys()
