"""Markdown with YAML front matter: export, parse back exactly, refuse broken front matter."""

from __future__ import annotations

import string
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meja_redaksi.domain import (
    Article,
    ArticleRef,
    ArticleStatus,
    Desk,
    Person,
    Photo,
    RefKind,
    Role,
    UserError,
    new_id,
)
from meja_redaksi.render.context import ArticleContext
from meja_redaksi.render.importing import article_from_markdown, article_from_portal_page
from meja_redaksi.render.markdown_doc import (
    PersonRef,
    PhotoRef,
    article_to_markdown,
    parse_markdown_article,
)
from meja_redaksi.render.portal_page import parse_portal_page

DESK = Desk(name="Pemerintahan", slug="pemerintahan")
REPORTER = Person("mustaqim", "Mustaqim Amna", frozenset({Role.REPORTER}), code="mustaqim")
EDITOR = Person("toni", "Toni Riyanto", frozenset({Role.EDITOR}))


def seed_context(seed_text: str) -> ArticleContext:
    page = parse_portal_page(seed_text)
    article, photos = article_from_portal_page(
        page, reporter_id=REPORTER.id, editor_id=EDITOR.id, desk_id=DESK.id
    )
    article = article.copy(tags=["sister city", "Los Angeles"], lead="Kerja sama diperkuat.")
    return ArticleContext(
        article, DESK, REPORTER, EDITOR, None, {p.id: p for p in photos}, revision=3
    )


def reimport(context: ArticleContext, text: str) -> Article:
    article = context.article
    return article_from_markdown(
        parse_markdown_article(text),
        desk_id=article.desk_id,
        reporter_id=article.reporter_id,
        editor_id=article.editor_id,
        photographer_id=article.photographer_id,
    )


def test_seed_round_trips_exactly(seed_text: str) -> None:
    context = seed_context(seed_text)
    text = article_to_markdown(context)
    assert reimport(context, text) == context.article


def test_seed_front_matter_names_people_desk_photo_and_refs(seed_text: str) -> None:
    context = seed_context(seed_text)
    document = parse_markdown_article(article_to_markdown(context))
    assert document.id == context.article.id
    assert document.base_revision == 3
    assert document.desk == "pemerintahan"
    assert document.reporter == PersonRef("mustaqim", "Mustaqim Amna")
    assert document.editor == PersonRef("toni", "Toni Riyanto")
    assert document.photographer is None
    photo = context.main_photo
    assert photo is not None
    assert document.main_photo == PhotoRef(photo.id, photo.title, "", "Mustaqim Amna")
    assert document.related[0].headline.startswith("Gubernur akan ke Los Angeles")
    assert len(document.popular) == 5
    assert document.popular[2].photo_title == "20260213 130728"
    assert document.pull_quotes == ["Kita ingin ada langkah konkret"]
    assert document.published == datetime(2018, 5, 2, 5, 0, tzinfo=UTC)


def test_hand_written_file_with_headline_and_body_only() -> None:
    document = parse_markdown_article("---\nheadline: Banjir Surut\n---\nAir mulai surut.\n")
    assert (document.headline, document.body) == ("Banjir Surut", "Air mulai surut.")
    assert document.present == frozenset({"headline"})
    existing = Article(headline="Lama", lead="Tetap", body="Lama", tags=["banjir"], view_count=7)
    updated = article_from_markdown(document, existing)
    assert (updated.headline, updated.body, updated.id) == (
        "Banjir Surut",
        "Air mulai surut.",
        existing.id,
    )
    assert (updated.lead, updated.tags, updated.view_count) == ("Tetap", ["banjir"], 7)


def test_file_without_front_matter_takes_headline_from_first_heading() -> None:
    text = "# Taman Baru Dibuka\n\nWarga menyambut.\n\n> [!PULLQUOTE]\n> Taman untuk semua\n"
    article = article_from_markdown(parse_markdown_article(text))
    assert article.headline == "Taman Baru Dibuka"
    assert article.body == "Warga menyambut.\n\n> [!PULLQUOTE]\n> Taman untuk semua"
    assert article.pull_quotes == ["Taman untuk semua"]
    assert article.status == ArticleStatus.DRAFT


