"""Build a realistic demo store: desks, people with codes, photos and many articles, fast.

Generated rows go in with bulk Core inserts in one transaction; the full-text index triggers are
dropped for the load and the index is rebuilt once at the end. Extra records (e.g. the seed article
from the portal-page importer) are saved afterwards through the ordinary repositories.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import (
    Article,
    ArticleRef,
    Desk,
    Person,
    Photo,
    new_id,
    utcnow,
)
from meja_redaksi.domain.enums import ArticleStatus, AssignmentStatus, RefKind, Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.domain.text import slugify
from meja_redaksi.store import fts
from meja_redaksi.store.convert import article_from_row, ref_from_row
from meja_redaksi.store.demo_text import DESKS, DemoText
from meja_redaksi.store.models import (
    ArticleRefRow,
    ArticleRow,
    ArticleTagRow,
    AssignmentReporterRow,
    AssignmentRow,
    DeskRow,
    GalleryPhotoRow,
    PersonRow,
    PhotoRow,
    PullQuoteRow,
    RevisionRow,
)
from meja_redaksi.store.store import Store
from meja_redaksi.store.types import time_to_db

DEFAULT_SEED = 20180502
CHUNK = 5000
FIRST_DAY = datetime(2018, 1, 1, tzinfo=UTC)
STATUS_WEIGHTS = {
    ArticleStatus.PUBLISHED: 55,
    ArticleStatus.DRAFT: 10,
    ArticleStatus.SUBMITTED: 6,
    ArticleStatus.EDITING: 5,
    ArticleStatus.APPROVED: 5,
    ArticleStatus.SCHEDULED: 3,
    ArticleStatus.RETURNED: 5,
    ArticleStatus.UNPUBLISHED: 3,
    ArticleStatus.SPIKED: 8,
}
_EDITED = {
    ArticleStatus.EDITING,
    ArticleStatus.APPROVED,
    ArticleStatus.SCHEDULED,
    ArticleStatus.PUBLISHED,
    ArticleStatus.RETURNED,
    ArticleStatus.UNPUBLISHED,
}
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class DemoSummary:
    """What the demo builder put into the store."""

    articles: int
    photos: int
    desks: int
    people: int
    extras: list[str] = field(default_factory=list)


@dataclass
class _Staff:
    desk: dict[str, Any]
    reporters: list[dict[str, Any]]
    photographer: dict[str, Any]
    editor: dict[str, Any]
    chief: dict[str, Any]


class _Builder:
    def __init__(self, session: Session, seed: int, now: datetime) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.text = DemoText(self.rng)
        self.now = now
        self.people: list[dict[str, Any]] = []
        self.codes: set[str] = set()
        self.staff: list[_Staff] = []
        self.photos: list[dict[str, Any]] = []
        self.published: list[tuple[str, str, datetime, int]] = []

    def person(self, role: Role, desk_id: str | None) -> dict[str, Any]:
        name = self.text.person_name()
        first, last = name.lower().split(" ", 1)
        code = f"{first}{last[0]}"
        suffix = 1
        while code in self.codes:
            suffix += 1
            code = f"{first}{last[0]}{suffix}"
        self.codes.add(code)
        roles = [role.value] + (["editor"] if role == Role.DESK_CHIEF else [])
        row = {
            "id": new_id(),
            "username": code,
            "name": name,
            "code": code,
            "roles": ",".join(sorted(roles)),
            "desk_id": desk_id,
            "active": True,
        }
        self.people.append(row)
        return row

    def desks_and_people(self) -> None:
        desks = [{"id": new_id(), "name": name, "slug": slug} for name, slug in DESKS]
        for desk in desks:
            reporters = [self.person(Role.REPORTER, desk["id"]) for _ in range(4)]
            self.staff.append(
                _Staff(
                    desk,
                    reporters,
                    self.person(Role.PHOTOGRAPHER, desk["id"]),
                    self.person(Role.EDITOR, desk["id"]),
                    self.person(Role.DESK_CHIEF, desk["id"]),
                )
            )
        admin = self.person(Role.ADMIN, None)
        admin["username"] = "admin"
        self.session.execute(insert(DeskRow), desks)
        self.session.execute(insert(PersonRow), self.people)

    def make_photos(self, count: int) -> None:
        for _ in range(count):
            staff = self.rng.choice(self.staff)
            slug = staff.desk["slug"]
            taken = self.random_time()
            title = self.text.photo_title(slug)
            self.photos.append(
                {
                    "id": new_id(),
                    "sha256": None,
                    "title": title,
                    "caption": self.text.caption(slug, taken),
                    "credit": staff.photographer["name"],
                    "photographer": staff.photographer["name"],
                    "photographer_id": staff.photographer["id"],
                    "keywords": json.dumps([staff.desk["name"]], ensure_ascii=False),
                    "original_filename": f"{slugify(title, 40)} {staff.photographer['code']}.jpg",
                    "date_taken": time_to_db(taken),
                    "created_at": time_to_db(taken),
                    "updated_at": time_to_db(taken),
                    "city": "Jakarta",
                    "location": "",
                    "alt_text": "",
                    "extended_description": "",
                    "mime": "image/jpeg",
                }
            )
        for start in range(0, len(self.photos), CHUNK):
            _bulk_insert(
                self.session.connection(),
                PhotoRow.__tablename__,
                self.photos[start : start + CHUNK],
            )

    def random_time(self) -> datetime:
        span = (self.now - FIRST_DAY).total_seconds()
        return FIRST_DAY + timedelta(seconds=self.rng.random() * span)

    def article(self, index: int, status: ArticleStatus) -> tuple[dict[str, Any], list[Any]]:
        rng = self.rng
        staff = rng.choice(self.staff)
        slug = staff.desk["slug"]
        created = self.random_time()
        updated = min(created + timedelta(seconds=rng.random() * 864000), self.now)
        reporter = rng.choice(staff.reporters)
        editor = staff.editor if status in _EDITED else None
        headline = self.text.headline(slug)
        lead, lead_words = self.text.pooled_lead(slug)
        body, body_words = self.text.body(slug)
        tags = self.text.tags(slug)
        aid = new_id()
        published = None
        views = 0
        if status in (ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED):
            published = min(created + timedelta(hours=rng.randint(1, 48)), self.now)
            views = min(int(rng.paretovariate(1.3) * 250), 500_000)
        main_photo = rng.choice(self.photos) if self.photos and rng.random() < 0.6 else None
        gallery = (
            rng.sample(self.photos, min(2, len(self.photos)))
            if main_photo and rng.random() < 0.2
            else []
        )
        shown = [main_photo, *[g for g in gallery if g is not main_photo]] if main_photo else []
        children: list[Any] = [
            (ArticleTagRow, {"article_id": aid, "position": i, "tag": t})
            for i, t in enumerate(tags)
        ]
        children += [
            (GalleryPhotoRow, {"article_id": aid, "position": i, "photo_id": g["id"]})
            for i, g in enumerate(gallery)
        ]
        children += self.refs(aid)
        if status == ArticleStatus.PUBLISHED and published is not None:
            self.published.append((aid, headline, published, views))
        row = {
            "id": aid,
            "headline": headline,
            "slug": slugify(headline),
            "lead": lead,
            "body": body,
            "desk_id": staff.desk["id"],
            "status": status.value,
            "reporter_id": reporter["id"],
            "photographer_id": main_photo["photographer_id"] if main_photo else None,
            "editor_id": editor["id"] if editor else None,
            "created_at": time_to_db(created),
            "updated_at": time_to_db(updated),
            "published_at": time_to_db(published),
            "scheduled_at": time_to_db(self.now + timedelta(days=rng.randint(1, 14)))
            if status == ArticleStatus.SCHEDULED
            else None,
            "view_count": views,
            "main_photo_id": main_photo["id"] if main_photo else None,
            "return_note": "Lengkapi kutipan narasumber dan periksa ejaan nama."
            if status == ArticleStatus.RETURNED
            else "",
            "language": "id",
            "word_count": lead_words + body_words,
            "desk_name": staff.desk["name"],
            "reporter_name": reporter["name"],
            "editor_name": editor["name"] if editor else "",
            "tags_text": " ".join(tags),
            "photo_text": "\n".join(
                f"{p['title']}\n{p['caption']}\n{json.loads(p['keywords'])[0]}" for p in shown
            ),
            "dirty": True,
        }
        if index % 50 == 0:
            children.append(
                (
                    RevisionRow,
                    {
                        "id": new_id(),
                        "article_id": aid,
                        "number": 1,
                        "headline": headline,
                        "lead": lead,
                        "body": body,
                        "pull_quotes": "[]",
                        "tags": json.dumps(tags, ensure_ascii=False),
                        "author_id": reporter["id"],
                        "note": "draf pertama",
                        "created_at": time_to_db(created),
                    },
                )
            )
        return row, children

    def refs(self, aid: str) -> list[Any]:
        if not self.published:
            return []
        picks = [
            (RefKind.RELATED, self.rng.choice(self.published))
            for _ in range(self.rng.randint(0, 2))
        ]
        picks += [
            (RefKind.POPULAR, self.rng.choice(self.published))
            for _ in range(self.rng.randint(0, 1))
        ]
        return [
            (
                ArticleRefRow,
                {
                    "article_id": aid,
                    "position": i,
                    "kind": kind.value,
                    "headline": ref[1],
                    "photo_title": "",
                    "published": ref[2].date().isoformat(),
                    "views": ref[3],
                    "ref_article_id": ref[0],
                },
            )
            for i, (kind, ref) in enumerate(picks)
        ]

    def assignments(self) -> None:
        rows, members = [], []
        for staff in self.staff:
            for n, state in enumerate(AssignmentStatus):
                aid = new_id()
                when = self.now + timedelta(days=self.rng.randint(-20, 20))
                slug = staff.desk["slug"]
                rows.append(
                    {
                        "id": aid,
                        "title": self.text.headline(slug),
                        "brief": self.text.lead(slug, when),
                        "location": self.rng.choice(("Balai Kota", "Monas", "Kota Tua", "Ancol")),
                        "event_time": when,
                        "deadline": when + timedelta(hours=6),
                        "desk_id": staff.desk["id"],
                        "photographer_id": staff.photographer["id"],
                        "editor_id": staff.editor["id"],
                        "status": state.value,
                        "created_by": staff.chief["id"],
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
                members.append(
                    {
                        "assignment_id": aid,
                        "position": 0,
                        "person_id": staff.reporters[n % len(staff.reporters)]["id"],
                    }
                )
        self.session.execute(insert(AssignmentRow), rows)
        self.session.execute(insert(AssignmentReporterRow), members)


def _statuses(rng: random.Random, count: int) -> list[ArticleStatus]:
    """Every status at least once (when count allows), the rest drawn by weight."""
    head = list(STATUS_WEIGHTS)[: min(count, len(STATUS_WEIGHTS))]
    tail = rng.choices(
        list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()), k=count - len(head)
    )
    return head + tail


def build_demo(
    store: Store,
    *,
    articles: int = 1000,
    photos: int = 100,
    seed: int = DEFAULT_SEED,
    extras: Iterable[Desk | Person | Photo | Article] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DemoSummary:
    """Fill an empty ``store`` with a generated newsroom, then save ``extras`` through the repositories.

    Deterministic for one ``seed`` (apart from ids). ``progress(done, total)`` is called per chunk;
    when ``cancelled()`` turns true the whole load is rolled back and UserError is raised.
    """
    if articles < 0 or photos < 0:
        raise UserError("the number of articles and photos cannot be negative")
    with store.database.write() as session:
        if session.scalar(select(func.count()).select_from(DeskRow)) or session.scalar(
            select(func.count()).select_from(ArticleRow)
        ):
            raise UserError(f"the store {store.path} is not empty: build the demo into a new store")
        builder = _Builder(session, seed, utcnow())
        builder.desks_and_people()
        builder.make_photos(photos)
        builder.assignments()
        for statement in fts.DROP_TRIGGERS:
            session.execute(text(statement))
        # A large page cache for this load only, and the list indexes built once after the load
        # (faster than keeping them up to date row by row).
        session.execute(text("PRAGMA cache_size = -200000"))
        index_sql = _drop_article_indexes(session)
        statuses = _statuses(builder.rng, articles)
        connection = session.connection()
        for start in range(0, articles, CHUNK):
            if cancelled is not None and cancelled():
                raise UserError("building the demo store was cancelled; nothing was changed")
            rows: list[dict[str, Any]] = []
            children: dict[Any, list[dict[str, Any]]] = {}
            for index in range(start, min(start + CHUNK, articles)):
                row, kids = builder.article(index, statuses[index])
                rows.append(row)
                for table, values in kids:
                    children.setdefault(table, []).append(values)
            _bulk_insert(connection, ArticleRow.__tablename__, rows)
            for table, values_list in children.items():
                _bulk_insert(connection, table.__tablename__, values_list)
            if progress is not None:
                progress(min(start + CHUNK, articles), articles)
        for statement in index_sql:
            session.execute(text(statement))
        session.execute(text(fts.REBUILD))
        for statement in fts.TRIGGERS.values():
            session.execute(text(statement))
        session.execute(text("PRAGMA analysis_limit = 2000"))
        session.execute(text("ANALYZE"))
        session.execute(text("PRAGMA cache_size = -2000"))
    saved = [_save_extra(store, record) for record in extras]
    return DemoSummary(articles, photos, len(DESKS), len(builder.people), saved)


def _drop_article_indexes(session: Session) -> list[str]:
    """Drop the articles table's own indexes; return the statements that recreate them."""
    rows = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles' "
            "AND sql IS NOT NULL"
        )
    ).all()
    for name, _sql in rows:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _name, sql in rows]


