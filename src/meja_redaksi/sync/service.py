"""Sync as the command line and the desktop app run it: one round for a store, and its status.

Plain functions with no Qt, so the GUI runs :func:`sync_once` in its task runner (it reports progress
through a callback) and shows :func:`sync_status` in the status bar.
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from meja_redaksi.domain.errors import UserError
from meja_redaksi.store import Store, sync_rows
from meja_redaksi.sync.client import PortalClient, load_token, save_token
from meja_redaksi.sync.engine import HeldRecord, Progress, SyncEngine, SyncReport
from meja_redaksi.sync.store_replica import PUSHED_ENTITIES, StoreReplica
from meja_redaksi.sync.words import NewsroomWords

DEFAULT_PORTAL = "http://127.0.0.1:8750"
PORTAL_KEY = "sync.portal_url"
LAST_SYNC_KEY = "sync.last_sync"
KEPT_KEY = "sync.kept"


class NotSignedIn(UserError):
    """This device has no token for the portal yet."""


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows: pending local changes, held conflicts, last sync, portal, and how
    many of the pending records the last sync kept on this device (see :func:`kept_on_device`)."""

    pending: int
    conflicts: int
    last_sync: str | None
    portal: str | None
    kept: int = 0


def token_path(store_path: Path) -> Path:
    """Where the device token for a store is kept (readable by its owner only)."""
    return store_path.with_name(f"{store_path.stem}-portal.token")


def sign_in(store: Store, portal_url: str, username: str, password: str) -> None:
    """Sign in with a password once; keep the device token beside the store."""
    with PortalClient(portal_url) as client:
        client.login(username, password, device="meja-redaksi")
        assert client.token is not None
        save_token(token_path(store.path), client.token)
    store.sync_state.set(PORTAL_KEY, portal_url)


def sync_once(
    store: Store, portal_url: str | None = None, progress: Progress | None = None
) -> tuple[SyncReport, list[str]]:
    """One sync round (push, workflow moves, pull); return its report and the records it skipped."""
    url = portal_url or store.sync_state.get(PORTAL_KEY) or DEFAULT_PORTAL
    token = load_token(token_path(store.path))
    if token is None:
        raise NotSignedIn("not signed in to the portal: sign in once with a user name and password")
    replica = StoreReplica(store)
    with PortalClient(url, token) as client:
        report = SyncEngine(replica, client).sync(progress)
    store.sync_state.set(PORTAL_KEY, url)
    store.sync_state.set(LAST_SYNC_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
    store.sync_state.set(KEPT_KEY, json.dumps([asdict(h) for h in report.held_records]))
    return report, replica.skipped


def kept_on_device(store: Store) -> list[HeldRecord]:
    """The records the last sync kept on this device, and why (kept across restarts)."""
    raw = json.loads(store.sync_state.get(KEPT_KEY, "[]") or "[]")
    return [
        HeldRecord(
            str(item["entity"]),
            str(item["record_id"]),
            str(item["reason"]),
            (str(item["waits_for"][0]), str(item["waits_for"][1]))
            if item.get("waits_for")
            else None,
        )
        for item in raw
    ]


def sync_status(store: Store) -> SyncStatus:
    """Pending changes, held conflicts and the last sync time of a store (cheap: no network)."""
    pending = sum(len(sync_rows.dirty_records(store, e)) for e in PUSHED_ENTITIES)
    with suppress(UserError):  # an unreadable dictionary file is reported by the sync itself
        pending += len(NewsroomWords(store).changes())
    return SyncStatus(
        pending=pending,
        conflicts=len(StoreReplica(store).conflicts()),
        last_sync=store.sync_state.get(LAST_SYNC_KEY),
        portal=store.sync_state.get(PORTAL_KEY),
        kept=len(kept_on_device(store)),
    )
