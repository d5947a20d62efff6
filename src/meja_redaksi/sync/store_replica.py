"""The desktop store as a sync replica: dirty rows become ops, the portal's rows are written back clean.

The outbox (with each op frozen once sent) and the held conflicts are kept as JSON in the store's
``sync_state`` table, so they survive a crash or a kill between two syncs. A record with local changes
is never overwritten by a pull: its op goes up first and the portal merges it against its base rev.
The newsroom dictionary's words are records too, kept in their file (see :mod:`meja_redaksi.sync.words`).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from meja_redaksi.domain.entities import new_id
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.domain.queries import ArticleQuery
from meja_redaksi.store import Store, sync_rows
from meja_redaksi.store.sync_apply import PulledRecord, Record, apply_pulled
from meja_redaksi.sync import records
from meja_redaksi.sync.protocol import PUSH_ORDER, Change, OpKind, OpOutcome, OpResult
from meja_redaksi.sync.records import article_from_fields
from meja_redaksi.sync.replica import HeldConflict, PendingOp, next_base
from meja_redaksi.sync.words import ENTITY as WORD
from meja_redaksi.sync.words import NewsroomWords
from meja_redaksi.sync.workflow_out import PendingTransition

# The record kinds kept in the store's tables (words live in the newsroom dictionary file).
PUSHED_ENTITIES = tuple(e for e in PUSH_ORDER if e in sync_rows.ROWS)
OUTBOX_KEY = "sync.outbox"
CONFLICTS_KEY = "sync.conflicts"
CURSOR_KEY = "sync.cursor"
RESOLVED_KEY = "sync.resolved"
PORTAL_STATE_KEY = "sync.portal_state"
VIEWS_VERSION_KEY = "sync.views_version"


class StoreReplica:
    """A :class:`meja_redaksi.sync.replica.Replica` over an open local store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.skipped: list[str] = []
        raw = store.sync_state.get(PORTAL_STATE_KEY, "{}") or "{}"
        self._portal_state: dict[str, str] = json.loads(raw)
        self._portal_state_changed = False
        self.words = NewsroomWords(store, notes=self.skipped)
        # Word ops answered but not yet dropped from the stored outbox: written in one go (a desk's
        # first sync sends hundreds of words; one outbox write per word took a minute for 1,000).
        # Losing them in a crash is harmless: a retried op id gets the same answer again.
        self._answered_words: set[str] = set()

    # --- persistence in sync_state -------------------------------------------------------------------
    def _load_outbox(self) -> list[PendingOp]:
        raw = json.loads(self.store.sync_state.get(OUTBOX_KEY, "[]") or "[]")
        return [PendingOp(**{**op, "kind": OpKind(op["kind"])}) for op in raw]

    def _save_outbox(self, ops: list[PendingOp]) -> None:
        self.store.sync_state.set(
            OUTBOX_KEY, json.dumps([{**asdict(op), "kind": op.kind.value} for op in ops])
        )

    def conflicts(self) -> list[HeldConflict]:
        """Conflicts held on this device, oldest first."""
        raw = json.loads(self.store.sync_state.get(CONFLICTS_KEY, "[]") or "[]")
        return [HeldConflict(**c) for c in raw]

    def resolve(self, conflict_id: str, fields: dict[str, Any]) -> None:
        """Settle a held conflict with the fields a person chose (theirs, mine, or merged by hand).

        The chosen fields are written here as a local edit, so the next sync sends them; the portal's
        copy of the conflict is marked resolved with that sync.
        """
        held = self.conflicts()
        found = next((c for c in held if c.id == conflict_id), None)
        if found is None:
            raise NotFoundError(f"no held conflict {conflict_id}")
        if found.entity == "article" and fields:
            article = self.store.articles.get(found.record_id)
            values = article_from_fields(
                found.record_id,
                article.rev,
                {**records.article_fields(article), **fields, "status": article.status.value},
            )
            self.store.articles.save(values.copy(status=article.status), note="conflict resolved")
        remaining = [c.to_json() for c in held if c.id != conflict_id]
        self.store.sync_state.set(CONFLICTS_KEY, json.dumps(remaining, ensure_ascii=False))
        if found.portal_conflict_id:
            resolved = json.loads(self.store.sync_state.get(RESOLVED_KEY, "[]") or "[]")
            resolved.append(found.portal_conflict_id)
            self.store.sync_state.set(RESOLVED_KEY, json.dumps(resolved))

    def resolved_on_portal(self) -> list[str]:
        """Portal conflict ids settled here and not yet reported to the portal."""
        return list(json.loads(self.store.sync_state.get(RESOLVED_KEY, "[]") or "[]"))

    def resolution_reported(self, portal_conflict_id: str) -> None:
        """The portal knows ``portal_conflict_id`` is resolved."""
        remaining = [c for c in self.resolved_on_portal() if c != portal_conflict_id]
        self.store.sync_state.set(RESOLVED_KEY, json.dumps(remaining))

    def _current_fields(self, entity: str, record_id: str) -> dict[str, Any] | None:
        try:
            if entity == "article":
                return records.article_fields(self.store.articles.get(record_id))
            if entity == "photo":
                return records.photo_fields(self.store.photos.get(record_id))
            if entity == "desk":
                return records.desk_fields(self.store.desks.get(record_id))
            if entity == "person":
                return records.person_fields(self.store.people.get(record_id))
        except NotFoundError:
            return None
        return None

    # --- the Replica protocol -----------------------------------------------------------------------
    def cursor(self) -> int:
        """The last change-log seq applied here."""
        return int(self.store.sync_state.get(CURSOR_KEY, "0") or 0)

    def set_cursor(self, seq: int) -> None:
        """Remember the pull cursor (and the workflow states the portal reported up to it)."""
        self._save_answered_words()
        self._save_portal_state()
        self.store.sync_state.set(CURSOR_KEY, str(seq))

    def _save_portal_state(self) -> None:
        if self._portal_state_changed:
            self.store.sync_state.set(PORTAL_STATE_KEY, json.dumps(self._portal_state))
            self._portal_state_changed = False

    def _note_portal_state(self, article_id: str, state: str) -> None:
        if self._portal_state.get(article_id) != state:
            self._portal_state[article_id] = state
            self._portal_state_changed = True

    def pending_transitions(self) -> list[PendingTransition]:
        """Articles moved through the workflow here but not (yet) on the portal, each with the note
        every action was taken with here (from the audit trail) and a schedule move's time."""
        local: dict[str, ArticleStatus] = {}
        for status in ArticleStatus:  # one id query per state, not one article read per article
            query = ArticleQuery(statuses=frozenset({status}))
            local.update(dict.fromkeys(self.store.articles.ids(query), status))
        out: list[PendingTransition] = []
        for article_id, portal_state in self._portal_state.items():
            if local.get(article_id, portal_state) == portal_state:
                continue
            try:
                article = self.store.articles.get(article_id)
            except NotFoundError:
                continue
            notes = {e.action: e.detail for e in self.store.articles.audit(article_id) if e.detail}
            scheduled = article.scheduled_at.isoformat() if article.scheduled_at else None
            out.append(
                PendingTransition(
                    article_id,
                    ArticleStatus(portal_state),
                    article.status,
                    article.return_note,
                    scheduled,
                    notes,
                )
            )
        return out

    def restore_state(self, article_id: str, state: str) -> None:
        """The portal refused a move made here: show the portal's state again (the move is held)."""
        try:
            article = self.store.articles.get(article_id)
        except NotFoundError:
            return
        self.store.articles.save(
            article.copy(status=ArticleStatus(state)), note="sync", workflow_state=True
        )
        sync_rows.mark_synced(self.store, "article", article_id, None)
        self.transition_replayed(article_id, state)

    def transition_replayed(self, article_id: str, state: str) -> None:
        """The portal now has ``article_id`` in ``state``."""
        self._note_portal_state(article_id, state)
        self._save_portal_state()

    def pending(self) -> list[PendingOp]:
        """The outbox, refreshed from the store's dirty rows (sent ops stay as they were sent)."""
        self._save_answered_words()
        outbox = self._load_outbox()
        for entity in PUSHED_ENTITIES:
            for mark in sync_rows.dirty_records(self.store, entity):
                queued = [op for op in outbox if (op.entity, op.id) == (entity, mark.id)]
                last = queued[-1] if queued else None
                if mark.deleted:
                    kind, fields = OpKind.DELETE, {}
                else:
                    kind = OpKind.UPSERT
                    fields = self._current_fields(entity, mark.id) or {}
                if last is not None and (last.kind, last.fields) == (kind, fields):
                    continue
                if last is not None and not last.sent:
                    last.kind, last.fields = kind, fields
                    continue
                base = None if last is not None else mark.rev
                if kind is OpKind.DELETE and mark.rev == 0 and last is None:
                    sync_rows.mark_synced(self.store, entity, mark.id, None)  # never left here
                    continue
                outbox.append(PendingOp(new_id(), entity, mark.id, base, fields, kind))
        outbox = self.words.queue(outbox)
        self._save_outbox(outbox)
        return outbox

    def mark_sent(self, op_ids: list[str]) -> None:
        """Freeze ops about to be sent."""
        self._save_answered_words()
        outbox = self._load_outbox()
        for op in outbox:
            if op.op_id in op_ids:
                op.sent = True
        self._save_outbox(outbox)

    def acknowledge(self, op: PendingOp, result: OpResult) -> None:
        """Drop an answered op; mark the record synced when nothing newer waits for it."""
        if op.entity == WORD:
            self.words.acknowledged(op, result, save=False)
            self._answered_words.add(op.op_id)
            return
        self._save_answered_words()
        outbox = [o for o in self._load_outbox() if o.op_id != op.op_id]
        successor = next((o for o in outbox if (o.entity, o.id) == (op.entity, op.id)), None)
        if op.entity == "article" and op.base_rev == 0 and result.outcome is OpOutcome.APPLIED:
            self._note_portal_state(op.id, ArticleStatus.DRAFT.value)  # created on the portal
            self._save_portal_state()
        if successor is not None:
            if successor.base_rev is None:
                successor.base_rev = next_base(op, result)
        else:
            unchanged = (
                op.kind is OpKind.DELETE or self._current_fields(op.entity, op.id) == op.fields
            )
            if unchanged:
                applied = result.outcome is OpOutcome.APPLIED
                sync_rows.mark_synced(self.store, op.entity, op.id, result.rev if applied else None)
        self._save_outbox(outbox)

    def _save_answered_words(self) -> None:
        if self._answered_words:
            answered, self._answered_words = self._answered_words, set()
            self.words.save()  # the agreed words first: a crash in between re-sends, never loses
            self._save_outbox([o for o in self._load_outbox() if o.op_id not in answered])

    def hold_conflict(self, conflict: HeldConflict) -> None:
        """Keep a conflict with both versions (durably)."""
        held = [c.to_json() for c in self.conflicts()]
        held.append(conflict.to_json())
        self.store.sync_state.set(CONFLICTS_KEY, json.dumps(held, ensure_ascii=False))

    def apply_change(self, change: Change) -> None:
        """Write the portal's version of a record here, unless it has local changes waiting."""
        if change.entity == WORD:
            self._save_answered_words()
            self.skipped.extend(self.words.apply([change]))
            return
        mark = sync_rows.sync_mark(self.store, change.entity, change.id)
        if change.entity == "article" and "status" in change.fields and not change.deleted:
            self._note_portal_state(change.id, str(change.fields["status"]))
        if mark is not None and mark.dirty:
            return
        if change.deleted:
            if mark is not None:
                sync_rows.mark_deleted(self.store, change.entity, change.id, change.rev)
            return
        try:
            self._write(change)
        except UserError as exc:
            self.skipped.append(f"{change.entity} {change.id}: {exc}")
            return
        sync_rows.mark_synced(self.store, change.entity, change.id, change.rev)

    def apply_changes(self, changes: list[Change]) -> None:
        """Write a pulled page in one store transaction (records with local changes are kept)."""
        page: list[PulledRecord] = []
        words = [change for change in changes if change.entity == WORD]
        if words:
            self._save_answered_words()
            self.skipped.extend(self.words.apply(words))
        for change in changes:
            if change.entity not in sync_rows.ROWS:
                continue
            if change.entity == "article" and "status" in change.fields and not change.deleted:
                self._note_portal_state(change.id, str(change.fields["status"]))
            try:
                value = None if change.deleted else _domain_value(change)
            except (UserError, ValueError, TypeError) as exc:
                self.skipped.append(f"{change.entity} {change.id}: {exc}")
                continue
            page.append(PulledRecord(change.entity, change.id, change.rev, value))
        if page:
            self.skipped.extend(apply_pulled(self.store, page).skipped)

    def _write(self, change: Change) -> None:
        if change.entity == "article":
            self.store.articles.save(
                records.article_from_fields(change.id, change.rev, change.fields),
                note="sync",
                workflow_state=True,
            )
        elif change.entity == "photo":
            self.store.photos.save(records.photo_from_fields(change.id, change.rev, change.fields))
        elif change.entity == "desk":
            self.store.desks.save(records.desk_from_fields(change.id, change.rev, change.fields))
        elif change.entity == "person":
            self.store.people.save(records.person_from_fields(change.id, change.rev, change.fields))

    def record_ids(self) -> set[tuple[str, str]]:
        """Every live (entity, id) held here."""
        return sync_rows.live_records(self.store) | self.words.record_ids()

    def forget(self, entity: str, record_id: str) -> None:
        """The portal no longer has this record: keep it as a tombstone here."""
        if entity == WORD:
            self.words.forget(record_id)
            return
        mark = sync_rows.sync_mark(self.store, entity, record_id)
        if mark is not None and not mark.dirty:
            sync_rows.mark_deleted(self.store, entity, record_id, mark.rev)

    def photo_bytes(self, sha256: str) -> bytes | None:
        """The file of a photo, if this device has it."""
        path = self.store.media_path(sha256)
        return path.read_bytes() if path.is_file() else None

    def views_version(self) -> int:
        """The portal's view counts version this store last took the counts of (0: never)."""
        return int(self.store.sync_state.get(VIEWS_VERSION_KEY, "0") or 0)

    def set_views_version(self, version: int) -> None:
        """Remember the view counts version taken."""
        self.store.sync_state.set(VIEWS_VERSION_KEY, str(version))

    def apply_view_counts(self, counts: dict[str, int]) -> int:
        """Write the portal's view counts (no dirty flag, no revision); return how many changed."""
        return sync_rows.set_view_counts(self.store, counts)


def _domain_value(change: Change) -> Record:
    """The domain object a pulled change describes."""
    if change.entity == "article":
        return records.article_from_fields(change.id, change.rev, change.fields)
    if change.entity == "photo":
        return records.photo_from_fields(change.id, change.rev, change.fields)
    if change.entity == "desk":
        return records.desk_from_fields(change.id, change.rev, change.fields)
    return records.person_from_fields(change.id, change.rev, change.fields)
