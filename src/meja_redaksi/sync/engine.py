"""One sync round: push the outbox, then pull the change log (DESIGN §6).

Push first (photos before the records that name them), one op per record per batch so that an op queued
behind another gets its base from the first one's answer. Answers that were not clean (conflict, refusal)
are held locally with both versions: nothing typed on this device is dropped. Pull follows the cursor
page by page; a cursor past the portal's history means a full resync, which never deletes records that
have pending local edits and refuses to delete most of the local records at once.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from meja_redaksi.domain.entities import new_id
from meja_redaksi.domain.enums import Action, Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.sync.client import CursorTooOld, PortalClient, PortalRefused
from meja_redaksi.sync.protocol import PUSH_ORDER, OpKind, OpOutcome, OpResult, push_refusal
from meja_redaksi.sync.replica import HeldConflict, PendingOp, Replica
from meja_redaksi.sync.workflow_out import action_path

PUSH_BATCH = 1000
PULL_PAGE = 2000
MASS_DELETE_SHARE = 0.5
MASS_DELETE_MIN = 20

Progress = Callable[[str], None]


class MassDeletionRefused(UserError):
    """A full resync would delete most local records: the portal may be empty or the wrong one."""


@dataclass(frozen=True, slots=True)
class HeldRecord:
    """A record a sync round kept on this device, and why, for a UI to word in its own language.

    ``reason`` is ``"role"`` (the signed-in user's role may not push this kind of record) or
    ``"waits"`` (it names ``waits_for``, a record that is itself kept on this device).
    """

    entity: str
    record_id: str
    reason: str
    waits_for: tuple[str, str] | None = None


@dataclass(slots=True)
class SyncReport:
    """What one sync round did."""

    pushed: int = 0
    pulled: int = 0
    views: int = 0  # articles whose view count the round brought
    conflicts: int = 0
    rejected: int = 0
    requests: int = 0
    transitions: int = 0
    full_resync: bool = False
    held: list[str] = field(default_factory=list)
    held_records: list[HeldRecord] = field(default_factory=list)


# The fields of each record kind that name a desk or a person.
_REFERENCES = {
    "article": {
        "desk_id": "desk",
        "reporter_id": "person",
        "editor_id": "person",
        "photographer_id": "person",
    },
    "photo": {"photographer_id": "person"},
    "person": {"desk_id": "desk"},
}


def _push_rank(op: PendingOp) -> int:
    return PUSH_ORDER.index(op.entity) if op.entity in PUSH_ORDER else len(PUSH_ORDER)


def _named(op: PendingOp) -> list[tuple[str, str]]:
    """The (entity, id) of the desks and people an op's fields name."""
    names = _REFERENCES.get(op.entity, {})
    return [(e, v) for n, e in names.items() if isinstance(v := op.fields.get(n), str)]


def _ready(ops: list[PendingOp], held: set[tuple[str, str]]) -> list[PendingOp]:
    """The first pending op of each record whose base is known, in :data:`PUSH_ORDER` (so a desk or
    person goes before the articles that name it), skipping held records, one batch at most."""
    seen: set[tuple[str, str]] = set(held)
    ready: list[PendingOp] = []
    for op in sorted(ops, key=_push_rank):
        key = (op.entity, op.id)
        if key in seen:
            continue
        seen.add(key)
        if op.base_rev is not None:
            ready.append(op)
        if len(ready) >= PUSH_BATCH:
            break
    return ready


class SyncEngine:
    """Runs sync rounds between one replica and one portal client."""

    def __init__(self, replica: Replica, client: PortalClient) -> None:
        self.replica = replica
        self.client = client
        self._roles: frozenset[Role] | None = None

    def _caller_roles(self) -> frozenset[Role]:
        if self._roles is None:
            self._roles = frozenset(Role(r) for r in self.client.me().get("roles", []))
        return self._roles

    def _hold_back(
        self, ready: list[PendingOp], held: set[tuple[str, str]], report: SyncReport
    ) -> list[PendingOp]:
        """Keep in the outbox the records this user's role may not push (the portal would answer 403
        to the whole batch) and every record that names one of them; each gets a line in
        ``report.held``. The role is asked once per engine, only when something is to be sent."""
        batch: list[PendingOp] = []
        for op in ready:
            refusal = push_refusal(self._caller_roles(), op.entity)
            waits_for = [key for key in _named(op) if key in held]
            if refusal:
                report.held.append(f"{op.entity} {op.id} stays on this device: {refusal}")
                report.held_records.append(HeldRecord(op.entity, op.id, "role"))
            elif waits_for:
                entity, record_id = waits_for[0]
                report.held.append(
                    f"{op.entity} {op.id} waits: it names {entity} {record_id}, "
                    "which is not on the portal yet"
                )
                report.held_records.append(
                    HeldRecord(op.entity, op.id, "waits", (entity, record_id))
                )
            else:
                batch.append(op)
                continue
            held.add((op.entity, op.id))
        return batch

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Push, then pull; raise on network failure (the outbox stays, a retry is safe)."""
        report = SyncReport()
        start = self.client.requests
        self.push(report, progress)
        self.replay_transitions(report)
        self.report_resolutions()
        self.pull(report, progress)
        report.requests = self.client.requests - start
        return report

    def push(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Send the outbox until nothing sendable is left (held records stay for a later sync)."""
        held: set[tuple[str, str]] = set()
        while True:
            ready = _ready(self.replica.pending(), held)
            if not ready:
                return
            batch = self._hold_back(ready, held, report)
            if not batch:
                continue
            self._upload_photos(batch)
            self.replica.mark_sent([op.op_id for op in batch])
            results = self.client.push([op.to_op(op.base_rev or 0) for op in batch])
            by_id = {r.op_id: r for r in results}
            portal_conflicts: dict[str, dict[str, object]] | None = None
            for op in batch:
                result = by_id[op.op_id]
                if result.outcome is OpOutcome.CONFLICT:
                    if portal_conflicts is None:
                        portal_conflicts = {c["id"]: c for c in self.client.conflicts()}
                    self._hold(op, result, portal_conflicts.get(result.conflict_id or ""))
                    report.conflicts += 1
                elif result.outcome is OpOutcome.REJECTED:
                    self._hold(op, result, None)
                    report.rejected += 1
                self.replica.acknowledge(op, result)
                report.pushed += 1
            if progress:
                progress(f"sent {report.pushed} changes")

    def report_resolutions(self) -> None:
        """Tell the portal which of its conflicts a person settled here (after the fix was pushed)."""
        settled = getattr(self.replica, "resolved_on_portal", None)
        if settled is None:
            return
        for conflict_id in settled():
            try:
                self.client.resolve_conflict(conflict_id)
            except PortalRefused as exc:
                if exc.status != 404:
                    raise
            self.replica.resolution_reported(conflict_id)  # type: ignore[attr-defined]

    def replay_transitions(self, report: SyncReport) -> None:
        """Send workflow moves made offline; a refused one is held as a conflict (the portal's state
        comes back with the pull)."""
        pending = getattr(self.replica, "pending_transitions", None)
        if pending is None:
            return
        for item in pending():
            path = action_path(item.portal_state, item.local_state)
            reason = "" if path else f"no workflow path from '{item.portal_state}'"
            for expected, action in path:
                when = item.scheduled_at if action is Action.SCHEDULE else None
                note = item.note_for(action)
                try:
                    answer = self.client.transition(item.article_id, action, expected, note, when)
                except PortalRefused as exc:
                    reason = str(exc)
                    break
                self.replica.transition_replayed(item.article_id, str(answer["status"]))  # type: ignore[attr-defined]
                report.transitions += 1
            if reason:
                report.rejected += 1
                self.replica.hold_conflict(
                    HeldConflict(
                        id=new_id(),
                        entity="article",
                        record_id=item.article_id,
                        reason=f"workflow move refused: {reason}",
                        mine={"status": item.local_state.value},
                        theirs={"status": item.portal_state.value},
                    )
                )
                self.replica.restore_state(item.article_id, item.portal_state.value)  # type: ignore[attr-defined]

    def _upload_photos(self, batch: list[PendingOp]) -> None:
        for op in batch:
            sha = op.fields.get("sha256") if op.entity == "photo" else None
            if isinstance(sha, str):
                data = self.replica.photo_bytes(sha)
                if data is not None:
                    self.client.upload_photo(sha, data)

    def _hold(self, op: PendingOp, result: OpResult, portal: dict[str, object] | None) -> None:
        theirs = portal.get("server") if portal else {}
        base = portal.get("base") if portal else {}
        mine = op.fields if op.kind is OpKind.UPSERT else {"deleted": True}
        reason = str(portal.get("reason")) if portal else result.message or result.outcome.value
        self.replica.hold_conflict(
            HeldConflict(
                id=new_id(),
                entity=op.entity,
                record_id=op.id,
                reason=reason,
                mine=dict(mine),
                theirs=dict(theirs) if isinstance(theirs, dict) else {},
                base=dict(base) if isinstance(base, dict) else {},
                portal_conflict_id=result.conflict_id,
            )
        )

    def pull(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Apply the change log after the cursor (resync fully when the cursor is too old), then the
        view counts that moved since this device last took them."""
        try:
            views_version = self._pull_from(self.replica.cursor(), report, progress, None)
        except CursorTooOld:
            report.full_resync = True
            seen: set[tuple[str, str]] = set()
            views_version = self._pull_from(0, report, progress, seen)
            self._drop_missing(seen)
        self._pull_views(views_version, report)

    def _pull_views(self, portal_version: int, report: SyncReport) -> None:
        """Take the view counts the portal's batch writes moved (they are not in the change log): one
        request, and only when the last page's views version is not the one this device took.

        A full resync wrote every article's count as of its last change, so it asks for all counts;
        so does a device whose version is ahead of the portal's (another or a restored portal).
        """
        taken = self.replica.views_version()
        if report.full_resync:
            taken = 0 if portal_version else taken
        if portal_version == taken:
            return
        answer = self.client.view_counts(taken if portal_version > taken else 0)
        report.views += self.replica.apply_view_counts(answer.counts)
        self.replica.set_views_version(answer.version)

    def _pull_from(
        self,
        cursor: int,
        report: SyncReport,
        progress: Progress | None,
        seen: set[tuple[str, str]] | None,
    ) -> int:
        """Apply pages from ``cursor`` on and return the last page's views version. The next page is
        fetched (and decoded) on a helper thread while this one applies the current page, so the
        portal's answer, the transfer and the JSON decoding overlap the store's writes (socket reads
        and SQLite release the GIL). The cursor only moves after a page is applied, so a failure or
        a kill resumes where it stopped."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            upcoming = fetcher.submit(self.client.changes, cursor, PULL_PAGE)
            while True:
                page = upcoming.result()
                if page.more:
                    upcoming = fetcher.submit(self.client.changes, page.next_cursor, PULL_PAGE)
                self.replica.apply_changes(page.changes)
                if seen is not None:
                    seen.update((c.entity, c.id) for c in page.changes if not c.deleted)
                report.pulled += len(page.changes)
                self.replica.set_cursor(page.next_cursor)
                if progress:
                    progress(f"received {report.pulled} changes")
                if not page.more:
                    return page.views_version

    def _drop_missing(self, seen: set[tuple[str, str]]) -> None:
        pending = {(op.entity, op.id) for op in self.replica.pending()}
        local = self.replica.record_ids()
        missing = [key for key in local - seen if key not in pending]
        if len(missing) >= MASS_DELETE_MIN and len(missing) > MASS_DELETE_SHARE * len(local):
            raise MassDeletionRefused(
                f"the portal lacks {len(missing)} of {len(local)} local records: "
                "not deleting them (is it the right portal?)"
            )
        for entity, record_id in missing:
            self.replica.forget(entity, record_id)
