"""The sync protocol's messages (DESIGN §6) as dataclasses with a JSON round trip.

A client pushes batches of :class:`Op`; the server answers each with an :class:`OpResult` that it stores
with the op's effect, so a retried op gets the same answer. A client pulls :class:`Change` rows by cursor
in a :class:`ChangesPage`. Field values are plain JSON values (strings, numbers, lists, dicts, None).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import ValidationError

ENTITIES = ("article", "desk", "photo", "person", "word")
# The order a device pushes in: a record is sent before the records that name it (an article names a
# desk, people and photos; a photo names its photographer; a person names a desk). A newsroom
# dictionary word names nothing.
PUSH_ORDER = ("word", "desk", "person", "photo", "article")
_EDITORS = frozenset({Role.EDITOR, Role.DESK_CHIEF, Role.ADMIN})
# Who may push which records: the one table the portal enforces (403 otherwise) and devices follow.
# Everyone adds newsroom dictionary words; the portal lets reporters and photographers remove only
# the words they added themselves (see meja_redaksi.portal.words).
PUSH_ROLES: dict[str, frozenset[Role]] = {
    "word": frozenset({Role.REPORTER, Role.PHOTOGRAPHER, *_EDITORS}),
    "article": frozenset({Role.REPORTER, *_EDITORS}),
    "photo": frozenset({Role.PHOTOGRAPHER, Role.REPORTER, *_EDITORS}),
    "desk": frozenset({Role.DESK_CHIEF, Role.ADMIN}),
    "person": frozenset({Role.ADMIN}),
}


def may_push(roles: frozenset[Role], entity: str) -> bool:
    """Whether someone with ``roles`` may push records of ``entity`` (see :data:`PUSH_ROLES`)."""
    return bool(roles & PUSH_ROLES.get(entity, frozenset()))


def push_refusal(roles: frozenset[Role], entity: str) -> str:
    """The one-line reason ``roles`` may not push ``entity`` records ("" when they may)."""
    if may_push(roles, entity):
        return ""
    names = ", ".join(sorted(r.value for r in roles)) or "no role"
    allowed = " or ".join(sorted(r.value for r in PUSH_ROLES.get(entity, frozenset())))
    return f"role {names} may not change {entity} records (only {allowed or 'the portal'})"


class OpKind(StrEnum):
    """What an op does to its record."""

    UPSERT = "upsert"
    DELETE = "delete"


class OpOutcome(StrEnum):
    """What the server did with an op."""

    APPLIED = "applied"
    MERGED = "merged"
    CONFLICT = "conflict"
    REJECTED = "rejected"


def _require(data: dict[str, Any], name: str, kind: type) -> Any:
    value = data.get(name)
    if not isinstance(value, kind):
        raise ValidationError(f"'{name}' is missing or not a {kind.__name__}")
    return value


def _check_uuid(value: str, what: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise ValidationError(f"{what} is not a valid id") from None


@dataclass(frozen=True, slots=True)
class Op:
    """One change of one record, made offline against the server revision ``base_rev`` (0 = new)."""

    op_id: str
    entity: str
    id: str
    base_rev: int
    fields: dict[str, Any] = field(default_factory=dict)
    kind: OpKind = OpKind.UPSERT

    def to_json(self) -> dict[str, Any]:
        """The op as a JSON object."""
        return {
            "op_id": self.op_id,
            "entity": self.entity,
            "id": self.id,
            "base_rev": self.base_rev,
            "kind": self.kind.value,
            "fields": self.fields,
        }

    @classmethod
    def from_json(cls, data: Any) -> Op:
        """Read an op; raise :class:`ValidationError` with a one-line message on anything malformed."""
        if not isinstance(data, dict):
            raise ValidationError("an op must be a JSON object")
        entity = _require(data, "entity", str)
        if entity not in ENTITIES:
            raise ValidationError(f"unknown entity '{entity[:40]}'")
        base_rev = data.get("base_rev", 0)
        if not isinstance(base_rev, int) or isinstance(base_rev, bool) or base_rev < 0:
            raise ValidationError("'base_rev' must be a whole number >= 0")
        fields = data.get("fields", {})
        if not isinstance(fields, dict):
            raise ValidationError("'fields' must be a JSON object")
        try:
            kind = OpKind(data.get("kind", "upsert"))
        except ValueError:
            raise ValidationError("'kind' must be 'upsert' or 'delete'") from None
        return cls(
            op_id=_check_uuid(_require(data, "op_id", str), "op_id"),
            entity=entity,
            id=_check_uuid(_require(data, "id", str), "record id"),
            base_rev=base_rev,
            fields=fields,
            kind=kind,
        )


@dataclass(frozen=True, slots=True)
class OpResult:
    """The server's answer to one op: outcome, the record's new rev, and a message or conflict id."""

    op_id: str
    outcome: OpOutcome
    rev: int = 0
    message: str = ""
    conflict_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The result as a JSON object."""
        return {
            "op_id": self.op_id,
            "outcome": self.outcome.value,
            "rev": self.rev,
            "message": self.message,
            "conflict_id": self.conflict_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OpResult:
        """Read a result the server sent."""
        return cls(
            op_id=str(data["op_id"]),
            outcome=OpOutcome(data["outcome"]),
            rev=int(data.get("rev", 0)),
            message=str(data.get("message", "")),
            conflict_id=data.get("conflict_id"),
        )


# Not frozen: a first sync builds one Change per record, and a frozen dataclass pays an
# object.__setattr__ call per field (three times the cost of the whole object).
@dataclass(slots=True)
class Change:
    """The current state of one record as the change log hands it out (a tombstone when ``deleted``)."""

    seq: int
    entity: str
    id: str
    rev: int
    deleted: bool = False
    fields: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The change as a JSON object."""
        return {
            "seq": self.seq,
            "entity": self.entity,
            "id": self.id,
            "rev": self.rev,
            "deleted": self.deleted,
            "fields": self.fields,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        """Read a change the server sent (its ``fields`` dict is taken over, not copied)."""
        fields = data.get("fields") or {}
        if not isinstance(fields, dict):
            raise ValueError("a change's 'fields' must be a JSON object")
        return cls(
            int(data["seq"]),
            str(data["entity"]),
            str(data["id"]),
            int(data["rev"]),
            bool(data.get("deleted", False)),
            fields,
        )


@dataclass(frozen=True, slots=True)
class ChangesPage:
    """One page of the change log: rows after the cursor, the next cursor, whether more rows wait,
    and the portal's view counts version (counts moved by its batch writes are not in the log)."""

    changes: list[Change]
    next_cursor: int
    more: bool
    views_version: int = 0

    def to_json(self) -> dict[str, Any]:
        """The page as a JSON object."""
        return {
            "changes": [c.to_json() for c in self.changes],
            "next": self.next_cursor,
            "more": self.more,
            "views": self.views_version,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChangesPage:
        """Read a page the server sent."""
        read = Change.from_json
        return cls(
            changes=[read(c) for c in data["changes"]],
            next_cursor=int(data["next"]),
            more=bool(data["more"]),
            views_version=int(data.get("views", 0)),
        )


@dataclass(frozen=True, slots=True)
class ViewCounts:
    """The portal's view counts that moved after a version, and the version they bring a device to."""

    version: int
    counts: dict[str, int]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ViewCounts:
        """Read the answer of ``GET /views?since=V``."""
        counts = data.get("counts") or {}
        if not isinstance(counts, dict):
            raise ValueError("'counts' must be a JSON object")
        return cls(int(data["version"]), {str(k): int(v) for k, v in counts.items()})
