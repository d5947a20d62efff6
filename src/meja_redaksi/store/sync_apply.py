"""Writing a page of records pulled from the portal in one store transaction.

The repositories open one write transaction per call and mark what they write as dirty, so applying a
pulled record through them costs several durable commits and then an extra write to clear the flag.
Here a whole page is written in a single transaction: each record gets the portal's ``rev`` and stays
clean, the search index follows through the articles table's triggers, the denormalized desk, person
and photo texts are recomputed, and a record with unpushed local work (``dirty``) is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Article, Desk, Person, Photo, utcnow
from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.store import denorm
from meja_redaksi.store.articles import (
    ArticleRepository,
    _text_snapshot,
    latest_number,
    load_article,
    write_article_row,
)
from meja_redaksi.store.convert import PHOTO_FIELDS, roles_to_db
from meja_redaksi.store.models import ArticleRow, AssignmentRow, DeskRow, PersonRow, PhotoRow
from meja_redaksi.store.people import _check_unique_person
from meja_redaksi.store.store import Store
from meja_redaksi.store.sync_bulk import insert_new_articles
from meja_redaksi.store.sync_bulk_update import update_articles
from meja_redaksi.store.sync_rows import ROWS

Record = Article | Photo | Desk | Person
ID_CHUNK = 500


@dataclass(frozen=True, slots=True)
class PulledRecord:
    """One record of the portal's change log: its new value, or ``value=None`` when it was deleted."""

    entity: str
    id: str
    rev: int
    value: Record | None


@dataclass(frozen=True, slots=True)
class ApplyResult:
    """What a page did: records written, records kept because of local work, and refused ones."""

    written: int
    kept_local: int
    skipped: list[str]


def _marks(session: Session, entity: str, ids: Sequence[str]) -> dict[str, bool]:
    """``id -> dirty`` for the records of ``entity`` the store already has."""
    row = ROWS[entity]
    out: dict[str, bool] = {}
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        found = session.execute(select(row.id, row.dirty).where(row.id.in_(chunk)))
        out.update({r.id: bool(r.dirty) for r in found})
    return out


def _references(value: Record | None) -> list[tuple[str, str | None]]:
    """(table, id) of every record ``value`` points at (the store's foreign keys)."""
    if isinstance(value, Article):
        return [
            ("desk", value.desk_id),
            ("person", value.reporter_id),
            ("person", value.photographer_id),
            ("person", value.editor_id),
            ("photo", value.main_photo_id),
            ("assignment", value.assignment_id),
            *(("photo", p) for p in value.gallery),
        ]
    if isinstance(value, Photo):
        return [("person", value.photographer_id)]
    if isinstance(value, Person):
        return [("desk", value.desk_id)]
    return []


def _missing_references(session: Session, page: Sequence[PulledRecord]) -> set[str]:
    """Ids of the page's records that point at a desk, person, photo or assignment nobody has.

    The store's foreign keys are checked at commit, so one such record would refuse the whole page.
    """
    tables = {**ROWS, "assignment": AssignmentRow}
    arriving = {(r.entity, r.id) for r in page if r.value is not None}
    wanted: dict[str, set[str]] = {}
    for record in page:
        for table, ref in _references(record.value):
            if ref is not None and (table, ref) not in arriving:
                wanted.setdefault(table, set()).add(ref)
    known: set[tuple[str, str]] = set()
    for table, ids in wanted.items():
        row = tables[table]
        ordered = sorted(ids)
        for start in range(0, len(ordered), ID_CHUNK):
            chunk = ordered[start : start + ID_CHUNK]
            found = session.scalars(select(row.id).where(row.id.in_(chunk)))
            known.update((table, i) for i in found)
    orphans: set[str] = set()
    while True:  # a record pointing at a refused one is refused too
        found_orphans = {
            r.id
            for r in page
            if any(
                ref is not None and (t, ref) not in arriving and (t, ref) not in known
                for t, ref in _references(r.value)
            )
        }
        if found_orphans <= orphans:
            return orphans
        orphans |= found_orphans
        arriving = {(r.entity, r.id) for r in page if r.value is not None and r.id not in orphans}


def _write_article(session: Session, article: Article, rev: int, now: datetime) -> None:
    row = session.scalar(select(ArticleRow).where(ArticleRow.id == article.id))
    if row is not None and row.deleted:
        raise NotFoundError(f"the article {article.id} was deleted here")
    current = load_article(session, row) if row is not None else None
    changed_text = current is None or _text_snapshot(current) != _text_snapshot(article)
    latest = latest_number(session, article.id) if row is not None else 0
    stored = ArticleRepository._prepare(session, article, now)
    if row is None:
        row = ArticleRow(id=stored.id)
        session.add(row)
    row.dirty = False
    row.rev = rev
    write_article_row(session, row, stored, now)
    if changed_text:
        revision = ArticleRepository._revision_row(stored, latest + 1, None, "sync", now)
        revision.dirty = False
        session.add(revision)


def _write_photo(session: Session, photo: Photo, rev: int, now: datetime) -> None:
    row = session.get(PhotoRow, photo.id)
    if row is None:
        row = PhotoRow(id=photo.id)
        session.add(row)
    stored = replace(photo, updated_at=now)
    for name in PHOTO_FIELDS:
        setattr(row, name, getattr(stored, name))
    row.dirty, row.deleted, row.rev = False, False, rev


