"""Push and pull (DESIGN §6): ops applied idempotently with merges, the change log read by cursor."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import new_id
from meja_redaksi.domain.enums import ArticleStatus, Role
from meja_redaksi.domain.errors import UserError, ValidationError
from meja_redaksi.portal.auth import Caller
from meja_redaksi.portal.db import Database, now, record_change
from meja_redaksi.portal.fields import TEXT_MERGED, clean_fields, validate_record
from meja_redaksi.portal.models import (
    AppliedOpRow,
    ArticleRow,
    ChangeRow,
    ConflictRow,
    CounterRow,
    DeskRow,
    PhotoRow,
    RecordRow,
    RevisionRow,
    UserRow,
    WordRow,
)
from meja_redaksi.portal.people import apply_person
from meja_redaksi.portal.words import apply_word
from meja_redaksi.sync.merge import merge_fields, merge_text
from meja_redaksi.sync.protocol import (
    PUSH_ROLES,
    ChangesPage,
    Op,
    OpKind,
    OpOutcome,
    OpResult,
    push_refusal,
)

Row = RecordRow
MODELS: dict[str, type[RecordRow]] = {
    "article": ArticleRow,
    "photo": PhotoRow,
    "desk": DeskRow,
    "word": WordRow,
}
_EDITORS = frozenset({Role.EDITOR, Role.DESK_CHIEF, Role.ADMIN})
# The article fields that name another record, and the kind of record each names.
_ARTICLE_REFERENCES = {
    "desk_id": "desk",
    "reporter_id": "person",
    "editor_id": "person",
    "photographer_id": "person",
}
_LOCKED_STATES = {ArticleStatus.APPROVED, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED}


class CursorExpired(UserError):
    """The client's cursor is older than the tombstones the server still keeps: resync fully."""


class PushForbidden(UserError):
    """The caller's role may not push some record kind in the batch (HTTP 403, nothing applied)."""


def record_fields(row: Row) -> dict[str, Any]:
    """A record as the change log hands it out: its data plus the server-owned columns."""
    fields = dict(row.data)
    if isinstance(row, ArticleRow):
        fields.update(_article_extra(row))
    return fields


def store_record(
    session: Session, row: Row, entity: str, author: str, *, deleted: bool = False
) -> None:
    """Save ``row`` as a new revision and move it to the end of the change log."""
    row.deleted = deleted
    if isinstance(row, ArticleRow):
        row.desk_id = row.data.get("desk_id")
        row.slug = str(row.data.get("slug") or "")
    elif isinstance(row, PhotoRow):
        row.sha256 = row.data.get("sha256")
    elif isinstance(row, DeskRow):
        row.slug = str(row.data.get("slug") or "")
    session.flush()
    record_change(
        session, entity, row.id, row.rev, record_fields(row), deleted=deleted, author_id=author
    )


def _permission_problem(caller: Caller, op: Op, row: Row | None) -> str:
    refusal = push_refusal(caller.roles, op.entity)
    if refusal:
        return refusal
    roles = ", ".join(sorted(r.value for r in caller.roles))
    if isinstance(row, ArticleRow) and row.status in _LOCKED_STATES and not caller.roles & _EDITORS:
        return f"role {roles} may not change an article in '{row.status}'"
    if isinstance(row, ArticleRow) and op.kind is OpKind.DELETE and row.status != "draft":
        return f"an article in '{row.status}' cannot be deleted: spike or unpublish it"
    return ""


def _conflict(
    session: Session,
    caller: Caller,
    op: Op,
    row: Row | UserRow,
    reason: str,
    base: dict[str, Any],
    server: dict[str, Any],
    client: dict[str, Any],
) -> str:
    conflict_id = new_id()
    session.add(
        ConflictRow(
            id=conflict_id,
            entity=op.entity,
            record_id=op.id,
            op_id=op.op_id,
            user_id=caller.id,
            base_rev=op.base_rev,
            server_rev=row.rev,
            reason=reason,
            base_fields=base,
            server_fields=server,
            client_fields=client,
            resolved=False,
            created_at=now(),
        )
    )
    if isinstance(row, ArticleRow) and not row.conflicted:
        row.conflicted = True
        row.rev += 1
        store_record(session, row, op.entity, caller.id, deleted=row.deleted)
    return conflict_id


def _base_data(session: Session, entity: str, record_id: str, rev: int) -> dict[str, Any]:
    found = session.get(RevisionRow, (entity, record_id, rev))
    return dict(found.data) if found else {}


def _create(session: Session, caller: Caller, op: Op, fields: dict[str, Any]) -> OpResult:
    model = MODELS[op.entity]
    data = dict(fields)
    if op.entity == "article":
        data.setdefault("reporter_id", caller.id if Role.REPORTER in caller.roles else None)
        data.setdefault("desk_id", caller.desk_id)
    validate_record(op.entity, data)
    row = model(id=op.id, rev=1, data=data)
    session.add(row)
    store_record(session, row, op.entity, caller.id)
    return OpResult(op.op_id, OpOutcome.APPLIED, row.rev)


