"""The article repository: save/get, revisions, conflicts, tombstones, durability, children in order."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from meja_redaksi.domain import (
    Article,
    ArticleQuery,
    ArticleRef,
    ConflictError,
    NotFoundError,
    Photo,
    RefKind,
    UserError,
)
from meja_redaksi.store import Store

if TYPE_CHECKING:
    from conftest import Newsroom


def _article(newsroom: Newsroom, **changes: object) -> Article:
    base = Article(
        headline="Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat",
        lead="Pemprov DKI ingin kerja sama diperkuat.",
        body="Gubernur DKI Jakarta dalam pertemuannya.\n\nKita ingin ada langkah konkret.",
        reporter_id=newsroom.reporter.id,
        tags=["Sister City", "Los Angeles"],
        pull_quotes=["Kita ingin ada langkah konkret"],
    )
    return base.copy(**changes)


def test_save_and_get_round_trip_every_field(store: Store, newsroom: Newsroom) -> None:
    photos = [
        store.photos.save(Photo(title=f"Foto {n}", caption="c", credit="k")) for n in range(3)
    ]
    refs = [
        ArticleRef(
            headline="Berita terkait satu", photo_title="Foto", published=date(2018, 5, 1), views=12
        ),
        ArticleRef(headline="Berita populer", kind=RefKind.POPULAR, views=4252),
        ArticleRef(headline="Berita terkait dua"),
    ]
    article = _article(
        newsroom,
        main_photo_id=photos[0].id,
        gallery=[photos[2].id, photos[1].id],
        related=refs,
        view_count=4252,
        editor_id=newsroom.editor.id,
        photographer_id=newsroom.photographer.id,
    )
    saved = store.articles.save(article, author_id=newsroom.reporter.id, note="awal")
    loaded = store.articles.get(article.id)
    assert loaded == saved
    assert loaded.tags == ["Sister City", "Los Angeles"]
    assert loaded.gallery == [photos[2].id, photos[1].id]
    assert loaded.related == refs
    assert loaded.pull_quotes == ["Kita ingin ada langkah konkret"]
    assert loaded.desk_id == newsroom.desk.id  # taken from the reporter
    assert loaded.slug == "gubernur-ingin-kerja-sama-sister-city-dengan-los-angeles-diperkuat"
    assert loaded.updated_at >= article.updated_at
    assert store.articles.exists(article.id)


def test_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.articles.get("00000000-0000-4000-8000-000000000000")
    assert not store.articles.exists("00000000-0000-4000-8000-000000000000")


def test_a_revision_on_create_and_on_every_text_change_only(
    store: Store, newsroom: Newsroom
) -> None:
    article = store.articles.save(_article(newsroom), author_id=newsroom.reporter.id, note="awal")
    store.articles.save(article.copy(view_count=99))  # not a text field
    store.articles.save(article.copy(body=article.body + "\n\nParagraf baru."), note="tambah")
    store.articles.save(article.copy(tags=["Baru"]))
    revisions = store.articles.revisions(article.id)
    assert [r.number for r in revisions] == [1, 2, 3]
    assert revisions[0].author_id == newsroom.reporter.id
    assert revisions[0].note == "awal"
    assert revisions[1].body.endswith("Paragraf baru.")
    assert revisions[2].tags == ("Baru",)
    assert store.articles.latest_revision_number(article.id) == 3
    assert store.articles.revision(article.id, 2) == revisions[1]
    with pytest.raises(NotFoundError):
        store.articles.revision(article.id, 9)


def test_stale_base_revision_is_a_conflict_that_changes_nothing(
    store: Store, newsroom: Newsroom
) -> None:
    article = store.articles.save(_article(newsroom))
    store.articles.save(article.copy(headline="Judul kedua"), base_revision=1)
    with pytest.raises(ConflictError) as caught:
        store.articles.save(article.copy(headline="Judul ketiga"), base_revision=1)
    assert "1" in str(caught.value) and "2" in str(caught.value)
    assert store.articles.get(article.id).headline == "Judul kedua"
    assert store.articles.latest_revision_number(article.id) == 2


def test_delete_leaves_a_tombstone_hidden_from_lists(store: Store, newsroom: Newsroom) -> None:
    article = store.articles.save(_article(newsroom))
    store.articles.delete(article.id, actor_id=newsroom.chief.id)
    with pytest.raises(NotFoundError):
        store.articles.get(article.id)
    assert store.articles.get(article.id, include_deleted=True).id == article.id
    assert store.articles.count(ArticleQuery()) == 0
    assert store.articles.list(ArticleQuery(search="Gubernur")) == []
    assert store.articles.search("Gubernur") == []
    assert [e.action for e in store.articles.audit(article.id)] == ["delete"]
    assert [r.number for r in store.articles.revisions(article.id)] == [1]  # never deleted
    with pytest.raises(NotFoundError):
        store.articles.delete(article.id)
    with pytest.raises(NotFoundError):
        store.articles.save(article)


def test_reference_to_a_missing_desk_is_refused(store: Store) -> None:
    ghost = Article(headline="X", desk_id="00000000-0000-4000-8000-000000000001")
    with pytest.raises(UserError, match="not in the store"):
        store.articles.save(ghost)
    assert not store.articles.exists(ghost.id)


def test_a_save_is_durable_when_it_returns(tmp_path: Path, newsroom: Newsroom) -> None:
    path = tmp_path / "durable.sqlite3"
    store = Store.open(path)
    saved = store.articles.save(Article(headline="Tersimpan aman", body="Isi paragraf."))
    # Read it from another process while this one still holds the store open.
    script = textwrap.dedent(
        f"""
        import sqlite3
        connection = sqlite3.connect({str(path)!r})
        row = connection.execute("SELECT headline FROM articles WHERE id = ?", ({saved.id!r},))
        print(row.fetchone()[0])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "Tersimpan aman"
    store.close()


