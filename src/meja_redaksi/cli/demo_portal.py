"""The demo portal of ``run-demo``: a portal on 127.0.0.1 beside the demo store, holding its archive.

A new demo store is a newsroom with years of history: articles published, scheduled, returned or spiked,
with publish times and view counts. Its first sync used to push every article as a draft and replay its
workflow on the portal move by move (thousands of requests; refused wherever the demo lacks what a move
needs today, such as a photo file), so a first start showed hundreds of held conflicts. Instead, a new
demo portal takes the store's records as an archive (:func:`meja_redaksi.portal.archive.import_archive`)
and the store is marked in step with it: the first sync has nothing to push and nothing to replay.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from meja_redaksi.domain.entities import Article, Person
from meja_redaksi.portal.archive import ArchivedState, ArchiveRecord, holds_records, import_archive
from meja_redaksi.portal.auth import Caller, add_user
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store, sync_rows
from meja_redaksi.store.demo import mark_all_synced, unsynced_articles
from meja_redaksi.sync import records
from meja_redaksi.sync.service import sign_in, sync_status
from meja_redaksi.sync.store_replica import PORTAL_STATE_KEY, StoreReplica

DEMO_PORTAL_USER = "demo"
DEMO_ROLES = ["admin", "desk_chief", "editor", "reporter", "photographer"]
PORTAL_DATABASE = "portal.sqlite3"
DEMO_LOGIN_FILE = "demo-portal-password.txt"


def _article_record(article: Article) -> ArchiveRecord:
    state = ArchivedState(
        article.status, article.published_at, article.view_count, article.return_note
    )
    return ArchiveRecord("article", article.id, records.article_fields(article), state)


def store_archive(store: Store) -> tuple[list[ArchiveRecord], list[Article]]:
    """The live records of ``store`` not yet synced, as an archive (and its articles)."""
    dirty = {
        entity: {m.id for m in sync_rows.dirty_records(store, entity) if not m.deleted}
        for entity in ("desk", "person", "photo")
    }
    archive = [
        ArchiveRecord("desk", d.id, records.desk_fields(d))
        for d in store.desks.list()
        if d.id in dirty["desk"]
    ]
    archive += [
        ArchiveRecord("person", p.id, records.person_fields(p))
        for p in store.people.list()
        if p.id in dirty["person"]
    ]
    archive += [
        ArchiveRecord("photo", p.id, records.photo_fields(p))
        for p in store.photos.get_many(sorted(dirty["photo"]))
    ]
    articles = unsynced_articles(store)
    return archive + [_article_record(a) for a in articles], articles


def seed_from_store(portal: LocalPortal, store: Store, user: Caller) -> int:
    """Give a new portal the store's records as its archive and mark the store in step with it;
    return how many records went over (0 when the portal holds records or the store synced before).

    ``user`` is the portal account the archive is recorded under; its own person record is saved
    in the store too, so the store holds everything the portal's change log holds up to the cursor.
    """
    replica = StoreReplica(store)
    if replica.cursor() or holds_records(portal.app.state.db):
        return 0
    archive, articles = store_archive(store)
    if not archive:
        return 0
    seq = import_archive(portal.app.state.db, user.id, archive)
    store.people.save(Person(user.username, user.name, user.roles, id=user.id))
    mark_all_synced(store, 1)
    store.sync_state.set(PORTAL_STATE_KEY, json.dumps({a.id: a.status.value for a in articles}))
    replica.set_cursor(seq)
    return len(archive)


def _set_aside_portal_of_another_store(folder: Path, store_path: Path) -> Path | None:
    """Rename the demo portal's database out of the way when it belongs to an earlier demo store
    (this store never synced, yet has records: it was made anew); return the new name."""
    database = folder / PORTAL_DATABASE
    if not database.exists():
        return None
    with Store.open(store_path) as store:
        if StoreReplica(store).cursor() or not sync_status(store).pending:
            return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = folder / f"portal-{stamp}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        part = database.with_name(database.name + suffix)
        if part.exists():
            part.rename(kept.with_name(kept.name + suffix))
    password = folder / DEMO_LOGIN_FILE
    if password.exists():
        password.rename(folder / f"demo-portal-password-{stamp}.txt")
    return kept


def start_demo_portal(store_path: Path) -> Any:
    """Start a local demo portal on 127.0.0.1 beside the demo store and sign the store in to it.

    The portal's database and media live in ``demo-portal/`` next to the store; the demo user's
    password is made once and kept (owner-readable only) in ``demo-portal-password.txt`` there.
    A new portal first takes the store's records as its archive (see the module docstring); the
    portal of an earlier demo store (the store was made anew) is renamed out of the way, not deleted.
    """
    folder = store_path.parent / "demo-portal"
    folder.mkdir(parents=True, exist_ok=True)
    password_file = folder / DEMO_LOGIN_FILE
    set_aside = _set_aside_portal_of_another_store(folder, store_path)
    if set_aside is not None:
        print(f"the demo portal of an earlier demo store was kept as {set_aside}")
    portal = LocalPortal(f"sqlite:///{folder / PORTAL_DATABASE}", folder / "media").start()
    try:
        if not password_file.exists():
            password = secrets.token_urlsafe(18)
            db = portal.app.state.db
            demo = add_user(db, DEMO_PORTAL_USER, "Demo Redaksi", DEMO_ROLES, password)
            with Store.open(store_path) as store:
                seed_from_store(portal, store, demo)
            password_file.touch(mode=0o600)
            password_file.write_text(password + "\n", encoding="utf-8")
        password = password_file.read_text(encoding="utf-8").strip()
        with Store.open(store_path) as opened:
            sign_in(opened, portal.url, DEMO_PORTAL_USER, password)
    except BaseException:
        portal.stop()
        raise
    print(f"demo portal at {portal.url} (user {DEMO_PORTAL_USER}, password in {password_file})")
    return portal
