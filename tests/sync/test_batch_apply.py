"""A pulled page written in one transaction: search and list names right, local work never overwritten."""

from __future__ import annotations

from pathlib import Path

from meja_redaksi.domain.entities import Article, Desk, Person, new_id
from meja_redaksi.domain.enums import Role
from meja_redaksi.store import Store, sync_rows
from meja_redaksi.store.sync_apply import PulledRecord, apply_pulled


def test_page_keeps_local_work_and_fills_search_and_names(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        local = store.articles.save(Article(headline="Judul lokal belum terkirim", body="Isi."))
        synced = store.articles.save(Article(headline="Judul lama", body="Isi lama."))
        sync_rows.mark_synced(store, "article", synced.id, 3)
        desk = Desk(name="Pemerintahan", slug="pemerintahan")
        person = Person(username="rina", name="Rina Wartawan", roles=frozenset({Role.REPORTER}))
        fresh = Article(
            headline="Trotoar Sudirman diperbaiki",
            body="Pemprov memperbaiki trotoar.",
            desk_id=desk.id,
            reporter_id=person.id,
            tags=["jalan"],
        )
        orphan = Article(headline="Tanpa rubrik", body="Isi.", desk_id=new_id())
        page = [
            PulledRecord("article", fresh.id, 7, fresh),  # before its desk and reporter
            PulledRecord("article", local.id, 5, local.copy(headline="Judul dari portal")),
            PulledRecord("article", synced.id, 4, synced.copy(headline="Judul baru portal")),
            PulledRecord("article", orphan.id, 2, orphan),
            PulledRecord("desk", desk.id, 1, desk),
            PulledRecord("person", person.id, 1, person),
        ]
        result = apply_pulled(store, page)
        assert result.kept_local == 1
        assert [s.split(":")[0] for s in result.skipped] == [f"article {orphan.id}"]
        assert store.articles.get(local.id).headline == "Judul lokal belum terkirim"
        assert sync_rows.sync_mark(store, "article", local.id).dirty  # type: ignore[union-attr]
        assert store.articles.get(synced.id).headline == "Judul baru portal"
        mark = sync_rows.sync_mark(store, "article", fresh.id)
        assert mark is not None and (mark.rev, mark.dirty) == (7, False)
        assert not store.articles.exists(orphan.id)
        (hit,) = store.articles.search("trotoar")
        assert hit.id == fresh.id
        assert (hit.desk, hit.reporter) == ("Pemerintahan", "Rina Wartawan")
        assert [r.number for r in store.articles.revisions(fresh.id)] == [1]
        assert store.articles.get(fresh.id).tags == ["jalan"]
        # A deletion from the portal turns the synced copy into a tombstone.
        apply_pulled(store, [PulledRecord("article", synced.id, 9, None)])
        assert not store.articles.exists(synced.id)
        assert store.integrity_check() == "ok"
