"""ninjs 2.2 export validates against the IPTC schema and carries the article's fields."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from meja_redaksi.domain import (
    Article,
    ArticleRef,
    ArticleStatus,
    Desk,
    Person,
    Photo,
    RefKind,
    Role,
    count_words,
    new_id,
)
from meja_redaksi.render.context import ArticleContext
from meja_redaksi.render.importing import article_from_portal_page
from meja_redaksi.render.ninjs import article_to_ninjs
from meja_redaksi.render.portal_page import parse_portal_page

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "ninjs-schema_2.2.json").read_text("utf-8")
)
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
DESK = Desk(name="Pemerintahan", slug="pemerintahan")
REPORTER = Person("mustaqim", "Mustaqim Amna", frozenset({Role.REPORTER}))
EDITOR = Person("toni", "Toni Riyanto", frozenset({Role.EDITOR}))


def validate(item: dict[str, Any]) -> None:
    """Schema-valid, and the formats the installed checker may skip checked by hand."""
    VALIDATOR.validate(json.loads(json.dumps(item)))
    for key in ("firstcreated", "versioncreated", "contentcreated", "embargoed"):
        if key in item:
            assert datetime.fromisoformat(item[key]).tzinfo is not None
    for association in [item, *item.get("associations", [])]:
        assert urlparse(association["uri"]).scheme


@pytest.fixture
def seed_item(seed_text: str) -> dict[str, Any]:
    article, photos = article_from_portal_page(
        parse_portal_page(seed_text), reporter_id=REPORTER.id, editor_id=EDITOR.id
    )
    article = article.copy(lead="Kerja sama Sister City diperkuat.", tags=["sister city"])
    context = ArticleContext(article, DESK, REPORTER, EDITOR, None, {p.id: p for p in photos}, 2)
    return article_to_ninjs(context, lambda p: f"https://portal.example/media/{p.id}.jpg")


def test_seed_validates(seed_item: dict[str, Any]) -> None:
    validate(seed_item)


def test_seed_text_fields(seed_item: dict[str, Any]) -> None:
    assert seed_item["type"] == "text"
    assert seed_item["language"] == "id"
    assert seed_item["pubstatus"] == "usable"
    assert seed_item["standard"]["version"] == "2.2"
    assert seed_item["headlines"][0]["value"] == (
        "Gubernur Ingin Kerja Sama Sister City dengan Los Angeles Diperkuat"
    )
    assert seed_item["by"] == "Mustaqim Amna"
    assert {(p["name"], p["rel"]) for p in seed_item["people"]} == {
        ("Mustaqim Amna", "reporter"),
        ("Toni Riyanto", "editor"),
    }
    assert seed_item["descriptions"][0]["value"] == "Kerja sama Sister City diperkuat."
    assert seed_item["subjects"] == [{"name": "sister city", "literal": "sister city"}]
    assert seed_item["contentcreated"].startswith("2018-05-02")
    assert seed_item["slugline"].startswith("gubernur-ingin-kerja-sama")


def test_seed_body_is_html_with_the_photo_figure_first(seed_item: dict[str, Any]) -> None:
    body = seed_item["bodies"][0]
    assert body["contenttype"] == "text/html"
    html = body["value"]
    assert html.startswith('<figure class="photo"><img')
    assert "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles" in html
    assert "(Foto: Mustaqim Amna)</span></figcaption></figure>" in html
    assert '<blockquote class="pull-quote">' in html
    assert "tandasnya.</p>" in html


def test_seed_photo_is_a_picture_association(seed_item: dict[str, Any]) -> None:
    (picture,) = seed_item["associations"]
    assert picture["type"] == "picture"
    assert picture["title"] == "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles"
    assert picture["copyrightnotice"] == picture["by"] == "Mustaqim Amna"
    assert picture["renditions"][0]["href"].startswith("https://portal.example/media/")


def test_hostile_body_and_headline_stay_inert() -> None:
    article = Article(
        headline='<script>alert("x")</script>',
        body="[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>",
        status=ArticleStatus.UNPUBLISHED,
    )
    item = article_to_ninjs(ArticleContext(article))
    validate(item)
    assert item["pubstatus"] == "canceled"
    assert item["headlines"][0]["value"] == '<script>alert("x")</script>'
    html = item["bodies"][0]["value"]
    assert "javascript:" not in html and "<img" not in html


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
moments = st.datetimes(min_value=datetime(1990, 1, 1), timezones=st.just(UTC))


@settings(max_examples=60, deadline=None)
@given(
    headline=text.filter(str.strip),
    body=text,
    lead=text,
    tags=st.lists(text, max_size=3),
    status=st.sampled_from(ArticleStatus),
    created=moments,
    embargo=st.none() | moments,
    with_photo=st.booleans(),
    ref_ids=st.lists(st.none() | st.builds(new_id), max_size=3),
)
def test_generated_articles_validate(
    headline: str,
    body: str,
    lead: str,
    tags: list[str],
    status: ArticleStatus,
    created: datetime,
    embargo: datetime | None,
    with_photo: bool,
    ref_ids: list[str | None],
) -> None:
    photo = (
        Photo(title=lead, caption=body[:20], credit=headline, keywords=tags) if with_photo else None
    )
    gallery_photo = Photo(title="Galeri")
    article = Article(
        headline=headline,
        body=body,
        lead=lead,
        tags=tags,
        status=status,
        created_at=created,
        updated_at=created,
        embargo_until=embargo,
        main_photo_id=photo.id if photo else None,
        gallery=[gallery_photo.id],
        related=[ArticleRef("Terkait", RefKind.POPULAR, article_id=i) for i in ref_ids],
    )
    photos = {p.id: p for p in (photo, gallery_photo) if p}
    validate(article_to_ninjs(ArticleContext(article, DESK, REPORTER, photos=photos)))


def test_counts_leave_out_photo_captions(seed_item: dict[str, Any], seed_text: str) -> None:
    body = seed_item["bodies"][0]
    page = parse_portal_page(seed_text)
    paragraphs = [p for p in page.body.split("\n\n") if not p.startswith(">")]
    visible = " ".join([*paragraphs[:1], *page.pull_quotes, *paragraphs[1:]])
    assert body["charcount"] == len(visible)
    assert body["wordcount"] == count_words(page.body)
