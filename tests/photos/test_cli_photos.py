"""``meja-redaksi photo add|set|export`` through the real command line entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from photo_images import make_jpeg

from meja_redaksi.cli import main
from meja_redaksi.domain.entities import Article, Desk, Person
from meja_redaksi.domain.enums import Role
from meja_redaksi.domain.errors import UserError
from meja_redaksi.photos.metadata import read_metadata
from meja_redaksi.store import Store


def _run(capsys, *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    with Store.open(path) as store:
        desk = store.desks.save(Desk("Pemerintahan", "pemerintahan"))
        store.people.save(
            Person(
                "rezap",
                "Reza Pratama",
                frozenset({Role.PHOTOGRAPHER}),
                code="rezap",
                desk_id=desk.id,
            )
        )
        store.people.save(
            Person("wati", "Wati Reporter", frozenset({Role.REPORTER}), desk_id=desk.id)
        )
    return path


def test_add_prints_json_per_file_and_fails_for_bad_ones(capsys, store_path, tmp_path):
    good = make_jpeg(tmp_path / "Rapat rezap.jpg", seed=1)
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"bukan gambar")
    code, lines, err = _run(
        capsys, "photo", "add", str(good), str(bad), "--store", str(store_path), "--as", "rezap"
    )
    assert code == 1
    assert lines[0]["result"] == "created" and lines[0]["file"] == "Rapat rezap.jpg"
    assert len(lines[0]["sha256"]) == 64
    assert "rusak.jpg" in lines[1]["error"]
    assert err.count("\n") == 1 and "1 of 2" in err
    with Store.open(store_path) as store:
        photo = store.photos.get(lines[0]["id"])
        assert (photo.photographer, photo.credit) == ("Reza Pratama", "Foto: Reza Pratama")
        assert photo.photographer_id == store.people.get_by_username("rezap").id
    code, again, _ = _run(capsys, "photo", "add", str(good), "--store", str(store_path))
    assert code == 0 and again[0]["result"] == "existing" and again[0]["id"] == lines[0]["id"]


def test_unknown_user_or_article_is_refused_before_anything_is_stored(capsys, store_path, tmp_path):
    good = make_jpeg(tmp_path / "a.jpg", seed=2)
    for extra in (["--as", "siapa"], ["--article", "00000000-0000-4000-8000-000000000000"]):
        code, lines, err = _run(
            capsys, "photo", "add", str(good), "--store", str(store_path), *extra
        )
        assert (code, lines) == (1, []) and err.count("\n") == 1
    with Store.open(store_path) as store:
        assert store.photos.count() == 0


def test_set_then_export_embeds_the_caption(capsys, store_path, tmp_path):
    source = make_jpeg(tmp_path / "b.jpg", seed=3, gps=True)
    _, (added,), _ = _run(capsys, "photo", "add", str(source), "--store", str(store_path))
    code, (changed,), _ = _run(
        capsys, "photo", "set", added["id"], "--store", str(store_path),
        "--title", "Gubernur DKI Bahas Sister City", "--caption", "Kerja sama — Los Angeles",
        "--credit", "Foto: Mustaqim Amna", "--alt", "Dua pejabat", "--keywords", "sister city, Jakarta",
    )  # fmt: skip
    assert code == 0 and changed["keywords"] == ["sister city", "Jakarta"]
    out = tmp_path / "export.jpg"
    code, (exported,), _ = _run(
        capsys, "photo", "export", added["id"], "-o", str(out), "--store", str(store_path)
    )
    assert code == 0 and Path(exported["file"]) == out
    meta = read_metadata(out)
    assert (meta.title, meta.caption, meta.credit, meta.alt_text) == (
        "Gubernur DKI Bahas Sister City",
        "Kerja sama — Los Angeles",
        "Foto: Mustaqim Amna",
        "Dua pejabat",
    )
    assert meta.gps_latitude is None
    _run(
        capsys,
        "photo",
        "export",
        added["id"],
        "-o",
        str(out),
        "--keep-gps",
        "--store",
        str(store_path),
    )
    assert read_metadata(out).gps_latitude is not None


def test_set_without_fields_is_a_usage_error(capsys, store_path, tmp_path):
    _, (added,), _ = _run(
        capsys,
        "photo",
        "add",
        str(make_jpeg(tmp_path / "c.jpg", seed=4)),
        "--store",
        str(store_path),
    )
    code, _, err = _run(capsys, "photo", "set", added["id"], "--store", str(store_path))
    assert code == 1 and "nothing to change" in err


def test_submit_refused_naming_the_uncaptioned_photo(capsys, store_path, tmp_path):
    with Store.open(store_path) as store:
        reporter = store.people.get_by_username("wati")
        article = store.articles.save(
            Article(headline="Sister City", body="Isi berita.", reporter_id=reporter.id)
        )
    source = make_jpeg(tmp_path / "Balai Kota rezap.jpg", seed=5)
    _run(capsys, "photo", "add", str(source), "--article", article.id, "--store", str(store_path))
    with Store.open(store_path) as store:
        attached = store.articles.get(article.id)
        assert attached.main_photo_id is not None
        with pytest.raises(UserError, match=r"Balai Kota rezap\.jpg"):
            store.articles.transition(article.id, "submit", reporter)
        assert store.articles.get(article.id).status == attached.status
        photo = store.photos.get(attached.main_photo_id)
        photo.caption, photo.credit = "Rapat di Balai Kota", "Foto: Reza Pratama"
        store.photos.save(photo)
        assert store.articles.transition(article.id, "submit", reporter).status.value == "submitted"


def test_photographer_found_by_the_code_in_the_file_name(capsys, store_path, tmp_path):
    source = make_jpeg(tmp_path / "Gubernur pramono sertifikat aset rezap.jpg", seed=6)
    _, (added,), _ = _run(capsys, "photo", "add", str(source), "--store", str(store_path))
    with Store.open(store_path) as store:
        photo = store.photos.get(added["id"])
    assert (photo.photographer, photo.credit) == ("Reza Pratama", "Foto: Reza Pratama")
