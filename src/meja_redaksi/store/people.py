"""Repositories of people and desks; renaming either keeps the article list's names correct."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Desk, Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.store import denorm
from meja_redaksi.store.convert import desk_from_row, person_from_row, roles_to_db
from meja_redaksi.store.database import Database
from meja_redaksi.store.models import DeskRow, PersonRow


def _check_unique_person(session: Session, person: Person) -> None:
    taken = session.scalar(
        select(PersonRow.username).where(
            PersonRow.username == person.username, PersonRow.id != person.id
        )
    )
    if taken is not None:
        raise UserError(f"user name '{person.username}' is already taken by someone else")
    if person.code:
        other = session.scalar(
            select(PersonRow.name).where(PersonRow.code == person.code, PersonRow.id != person.id)
        )
        if other is not None:
            raise UserError(f"person code '{person.code}' is already used by {other}")


class PersonRepository:
    """People of the newsroom."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, person: Person) -> Person:
        """Insert or update a person (user name and code must be unique); mark dirty for sync."""
        with self._db.write() as session:
            _check_unique_person(session, person)
            row = session.get(PersonRow, person.id)
            if row is None:
                row = PersonRow(id=person.id)
                session.add(row)
            renamed = row.name is not None and row.name != person.name
            row.username = person.username
            row.name = person.name
            row.code = person.code
            row.roles = roles_to_db(person.roles)
            row.desk_id = person.desk_id
            row.active = person.active
            row.dirty = True
            row.deleted = False
            session.flush()
            if renamed:
                denorm.refresh_person_name(session, person.id, person.name)
            return person

    def get(self, person_id: str) -> Person:
        """The person with this id; NotFoundError if none."""
        with self._db.read() as session:
            row = session.get(PersonRow, person_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no person with id {person_id}")
            return person_from_row(row)

    def get_by_username(self, username: str) -> Person:
        """The person with this user name; NotFoundError if none."""
        with self._db.read() as session:
            row = session.scalar(select(PersonRow).where(PersonRow.username == username))
            if row is None or row.deleted:
                raise NotFoundError(f"no person with user name '{username}'")
            return person_from_row(row)

    def get_by_code(self, code: str) -> Person | None:
        """The person whose photo-file code is ``code`` (e.g. 'rezap'), or None."""
        if not code:
            return None
        with self._db.read() as session:
            row = session.scalar(
                select(PersonRow).where(
                    PersonRow.code == code.lower(), PersonRow.deleted.is_(False)
                )
            )
            return None if row is None else person_from_row(row)

    def find_by_name(self, name: str) -> list[Person]:
        """People whose name contains ``name`` (case-insensitive), exact matches first."""
        needle = " ".join(name.split()).casefold()
        if not needle:
            return []
        people = [p for p in self.list() if needle in p.name.casefold()]
        return sorted(people, key=lambda p: (p.name.casefold() != needle, p.name.casefold()))

    def list(self, *, role: Role | None = None, include_inactive: bool = True) -> list[Person]:
        """Everyone (optionally only one role, only active people), sorted by name."""
        with self._db.read() as session:
            rows = session.scalars(
                select(PersonRow)
                .where(PersonRow.deleted.is_(False))
                .order_by(func.lower(PersonRow.name), PersonRow.id)
            )
            people = [person_from_row(r) for r in rows]
        if role is not None:
            people = [p for p in people if p.has_role(role)]
        if not include_inactive:
            people = [p for p in people if p.active]
        return people


class DeskRepository:
    """Desks (rubrik) of the portal."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, desk: Desk) -> Desk:
        """Insert or update a desk (slugs are unique); mark dirty for sync."""
        with self._db.write() as session:
            other = session.scalar(
                select(DeskRow.id).where(DeskRow.slug == desk.slug, DeskRow.id != desk.id)
            )
            if other is not None:
                raise UserError(f"a desk with slug '{desk.slug}' already exists")
            row = session.get(DeskRow, desk.id)
            if row is None:
                row = DeskRow(id=desk.id)
                session.add(row)
            renamed = row.name is not None and row.name != desk.name
            row.name = desk.name
            row.slug = desk.slug
            row.dirty = True
            row.deleted = False
            session.flush()
            if renamed:
                denorm.refresh_desk_name(session, desk.id, desk.name)
            return desk

    def get(self, desk_id: str) -> Desk:
        """The desk with this id; NotFoundError if none."""
        with self._db.read() as session:
            row = session.get(DeskRow, desk_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no desk with id {desk_id}")
            return desk_from_row(row)

    def get_by_slug(self, slug: str) -> Desk:
        """The desk with this slug; NotFoundError if none."""
        with self._db.read() as session:
            row = session.scalar(select(DeskRow).where(DeskRow.slug == slug))
            if row is None or row.deleted:
                raise NotFoundError(f"no desk '{slug}'")
            return desk_from_row(row)

    def list(self) -> list[Desk]:
        """Every desk, sorted by name."""
        with self._db.read() as session:
            rows = session.scalars(
                select(DeskRow)
                .where(DeskRow.deleted.is_(False))
                .order_by(func.lower(DeskRow.name), DeskRow.id)
            )
            return [desk_from_row(r) for r in rows]