def _write_desk(session: Session, desk: Desk, rev: int) -> None:
    other = session.scalar(
        select(DeskRow.id).where(DeskRow.slug == desk.slug, DeskRow.id != desk.id)
    )
    if other is not None:
        raise UserError(f"a desk with slug '{desk.slug}' already exists")
    row = session.get(DeskRow, desk.id)
    if row is None:
        row = DeskRow(id=desk.id)
        session.add(row)
    row.name, row.slug = desk.name, desk.slug
    row.dirty, row.deleted, row.rev = False, False, rev


def _write_person(session: Session, person: Person, rev: int) -> None:
    _check_unique_person(session, person)
    row = session.get(PersonRow, person.id)
    if row is None:
        row = PersonRow(id=person.id)
        session.add(row)
    row.username, row.name, row.code = person.username, person.name, person.code
    row.roles, row.desk_id, row.active = roles_to_db(person.roles), person.desk_id, person.active
    row.dirty, row.deleted, row.rev = False, False, rev


def _write(session: Session, record: PulledRecord, now: datetime) -> None:
    value = record.value
    if isinstance(value, Article):
        _write_article(session, value, record.rev, now)
    elif isinstance(value, Photo):
        _write_photo(session, value, record.rev, now)
    elif isinstance(value, Desk):
        _write_desk(session, value, record.rev)
    elif isinstance(value, Person):
        _write_person(session, value, record.rev)
    session.flush()


def _refresh_names(session: Session, written: Sequence[PulledRecord]) -> None:
    """Desk and person names and photo texts shown on articles, for the records this page changed."""
    for record in written:
        value = record.value
        if isinstance(value, Desk):
            denorm.refresh_desk_name(session, value.id, value.name)
        elif isinstance(value, Person):
            denorm.refresh_person_name(session, value.id, value.name)
        elif isinstance(value, Photo):
            denorm.refresh_photo_text(session, value.id)


def _one_by_one(
    session: Session, records: Sequence[PulledRecord], now: datetime, skipped: list[str]
) -> list[PulledRecord]:
    """Write ``records`` each in its own savepoint; one the store refuses is skipped with a line."""
    written: list[PulledRecord] = []
    for record in records:
        try:
            with session.begin_nested():
                _write(session, record, now)
        except UserError as exc:
            skipped.append(f"{record.entity} {record.id}: {exc}")
            continue
        written.append(record)
    return written


def _insert_fresh(
    session: Session, fresh: Sequence[PulledRecord], now: datetime, skipped: list[str]
) -> list[PulledRecord]:
    """Articles new to the store, in one go; one by one if the store refuses the batch."""
    pairs = [(r.value, r.rev) for r in fresh if isinstance(r.value, Article)]
    try:
        with session.begin_nested():
            insert_new_articles(session, pairs, now)
        return list(fresh)
    except UserError:
        pass
    return _one_by_one(session, fresh, now, skipped)


def _update_existing(
    session: Session, existing: Sequence[PulledRecord], now: datetime, skipped: list[str]
) -> list[PulledRecord]:
    """Articles the store holds clean, in one go; one by one if the store refuses the batch."""
    pairs = [(r.value, r.rev) for r in existing if isinstance(r.value, Article)]
    try:
        with session.begin_nested():
            refused = update_articles(session, pairs, now)
    except UserError:
        pass
    else:
        skipped.extend(f"article {i}: the article {i} was deleted here" for i in refused)
        return [r for r in existing if r.id not in refused]
    return _one_by_one(session, existing, now, skipped)


def apply_pulled(store: Store, page: Sequence[PulledRecord]) -> ApplyResult:
    """Write a page of the portal's records in one transaction; records with local work are kept.

    A record the store refuses (a taken user name or desk slug, an article deleted here) is rolled back
    on its own and reported in ``skipped``; the rest of the page is written.
    """
    now = utcnow()
    written: list[PulledRecord] = []
    skipped: list[str] = []
    kept = 0
    with store.database.write() as session:
        dirty: dict[str, dict[str, bool]] = {}
        for entity in {r.entity for r in page}:
            ids = [r.id for r in page if r.entity == entity]
            dirty[entity] = _marks(session, entity, ids)
        orphans = _missing_references(session, page)
        fresh = [
            r
            for r in page
            if isinstance(r.value, Article) and r.id not in orphans and r.id not in dirty[r.entity]
        ]
        fresh_ids = {r.id for r in fresh}
        existing: list[PulledRecord] = []
        for record in page:
            if record.id in fresh_ids:
                continue
            if record.id in orphans:
                skipped.append(
                    f"{record.entity} {record.id}: it refers to a desk, person, photo or "
                    "assignment that is not in the store"
                )
                continue
            marks = dirty[record.entity]
            if marks.get(record.id, False):
                kept += 1
                continue
            row = ROWS[record.entity]
            if record.value is None:
                if record.id in marks:
                    session.execute(
                        update(row)
                        .where(row.id == record.id)
                        .values(deleted=True, dirty=False, rev=record.rev)
                    )
                continue
            if isinstance(record.value, Article):
                existing.append(record)  # written together below
                continue
            try:
                with session.begin_nested():
                    _write(session, record, now)
            except UserError as exc:
                skipped.append(f"{record.entity} {record.id}: {exc}")
                continue
            marks[record.id] = False
            written.append(record)
        written.extend(_update_existing(session, existing, now, skipped))
        written.extend(_insert_fresh(session, fresh, now, skipped))
        _refresh_names(session, written)
    return ApplyResult(len(written), kept, skipped)