def _delete(session: Session, caller: Caller, op: Op, row: Row) -> OpResult:
    if row.deleted:
        return OpResult(op.op_id, OpOutcome.APPLIED, row.rev, "already deleted")
    if op.base_rev != row.rev:
        conflict_id = _conflict(
            session,
            caller,
            op,
            row,
            "deleted on one device but changed on the server since",
            _base_data(session, op.entity, op.id, op.base_rev),
            record_fields(row),
            {"deleted": True},
        )
        return OpResult(op.op_id, OpOutcome.CONFLICT, row.rev, "kept: changed since", conflict_id)
    row.rev += 1
    store_record(session, row, op.entity, caller.id, deleted=True)
    return OpResult(op.op_id, OpOutcome.APPLIED, row.rev)


def _update(session: Session, caller: Caller, op: Op, row: Row, fields: dict[str, Any]) -> OpResult:
    if row.deleted:
        conflict_id = _conflict(
            session,
            caller,
            op,
            row,
            "changed on one device but deleted on the server",
            {},
            {},
            fields,
        )
        return OpResult(
            op.op_id, OpOutcome.CONFLICT, row.rev, "the record was deleted", conflict_id
        )
    current = dict(row.data)
    conflicts: dict[str, tuple[Any, Any]] = {}
    if op.base_rev == row.rev:
        merged = {**current, **fields}
        outcome = OpOutcome.APPLIED
    else:
        base = _base_data(session, op.entity, op.id, op.base_rev)
        plain = {k: v for k, v in fields.items() if k not in TEXT_MERGED}
        result = merge_fields(base, current, plain)
        merged, conflicts = result.merged, dict(result.conflicts)
        for name in TEXT_MERGED & fields.keys():
            text = merge_text(str(base.get(name, "")), str(current.get(name, "")), fields[name])
            if text.clean:
                merged[name] = text.text
            else:
                conflicts[name] = (current.get(name, ""), fields[name])
        outcome = OpOutcome.CONFLICT if conflicts else OpOutcome.MERGED
    validate_record(op.entity, merged)
    if merged != current:
        row.data = merged
        row.rev += 1
        store_record(session, row, op.entity, caller.id)
    held: str | None = None
    if conflicts:
        base = _base_data(session, op.entity, op.id, op.base_rev)
        held = _conflict(
            session,
            caller,
            op,
            row,
            "changed on both sides: " + ", ".join(sorted(conflicts)),
            {k: base.get(k) for k in conflicts},
            {k: ours for k, (ours, _) in conflicts.items()},
            {k: theirs for k, (_, theirs) in conflicts.items()},
        )
    return OpResult(op.op_id, outcome, row.rev, ", ".join(sorted(conflicts)), held)


def _missing_references(session: Session, fields: dict[str, Any], row: Row | None) -> str:
    """Why an article op cannot be stored yet: it names a desk or person the portal lacks."""
    for name, entity in _ARTICLE_REFERENCES.items():
        value = fields.get(name)
        if not isinstance(value, str) or (row is not None and row.data.get(name) == value):
            continue
        found = session.get(DeskRow if entity == "desk" else UserRow, value)
        if found is None or (isinstance(found, DeskRow) and found.deleted):
            return (
                f"the article names {entity} {value} ({name}), which is not on the portal: "
                f"it is held until that {entity} is pushed"
            )
    return ""


def _apply(session: Session, caller: Caller, op: Op) -> OpResult:
    if op.entity == "word":
        return apply_word(session, caller, op)
    if op.entity == "person":
        cleaned = (
            op
            if op.kind is OpKind.DELETE
            else replace(op, fields=clean_fields("person", op.fields))
        )
        return apply_person(
            session,
            caller.id,
            cleaned,
            lambda o, row, reason, base, server, client: _conflict(
                session, caller, o, row, reason, base, server, client
            ),
        )
    model = MODELS.get(op.entity)
    if model is None:
        return OpResult(
            op.op_id, OpOutcome.REJECTED, 0, f"{op.entity} records are kept on the portal"
        )
    row = session.get(model, op.id)
    problem = _permission_problem(caller, op, row)
    if problem:
        return OpResult(op.op_id, OpOutcome.REJECTED, row.rev if row else 0, problem)
    if op.base_rev > (row.rev if row else 0):
        return OpResult(
            op.op_id, OpOutcome.REJECTED, row.rev if row else 0, "unknown base revision"
        )
    if op.kind is OpKind.DELETE:
        if row is None:
            return OpResult(op.op_id, OpOutcome.APPLIED, 0, "nothing to delete")
        return _delete(session, caller, op, row)
    fields = clean_fields(op.entity, op.fields)
    missing = _missing_references(session, fields, row) if op.entity == "article" else ""
    if missing:
        return OpResult(op.op_id, OpOutcome.REJECTED, row.rev if row else 0, missing)
    if row is None:
        return _create(session, caller, op, fields)
    return _update(session, caller, op, row, fields)


