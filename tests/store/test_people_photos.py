"""People, desks, photos, assignments, comments and sync state repositories."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from meja_redaksi.domain import (
    Article,
    ArticleQuery,
    Assignment,
    AssignmentStatus,
    Comment,
    Desk,
    NotFoundError,
    Person,
    Photo,
    Role,
    SortKey,
    UserError,
)
from meja_redaksi.store import Store

if TYPE_CHECKING:
    from conftest import Newsroom


def test_people_lookups(store: Store, newsroom: Newsroom) -> None:
    assert store.people.get(newsroom.editor.id) == newsroom.editor
    assert store.people.get_by_username("rezap") == newsroom.photographer
    assert store.people.get_by_code("rezap") == newsroom.photographer
    assert store.people.get_by_code("nobody") is None
    assert store.people.get_by_code("") is None
    assert [p.username for p in store.people.find_by_name("ton")] == ["toni"]
    assert store.people.find_by_name("   ") == []
    names = [p.name for p in store.people.list()]
    assert names == sorted(names, key=str.lower)
    assert [p.username for p in store.people.list(role=Role.EDITOR)] == ["kadesk", "toni"]
    with pytest.raises(NotFoundError):
        store.people.get_by_username("nobody")
    with pytest.raises(NotFoundError):
        store.people.get("00000000-0000-4000-8000-000000000000")


def test_people_user_names_and_codes_are_unique(store: Store, newsroom: Newsroom) -> None:
    with pytest.raises(UserError, match="taken"):
        store.people.save(Person(username="toni", name="Toni Lain", roles=frozenset({Role.EDITOR})))
    with pytest.raises(UserError, match="already used"):
        store.people.save(
            Person(username="toni2", name="Toni Lain", roles=frozenset({Role.EDITOR}), code="toni")
        )
    assert len(store.people.list()) == 5


def test_renaming_a_person_or_desk_updates_article_lists(store: Store, newsroom: Newsroom) -> None:
    article = store.articles.save(
        Article(headline="Berita", reporter_id=newsroom.reporter.id, editor_id=newsroom.editor.id)
    )
    store.people.save(
        newsroom.reporter.__class__(
            **{
                **{
                    f: getattr(newsroom.reporter, f)
                    for f in ("username", "roles", "code", "desk_id", "id")
                },
                "name": "Mustaqim A.",
            }
        )
    )
    store.people.save(
        Person(
            **{
                **{
                    f: getattr(newsroom.editor, f)
                    for f in ("username", "roles", "code", "desk_id", "id")
                },
                "name": "Zaki Editor",
            }
        )
    )
    store.desks.save(Desk(id=newsroom.desk.id, name="Pemerintahan Daerah", slug="pemerintahan"))
    [row] = store.articles.summaries([article.id])
    assert (row.reporter, row.editor, row.desk) == (
        "Mustaqim A.",
        "Zaki Editor",
        "Pemerintahan Daerah",
    )
    sorted_ids = store.articles.ids(ArticleQuery(sort=SortKey.REPORTER))
    assert sorted_ids == [article.id]


def test_desks(store: Store, newsroom: Newsroom) -> None:
    second = store.desks.save(Desk(name="Ekonomi", slug="ekonomi"))
    assert store.desks.get(second.id) == second
    assert store.desks.get_by_slug("pemerintahan") == newsroom.desk
    assert [d.slug for d in store.desks.list()] == ["ekonomi", "pemerintahan"]
    with pytest.raises(UserError, match="already exists"):
        store.desks.save(Desk(name="Ekonomi 2", slug="ekonomi"))
    with pytest.raises(NotFoundError):
        store.desks.get_by_slug("olahraga")


def test_photos_round_trip_and_lookups(store: Store, newsroom: Newsroom) -> None:
    taken = datetime(2018, 4, 30, 9, 15, tzinfo=UTC)
    photo = Photo(
        title="Gubernur DKI",
        caption="Di Balai Kota",
        credit="Mustaqim Amna",
        sha256="b" * 64,
        original_filename="gubernur rezap.jpg",
        width=6000,
        height=4000,
        mime="image/jpeg",
        keywords=["Sister City", "Los Angeles"],
        date_taken=taken,
        gps_latitude=-6.18,
        gps_longitude=106.83,
        photographer_id=newsroom.photographer.id,
        alt_text="Dua orang",
    )
    saved = store.photos.save(photo)
    assert store.photos.get(photo.id) == saved
    assert store.photos.get_by_sha256("B" * 64) == saved
    assert store.photos.get_by_sha256("c" * 64) is None
    other = store.photos.save(Photo(title="Lain"))
    assert [p.id for p in store.photos.get_many([other.id, photo.id, "missing"])] == [
        other.id,
        photo.id,
    ]
    assert store.photos.count() == 2
    assert {p.id for p in store.photos.list(limit=5)} == {photo.id, other.id}
    store.photos.delete(other.id)
    with pytest.raises(NotFoundError):
        store.photos.get(other.id)
    assert store.photos.count() == 1


def test_a_caption_change_reaches_search_of_articles_showing_the_photo(
    store: Store, newsroom: Newsroom
) -> None:
    main = store.photos.save(Photo(title="Monas", caption="Tugu di pusat kota", credit="R"))
    extra = store.photos.save(Photo(title="Ancol", caption="Pantai utara", credit="R"))
    article = store.articles.save(
        Article(headline="Wisata", main_photo_id=main.id, gallery=[extra.id])
    )
    assert [s.id for s in store.articles.search("tugu")] == [article.id]
    assert [s.id for s in store.articles.search("pantai")] == [article.id]
    store.photos.save(
        Photo(id=extra.id, title="Ancol", caption="Ondel-ondel berparade", credit="R")
    )
    assert store.articles.search("pantai") == []
    assert [s.id for s in store.articles.search("parade")] == []  # whole words and prefixes only
    assert [s.id for s in store.articles.search("berparade")] == [article.id]
    store.photos.delete(main.id)
    assert store.articles.search("tugu") == []


def test_assignments(store: Store, newsroom: Newsroom) -> None:
    article = store.articles.save(Article(headline="Liputan"))
    assignment = Assignment(
        title="Liputan kunjungan delegasi Los Angeles",
        brief="Foto dan wawancara",
        location="Balai Kota",
        deadline=datetime(2030, 1, 1, tzinfo=UTC),
        desk_id=newsroom.desk.id,
        reporter_ids=[newsroom.reporter.id, newsroom.chief.id],
        photographer_id=newsroom.photographer.id,
        editor_id=newsroom.editor.id,
        status=AssignmentStatus.ASSIGNED,
        article_ids=[article.id],
        created_by=newsroom.chief.id,
    )
    saved = store.assignments.save(assignment)
    assert saved.reporter_ids == [newsroom.reporter.id, newsroom.chief.id]
    assert saved.article_ids == [article.id]
    assert store.assignments.get(assignment.id) == saved
    assert [a.id for a in store.assignments.list(status=AssignmentStatus.ASSIGNED)] == [
        assignment.id
    ]
    assert store.assignments.list(status=AssignmentStatus.COMPLETED) == []
    assert [a.id for a in store.assignments.list(person_id=newsroom.photographer.id)] == [
        assignment.id
    ]
    assert store.assignments.list(person_id=newsroom.admin.id) == []
    store.assignments.delete(assignment.id)
    with pytest.raises(NotFoundError):
        store.assignments.get(assignment.id)


def test_comments_and_sync_state(store: Store, newsroom: Newsroom) -> None:
    article = store.articles.save(Article(headline="Berita"))
    first = store.comments.save(Comment(article.id, newsroom.editor.id, "Cek nama @mustaqim"))
    second = store.comments.save(Comment(article.id, newsroom.chief.id, "Siap terbit"))
    assert [c.id for c in store.comments.for_article(article.id)] == [first.id, second.id]
    assert store.comments.for_article(article.id)[0].mentions == ["mustaqim"]
    store.comments.delete(first.id)
    assert [c.id for c in store.comments.for_article(article.id)] == [second.id]
    assert store.sync_state.get("cursor") is None
    assert store.sync_state.get("cursor", "0") == "0"
    store.sync_state.set("cursor", "42")
    store.sync_state.set("cursor", "43")
    assert store.sync_state.get("cursor") == "43"
    store.sync_state.delete("cursor")
    assert store.sync_state.get("cursor") is None


def test_inactive_people_can_be_left_out(store: Store, newsroom: Newsroom) -> None:
    store.people.save(
        Person(
            username="pensiun", name="Yusuf Pensiun", roles=frozenset({Role.REPORTER}), active=False
        )
    )
    assert "pensiun" in {p.username for p in store.people.list()}
    assert "pensiun" not in {p.username for p in store.people.list(include_inactive=False)}
    assert not store.people.get_by_username("pensiun").active


def test_assignment_count_counts_open_ones(store: Store, newsroom: Newsroom) -> None:
    from meja_redaksi.domain import Assignment, AssignmentStatus

    assert store.assignments.count() == 0
    store.assignments.save(Assignment("Rapat paripurna DPRD", status=AssignmentStatus.ASSIGNED))
    store.assignments.save(Assignment("Banjir Kampung Melayu", status=AssignmentStatus.IN_PROGRESS))
    done = store.assignments.save(Assignment("Car free day", status=AssignmentStatus.COMPLETED))
    store.assignments.save(Assignment("Batal", status=AssignmentStatus.CANCELLED))
    assert store.assignments.count() == 2
    assert store.assignments.count(open_only=False) == 4
    store.assignments.delete(done.id)
    assert store.assignments.count(open_only=False) == 3
