"""Sync bookkeeping on the store's rows for the desktop's sync client (sync/ imports no SQLAlchemy).

Which records changed here (``dirty``), the portal ``rev`` each was last synced at, and marking a record
as synced once the portal took it or once the portal's version was written here. No new tables: the
outbox and held conflicts live in ``sync_state`` (see :mod:`meja_redaksi.sync.store_replica`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from meja_redaksi.store.models import ArticleRow, DeskRow, PersonRow, PhotoRow, SyncedMixin
from meja_redaksi.store.store import Store

ROWS: dict[str, type[ArticleRow] | type[DeskRow] | type[PersonRow] | type[PhotoRow]] = {
    "article": ArticleRow,
    "desk": DeskRow,
    "person": PersonRow,
    "photo": PhotoRow,
}


@dataclass(frozen=True, slots=True)
class SyncMark:
    """A record's sync bookkeeping: its id, the portal rev it is based on, dirty and deleted flags."""

    entity: str
    id: str
    rev: int
    dirty: bool
    deleted: bool


def dirty_records(store: Store, entity: str) -> list[SyncMark]:
    """Records of ``entity`` changed here since they were last synced, tombstones included."""
    row = ROWS[entity]
    with store.database.read() as session:
        found = session.execute(
            select(row.id, row.rev, row.deleted).where(row.dirty.is_(True)).order_by(row.id)
        )
        return [SyncMark(entity, r.id, r.rev, True, r.deleted) for r in found]


def sync_mark(store: Store, entity: str, record_id: str) -> SyncMark | None:
    """The bookkeeping of one record, or None when the store does not have it."""
    row = ROWS[entity]
    with store.database.read() as session:
        found = session.execute(
            select(row.rev, row.dirty, row.deleted).where(row.id == record_id)
        ).first()
    if found is None:
        return None
    return SyncMark(entity, record_id, found.rev, found.dirty, found.deleted)


def mark_synced(store: Store, entity: str, record_id: str, rev: int | None) -> None:
    """Mark a record as matching the portal (not dirty), at ``rev`` when given."""
    row = ROWS[entity]
    values: dict[str, object] = {"dirty": False}
    if rev is not None:
        values["rev"] = rev
    with store.database.write() as session:
        session.execute(update(row).where(row.id == record_id).values(**values))


def mark_deleted(store: Store, entity: str, record_id: str, rev: int) -> None:
    """Turn a record into a synced tombstone (the portal deleted it)."""
    row = ROWS[entity]
    with store.database.write() as session:
        session.execute(
            update(row).where(row.id == record_id).values(deleted=True, dirty=False, rev=rev)
        )


def live_records(store: Store) -> set[tuple[str, str]]:
    """Every (entity, id) the store holds that is not a tombstone."""
    out: set[tuple[str, str]] = set()
    with store.database.read() as session:
        for entity, row in ROWS.items():
            mixin: type[SyncedMixin] = row
            ids = session.execute(select(row.id).where(mixin.deleted.is_(False))).scalars()
            out.update((entity, record_id) for record_id in ids)
    return out
