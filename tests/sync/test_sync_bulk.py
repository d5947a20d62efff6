"""A first sync's bulk insert: the same rows, words, photo text and search index as a save writes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meja_redaksi.domain.entities import Article, ArticleRef, Desk, Person, Photo, utcnow
from meja_redaksi.domain.enums import RefKind, Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.store import Store, denorm, fts
from meja_redaksi.store.sync_apply import PulledRecord, apply_pulled
from meja_redaksi.store.sync_bulk import insert_new_articles, word_count

# Letters (Latin, accented, Arabic-Indic digits), the word joiners, Markdown markup and spaces.
_TEXT = st.text(alphabet="aZé٣7_'’- \n*[]()!#`>|~:/.", max_size=60)


def _reference_count(text: str) -> int:
    """Words counted the plain way: strip Markdown, split into runs of word characters, apostrophes
    and hyphens, keep the runs holding a letter or digit (what count_words does in one regex pass)."""
    stripped = re.sub(r"(!?\[([^\]]*)\]\([^)]*\))|[*_`#>|~]", lambda m: m.group(2) or " ", text)
    return sum(1 for w in re.findall(r"[\w'’-]+", stripped) if any(ch.isalnum() for ch in w))


@settings(max_examples=400, deadline=None)
@given(lead=_TEXT, body=_TEXT)
def test_word_count_counts_as_the_article_does(lead: str, body: str) -> None:
    article = Article(lead=lead, body=body)
    assert word_count(article) == article.word_count
    assert article.word_count == _reference_count(lead) + _reference_count(body)


def test_word_count_of_markdown_copy() -> None:
    article = Article(
        lead="Gubernur menerima tamu.",
        body="**Jakarta** - Kerja sama [sister city](https://x.id/a_b) dibahas Senin (30/4). "
        "Ke-2 pihak sepakat; ![foto](x.jpg) _ -- '",
    )
    assert word_count(article) == article.word_count == 16


def _fts_rows(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        connection.execute(
            f"INSERT INTO {fts.FTS_TABLE}({fts.FTS_TABLE}) VALUES ('integrity-check')"
        )
        return int(connection.execute(f"SELECT count(*) FROM {fts.FTS_TABLE}").fetchone()[0])


def _has_insert_trigger(path: Path) -> bool:
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (fts.INSERT_TRIGGER,),
        ).fetchone()
    return bool(found[0])


def test_new_articles_get_rows_words_photo_text_and_search(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        desk = store.desks.save(Desk(name="Pemerintahan", slug="pemerintahan"))
        rina = store.people.save(
            Person(username="rina", name="Rina", roles=frozenset({Role.REPORTER}), desk_id=desk.id)
        )
        photo = store.photos.save(
            Photo(title="Balai Kota", caption="Delegasi Los Angeles tiba", keywords=["kunjungan"])
        )
        extra = store.photos.save(Photo(title="Monas", caption="Tugu di pusat kota"))
        before = _fts_rows(path)
        illustrated = Article(
            headline="Gubernur bahas sister city",
            body="Kerja sama **transportasi** dan budaya.",
            reporter_id=rina.id,
            main_photo_id=photo.id,
            gallery=[extra.id, photo.id],
            tags=["jakarta", "sister city"],
            pull_quotes=["Kita ingin ada langkah konkret"],
            related=[ArticleRef(headline="Berita lama", kind=RefKind.RELATED, views=12)],
        )
        plain = Article(headline="Trotoar Sudirman", lead="Perbaikan.", body="Trotoar diperbaiki.")
        page = [
            PulledRecord("article", illustrated.id, 4, illustrated),
            PulledRecord("article", plain.id, 2, plain),
        ]
        result = apply_pulled(store, page)
        assert (result.written, result.skipped) == (2, [])

        stored = store.articles.get(illustrated.id)
        assert (stored.rev, stored.desk_id, stored.slug) == (
            4,
            desk.id,
            "gubernur-bahas-sister-city",
        )
        assert stored.tags == ["jakarta", "sister city"]
        assert stored.pull_quotes == ["Kita ingin ada langkah konkret"]
        assert [r.headline for r in stored.related] == ["Berita lama"]
        assert stored.gallery == [extra.id, photo.id]
        (revision,) = store.articles.revisions(illustrated.id)
        assert (revision.note, revision.body) == ("sync", illustrated.body)
        assert (list(revision.tags), list(revision.pull_quotes)) == (
            stored.tags,
            stored.pull_quotes,
        )
        assert stored.updated_at == revision.created_at
        (hit,) = store.articles.search("delegasi")  # the photo caption is searchable
        assert (hit.id, hit.desk, hit.reporter) == (illustrated.id, "Pemerintahan", "Rina")
        assert [h.id for h in store.articles.search("trotoar")] == [plain.id]
        assert _fts_rows(path) == before + 2
        with store.database.read() as session:
            expected = denorm.photo_text(session, stored.photo_ids)
        with sqlite3.connect(path) as connection:
            row = connection.execute(
                "SELECT photo_text, word_count, dirty FROM articles WHERE id = ?",
                (illustrated.id,),
            ).fetchone()
        assert "Delegasi" in expected
        assert row == (expected, illustrated.word_count, 0)

        # The insert trigger is back: an article saved afterwards is found too.
        assert _has_insert_trigger(path)
        later = store.articles.save(Article(headline="Banjir di Kemang", body="Air naik."))
        assert [h.id for h in store.articles.search("kemang")] == [later.id]
        assert store.integrity_check() == "ok"


def test_a_refused_batch_leaves_store_and_trigger_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        taken = store.articles.save(Article(headline="Sudah ada", body="Isi."))
        fresh = Article(headline="Baru dari portal", body="Isi baru.")
        with pytest.raises(UserError), store.database.write() as session:
            insert_new_articles(session, [(fresh, 3), (taken, 5)], utcnow())
        assert not store.articles.exists(fresh.id)
        assert _has_insert_trigger(path)
        assert store.articles.search("baru") == []
        assert _fts_rows(path) == 1


def _has_trigger(path: Path, name: str) -> bool:
    with sqlite3.connect(path) as connection:
        found = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()
    return bool(found[0])


def test_newer_versions_of_held_articles_replace_text_index_and_children(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        desk = store.desks.save(Desk(name="Ekonomi", slug="ekonomi"))
        first = Article(headline="Harga cabai naik", body="Pedagang mengeluh.", tags=["pasar"])
        quiet = Article(headline="Rapat paripurna", body="Dewan bersidang.")
        gone = Article(headline="Berita ditarik", body="Isi lama.")
        apply_pulled(store, [PulledRecord("article", a.id, 1, a) for a in (first, quiet, gone)])
        apply_pulled(store, [PulledRecord("article", gone.id, 2, None)])  # deleted on the portal
        before = _fts_rows(path)

        edited = first.copy(
            headline="Harga bawang turun",
            body="Petani lega.",
            tags=["pertanian", "harga"],
            desk_id=desk.id,
        )
        page = [
            PulledRecord("article", edited.id, 5, edited),
            PulledRecord("article", quiet.id, 3, quiet.copy(view_count=42)),
            PulledRecord("article", gone.id, 4, gone.copy(headline="Muncul lagi")),
        ]
        result = apply_pulled(store, page)
        assert (result.written, result.kept_local) == (2, 0)
        assert result.skipped == [f"article {gone.id}: the article {gone.id} was deleted here"]

        stored = store.articles.get(first.id)
        assert (stored.headline, stored.rev, stored.tags) == (
            "Harga bawang turun",
            5,
            ["pertanian", "harga"],
        )
        assert [(r.number, r.note) for r in store.articles.revisions(first.id)] == [
            (1, "sync"),
            (2, "sync"),
        ]
        assert store.articles.revisions(first.id)[1].body == "Petani lega."
        assert [h.id for h in store.articles.search("bawang")] == [first.id]
        assert store.articles.search("cabai") == []
        (hit,) = store.articles.search("petani")
        assert hit.desk == "Ekonomi"
        # Only the view count changed: no new revision, the text stays searchable.
        assert store.articles.get(quiet.id).view_count == 42
        assert [r.number for r in store.articles.revisions(quiet.id)] == [1]
        assert [h.id for h in store.articles.search("paripurna")] == [quiet.id]
        assert _fts_rows(path) == before
        assert _has_trigger(path, fts.UPDATE_TRIGGER)
        saved = store.articles.save(store.articles.get(quiet.id).copy(body="Dewan menunda sidang."))
        assert [h.id for h in store.articles.search("menunda")] == [saved.id]
        assert store.integrity_check() == "ok"
