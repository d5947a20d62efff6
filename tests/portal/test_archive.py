"""A newsroom archive taken onto a new portal as it is: states kept, bad input changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from meja_redaksi.domain.entities import new_id
from meja_redaksi.domain.enums import ArticleStatus
from meja_redaksi.domain.errors import UserError
from meja_redaksi.portal.archive import ArchivedState, ArchiveRecord, holds_records, import_archive
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.records import changes

AUTHOR = "5f0c1c8e-0000-4000-8000-000000000001"


def _desk() -> ArchiveRecord:
    return ArchiveRecord("desk", new_id(), {"name": "Kota", "slug": "kota"})


def _article(desk_id: str, **fields: object) -> ArchiveRecord:
    published = datetime(2018, 5, 2, 9, 0, tzinfo=UTC)
    state = ArchivedState(ArticleStatus.PUBLISHED, published, 4252)
    base = {"headline": "Gubernur Bahas Sister City", "body": "Isi.", "desk_id": desk_id}
    return ArchiveRecord("article", new_id(), {**base, **fields}, state)


def test_the_archive_keeps_states_publish_times_and_views(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'portal.db'}")
    desk = _desk()
    article = _article(desk.id)
    seq = import_archive(db, AUTHOR, [article, desk])  # desks go first whatever the order
    page = changes(db, 0, 10)
    assert [c.entity for c in page.changes] == ["desk", "article"]
    assert page.next_cursor == seq
    fields = page.changes[1].fields
    assert (fields["status"], fields["view_count"]) == ("published", 4252)
    assert fields["published_at"] == "2018-05-02T09:00:00+00:00"
    with pytest.raises(UserError, match="new portal"):
        import_archive(db, AUTHOR, [_desk()])


def test_a_bad_record_stores_nothing(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'portal.db'}")
    desk = _desk()
    with pytest.raises(UserError, match="wrong kind"):
        import_archive(db, AUTHOR, [desk, _article(desk.id, tags="not a list")])
    assert not holds_records(db)
    assert changes(db, 0, 10).changes == []
