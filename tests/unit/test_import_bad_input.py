"""Bad files are refused with a one-line message naming the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from meja_redaksi.domain import UserError
from meja_redaksi.render.portal_page import parse_portal_page
from meja_redaksi.render.sources import MAX_IMPORT_BYTES, read_text_file


def refuse(path: Path) -> str:
    with pytest.raises(UserError) as caught:
        read_text_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    return message


def test_invalid_utf8(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(seed_text.encode("utf-8") + "Jum'at é".encode("latin-1"))
    assert "UTF-8" in refuse(path)


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(content)
    assert "empty" in refuse(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "foto.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in refuse(path)


def test_fifty_megabyte_file_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    assert "too large" in refuse(path)
    assert path.stat().st_size > MAX_IMPORT_BYTES


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in refuse(tmp_path / "hilang.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "not a file" in refuse(folder)


def test_good_file_is_read_with_bom_and_crlf_removed(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text.replace("\n", "\r\n").encode("utf-8"))
    assert read_text_file(path) == seed_text


@pytest.mark.parametrize(
    "text",
    [
        "Hanya satu baris tanpa tanggal",
        "Judul\n\nBadan berita tanpa baris kepala.\n\nParagraf kedua.",
        "Rabu, 02 Mei 2018 Reporter: A Editor: B 12\n\nTanpa judul di atasnya.",
        "# Judul Markdown\n\nIsi berita.",
    ],
)
def test_text_without_a_portal_header(text: str) -> None:
    with pytest.raises(UserError, match="no portal article header"):
        parse_portal_page(text)


def test_header_with_unknown_words_after_the_date() -> None:
    with pytest.raises(UserError, match="header is not understood"):
        parse_portal_page("Judul\n\nRabu, 02 Mei 2018 Penulis: Siapa 12\n\nIsi.")


def test_largest_accepted_page_of_short_lines_parses(tmp_path: Path) -> None:
    lines = ["Judul", "Senin, 30 April 2018 5"]
    lines += [f"baris pendek nomor {i}" for i in range(MAX_IMPORT_BYTES // 30)]
    path = tmp_path / "panjang.txt"
    path.write_text("\n".join(lines)[:MAX_IMPORT_BYTES], encoding="utf-8")
    page = parse_portal_page(read_text_file(path))
    assert page.headline == "Judul"
    assert page.body.count("\n\n") > 60_000
