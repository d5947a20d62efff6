"""Denormalized article columns (names for sorting, tag and photo text for search) and their upkeep."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from meja_redaksi.store.models import ArticleRow, DeskRow, GalleryPhotoRow, PersonRow, PhotoRow


def person_name(session: Session, person_id: str | None) -> str:
    """The name of a person, or "" for none or an unknown id."""
    if person_id is None:
        return ""
    return session.scalar(select(PersonRow.name).where(PersonRow.id == person_id)) or ""


def desk_name(session: Session, desk_id: str | None) -> str:
    """The name of a desk, or "" for none or an unknown id."""
    if desk_id is None:
        return ""
    return session.scalar(select(DeskRow.name).where(DeskRow.id == desk_id)) or ""


def photo_text(session: Session, photo_ids: Sequence[str]) -> str:
    """The searchable text of photos (title, caption, keywords), in the given order."""
    if not photo_ids:
        return ""
    rows = {
        row.id: row for row in session.scalars(select(PhotoRow).where(PhotoRow.id.in_(photo_ids)))
    }
    parts: list[str] = []
    for pid in photo_ids:
        row = rows.get(pid)
        if row is not None and not row.deleted:
            parts.extend(p for p in (row.title, row.caption, " ".join(row.keywords)) if p)
    return "\n".join(parts)


def article_photo_ids(session: Session, row: ArticleRow) -> list[str]:
    """Main photo then gallery photos of an article row, without repeats."""
    ids = [row.main_photo_id] if row.main_photo_id else []
    gallery = session.scalars(
        select(GalleryPhotoRow.photo_id)
        .where(GalleryPhotoRow.article_id == row.id)
        .order_by(GalleryPhotoRow.position)
    )
    ids.extend(p for p in gallery if p not in ids)
    return ids


def refresh_person_name(session: Session, person_id: str, name: str) -> None:
    """After a person is renamed: update the reporter and editor names shown in article lists."""
    session.execute(
        update(ArticleRow).where(ArticleRow.reporter_id == person_id).values(reporter_name=name)
    )
    session.execute(
        update(ArticleRow).where(ArticleRow.editor_id == person_id).values(editor_name=name)
    )


def refresh_desk_name(session: Session, desk_id: str, name: str) -> None:
    """After a desk is renamed: update the desk name shown in article lists."""
    session.execute(update(ArticleRow).where(ArticleRow.desk_id == desk_id).values(desk_name=name))


def refresh_photo_text(session: Session, photo_id: str) -> None:
    """After a photo's title/caption/keywords change: re-index every article that shows it."""
    in_gallery = select(GalleryPhotoRow.article_id).where(GalleryPhotoRow.photo_id == photo_id)
    rows = session.scalars(
        select(ArticleRow).where(
            or_(ArticleRow.main_photo_id == photo_id, ArticleRow.id.in_(in_gallery))
        )
    ).all()
    for row in rows:
        row.photo_text = photo_text(session, article_photo_ids(session, row))
    session.flush()