def test_hand_written_dates_are_read_in_jakarta_time() -> None:
    document = parse_markdown_article(
        "---\nheadline: A\npublished: 2018-05-02\nupdated: 2018-05-02 14:05:00\n"
        "related:\n- headline: B\n  published: 2018-04-27\n---\nbody\n"
    )
    assert document.published == datetime(2018, 5, 2, 5, 0, tzinfo=UTC)
    assert document.updated == datetime(2018, 5, 2, 7, 5, tzinfo=UTC)
    assert document.related == [ArticleRef("B", RefKind.RELATED, published=date(2018, 4, 27))]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("---\nheadline: [unclosed\n---\nbody", "line"),
        ("---\n- just\n- a list\n---\nbody", "key: value"),
        ("---\nplain words\n---\nbody", "key: value"),
        ("---\nheadline: A\nview_count: banyak\n---\nbody", "view_count"),
        ("---\nheadline: A\nview_count: -3\n---\nbody", "view_count"),
        ("---\nheadline: A\nbase_revision: true\n---\nbody", "base_revision"),
        ("---\nheadline: [1, 2]\n---\nbody", "headline"),
        ("---\nheadline: A\ntags: {a: 1}\n---\nbody", "tags"),
        ("---\nheadline: A\nstatus: terbit\n---\nbody", "terbit"),
        ("---\nheadline: A\nid: 1234\n---\nbody", "id"),
        ("---\nheadline: A\nmain_photo: {id: nope}\n---\nbody", "main_photo.id"),
        ("---\nheadline: A\ngallery: [x]\n---\nbody", "gallery"),
        ("---\nheadline: A\npublished: kemarin\n---\nbody", "published"),
        ("---\nheadline: A\nreporter: {name: X}\n---\nbody", "reporter.username"),
        ("---\nheadline: A\nrelated: [{views: 3}]\n---\nbody", "related[0].headline"),
        ("---\nheadline: A\nhedline: typo\n---\nbody", "hedline"),
        (
            "---\nheadline: A\ntags: &t [a]\n"
            + "related: ["
            + "{headline: x}, " * 501
            + "]\n---\n",
            "related",
        ),
        ("---\nheadline: A\ns: &s x\n---\n", "'s'"),
        ("---\nheadline: A\ntags: [" + "t, " * 501 + "]\n---\n", "at most 500"),
        ("---\nheadline: A\nbody without a closing line\n", "never closed"),
        ("---\nlead: no headline\n---\nbody", "headline"),
        ("Just text with no heading", "headline"),
    ],
)
def test_broken_front_matter_is_refused_in_one_line(text: str, named: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_markdown_article(text)
    message = str(caught.value)
    assert "\n" not in message
    assert named in message


# Text a person can type: any printable character but surrogates and carriage returns.
typed_text = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\r"), max_size=60
)
words = st.text(string.ascii_letters + " -'", min_size=1, max_size=20).filter(str.strip)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@st.composite
def refs(draw: st.DrawFn) -> ArticleRef:
    return ArticleRef(
        headline=draw(typed_text.filter(str.strip)),
        kind=draw(st.sampled_from(RefKind)),
        photo_title=draw(typed_text),
        published=draw(st.none() | st.dates(date(1990, 1, 1), date(2100, 1, 1))),
        views=draw(st.none() | st.integers(0, 10**9)),
        article_id=draw(st.none() | st.builds(new_id)),
    )


@st.composite
def contexts(draw: st.DrawFn) -> ArticleContext:
    photo = draw(
        st.none() | st.builds(Photo, title=typed_text, caption=typed_text, credit=typed_text)
    )
    desk = draw(st.none() | st.just(DESK))
    reporter = draw(st.none() | st.just(REPORTER))
    article = Article(
        headline=draw(typed_text.filter(str.strip)),
        lead=draw(typed_text),
        body=draw(typed_text),
        slug=draw(st.sampled_from(["", "banjir-surut", "a-1"])),
        pull_quotes=draw(st.lists(typed_text, max_size=3)),
        desk_id=desk.id if desk else None,
        tags=draw(st.lists(words, max_size=4)),
        status=draw(st.sampled_from(ArticleStatus)),
        reporter_id=reporter.id if reporter else None,
        created_at=draw(moments),
        updated_at=draw(moments),
        published_at=draw(st.none() | moments),
        scheduled_at=draw(st.none() | moments),
        embargo_until=draw(st.none() | moments),
        view_count=draw(st.integers(0, 10**9)),
        main_photo_id=photo.id if photo else None,
        gallery=draw(st.lists(st.builds(new_id), max_size=3)),
        related=draw(st.lists(refs(), max_size=4)),
        language=draw(st.sampled_from(["id", "en", "jv"])),
    )
    # Related refs come back grouped by kind (related first), as the store keeps them.
    article.related = article.refs(RefKind.RELATED) + article.refs(RefKind.POPULAR)
    photos = {photo.id: photo} if photo else {}
    return ArticleContext(article, desk, reporter, None, None, photos, draw(st.integers(0, 10**6)))


@settings(max_examples=150, deadline=None)
@given(contexts())
def test_generated_articles_round_trip_exactly(context: ArticleContext) -> None:
    text = article_to_markdown(context)
    assert reimport(context, text) == context.article
    assert parse_markdown_article(text).base_revision == context.revision
