"""People pushed by a device (admins only): person records kept on the portal's users table.

A pushed person that has no account yet is a user row without a password: it names reporters and
editors on articles and is pulled by every device, but nobody can sign in as it until ``portal user
add`` gives it a password. The change log carries the fields of :func:`person_fields` only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import ValidationError
from meja_redaksi.portal.auth import person_fields
from meja_redaksi.portal.db import record_change
from meja_redaksi.portal.models import RevisionRow, UserRow
from meja_redaksi.sync.merge import merge_fields
from meja_redaksi.sync.protocol import Op, OpKind, OpOutcome, OpResult

# Holds an unmergeable edit: (op, row, reason, base, server, client) -> conflict id.
HoldConflict = Callable[[Op, UserRow, str, dict[str, Any], dict[str, Any], dict[str, Any]], str]


def _checked(record_id: str, data: dict[str, Any]) -> Person:
    try:
        roles = frozenset(Role(r) for r in data.get("roles") or [])
    except ValueError as exc:
        raise ValidationError(f"person has an unknown role: {exc}") from exc
    return Person(
        username=str(data.get("username", "")),
        name=str(data.get("name", "")),
        roles=roles,
        code=str(data.get("code") or ""),
        desk_id=data.get("desk_id"),
        active=bool(data.get("active", True)),
        id=record_id,
    )


def _taken(session: Session, person: Person) -> str:
    other = session.execute(
        select(UserRow.id).where(UserRow.username == person.username, UserRow.id != person.id)
    ).first()
    return f"user name '{person.username}' is taken on the portal" if other else ""


def _write(session: Session, row: UserRow, person: Person, author: str) -> None:
    row.username, row.name, row.code = person.username, person.name, person.code
    row.roles = ",".join(sorted(r.value for r in person.roles))
    row.desk_id, row.active = person.desk_id, person.active
    session.flush()
    record_change(session, "person", row.id, row.rev, person_fields(row), author_id=author)


def apply_person(session: Session, author: str, op: Op, hold: HoldConflict) -> OpResult:
    """Create, change or deactivate (a delete) one person; a taken user name is refused."""
    row = session.get(UserRow, op.id)
    rev = row.rev if row else 0
    if op.base_rev > rev:
        return OpResult(op.op_id, OpOutcome.REJECTED, rev, "unknown base revision")
    if op.kind is OpKind.DELETE:
        if row is None or not row.active:
            return OpResult(op.op_id, OpOutcome.APPLIED, rev, "nothing to delete")
        row.rev += 1
        _write(session, row, _checked(row.id, {**person_fields(row), "active": False}), author)
        return OpResult(op.op_id, OpOutcome.APPLIED, row.rev, "deactivated")
    if row is None:
        person = _checked(op.id, op.fields)
        taken = _taken(session, person)
        if taken:
            return OpResult(op.op_id, OpOutcome.REJECTED, 0, taken)
        row = UserRow(id=op.id, password_hash="", rev=1)
        session.add(row)
        _write(session, row, person, author)
        return OpResult(op.op_id, OpOutcome.APPLIED, 1)
    current = person_fields(row)
    conflicts: dict[str, tuple[Any, Any]] = {}
    if op.base_rev == row.rev:
        merged, outcome = {**current, **op.fields}, OpOutcome.APPLIED
    else:
        found = session.get(RevisionRow, ("person", op.id, op.base_rev))
        base = dict(found.data) if found else {}
        result = merge_fields(base, current, op.fields)
        merged, conflicts = result.merged, dict(result.conflicts)
        outcome = OpOutcome.CONFLICT if conflicts else OpOutcome.MERGED
    person = _checked(op.id, merged)
    taken = _taken(session, person)
    if taken:
        return OpResult(op.op_id, OpOutcome.REJECTED, row.rev, taken)
    if merged != current:
        row.rev += 1
        _write(session, row, person, author)
    held = None
    if conflicts:
        held = hold(
            op,
            row,
            "changed on both sides: " + ", ".join(sorted(conflicts)),
            {},
            {k: ours for k, (ours, _) in conflicts.items()},
            {k: theirs for k, (_, theirs) in conflicts.items()},
        )
    return OpResult(op.op_id, outcome, row.rev, ", ".join(sorted(conflicts)), held)
