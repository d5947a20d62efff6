"""What the sync engine needs from a local copy of the portal's records, and one kept in memory.

A replica keeps records with the portal's ``rev``, an outbox of pending ops (local edits not yet
acknowledged), held conflicts and the pull cursor. An op that was sent once is frozen: later edits of the
same record go into a new op queued behind it, so a retried op id always means the same change.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from typing import Any, Protocol

from meja_redaksi.domain.entities import new_id
from meja_redaksi.sync.protocol import Change, Op, OpKind, OpOutcome, OpResult

SERVER_FIELDS = frozenset({"status", "view_count", "published_at", "conflicted"})


@dataclass(slots=True)
class PendingOp:
    """A local change waiting in the outbox; ``base_rev`` None means "after the op before it"."""

    op_id: str
    entity: str
    id: str
    base_rev: int | None
    fields: dict[str, Any]
    kind: OpKind = OpKind.UPSERT
    sent: bool = False

    def to_op(self, base_rev: int) -> Op:
        """The op to send, based on ``base_rev``."""
        return Op(self.op_id, self.entity, self.id, base_rev, dict(self.fields), self.kind)


@dataclass(slots=True)
class HeldConflict:
    """A local edit the portal did not take as it was: both versions, for a person to resolve."""

    id: str
    entity: str
    record_id: str
    reason: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    base: dict[str, Any] = field(default_factory=dict)
    portal_conflict_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The conflict as a JSON object (the ``conflicts --json`` output)."""
        return {
            "id": self.id,
            "entity": self.entity,
            "record_id": self.record_id,
            "reason": self.reason,
            "mine": self.mine,
            "theirs": self.theirs,
            "base": self.base,
            "portal_conflict_id": self.portal_conflict_id,
        }


@dataclass(slots=True)
class LocalRecord:
    """A record as this device has it."""

    rev: int
    fields: dict[str, Any]
    deleted: bool = False


class Replica(Protocol):
    """The local side of sync."""

    def cursor(self) -> int:
        """The last change-log seq applied here."""
        ...

    def set_cursor(self, seq: int) -> None:
        """Remember the pull cursor."""
        ...

    def pending(self) -> list[PendingOp]:
        """The outbox, oldest first."""
        ...

    def mark_sent(self, op_ids: list[str]) -> None:
        """Freeze ops about to be sent (durably, before the request goes out)."""
        ...

    def acknowledge(self, op: PendingOp, result: OpResult) -> None:
        """Drop an answered op; fix the base of the op queued behind it for the same record."""
        ...

    def hold_conflict(self, conflict: HeldConflict) -> None:
        """Keep a conflict with both versions."""
        ...

    def apply_change(self, change: Change) -> None:
        """Take the portal's state of a record without marking it changed here."""
        ...

    def apply_changes(self, changes: list[Change]) -> None:
        """Take a pulled page of the portal's records (as :meth:`apply_change` does for each)."""
        ...

    def record_ids(self) -> set[tuple[str, str]]:
        """Every (entity, id) held here (for the full-resync check)."""
        ...

    def forget(self, entity: str, record_id: str) -> None:
        """Remove a record the portal no longer has (never one with pending ops)."""
        ...

    def photo_bytes(self, sha256: str) -> bytes | None:
        """The file of a photo, if this device has it."""
        ...

    def views_version(self) -> int:
        """The portal's view counts version this device last took the counts of (0: never)."""
        ...

    def set_views_version(self, version: int) -> None:
        """Remember the view counts version taken."""
        ...

    def apply_view_counts(self, counts: dict[str, int]) -> int:
        """Take the portal's view counts of articles held here (not a local change); return how
        many changed."""
        ...


def next_base(op: PendingOp, result: OpResult) -> int:
    """The base rev for the op queued behind ``op`` once ``op`` was answered with ``result``."""
    if result.outcome is OpOutcome.APPLIED:
        return result.rev
    return op.base_rev or 0


