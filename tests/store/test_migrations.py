"""Migrations: a store made at the first schema keeps its data and becomes searchable at head."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from meja_redaksi.domain import Article, ArticleQuery, Desk, Person, Photo, Role, UserError
from meja_redaksi.store import Store
from meja_redaksi.store.migrate import head_revision


def _fts_exists(store: Store) -> bool:
    with store.database.connect() as connection:
        found = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'article_fts'")
        ).scalar_one()
    return bool(found)


def test_upgrade_from_the_first_migration_keeps_data_and_indexes_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path, revision="0001") as old:
        assert old.schema_revision() == "0001"
        assert not _fts_exists(old)
        desk = old.desks.save(Desk(name="Lingkungan Hidup", slug="lingkungan-hidup"))
        reporter = old.people.save(
            Person(
                username="wulan",
                name="Wulan Rahayu",
                roles=frozenset({Role.REPORTER}),
                desk_id=desk.id,
            )
        )
        photo = old.photos.save(
            Photo(title="Kali Ciliwung", caption="Petugas mengeruk lumpur", credit="W")
        )
        first = old.articles.save(
            Article(
                headline="Normalisasi Kali Ciliwung Dikebut",
                body="Alat berat dikerahkan.",
                reporter_id=reporter.id,
                tags=["Banjir"],
                main_photo_id=photo.id,
            )
        )
        second = old.articles.save(
            first.copy(id=Article().id, headline="Taman Kota Baru", main_photo_id=None)
        )
        old.articles.save(first.copy(body="Alat berat dikerahkan sejak pagi."))
    with Store.open(path) as new:
        assert new.schema_revision() == head_revision()
        assert _fts_exists(new)
        loaded = new.articles.get(first.id)
        assert loaded.body == "Alat berat dikerahkan sejak pagi."
        assert loaded.tags == ["Banjir"]
        assert [r.number for r in new.articles.revisions(first.id)] == [1, 2]
        assert new.people.get(reporter.id).name == "Wulan Rahayu"
        assert [s.id for s in new.articles.search("ciliwung")] == [first.id]
        assert [s.id for s in new.articles.search("lumpur")] == [first.id]
        assert [s.id for s in new.articles.search("taman")] == [second.id]
        assert new.articles.count(ArticleQuery(search="banjir")) == 2
        assert new.articles.count(ArticleQuery(search="pagi")) == 1
        # New saves keep the index in step after the upgrade.
        new.articles.save(loaded.copy(headline="Normalisasi Kali Krukut"))
        assert new.articles.search("dikebut") == []
        assert [s.id for s in new.articles.search("krukut")] == [first.id]
        assert new.integrity_check() == "ok"


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Store.open(path).close()
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="newer version"):
        Store.open(path)
