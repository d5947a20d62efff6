"""``meja-redaksi assignment``: plan, list one person's tasks, start the article, attach photos, cancel."""

from __future__ import annotations

import json

from meja_redaksi.domain.entities import Photo
from meja_redaksi.domain.enums import ArticleStatus, AssignmentStatus, Role
from tests.workflow.conftest import dump_store


def test_plan_start_attach_cancel(newsroom, cli) -> None:
    """The whole life of an assignment from the command line, checked against the store."""
    store = newsroom.store
    before = dump_store(newsroom.path)
    refused = cli("assignment", "add", "Rapat DPRD", "--as", "rezap")
    assert refused.code == 1 and "reporter" in refused.err
    assert dump_store(newsroom.path) == before
    added = cli(
        "assignment", "add", "Rapat Paripurna DPRD", "--as", "budi", "--brief", "Sidang APBD",
        "--deadline", "2026-12-01T15:00:00+07:00", "--desk", "pemerintahan",
        "--reporter", "rezap", "--photographer", "otoy", "--editor", "nurul",
    )  # fmt: skip
    assert added.code == 0, added.err
    planned = added.json()
    stored = store.assignments.get(str(planned["id"]))
    assert stored.status == AssignmentStatus.ASSIGNED and stored.desk_id == newsroom.desk.id
    assert stored.reporter_ids == [newsroom.people[Role.REPORTER].id]
    mine = cli("assignment", "list", "--for", "otoy")
    assert [json.loads(line)["id"] for line in mine.out.splitlines()] == [stored.id]
    assert cli("assignment", "list", "--for", "admin").out == ""
    photos = [
        store.photos.save(Photo(title=f"Sidang {n}", caption="Sidang.", credit="Otoy"))
        for n in range(2)
    ]
    no_article = cli("assignment", "attach", stored.id, photos[0].id, "--as", "otoy")
    assert no_article.code == 1 and "no article yet" in no_article.err
    started = cli("assignment", "start", stored.id, "--as", "rezap")
    assert started.code == 0
    article_id = str(started.json()["id"])
    article = store.articles.get(article_id)
    assert article.assignment_id == stored.id and article.headline == "Rapat Paripurna DPRD"
    assert store.assignments.get(stored.id).status == AssignmentStatus.IN_PROGRESS
    attached = cli("assignment", "attach", stored.id, *(p.id for p in photos), "--as", "otoy")
    assert attached.code == 0, attached.err
    article = store.articles.get(article_id)
    assert article.main_photo_id == photos[0].id and article.gallery == [photos[1].id]
    outsider = cli("assignment", "attach", stored.id, photos[0].id, "--as", "admin")
    assert outsider.code == 0  # admins plan, so they may attach too
    cancelled = cli("assignment", "cancel", stored.id, "--as", "budi")
    assert cancelled.code == 0 and cancelled.json()["status"] == "cancelled"
    assert store.assignments.get(stored.id).status == AssignmentStatus.CANCELLED
    assert store.articles.get(article_id).status == ArticleStatus.DRAFT


def test_bad_dates_and_unknown_people_change_nothing(newsroom, cli) -> None:
    """One line, exit 1, store as before."""
    before = dump_store(newsroom.path)
    for args in (
        ("--deadline", "besok"),
        ("--reporter", "siapa"),
        ("--desk", "olahraga"),
    ):
        result = cli("assignment", "add", "Liputan", "--as", "budi", *args)
        assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert dump_store(newsroom.path) == before
