"""Migration 0005: never-synced photo records of one file are merged, nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from meja_redaksi.domain import Article, NotFoundError, Photo
from meja_redaksi.store import Store
from meja_redaksi.store.migrate import head_revision
from meja_redaksi.store.sync_rows import dirty_records

SHA = "5e" * 32


def _same_file(store: Store, photo_id: str, created_at: str, rev: int = 0) -> None:
    """Give a record the shared file, as the old race left it (the repository refuses this now)."""
    with store.database.write() as session:
        session.execute(
            text("UPDATE photos SET sha256 = :sha, created_at = :at, rev = :rev WHERE id = :id"),
            {"sha": SHA, "at": created_at, "rev": rev, "id": photo_id},
        )


def test_upgrade_merges_unsynced_duplicates_keeping_captions_and_references(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path, revision="0004") as old:
        kept = old.photos.save(
            Photo(
                title="Gubernur Bahas Sister City",
                credit="Foto: Mustaqim Amna",
                keywords=["balai kota"],
            )
        )
        twin = old.photos.save(
            Photo(
                caption="Gubernur menerima Wali Kota Los Angeles",
                alt_text="Dua pejabat",
                keywords=["sister city", "balai kota"],
                city="Jakarta",
            )
        )
        third = old.photos.save(Photo(caption="Penandatanganan kerja sama kota kembar"))
        synced = old.photos.save(Photo(caption="Dari laptop lain"))
        other = old.photos.save(Photo(title="Taman Menteng"))
        for photo_id, at in (
            (kept.id, "2026-01-01T08:00:00"),
            (twin.id, "2026-01-01T08:00:05"),
            (third.id, "2026-01-01T08:00:09"),
        ):
            _same_file(old, photo_id, at)
        _same_file(old, synced.id, "2026-01-01T08:00:07", rev=5)
        article = old.articles.save(
            Article(
                headline="Jakarta dan Los Angeles Jajaki Kerja Sama",
                body=f"Senin (30/4).\n\n![Kota kembar](photo:{third.id})\n\nSelesai.",
                main_photo_id=twin.id,
                gallery=[third.id, other.id, kept.id],
            )
        )
        plain = old.articles.save(Article(headline="Rapat Pimpinan", main_photo_id=kept.id))
        with old.database.write() as session:
            session.execute(text("UPDATE articles SET dirty = 0"))
            session.execute(text("UPDATE photos SET dirty = 0"))

    with Store.open(path) as new:
        assert new.schema_revision() == head_revision()
        for merged in (twin, third):
            with pytest.raises(NotFoundError):
                new.photos.get(merged.id)
        survivor = new.photos.get(kept.id)
        assert survivor.title == "Gubernur Bahas Sister City"
        assert survivor.credit == "Foto: Mustaqim Amna"
        assert "Gubernur menerima Wali Kota Los Angeles" in survivor.caption
        assert "Penandatanganan kerja sama kota kembar" in survivor.caption
        assert survivor.alt_text == "Dua pejabat"
        assert survivor.city == "Jakarta"
        assert survivor.keywords == ["balai kota", "sister city"]
        # The portal's record of the same file is left alone.
        assert new.photos.get(synced.id).caption == "Dari laptop lain"

        loaded = new.articles.get(article.id)
        assert loaded.main_photo_id == kept.id
        assert loaded.gallery == [kept.id, other.id]
        assert f"photo:{kept.id}" in loaded.body and third.id not in loaded.body
        assert new.articles.get(plain.id).main_photo_id == kept.id
        # The caption text moved to the kept record is searchable on every article showing it.
        assert {s.id for s in new.articles.search("kembar")} == {article.id, plain.id}

        dirty_articles = {m.id for m in dirty_records(new, "article")}
        assert dirty_articles == {article.id}
        dirty_photos = {m.id: m.deleted for m in dirty_records(new, "photo")}
        assert dirty_photos == {kept.id: False, twin.id: True, third.id: True}
        assert new.photos.get_by_sha256(SHA) is not None
        assert new.integrity_check() == "ok"


def test_upgrade_without_duplicates_changes_no_record(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path, revision="0004") as old:
        photo = old.photos.save(Photo(title="Monas", caption="Tugu di pagi hari"))
        _same_file(old, photo.id, "2026-01-01T08:00:00")
        with old.database.write() as session:
            session.execute(text("UPDATE photos SET dirty = 0"))
        before = old.photos.get(photo.id)
    with Store.open(path) as new:
        assert new.photos.get(photo.id) == before
        assert dirty_records(new, "photo") == []
