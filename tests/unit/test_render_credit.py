"""Photo credits arrive as a bare name (portal pages) or as "Foto: name" (the caption panel's default)."""

from __future__ import annotations

import pytest

from meja_redaksi.domain import Article, Photo
from meja_redaksi.render import ArticleContext, article_page_html, article_to_ninjs, credit_line
from meja_redaksi.render.conventions import credit_name


@pytest.mark.parametrize(
    ("credit", "line", "name"),
    [
        ("Mustaqim Amna", "Foto: Mustaqim Amna", "Mustaqim Amna"),
        ("Foto: Reza Pratama", "Foto: Reza Pratama", "Reza Pratama"),
        ("foto:Reza", "foto:Reza", "Reza"),
        ("  ", "", ""),
    ],
)
def test_credit_forms(credit: str, line: str, name: str) -> None:
    assert credit_line(credit) == line
    assert credit_name(credit) == name


@pytest.mark.parametrize("credit", ["Reza Pratama", "Foto: Reza Pratama"])
def test_pages_and_ninjs_never_double_the_prefix(credit: str) -> None:
    photo = Photo(title="Banjir rob", caption="Warga", credit=credit)
    context = ArticleContext(
        article=Article(headline="Judul", body="Isi.", main_photo_id=photo.id),
        photos={photo.id: photo},
    )
    page = article_page_html(context)
    assert "(Foto: Reza Pratama)" in page
    assert "Foto: Foto:" not in page
    picture = next(a for a in article_to_ninjs(context)["associations"] if a["type"] == "picture")
    assert picture["by"] == "Reza Pratama"
