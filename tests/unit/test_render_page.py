"""The standalone portal-style HTML page: layout of the seed, escaping of hostile text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from meja_redaksi.domain import Article, ArticleRef, Person, Photo, RefKind, Role
from meja_redaksi.render.context import ArticleContext
from meja_redaksi.render.importing import article_from_portal_page
from meja_redaksi.render.page import article_page_html, portal_css
from meja_redaksi.render.portal_page import parse_portal_page

REPORTER = Person("mustaqim", "Mustaqim Amna", frozenset({Role.REPORTER}))
EDITOR = Person("toni", "Toni Riyanto", frozenset({Role.EDITOR}))
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Page(HTMLParser):
    """Tags with attributes, and the text inside each element class, as a browser parses them."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""
        self.feed(document)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "br":
            self.text += "\n"

    def handle_data(self, data: str) -> None:
        self.text += data

    def count(self, tag: str, css_class: str) -> int:
        return sum(1 for t, a in self.tags if t == tag and css_class in (a.get("class") or ""))


@pytest.fixture
def seed_page(seed_text: str) -> str:
    article, photos = article_from_portal_page(
        parse_portal_page(seed_text), reporter_id=REPORTER.id, editor_id=EDITOR.id
    )
    context = ArticleContext(article, None, REPORTER, EDITOR, None, {p.id: p for p in photos})
    return article_page_html(context, article_url="https://portal.example/berita/sister-city")


def test_seed_page_header(seed_page: str) -> None:
    page = Page(seed_page)
    assert page.count("h1", "headline") == 1
    assert "Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat" in page.text
    assert "Rabu, 02 Mei 2018 Reporter: Mustaqim Amna Editor: Toni Riyanto 4252" in page.text


def test_seed_page_photo_body_and_pull_quote(seed_page: str) -> None:
    page = Page(seed_page)
    assert page.count("figure", "photo") == 1
    # the credit on the line under the photo's title, as on the portal's page
    assert (
        "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles\n(Foto: Mustaqim Amna)"
        in page.text
    )
    assert page.count("blockquote", "pull-quote") == 1
    assert "tandasnya." in page.text


def test_seed_page_lists_and_share_links(seed_page: str) -> None:
    page = Page(seed_page)
    assert "BERITA TERKAIT" in page.text and "BERITA POPULER" in page.text
    assert page.count("table", "related") == 1 and page.count("table", "popular") == 1
    assert sum(1 for t, _ in page.tags if t == "tr") == 10
    assert "Jumat, 13 Februari 2026 614" in page.text
    assert "20260213 130728" in page.text
    shares = [a["href"] or "" for t, a in page.tags if t == "a"]
    assert len(shares) == 5
    assert all("portal.example%2Fberita%2Fsister-city" in href for href in shares)
    assert "Bagikan ke" in page.text


def test_css_is_inlined_from_the_shared_file(seed_page: str) -> None:
    css = portal_css()
    assert "blockquote.pull-quote" in css
    assert css.strip() in seed_page
    assert sum(1 for t, _ in Page(seed_page).tags if t == "link") == 0


def test_hostile_text_everywhere_is_escaped() -> None:
    photo = Photo(title=HOSTILE, credit=HOSTILE, sha256="cd" * 32)
    person = Person("evil", HOSTILE, frozenset({Role.REPORTER}))
    article = Article(
        headline=HOSTILE,
        body=f"{HOSTILE}\n\n[klik](javascript:alert(1))",
        main_photo_id=photo.id,
        language="id",
        published_at=datetime(2024, 2, 9, 3, tzinfo=UTC),
        related=[ArticleRef(HOSTILE, RefKind.RELATED, HOSTILE, date(2024, 1, 1), 5)],
    )
    document = article_page_html(
        ArticleContext(article, None, person, person, None, {photo.id: photo}),
        article_url='"><script>alert(2)</script>',
        ref_url=lambda ref: "javascript:alert(3)",
    )
    page = Page(document)
    assert not any(t in ("script", "iframe") for t, _ in page.tags)
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") or name == "style" for name in attrs), tag
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").lower().startswith("javascript"), tag
    assert page.text.count(HOSTILE) >= 6
    assert "<title>&lt;script&gt;" in document
    assert "Jumat, 09 Februari 2024" in page.text
