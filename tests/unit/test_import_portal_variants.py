"""Other pages of the same portal (hand-written fixtures) import the same way as the seed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from meja_redaksi.domain import RefKind
from meja_redaksi.render.conventions import extract_pull_quotes, photo_ids_in
from meja_redaksi.render.importing import article_from_portal_page
from meja_redaksi.render.portal_page import PortalPage, parse_portal_page

PAGES = Path(__file__).resolve().parents[1] / "data" / "portal_pages"
SEED = PAGES.parent / "portal-article-2018-05-02-sister-city.txt"
ALL_PAGES = [SEED, *sorted(PAGES.glob("*.txt"))]


def parse(name: str) -> PortalPage:
    return parse_portal_page((PAGES / name).read_text(encoding="utf-8"))


def paragraphs(page: PortalPage) -> list[str]:
    return [p for p in page.body.split("\n\n") if not p.startswith((">", "!["))]


def comparable(page: PortalPage) -> dict[str, Any]:
    """The page as a dict with its generated photo ids replaced by their position."""
    ids = [p.id for p in ([page.photo] if page.photo else []) + page.inline_photos]
    data = dataclasses.asdict(page)
    body = page.body
    for index, photo_id in enumerate(ids):
        body = body.replace(photo_id, f"photo-{index}")
    data["body"] = body
    if data["photo"]:
        data["photo"]["id"] = None
    for photo in data["inline_photos"]:
        photo["id"] = None
    return data


def test_fixture_set_is_large_enough() -> None:
    assert len(ALL_PAGES) >= 7


def test_short_page_without_editor_or_lists() -> None:
    page = parse("banjir-2019-no-editor-no-lists.txt")
    assert page.headline == "Petugas Gabungan Sedot Genangan di Kawasan Kemang"
    assert page.published == date(2019, 1, 22)
    assert (page.reporter, page.editor, page.views) == ("Budi Santoso", None, 1203)
    assert page.photo is not None
    assert (page.photo.title, page.photo.credit) == (
        "Petugas Sedot Genangan Kemang budis",
        "Budi Santoso",
    )
    assert len(paragraphs(page)) == 2
    assert page.body.endswith("setelah empat pompa mobile dioperasikan.")
    assert page.related == [] and page.popular == [] and page.pull_quotes == []


def test_long_page_with_eight_related_and_extra_blank_lines() -> None:
    page = parse("pasar-2020-long-eight-related-extra-blanks.txt")
    assert page.headline == "Pemprov DKI Revitalisasi 12 Pasar Tradisional Tahun Ini"
    assert (page.reporter, page.editor, page.views) == (
        "Aldi Geri Lumban Tobing",
        "Rio Sandiputra",
        3087,
    )
    assert page.photo is not None and page.photo.credit == "Aldi Geri Lumban Tobing"
    assert page.pull_quotes == ["Pasar bersih, pedagang sejahtera"]
    assert len(paragraphs(page)) == 8
    assert "\n\n\n" not in page.body
    assert len(page.related) == 8
    assert page.related[0].views == 1932
    assert page.related[-1].headline == "Pasar Baru Jadi Destinasi Wisata Belanja"
    assert page.related[-1].published == date(2020, 2, 22)
    assert [r.headline for r in page.popular] == [
        "Warga Kampung Melayu Mulai Bersihkan Rumah",
        "CFD Kembali Digelar Akhir Pekan Ini",
    ]


def test_page_without_photo_or_views_and_a_paragraph_starting_with_a_date() -> None:
    page = parse("vaksin-2021-no-photo-no-views.txt")
    assert (page.reporter, page.editor, page.views) == ("Nurito", "Erikyanri Maulana", None)
    assert page.photo is None
    body = paragraphs(page)
    assert body[0].startswith("Dinas Kesehatan DKI Jakarta mencatat")
    assert body[1].startswith("Selasa, 12 Januari 2021 lalu, vaksinasi dimulai")
    assert len(body) == 3
    first = page.related[0]
    assert (first.photo_title, first.headline, first.published, first.views) == (
        "",
        "Jadwal Vaksinasi Tahap Kedua",
        date(2021, 1, 7),
        3120,
    )
    assert page.related[1].photo_title == "Pemprov DKI Siapkan 454 Faskes untuk Vaksinasi rezap"
    assert [(r.headline, r.kind) for r in page.popular] == [
        ("Perpanjangan PSBB Transisi Hingga 25 Januari", RefKind.POPULAR)
    ]


def test_photo_title_without_credit_line() -> None:
    page = parse("festival-2022-photo-without-credit.txt")
    assert page.photo is not None
    assert (page.photo.title, page.photo.credit) == ("Festival Kuliner Betawi di Kota Tua", "")
    assert page.pull_quotes == ["Kerak telor jadi primadona"]
    assert paragraphs(page)[0].startswith("Ribuan pengunjung memadati")
    assert page.views == 542
    assert len(page.related) == 1 and len(page.popular) == 1
    assert page.popular[0].views == 12034


def test_two_credits_and_an_inline_photo_without_blank_lines() -> None:
    page = parse("mrt-2023-two-credits-inline-photo.txt")
    assert page.headline == "MRT Fase 2A Tembus Stasiun Thamrin"
    assert (page.reporter, page.editor, page.views) == ("Reza Pratama", "Toni Riyanto", 2318)
    assert page.photo is not None
    assert (page.photo.title, page.photo.credit) == (
        "Mesin Bor MRT Fase 2A rezap",
        "Reza Pratama, Nurito",
    )
    assert [(p.title, p.credit) for p in page.inline_photos] == [
        ("Pekerja di Dalam Terowongan nurito", "Nurito")
    ]
    assert photo_ids_in(page.body) == [page.inline_photos[0].id]
    assert len(paragraphs(page)) == 3
    assert [r.headline for r in page.related] == [
        "Groundbreaking MRT Fase 2A",
        "Stasiun MRT Monas Mulai Dibangun",
        "MRT Jakarta Datangkan Kereta Baru",
    ]
    assert page.popular[0].headline == "Uji Coba Ganjil Genap Diperluas"


def test_header_over_several_lines_old_weekday_spelling_and_markdown_characters() -> None:
    page = parse("posyandu-2024-split-header-escapes.txt")
    assert page.headline == "#JakartaSehat: Posyandu [Terpadu] Layani 5 * 3 Kelompok Usia"
    assert page.published == date(2024, 2, 9)
    assert (page.reporter, page.editor, page.views) == ("Andry", "Widodo Bogiarto", 1210)
    assert page.photo is not None
    assert (page.photo.title, page.photo.credit) == ("Posyandu Terpadu Cempaka Putih", "")
    body = paragraphs(page)
    assert len(body) == 4
    assert body[1].startswith("1\\. Balita")
    assert body[2].startswith("\\- Layanan")
    assert "&lt;b>gratis&lt;/b>" in body[2]
    assert "posyandu\\_terpadu" in body[3]


def test_header_with_only_date_and_views_and_a_credit_without_title() -> None:
    page = parse("rapat-2018-date-and-views-only.txt")
    assert (page.reporter, page.editor, page.views) == (None, None, 812)
    assert page.photo is not None
    assert (page.photo.title, page.photo.credit) == ("", "Humas DPRD DKI")
    assert paragraphs(page)[0].startswith("DPRD DKI Jakarta mengesahkan")
    assert len(page.related) == 1 and page.popular == []


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.stem)
def test_crlf_line_endings_parse_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert comparable(parse_portal_page(text.replace("\n", "\r\n"))) == comparable(
        parse_portal_page(text)
    )


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.stem)
def test_extra_blank_lines_and_trailing_spaces_parse_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    padded = "\n\n" + "\n".join(f"{line}  \n\t" for line in text.splitlines()) + "\n\n\n"
    assert comparable(parse_portal_page(padded)) == comparable(parse_portal_page(text))


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.stem)
def test_no_page_furniture_reaches_the_body(path: Path) -> None:
    page = parse_portal_page(path.read_text(encoding="utf-8"))
    for fragment in (
        "BERITA TERKAIT",
        "BERITA POPULER",
        "Bagikan",
        "+indeks",
        "Reporter:",
        "(Foto",
    ):
        assert fragment not in page.body
    for ref in page.related + page.popular:
        assert ref.headline not in page.body
    assert extract_pull_quotes(page.body) == page.pull_quotes


def test_header_with_a_time_of_day() -> None:
    page = parse_portal_page(
        "Judul Berita\nSenin, 30 April 2018 14:05 WIB Reporter: Nurito Editor: Toni 12.034\n\n"
        "Isi berita yang panjang dan berakhir dengan titik."
    )
    assert (page.published, page.published_time) == (date(2018, 4, 30), time(14, 5))
    assert (page.reporter, page.editor, page.views) == ("Nurito", "Toni", 12034)
    article, _ = article_from_portal_page(page)
    assert article.published_at == datetime(2018, 4, 30, 7, 5, tzinfo=UTC)


def test_header_without_time_means_noon_in_jakarta() -> None:
    page = parse_portal_page("Judul\nSenin, 30 April 2018 5\n\nIsi berita.")
    assert page.published_time is None
    article, _ = article_from_portal_page(page)
    assert article.published_at == datetime(2018, 4, 30, 5, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("(Foto: Mustaqim Amna)", "Mustaqim Amna"),
        ("(foto : Humas Pemprov DKI)", "Humas Pemprov DKI"),
        ("Foto: Dok. Humas", "Dok. Humas"),
        ("(Foto)", ""),
        ("(Foto: Mustaqim Amna) Gubernur meninjau lokasi banjir di Kemang.", None),
        ("Foto: para peserta berkumpul di halaman Balai Kota sejak pagi.", None),
        ("(Foto bersama dilakukan usai acara)", None),
    ],
)
def test_photo_credit_lines(line: str, credit: str | None) -> None:
    text = (
        f"Judul\nSenin, 30 April 2018 5\nJudul Foto\n{line}\nIsi berita yang berakhir dengan titik."
    )
    page = parse_portal_page(text)
    if credit is None:
        assert page.photo is not None and page.photo.credit == ""
        assert line in page.body.split("\n\n")
    else:
        assert page.photo is not None
        assert (page.photo.title, page.photo.credit) == ("Judul Foto", credit)


def test_share_bar_above_the_body_keeps_the_body() -> None:
    page = parse_portal_page(
        "Judul Berita\nSenin, 30 April 2018 Reporter: Nurito 5\nBagikan ke :\nFacebook\n"
        "Twitter | WhatsApp\nJudul Foto\n(Foto: Nurito)\nParagraf pertama berita ini.\n\n"
        "Paragraf kedua berita ini.\nBagikan ke : Facebook Twitter\nBERITA TERKAIT\nJudul lain\n"
        "Senin, 23 April 2018 7\nBagikan ke :\nFacebook\nBANG JAKI +indeks\nJudul rubrik lain\n"
    )
    assert page.photo is not None and page.photo.credit == "Nurito"
    assert page.body == "Paragraf pertama berita ini.\n\nParagraf kedua berita ini."
    assert [r.headline for r in page.related] == ["Judul lain"]


def test_related_views_on_their_own_line() -> None:
    page = parse_portal_page(
        "Judul\nSenin, 30 April 2018 5\nIsi berita.\nBERITA TERKAIT\nFoto A\nJudul A\n"
        "Jumat, 27 April 2018\n2.824\nJudul B\nSabtu, 28 April 2018\n"
    )
    assert [(r.photo_title, r.headline, r.views) for r in page.related] == [
        ("Foto A", "Judul A", 2824),
        ("", "Judul B", None),
    ]