def push(db: Database, caller: Caller, ops: list[Op]) -> list[OpResult]:
    """Apply ops in order in one transaction, each op's effect and answer stored together.

    An op is checked completely before it writes anything, so a refused op leaves nothing behind but
    its stored answer; a retried op id gets that same answer without being applied again. A batch
    holding a record kind the caller's role may not push (:data:`PUSH_ROLES`) is refused whole with
    :class:`PushForbidden` before anything is read or written.
    """
    for op in ops:
        refusal = push_refusal(caller.roles, op.entity) if op.entity in PUSH_ROLES else ""
        if refusal:
            raise PushForbidden(refusal)
    results: list[OpResult] = []
    with db.writing() as session:
        ids = [op.op_id for op in ops]
        done = {
            row.op_id: row.result
            for row in session.execute(
                select(AppliedOpRow).where(AppliedOpRow.op_id.in_(ids))
            ).scalars()
        }
        for op in ops:
            if op.op_id in done:
                results.append(OpResult.from_json(done[op.op_id]))
                continue
            try:
                result = _apply(session, caller, op)
            except ValidationError as exc:
                result = OpResult(op.op_id, OpOutcome.REJECTED, 0, str(exc))
            session.add(_applied(op, caller, result))
            done[op.op_id] = result.to_json()
            results.append(result)
    return results


def _applied(op: Op, caller: Caller, result: OpResult) -> AppliedOpRow:
    return AppliedOpRow(
        op_id=op.op_id, user_id=caller.id, result=result.to_json(), created_at=now()
    )


def _aware(moment: datetime) -> datetime:
    """A time read back from SQLite, which keeps no zone: the portal stores UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _article_extra(row: Any) -> dict[str, Any]:
    return {
        "status": row.status,
        "view_count": row.view_count,
        "published_at": _aware(row.published_at).isoformat() if row.published_at else None,
        "conflicted": row.conflicted,
    }


def changes_bytes(db: Database, since: int, limit: int) -> bytes:
    """Records changed after cursor ``since`` (tombstones included), oldest first, at most ``limit``,
    as the JSON page the API sends. The hot path of a sync: each record's fields were encoded once
    when it changed and are spliced in as they are. ``views`` is the view counts' version (see
    :func:`meja_redaksi.portal.views.counts_since`)."""
    with db.reading() as session:
        # On the Core connection: the ORM's result handling doubled the time of a page.
        connection = session.connection()
        marks: dict[str, int] = {
            name: value
            for name, value in connection.execute(
                select(CounterRow.name, CounterRow.value).where(
                    CounterRow.name.in_(("purged", "views"))
                )
            )
        }
        if 0 < since < marks.get("purged", 0):
            raise CursorExpired("the cursor is older than the kept history: resync from 0")
        log = connection.execute(
            select(
                ChangeRow.seq,
                ChangeRow.entity,
                ChangeRow.record_id,
                ChangeRow.rev,
                ChangeRow.deleted,
                ChangeRow.payload,
            )
            .where(ChangeRow.seq > since)
            .order_by(ChangeRow.seq)
            .limit(limit + 1)
        ).all()
    more = len(log) > limit
    log = log[:limit]
    rows = ",".join(
        f'{{"seq":{e.seq},"entity":"{e.entity}","id":"{e.record_id}","rev":{e.rev},'
        f'"deleted":{"true" if e.deleted else "false"},"fields":{e.payload}}}'
        for e in log
    )
    next_cursor = log[-1].seq if log else since
    page = (
        f'{{"changes":[{rows}],"next":{next_cursor},"more":{"true" if more else "false"},'
        f'"views":{int(marks.get("views", 0))}}}'
    )
    return page.encode("utf-8")


def changes(db: Database, since: int, limit: int) -> ChangesPage:
    """Records changed after cursor ``since`` as a :class:`ChangesPage`."""
    return ChangesPage.from_json(json.loads(changes_bytes(db, since, limit)))


def purge_tombstones(db: Database, up_to_seq: int) -> int:
    """Forget tombstones logged at or before ``up_to_seq``; older cursors then get 410. Return count."""
    with db.writing() as session:
        purged = 0
        for entity, model in MODELS.items():
            ids = select(model.id).where(model.deleted.is_(True))
            result = session.execute(
                delete(ChangeRow).where(
                    ChangeRow.entity == entity,
                    ChangeRow.seq <= up_to_seq,
                    ChangeRow.record_id.in_(ids),
                )
            )
            purged += int(getattr(result, "rowcount", 0) or 0)
        session.execute(
            update(CounterRow).where(CounterRow.name == "purged").values(value=up_to_seq)
        )
    return purged