def test_status_counts_and_all_tags(store: Store, newsroom: Newsroom) -> None:
    store.articles.save(_article(newsroom, tags=["banjir", "Jakarta"]))
    store.articles.save(_article(newsroom, tags=["jakarta", "Ancol"]))
    counts = store.articles.status_counts()
    assert counts["draft"] == 2
    assert sum(counts.values()) == 2
    assert store.articles.all_tags() == ["Ancol", "banjir", "Jakarta", "jakarta"]


def test_a_save_survives_the_process_being_killed_right_after(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from meja_redaksi.domain import Article
        from meja_redaksi.store import Store
        store = Store.open(Path({str(path)!r}))
        saved = store.articles.save(Article(headline="Sebelum mati", body="Isi."))
        print(saved.id, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -9
    article_id = result.stdout.strip()
    with Store.open(path) as store:
        assert store.articles.get(article_id).headline == "Sebelum mati"
        assert [r.number for r in store.articles.revisions(article_id)] == [1]
        assert store.integrity_check() == "ok"


def test_two_stores_on_one_file_see_each_other(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    with Store.open(path) as first, Store.open(path) as second:
        a = first.articles.save(Article(headline="Dari laptop satu"))
        b = second.articles.save(Article(headline="Dari laptop dua"))
        assert second.articles.get(a.id).headline == "Dari laptop satu"
        assert {s.id for s in first.articles.list(ArticleQuery())} == {a.id, b.id}
        with pytest.raises(ConflictError):
            first.articles.save(b.copy(headline="Basi"), base_revision=0)


def test_all_tags_leaves_out_tags_only_deleted_articles_carry(store: Store) -> None:
    live = store.articles.save(Article(headline="Hidup", tags=["Bersama", "Hidup"]))
    gone = store.articles.save(Article(headline="Dihapus", tags=["Bersama", "Hilang"]))
    store.articles.delete(gone.id)
    assert store.articles.all_tags() == ["Bersama", "Hidup"]
    store.articles.delete(live.id)
    assert store.articles.all_tags() == []
