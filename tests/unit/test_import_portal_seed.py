"""The seed page of the portal imports with exactly the fields the newsroom expects."""

from __future__ import annotations

from datetime import date

import pytest

from meja_redaksi.domain import RefKind
from meja_redaksi.render.conventions import extract_pull_quotes
from meja_redaksi.render.portal_page import PortalPage, parse_portal_page

RELATED = [
    (
        "Gubernur Kunjungi Los Angeles Terkait Sister City",
        "Gubernur akan ke Los Angeles Tindak Lanjuti Kerja Sama Sister City",
        date(2018, 4, 27),
        2824,
    ),
    (
        "Jakarta dan Istanbul Tekan Kesepakatan Kerjasama",
        "Gubernur-Wali Kota Istanbul Tanda Tangani Minutes of Agreement",
        date(2018, 4, 23),
        2748,
    ),
    (
        "DKI Tingkatkan Kerja Sama dengan Casablanca-Settat",
        "Pemprov DKI Tingkatkan Kerja Sama dengan Casablanca",
        date(2018, 4, 20),
        3291,
    ),
    (
        "Anies Sempatkan Diri Berkunjung ke Jalan Soekarno di Maroko",
        "Anies Sempatkan Berkunjung ke Jl Soekarno di Maroko",
        date(2018, 4, 20),
        4536,
    ),
    (
        "Gubernur Bertemu dengan Presiden Turki saat Ibadah Jumat",
        "Anies Bertemu Presiden Turki di Istanbul",
        date(2018, 4, 21),
        5417,
    ),
]
POPULAR = [
    ("Wagub Panen Raya Cianjur otoy", "Wagub Hadiri Panen Raya di Cianjur", date(2026, 2, 12), 923),
    (
        "Gubernur pramono sertifikat aset rezap",
        "Pemprov DKI Terima 3.922 Sertifikat Aset Senilai Rp102 T",
        date(2026, 2, 13),
        645,
    ),
    (
        "20260213 130728",
        "Transjakarta: Insiden di Flyover Cijantung Karena Pengendara Motor Mengantuk",
        date(2026, 2, 13),
        614,
    ),
    (
        "Gubernur pramono Taman Bendera Pusaka rezap",
        "Ada Fasilitas Olahraga Gratis, Taman Bendera Pusaka Segera Diresmikan",
        date(2026, 2, 13),
        517,
    ),
    (
        "Transjakarta 1e blok m pondok labu jati2",
        "Transjakarta Berduka, Dukung Proses Penyelidikan Kecelakaan di Pondok Labu",
        date(2026, 2, 13),
        564,
    ),
]


@pytest.fixture
def page(seed_text: str) -> PortalPage:
    return parse_portal_page(seed_text)


def body_paragraphs(page: PortalPage) -> list[str]:
    return [p for p in page.body.split("\n\n") if not p.startswith(">")]


def test_headline(page: PortalPage) -> None:
    assert page.headline == "Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat"


def test_published_date(page: PortalPage) -> None:
    assert page.published == date(2018, 5, 2)


def test_reporter(page: PortalPage) -> None:
    assert page.reporter == "Mustaqim Amna"


def test_editor(page: PortalPage) -> None:
    assert page.editor == "Toni Riyanto"


def test_views(page: PortalPage) -> None:
    assert page.views == 4252


def test_photo_title(page: PortalPage) -> None:
    assert page.photo is not None
    assert page.photo.title == "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles"


def test_photo_credit(page: PortalPage) -> None:
    assert page.photo is not None
    assert page.photo.credit == "Mustaqim Amna"


def test_pull_quote(page: PortalPage) -> None:
    assert page.pull_quotes == ["Kita ingin ada langkah konkret"]
    assert extract_pull_quotes(page.body) == ["Kita ingin ada langkah konkret"]
    assert "> [!PULLQUOTE]\n> Kita ingin ada langkah konkret" in page.body


def test_body_starts_and_ends_where_the_article_does(page: PortalPage) -> None:
    assert page.body.startswith("Gubernur DKI Jakarta, Anies Baswedan dalam pertemuannya")
    assert page.body.endswith(
        '"Kita ingin lebih memaksimalkan kerja sama Sister City yang sudah '
        'terjalin dengan LA," tandasnya.'
    )


def test_body_keeps_paragraphs(page: PortalPage, seed_text: str) -> None:
    paragraphs = body_paragraphs(page)
    assert len(paragraphs) == 5
    source_lines = seed_text.splitlines()
    for paragraph in paragraphs:
        assert paragraph in source_lines
    assert paragraphs[2].endswith("Senin (30/4).")


def test_related_refs(page: PortalPage) -> None:
    assert [(r.photo_title, r.headline, r.published, r.views) for r in page.related] == RELATED
    assert {r.kind for r in page.related} == {RefKind.RELATED}


def test_popular_refs(page: PortalPage) -> None:
    assert [(r.photo_title, r.headline, r.published, r.views) for r in page.popular] == POPULAR
    assert {r.kind for r in page.popular} == {RefKind.POPULAR}


@pytest.mark.parametrize(
    "fragment",
    [
        "BERITA",
        "Bagikan",
        "BANG JAKI",
        "POTRET JAKARTA",
        "VIDEO",
        "+indeks",
        "Istanbul",
        "Cianjur",
        "Foto:",
        "Reporter:",
        "4252",
    ],
)
def test_body_holds_nothing_of_the_page_around_it(page: PortalPage, fragment: str) -> None:
    assert fragment not in page.body


def test_no_inline_photos(page: PortalPage) -> None:
    assert page.inline_photos == []
