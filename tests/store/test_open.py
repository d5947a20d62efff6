"""Opening a store: folders, PRAGMAs, media folder, and clear errors for locked, unwritable or full stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from meja_redaksi.domain import Article, UserError
from meja_redaksi.store import Store
from meja_redaksi.store.migrate import head_revision


def test_open_creates_folders_media_and_applies_migrations(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.sqlite3"
    with Store.open(path) as store:
        assert path.is_file()
        assert store.media_dir.is_dir()
        assert store.media_dir.parent == path.parent
        assert store.schema_revision() == head_revision()
        assert store.integrity_check() == "ok"
        digest = "ab" * 32
        assert store.media_path(digest) == store.media_dir / "ab" / digest


def test_every_connection_has_the_pragmas(store: Store) -> None:
    with store.database.connect() as connection:

        def pragma(name: str) -> object:
            return connection.execute(text(f"PRAGMA {name}")).scalar_one()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert int(str(pragma("busy_timeout"))) > 0


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        saved = store.articles.save(Article(headline="Tetap ada", body="Isi."))
    with Store.open(path) as store:
        assert store.articles.get(saved.id).headline == "Tetap ada"
        assert [r.number for r in store.articles.revisions(saved.id)] == [1]


def test_media_path_rejects_a_non_digest(store: Store) -> None:
    with pytest.raises(UserError):
        store.media_path("../../etc/passwd")


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder"):
        Store.open(tmp_path)


def test_parent_that_is_a_file_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot create the store folder"):
        Store.open(blocker / "store.sqlite3")


def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    content = b"this is not a database " * 200
    path.write_bytes(content)
    with pytest.raises(UserError, match="not a Meja Redaksi store"):
        Store.open(path)
    assert path.read_bytes() == content


def test_a_locked_store_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(UserError, match="locked"):
            Store.open(path, busy_timeout_ms=50)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_save_into_a_locked_store_fails_cleanly_and_keeps_the_old_text(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path, busy_timeout_ms=50) as store:
        saved = store.articles.save(Article(headline="Versi satu", body="Isi."))
        holder = sqlite3.connect(path, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            with pytest.raises(UserError, match="locked"):
                store.articles.save(saved.copy(headline="Versi dua"))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert store.articles.get(saved.id).headline == "Versi satu"
        assert store.articles.save(saved.copy(headline="Versi dua")).headline == "Versi dua"


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        saved = store.articles.save(Article(headline="Sudah tersimpan", body="Isi pendek."))
        with store.database.connect() as connection:
            pages = connection.execute(text("PRAGMA page_count")).scalar_one()
        # Simulate a full disk: SQLite refuses to grow the file past this many pages.
        for connection_record in [store.database.engine.raw_connection()]:
            connection_record.cursor().execute(f"PRAGMA max_page_count = {pages}")
            connection_record.close()
        with pytest.raises(UserError, match="full"):
            store.articles.save(Article(headline="Terlalu besar", body="kata " * 200_000))
        assert store.articles.get(saved.id).headline == "Sudah tersimpan"
        assert store.integrity_check() == "ok"