class MemoryReplica:
    """A replica kept in memory: the reference implementation, used by tests and benchmarks."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], LocalRecord] = {}
        self.outbox: list[PendingOp] = []
        self.conflicts: list[HeldConflict] = []
        self.photos: dict[str, bytes] = {}
        self._cursor = 0
        self._views_version = 0
        self._lock = threading.RLock()

    # --- edits made on this device ------------------------------------------------------------------
    def edit(self, entity: str, record_id: str, fields: dict[str, Any]) -> None:
        """Change fields of a record here (creating it when new) and queue the change."""
        with self._lock:
            record = self.records.get((entity, record_id))
            if record is None:
                record = LocalRecord(0, {})
                self.records[(entity, record_id)] = record
            record.fields.update(copy.deepcopy(fields))
            self._queue(entity, record_id, record.rev, fields, OpKind.UPSERT)

    def delete(self, entity: str, record_id: str) -> None:
        """Delete a record here and queue the deletion."""
        with self._lock:
            record = self.records.get((entity, record_id))
            if record is None:
                return
            record.deleted = True
            self._queue(entity, record_id, record.rev, {}, OpKind.DELETE)

    def _queue(
        self, entity: str, record_id: str, rev: int, fields: dict[str, Any], kind: OpKind
    ) -> None:
        queued = [op for op in self.outbox if op.entity == entity and op.id == record_id]
        last = queued[-1] if queued else None
        if last is not None and not last.sent and last.kind is kind is OpKind.UPSERT:
            last.fields.update(copy.deepcopy(fields))
            return
        base = None if last is not None else rev
        self.outbox.append(
            PendingOp(new_id(), entity, record_id, base, copy.deepcopy(fields), kind)
        )

    def value(self, entity: str, record_id: str, name: str) -> Any:
        """A field of a record as this device shows it."""
        return self.records[(entity, record_id)].fields.get(name)

    # --- the Replica protocol -----------------------------------------------------------------------
    def cursor(self) -> int:
        """The last change-log seq applied here."""
        return self._cursor

    def set_cursor(self, seq: int) -> None:
        """Remember the pull cursor."""
        self._cursor = seq

    def pending(self) -> list[PendingOp]:
        """The outbox, oldest first."""
        with self._lock:
            return list(self.outbox)

    def mark_sent(self, op_ids: list[str]) -> None:
        """Freeze ops about to be sent."""
        with self._lock:
            for op in self.outbox:
                if op.op_id in op_ids:
                    op.sent = True

    def acknowledge(self, op: PendingOp, result: OpResult) -> None:
        """Drop an answered op; the op behind it for the same record gets its base."""
        with self._lock:
            self.outbox = [o for o in self.outbox if o.op_id != op.op_id]
            for other in self.outbox:
                if other.entity == op.entity and other.id == op.id:
                    if other.base_rev is None:
                        other.base_rev = next_base(op, result)
                    break

    def hold_conflict(self, conflict: HeldConflict) -> None:
        """Keep a conflict with both versions."""
        with self._lock:
            self.conflicts.append(conflict)

    def apply_change(self, change: Change) -> None:
        """Take the portal's state; fields with pending local edits keep the local value."""
        with self._lock:
            key = (change.entity, change.id)
            dirty: set[str] = set()
            for op in self.outbox:
                if (op.entity, op.id) == key:
                    dirty.update(op.fields)
            record = self.records.get(key)
            if record is not None and record.rev > change.rev:
                return
            incoming = dict(change.fields)
            if record is not None:
                incoming.update({k: v for k, v in record.fields.items() if k in dirty})
            self.records[key] = LocalRecord(change.rev, incoming, change.deleted)

    def apply_changes(self, changes: list[Change]) -> None:
        """Take a pulled page, record by record."""
        for change in changes:
            self.apply_change(change)

    def record_ids(self) -> set[tuple[str, str]]:
        """Every (entity, id) held here."""
        with self._lock:
            return {k for k, r in self.records.items() if not r.deleted}

    def forget(self, entity: str, record_id: str) -> None:
        """Remove a record the portal no longer has."""
        with self._lock:
            self.records.pop((entity, record_id), None)

    def photo_bytes(self, sha256: str) -> bytes | None:
        """The file of a photo, if this device has it."""
        return self.photos.get(sha256)

    def views_version(self) -> int:
        """The portal's view counts version taken here."""
        return self._views_version

    def set_views_version(self, version: int) -> None:
        """Remember the view counts version taken."""
        self._views_version = version

    def apply_view_counts(self, counts: dict[str, int]) -> int:
        """Set the view count of each article held here (the outbox is not touched)."""
        changed = 0
        with self._lock:
            for article_id, count in counts.items():
                record = self.records.get(("article", article_id))
                if record is not None and record.fields.get("view_count") != count:
                    record.fields["view_count"] = count
                    changed += 1
        return changed
