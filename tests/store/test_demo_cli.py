"""The demo builder and the demo, people and list commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from meja_redaksi.cli import main
from meja_redaksi.domain import Article, ArticleQuery, ArticleStatus, Desk, Person, Role, UserError
from meja_redaksi.domain.text import count_words
from meja_redaksi.store import Store
from meja_redaksi.store.demo import build_demo
from meja_redaksi.store.demo_text import DESKS, generated_word_count


def test_demo_covers_every_status_and_desk(demo_store: Store) -> None:
    counts = demo_store.articles.status_counts()
    assert all(counts[s] > 0 for s in ArticleStatus), counts
    assert sum(counts.values()) == 400
    desks = demo_store.desks.list()
    assert {d.name for d in desks} == {name for name, _ in DESKS}
    for desk in desks:
        assert demo_store.articles.count(ArticleQuery(desk_id=desk.id)) > 0
    people = demo_store.people.list()
    codes = [p.code for p in people]
    assert len(codes) == len(set(codes)) and all(codes)
    for role in Role:
        assert demo_store.people.list(role=role), role
    years = {s.updated_at.year for s in demo_store.articles.list(ArticleQuery())}
    assert len(years) >= 3
    assert demo_store.photos.count() == 40
    assert demo_store.assignments.list()


def test_demo_articles_read_back_as_valid_domain_objects(demo_store: Store) -> None:
    ids = demo_store.articles.ids(
        ArticleQuery(statuses=frozenset({ArticleStatus.PUBLISHED}), limit=30)
    )
    related = 0
    for article_id in ids:
        article = demo_store.articles.get(article_id)
        assert article.headline and article.body.count("\n\n") >= 2 and article.tags
        assert article.published_at is not None and article.view_count >= 0
        related += len(article.related)
        [summary] = demo_store.articles.summaries([article_id])
        assert summary.word_count == article.word_count
    assert related > 0


def test_generated_word_count_matches_the_domain_count() -> None:
    sample = (
        'Gubernur DKI meninjau "pasar rakyat" di Cakung, kata Reza. Anggaran 120 hari ke depan.'
    )
    assert generated_word_count(sample) == count_words(sample)


def test_same_seed_same_text(tmp_path: Path) -> None:
    headlines = []
    for name in ("a", "b"):
        with Store.open(tmp_path / name / "s.sqlite3") as store:
            build_demo(store, articles=30, photos=3, seed=11)
            headlines.append(sorted(s.headline for s in store.articles.list(ArticleQuery())))
    assert headlines[0] == headlines[1]


def test_extras_are_saved_and_searchable(tmp_path: Path) -> None:
    desk = Desk(name="Potret Jakarta", slug="potret-jakarta")
    person = Person(
        username="toni.r", name="Toni Riyanto", roles=frozenset({Role.EDITOR}), desk_id=desk.id
    )
    article = Article(
        headline="Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat",
        body="Isi.",
        desk_id=desk.id,
        editor_id=person.id,
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        summary = build_demo(store, articles=20, photos=0, extras=[desk, person, article])
        assert summary.extras == [desk.id, person.id, article.id]
        assert [s.id for s in store.articles.search("sister city los angeles")] == [article.id]
        assert store.articles.latest_revision_number(article.id) == 1


def test_demo_refuses_a_store_that_is_not_empty_and_changes_nothing(store: Store) -> None:
    store.articles.save(Article(headline="Milik redaksi"))
    with pytest.raises(UserError, match="not empty"):
        build_demo(store, articles=10)
    assert store.articles.count(ArticleQuery()) == 1


def test_cancelled_demo_leaves_the_store_empty(store: Store) -> None:
    with pytest.raises(UserError, match="cancelled"):
        build_demo(store, articles=10, cancelled=lambda: True)
    assert store.articles.count(ArticleQuery()) == 0
    assert store.desks.list() == []


def test_cli_demo_list_and_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--store", path, "--articles", "120", "--photos", "5"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "121 articles" in out  # 120 generated + the sample page
    with Store.open(Path(path)) as store:
        [seed] = store.articles.search("sister city los angeles diperkuat")
        assert seed.headline == "Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat"
        assert (seed.view_count, seed.reporter, seed.editor) == (
            4252,
            "Mustaqim Amna",
            "Toni Riyanto",
        )
    assert main(["list", "--store", path, "--status", "published", "--limit", "7", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 7 and {r["status"] for r in rows} == {"published"}
    stamps = [r["updated_at"] for r in rows]
    assert stamps == sorted(stamps, reverse=True)
    assert main(["list", "--store", path, "--search", "jakarta", "--limit", "3"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 3
    assert (
        main(
            [
                "people",
                "add",
                "siti",
                "--store",
                path,
                "--name",
                "Siti Aminah",
                "--role",
                "reporter,photographer",
                "--desk",
                "kesehatan",
            ]
        )
        == 0
    )
    added = json.loads(capsys.readouterr().out)
    assert added["roles"] == ["photographer", "reporter"] and added["desk_id"]
    assert main(["people", "list", "--store", path, "--json"]) == 0
    people = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "siti" in {p["username"] for p in people}
    assert main(["people", "list", "--store", path]) == 0
    assert "Siti Aminah" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "--status", "bogus"], "unknown status"),
        (["people", "add", "x", "--name", "X", "--role", "chef"], "unknown role"),
        (["people", "add", "x", "--name", "X", "--role", "editor", "--desk", "nowhere"], "no desk"),
        (["people", "add", "Bad Name", "--name", "X", "--role", "editor"], "user name"),
        (["demo", "--articles", "5"], "not empty"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    path = str(tmp_path / "s.sqlite3")
    with Store.open(Path(path)) as store:
        store.articles.save(Article(headline="Ada"))
    assert main([*argv, "--store", path]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    with Store.open(Path(path)) as store:
        assert store.articles.count(ArticleQuery()) == 1
        assert store.people.list() == []


def _article_indexes(store: Store) -> set[str]:
    from sqlalchemy import text

    with store.database.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'articles'"
            )
        )
        return {r[0] for r in rows}


def test_demo_restores_every_index_and_trigger(demo_store: Store, store: Store) -> None:
    assert _article_indexes(demo_store) == _article_indexes(store)
    assert len(_article_indexes(store)) > 10


def test_cli_demo_without_the_sample_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "plain.sqlite3")
    assert (
        main(["demo", "--store", path, "--articles", "12", "--photos", "0", "--no-seed-article"])
        == 0
    )
    assert "12 articles" in capsys.readouterr().out
    with Store.open(Path(path)) as store:
        assert store.articles.count(ArticleQuery()) == 12
