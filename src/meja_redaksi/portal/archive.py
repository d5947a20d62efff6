"""Taking a newsroom's existing archive onto a new portal, as the archive has it (run by the operator).

An archive's articles already went through the workflow elsewhere: they are published, scheduled,
returned or spiked, with publish times and view counts. Pushed through the sync API they would arrive
as drafts and their history would have to be replayed move by move (failing where the archive lacks
what a move needs today: a photo file, a schedule time, an unpublish note). Here they are stored in
the state they are in, each as revision 1 in the change log, in one write transaction. Only a portal
that holds no desks, photos or articles yet takes an archive. Not an HTTP endpoint: the caller has
the database (the demo portal of ``run-demo``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.errors import UserError, ValidationError
from meja_redaksi.portal.db import Database, counter
from meja_redaksi.portal.fields import clean_fields, validate_record
from meja_redaksi.portal.models import ArticleRow, DeskRow, PhotoRow
from meja_redaksi.portal.people import apply_person
from meja_redaksi.portal.records import MODELS, store_record
from meja_redaksi.sync.protocol import PUSH_ORDER, Op, OpOutcome


@dataclass(frozen=True, slots=True)
class ArchivedState:
    """An archived article's workflow state and the server-owned values that come with it."""

    status: ArticleStatus
    published_at: datetime | None = None
    view_count: int = 0
    return_note: str = ""


@dataclass(frozen=True, slots=True)
class ArchiveRecord:
    """One record of the archive: its kind, id and sync fields (and an article's state)."""

    entity: str
    id: str
    fields: dict[str, Any]
    state: ArchivedState | None = None


_KEPT_MODELS = (DeskRow, PhotoRow, ArticleRow)


def holds_records(db: Database) -> bool:
    """Whether the portal already holds any desk, photo or article."""
    with db.reading() as session:
        return any(
            session.scalar(select(func.count()).select_from(model)) for model in _KEPT_MODELS
        )


def _never_conflicts(*_args: Any) -> str:
    raise ValidationError("a person of the archive is already on the portal")


def import_archive(db: Database, author_id: str, archive: Sequence[ArchiveRecord]) -> int:
    """Store every record of ``archive`` at revision 1 (desks and people first); return the last seq.

    Each record's fields are checked as a push's are; a bad record, or a portal that already holds
    records, raises :class:`UserError` and nothing is stored.
    """
    if holds_records(db):
        raise UserError("the portal already holds records: an archive goes only into a new portal")
    rank = {entity: n for n, entity in enumerate(PUSH_ORDER)}
    ordered = sorted(archive, key=lambda record: rank.get(record.entity, len(rank)))
    with db.writing() as session:
        for record in ordered:
            try:
                fields = clean_fields(record.entity, record.fields)
            except ValidationError as exc:
                raise UserError(f"{record.entity} {record.id}: {exc}") from None
            if record.entity == "person":
                op = Op(record.id, "person", record.id, 0, fields)
                result = apply_person(session, author_id, op, _never_conflicts)
                if result.outcome is not OpOutcome.APPLIED:
                    raise UserError(f"person {record.id}: {result.message}")
                continue
            if record.entity not in MODELS:
                raise UserError(f"records of kind '{record.entity}' are not part of an archive")
            try:
                validate_record(record.entity, fields)
            except ValidationError as exc:
                raise UserError(f"{record.entity} {record.id}: {exc}") from None
            row = MODELS[record.entity](id=record.id, rev=1, data=fields)
            if isinstance(row, ArticleRow) and record.state is not None:
                row.status = record.state.status.value
                row.published_at = record.state.published_at
                row.view_count = record.state.view_count
                if record.state.return_note:
                    row.data = {**fields, "return_note": record.state.return_note}
            session.add(row)
            store_record(session, row, record.entity, author_id)
    with db.reading() as session:
        return counter(session, "seq")