def _bulk_insert(connection: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of one shape (same keys, same order) with one prepared statement.

    Values must already be in stored form: times as ``time_to_db`` text, lists as JSON text.
    """
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 - fixed table and column names
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    connection.exec_driver_sql(sql, [tuple(row.values()) for row in rows])


def _save_extra(store: Store, record: Desk | Person | Photo | Article) -> str:
    if isinstance(record, Desk):
        return store.desks.save(record).id
    if isinstance(record, Person):
        return store.people.save(record).id
    if isinstance(record, Photo):
        return store.photos.save(record).id
    return store.articles.save(record, note="demo").id


def unsynced_articles(store: Store) -> list[Article]:
    """Every live article changed here and not yet synced (all of a new demo store's), read with a
    few queries per chunk of articles rather than four per article."""
    out: list[Article] = []
    with store.database.read() as session:
        rows = session.scalars(
            select(ArticleRow)
            .where(ArticleRow.dirty.is_(True), ArticleRow.deleted.is_(False))
            .order_by(ArticleRow.id)
        ).all()
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            ids = [row.id for row in chunk]
            tags = _children(session, ArticleTagRow, ArticleTagRow.tag, ids)
            quotes = _children(session, PullQuoteRow, PullQuoteRow.text, ids)
            gallery = _children(session, GalleryPhotoRow, GalleryPhotoRow.photo_id, ids)
            refs: dict[str, list[ArticleRef]] = {}
            for ref in session.scalars(
                select(ArticleRefRow)
                .where(ArticleRefRow.article_id.in_(ids))
                .order_by(ArticleRefRow.article_id, ArticleRefRow.position)
            ):
                refs.setdefault(ref.article_id, []).append(ref_from_row(ref))
            out += [
                article_from_row(
                    row,
                    tags=tags.get(row.id, []),
                    pull_quotes=quotes.get(row.id, []),
                    refs=refs.get(row.id, []),
                    gallery=gallery.get(row.id, []),
                )
                for row in chunk
            ]
    return out


def _children(session: Session, table: Any, column: Any, ids: list[str]) -> dict[str, list[str]]:
    """One ordered child column of many articles, by article id."""
    found: dict[str, list[str]] = {}
    for article_id, value in session.execute(
        select(table.article_id, column)
        .where(table.article_id.in_(ids))
        .order_by(table.article_id, table.position)
    ):
        found.setdefault(article_id, []).append(value)
    return found


def mark_all_synced(store: Store, rev: int) -> int:
    """Mark every live record changed here as synced at portal revision ``rev``; return how many.

    For a store whose records a portal has just taken as they are (the demo portal's archive).
    """
    marked = 0
    with store.database.write() as session:
        for row in (DeskRow, PersonRow, PhotoRow, ArticleRow):
            result = session.execute(
                update(row)
                .where(row.dirty.is_(True), row.deleted.is_(False))
                .values(dirty=False, rev=rev)
            )
            marked += int(getattr(result, "rowcount", 0) or 0)
    return marked
