"""One photo record per file among the records that never left this device.

Two ingests of the same new file at once could each create a record. Records that never reached the
portal (``rev = 0``) and share a file are merged first: the oldest live record of that file is kept,
every article's main photo, gallery entry and inline ``photo:<id>`` reference to a merged record points
at the kept one, and caption text the kept record lacks is taken from the merged one (a caption or
long description that differs is appended, so no typed text is lost). Merged records become tombstones
(still in the file) and the changed rows are marked for the next sync. Then a partial unique index
makes the store refuse a second never-synced live record of one file.

Records the portal already knows are not merged here: two devices may have ingested the same file
offline, and the portal keeps both records, so a pulled record may share its file with another.

Revision ID: 0005
Revises: 0004
"""

# ruff: noqa: S608 - SQL built from fixed column names
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from alembic import op
from sqlalchemy import text
from sqlalchemy.engine import Connection

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_photos_sha256_unsynced"
_FILL_ONLY = ("title", "credit", "photographer", "alt_text", "city", "location")
_APPENDED = ("caption", "extended_description")
_FILL_NULL = ("photographer_id", "date_taken", "gps_latitude", "gps_longitude")
_COLUMNS = ("id", "rev", "keywords", *_FILL_ONLY, *_APPENDED, *_FILL_NULL)


def _merged_fields(kept: dict[str, Any], merged: dict[str, Any]) -> dict[str, Any]:
    """The kept record's fields that change when ``merged`` is folded into it."""
    changes: dict[str, Any] = {}
    for name in _FILL_ONLY:
        if not (kept[name] or "").strip() and (merged[name] or "").strip():
            changes[name] = merged[name]
    for name in _APPENDED:
        mine, theirs = (kept[name] or "").strip(), (merged[name] or "").strip()
        if theirs and theirs not in mine:
            changes[name] = f"{mine}\n\n{theirs}" if mine else theirs
    for name in _FILL_NULL:
        if kept[name] is None and merged[name] is not None:
            changes[name] = merged[name]
    keywords = json.loads(kept["keywords"] or "[]")
    extra = [k for k in json.loads(merged["keywords"] or "[]") if k not in keywords]
    if extra:
        changes["keywords"] = json.dumps(keywords + extra, ensure_ascii=False)
    return changes


def _repoint(connection: Connection, old_id: str, new_id: str) -> None:
    """Every article reference to photo ``old_id`` names ``new_id`` instead; those articles get synced."""
    ids = {"old": old_id, "new": new_id}
    touched = {
        row[0]
        for row in connection.execute(
            text(
                "SELECT id FROM articles WHERE main_photo_id = :old OR body LIKE :ref "
                "OR id IN (SELECT article_id FROM article_gallery WHERE photo_id = :old)"
            ),
            {"old": old_id, "ref": f"%photo:{old_id}%"},
        )
    }
    connection.execute(
        text("UPDATE articles SET main_photo_id = :new WHERE main_photo_id = :old"), ids
    )
    connection.execute(
        text("UPDATE article_gallery SET photo_id = :new WHERE photo_id = :old"), ids
    )
    connection.execute(
        text("UPDATE articles SET body = replace(body, :old_ref, :new_ref) WHERE body LIKE :like"),
        {"old_ref": f"photo:{old_id}", "new_ref": f"photo:{new_id}", "like": f"%photo:{old_id}%"},
    )
    for article_id in touched:
        connection.execute(text("UPDATE articles SET dirty = 1 WHERE id = :id"), {"id": article_id})
        # A gallery that held both records now shows the kept one once, where it came first.
        connection.execute(
            text(
                "DELETE FROM article_gallery WHERE article_id = :id AND photo_id = :new "
                "AND position > (SELECT min(position) FROM article_gallery "
                "WHERE article_id = :id AND photo_id = :new)"
            ),
            {"id": article_id, "new": new_id},
        )


def _photo_text(connection: Connection, article_id: str) -> str:
    """The article's searchable photo text (main photo, then gallery), as the repositories build it."""
    main = connection.execute(
        text("SELECT main_photo_id FROM articles WHERE id = :id"), {"id": article_id}
    ).scalar()
    gallery = connection.execute(
        text("SELECT photo_id FROM article_gallery WHERE article_id = :id ORDER BY position"),
        {"id": article_id},
    ).scalars()
    ordered: list[str] = []
    for photo_id in [main, *gallery]:
        if photo_id and photo_id not in ordered:
            ordered.append(photo_id)
    parts: list[str] = []
    for photo_id in ordered:
        row = connection.execute(
            text("SELECT title, caption, keywords FROM photos WHERE id = :id AND deleted = 0"),
            {"id": photo_id},
        ).first()
        if row is not None:
            keywords = " ".join(json.loads(row.keywords or "[]"))
            parts.extend(p for p in (row.title, row.caption, keywords) if p)
    return "\n".join(parts)


def _merge_group(connection: Connection, sha256: str) -> set[str]:
    """Merge the never-synced duplicates of one file into its oldest record; the kept record's id."""
    rows = [
        dict(r._mapping)
        for r in connection.execute(
            text(
                f"SELECT {', '.join(_COLUMNS)} FROM photos "
                "WHERE sha256 = :sha AND deleted = 0 ORDER BY created_at, id"
            ),
            {"sha": sha256},
        )
    ]
    kept, others = rows[0], [r for r in rows[1:] if r["rev"] == 0]
    for merged in others:
        changes = _merged_fields(kept, merged)
        if changes:
            kept.update(changes)
            assignments = ", ".join(f"{name} = :{name}" for name in changes)
            connection.execute(
                text(f"UPDATE photos SET {assignments}, dirty = 1 WHERE id = :id"),
                {**changes, "id": kept["id"]},
            )
        _repoint(connection, merged["id"], kept["id"])
        connection.execute(
            text("UPDATE photos SET deleted = 1, dirty = 1 WHERE id = :id"), {"id": merged["id"]}
        )
    return {kept["id"]} if others else set()


def upgrade() -> None:
    """Merge never-synced photo records of one file, then make such records unique by file."""
    connection = op.get_bind()
    duplicated = connection.execute(
        text(
            "SELECT sha256 FROM photos WHERE sha256 IS NOT NULL AND deleted = 0 "
            "GROUP BY sha256 HAVING count(*) > 1 AND sum(rev = 0) > 0"
        )
    ).scalars()
    kept: set[str] = set()
    for sha256 in list(duplicated):
        kept |= _merge_group(connection, sha256)
    for photo_id in kept:
        articles = connection.execute(
            text(
                "SELECT id FROM articles WHERE main_photo_id = :id "
                "OR id IN (SELECT article_id FROM article_gallery WHERE photo_id = :id)"
            ),
            {"id": photo_id},
        ).scalars()
        for article_id in list(articles):
            connection.execute(
                text("UPDATE articles SET photo_text = :text WHERE id = :id"),
                {"text": _photo_text(connection, article_id), "id": article_id},
            )
    op.execute(
        f"CREATE UNIQUE INDEX {INDEX} ON photos (sha256) "
        "WHERE deleted = 0 AND rev = 0 AND sha256 IS NOT NULL"
    )


def downgrade() -> None:
    """Drop the unique index (merged records stay merged)."""
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
