"""The photo repository; a changed title or caption re-indexes every article showing the photo.

A file is one record: a second live record of a file that never reached the portal is refused with
:class:`DuplicatePhotoError` (the store's unique index ``uq_photos_sha256_unsynced`` backs this when
two writers race). Records pulled from the portal may share a file (see migration 0005).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meja_redaksi.domain.entities import Photo, utcnow
from meja_redaksi.domain.errors import NotFoundError, UserError
from meja_redaksi.store import denorm
from meja_redaksi.store.convert import PHOTO_FIELDS, photo_from_row
from meja_redaksi.store.database import Database
from meja_redaksi.store.models import PhotoRow

_SEARCHED = ("title", "caption", "keywords")


class DuplicatePhotoError(UserError):
    """The photo's file is already another photo record; ``existing_id`` names that record."""

    def __init__(self, existing_id: str, label: str) -> None:
        super().__init__(f"this file is already the photo '{label}'")
        self.existing_id = existing_id


class PhotoRepository:
    """Photo records (the files themselves live in the store's media folder)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, photo: Photo) -> Photo:
        """Insert or update a photo record; sets updated_at and marks it dirty for sync."""
        stored = replace(photo, updated_at=utcnow())
        with self._db.write() as session:
            row = session.get(PhotoRow, photo.id)
            created = row is None
            if row is None:
                row = PhotoRow(id=photo.id)
                session.add(row)
            searched_before = tuple(getattr(row, n) for n in _SEARCHED)
            for name in PHOTO_FIELDS:
                setattr(row, name, getattr(stored, name))
            row.dirty = True
            row.deleted = False
            if stored.sha256 is not None and not row.rev:
                _refuse_second_record(session, row)
            session.flush()
            if not created and searched_before != tuple(getattr(row, n) for n in _SEARCHED):
                denorm.refresh_photo_text(session, photo.id)
            return stored

    def get(self, photo_id: str) -> Photo:
        """The photo with this id; NotFoundError if none."""
        with self._db.read() as session:
            row = session.get(PhotoRow, photo_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no photo with id {photo_id}")
            return photo_from_row(row)

    def get_by_sha256(self, sha256: str) -> Photo | None:
        """The (oldest) photo record whose file has this sha256, or None."""
        with self._db.read() as session:
            row = session.scalar(
                select(PhotoRow)
                .where(PhotoRow.sha256 == sha256.lower(), PhotoRow.deleted.is_(False))
                .order_by(PhotoRow.created_at, PhotoRow.id)
                .limit(1)
            )
            return None if row is None else photo_from_row(row)

    def get_many(self, photo_ids: Sequence[str]) -> list[Photo]:
        """The photos of ``photo_ids`` in that order; unknown or deleted ids are left out."""
        with self._db.read() as session:
            rows = {
                r.id: r
                for r in session.scalars(select(PhotoRow).where(PhotoRow.id.in_(list(photo_ids))))
                if not r.deleted
            }
            return [photo_from_row(rows[i]) for i in photo_ids if i in rows]

    def list(self, *, limit: int | None = None, offset: int = 0) -> list[Photo]:
        """Photos, newest change first."""
        with self._db.read() as session:
            statement = (
                select(PhotoRow)
                .where(PhotoRow.deleted.is_(False))
                .order_by(PhotoRow.updated_at.desc(), PhotoRow.id.desc())
                .offset(offset)
            )
            if limit is not None:
                statement = statement.limit(limit)
            return [photo_from_row(r) for r in session.scalars(statement)]

    def count(self) -> int:
        """How many photo records the store holds."""
        with self._db.read() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(PhotoRow).where(PhotoRow.deleted.is_(False))
                )
                or 0
            )

    def delete(self, photo_id: str) -> None:
        """Delete a photo record (a tombstone); articles stop showing it in search text."""
        with self._db.write() as session:
            row = session.get(PhotoRow, photo_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no photo with id {photo_id}")
            row.deleted = True
            row.dirty = True
            row.updated_at = utcnow()
            session.flush()
            denorm.refresh_photo_text(session, photo_id)


def _refuse_second_record(session: Session, row: PhotoRow) -> None:
    """DuplicatePhotoError when another never-synced live record holds ``row``'s file."""
    with session.no_autoflush:
        other = session.scalar(
            select(PhotoRow).where(
                PhotoRow.sha256 == row.sha256,
                PhotoRow.id != row.id,
                PhotoRow.deleted.is_(False),
                PhotoRow.rev == 0,
            )
        )
    if other is not None:
        raise DuplicatePhotoError(other.id, photo_from_row(other).label)
