"""Import of portal pages and Markdown, and export to ninjs/Markdown/HTML, through the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from meja_redaksi.domain import RefKind
from meja_redaksi.render import local_date
from meja_redaksi.store import Store
from tests.cli.conftest import CliResult, dump_store

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "portal-article-2018-05-02-sister-city.txt"
Cli = Callable[..., CliResult]


@pytest.fixture
def seed_id(cli: Cli) -> str:
    result = cli("import", str(SEED))
    assert result.code == 0, result.err
    (line,) = result.json_lines()
    assert line["action"] == "created"
    return str(line["id"])


def test_seed_imports_with_every_field(seed_id: str, store_path: Path) -> None:
    with Store.open(store_path) as store:
        article = store.articles.get(seed_id)
        assert article.headline == (
            "Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat"
        )
        assert article.published_at is not None
        assert local_date(article.published_at) == date(2018, 5, 2)
        assert store.people.get(article.reporter_id or "").name == "Mustaqim Amna"
        assert store.people.get(article.editor_id or "").name == "Toni Riyanto"
        assert article.view_count == 4252
        photo = store.photos.get(article.main_photo_id or "")
        assert photo.title == "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles"
        assert photo.credit == "Mustaqim Amna"
        assert not photo.file_present
        assert article.pull_quotes == ["Kita ingin ada langkah konkret"]
        body = article.body
        assert body.startswith("Gubernur DKI Jakarta, Anies Baswedan dalam pertemuannya")
        assert body.endswith('"Kita ingin lebih memaksimalkan kerja sama Sister City yang sudah '
                             'terjalin dengan LA," tandasnya.')  # fmt: skip
        assert body.count("\n\n") >= 4
        for noise in ("BERITA TERKAIT", "BERITA POPULER", "Bagikan", "BANG JAKI", "+indeks"):
            assert noise not in body
        related = article.refs(RefKind.RELATED)
        assert [(r.photo_title, r.headline, r.published, r.views) for r in related] == [
            ("Gubernur Kunjungi Los Angeles Terkait Sister City",
             "Gubernur akan ke Los Angeles Tindak Lanjuti Kerja Sama Sister City",
             date(2018, 4, 27), 2824),
            ("Jakarta dan Istanbul Tekan Kesepakatan Kerjasama",
             "Gubernur-Wali Kota Istanbul Tanda Tangani Minutes of Agreement",
             date(2018, 4, 23), 2748),
            ("DKI Tingkatkan Kerja Sama dengan Casablanca-Settat",
             "Pemprov DKI Tingkatkan Kerja Sama dengan Casablanca", date(2018, 4, 20), 3291),
            ("Anies Sempatkan Diri Berkunjung ke Jalan Soekarno di Maroko",
             "Anies Sempatkan Berkunjung ke Jl Soekarno di Maroko", date(2018, 4, 20), 4536),
            ("Gubernur Bertemu dengan Presiden Turki saat Ibadah Jumat",
             "Anies Bertemu Presiden Turki di Istanbul", date(2018, 4, 21), 5417),
        ]  # fmt: skip
        popular = article.refs(RefKind.POPULAR)
        assert len(popular) == 5
        assert popular[0].headline == "Wagub Hadiri Panen Raya di Cianjur"
        assert popular[0].views == 923
        assert popular[2].photo_title == "20260213 130728"
        assert len(store.articles.revisions(seed_id)) == 1


def test_importing_the_same_page_again_changes_nothing(
    cli: Cli, seed_id: str, store_path: Path
) -> None:
    before = dump_store(store_path)
    result = cli("import", str(SEED))
    assert result.json_lines()[0]["action"] == "unchanged"
    assert result.json_lines()[0]["id"] == seed_id
    assert dump_store(store_path) == before


def test_markdown_round_trip_and_update(
    cli: Cli, seed_id: str, tmp_path: Path, store_path: Path
) -> None:
    out = tmp_path / "seed.md"
    assert cli("export", seed_id, "--format", "markdown", "-o", str(out)).code == 0
    before = dump_store(store_path)
    result = cli("import", str(out))
    assert result.code == 0 and result.json_lines()[0]["action"] == "unchanged"
    assert dump_store(store_path) == before

    edited = out.read_text(encoding="utf-8").replace("tandasnya.", "tegasnya.")
    out.write_text(edited, encoding="utf-8")
    result = cli("import", str(out))
    assert result.json_lines()[0]["action"] == "updated"
    with Store.open(store_path) as store:
        assert store.articles.get(seed_id).body.endswith("tegasnya.")
        assert len(store.articles.revisions(seed_id)) == 2

    # The same file again is now stale: its base revision is 1, the article is at 2.
    before = dump_store(store_path)
    original = out.read_bytes()
    result = cli("import", str(out))
    assert result.code == 1
    assert "changed since revision 1" in result.err and len(result.err.splitlines()) == 1
    assert dump_store(store_path) == before
    assert out.read_bytes() == original


def test_ninjs_export_validates(cli: Cli, seed_id: str) -> None:
    result = cli("export", seed_id, "--format", "ninjs")
    assert result.code == 0
    document = json.loads(result.out)
    schema = json.loads((DATA / "ninjs-schema_2.2.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert document["headlines"][0]["value"].startswith("Gubernur Ingin Kerja Sama")
    assert document["language"] == "id"
    body = next(b for b in document["bodies"] if b["contenttype"] == "text/html")["value"]
    assert "<figure" in body and "<figcaption" in body and "Foto: Mustaqim Amna" in body
    pictures = [a for a in document["associations"] if a["type"] == "picture"]
    assert pictures[0]["title"] == "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles"
    assert pictures[0]["by"] == "Mustaqim Amna"


def test_html_export_is_a_portal_page(cli: Cli, seed_id: str, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert cli("export", seed_id, "--format", "html", "-o", str(out)).code == 0
    page = out.read_text(encoding="utf-8")
    for text in ("Rabu, 02 Mei 2018", "Mustaqim Amna", "Toni Riyanto", "4252", "BERITA TERKAIT",
                 "BERITA POPULER", "Kita ingin ada langkah konkret"):  # fmt: skip
        assert text in page
    assert "<script" not in page.lower()


BAD_FILES: dict[str, bytes] = {
    "invalid-utf8.txt": b"Judul\n\nRabu, 02 Mei 2018 \xff\xfe isi",
    "empty.txt": b"",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "broken.md": b"---\nheadline: [unclosed\n---\nbody\n",
    "unclosed.md": b"---\nheadline: Judul\nbody without end\n",
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_input_changes_nothing(
    cli: Cli, seed_id: str, tmp_path: Path, store_path: Path, name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])
    before = dump_store(store_path)
    result = cli("import", str(SEED), str(bad))
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert name in result.err
    assert "Traceback" not in result.err
    assert dump_store(store_path) == before


def test_huge_text_file_is_refused_before_reading(
    cli: Cli, seed_id: str, tmp_path: Path, store_path: Path
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    before = dump_store(store_path)
    result = cli("import", str(huge))
    assert result.code == 1 and "huge.txt" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert dump_store(store_path) == before


def test_unknown_article_id(cli: Cli, seed_id: str, store_path: Path) -> None:
    before = dump_store(store_path)
    result = cli("export", "0b6f4c1e-0000-4000-8000-000000000000", "--format", "ninjs")
    assert result.code == 1 and "0b6f4c1e-0000-4000-8000-000000000000" in result.err
    result = cli("export", "not-an-id", "--format", "html")
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert dump_store(store_path) == before


def test_missing_file(cli: Cli, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nope.txt"))
    assert result.code == 1 and "nope.txt" in result.err
