"""Sync bookkeeping on the store's rows for the desktop's sync client (sync/ imports no SQLAlchemy).

Which records changed here (``dirty``), the portal ``rev`` each was last synced at, and marking a record
as synced once the portal took it or once the portal's version was written here. No new tables: the
outbox and held conflicts live in ``sync_state`` (see :mod:`meja_redaksi.sync.store_replica`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select, update

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


_ID_CHUNK = 500  # ids in one IN (...) query
_SET_VIEWS = (
    update(ArticleRow)
    .where(ArticleRow.id == bindparam("article_id"))
    .values(view_count=bindparam("views"))
)


def set_view_counts(store: Store, counts: dict[str, int]) -> int:
    """Write the portal's view counts of the articles held here (one transaction).

    A count is the portal's, not a local edit: the article stays as clean or dirty as it was, and no
    revision is written. Return how many articles' counts changed.
    """
    ids = list(counts)
    with store.database.write() as session:
        connection = session.connection()
        changed: list[dict[str, object]] = []
        for start in range(0, len(ids), _ID_CHUNK):
            held = connection.execute(
                select(ArticleRow.id, ArticleRow.view_count).where(
                    ArticleRow.id.in_(ids[start : start + _ID_CHUNK])
                )
            )
            changed.extend(
                {"article_id": row.id, "views": max(0, counts[row.id])}
                for row in held
                if row.view_count != max(0, counts[row.id])
            )
        if changed:
            connection.execute(_SET_VIEWS, changed)
    return len(changed)


def live_records(store: Store) -> set[tuple[str, str]]:
    """Every (entity, id) the store holds that is not a tombstone."""
    out: set[tuple[str, str]] = set()
    with store.database.read() as session:
        for entity, row in ROWS.items():
            mixin: type[SyncedMixin] = row
            ids = session.execute(select(row.id).where(mixin.deleted.is_(False))).scalars()
            out.update((entity, record_id) for record_id in ids)
    return out
