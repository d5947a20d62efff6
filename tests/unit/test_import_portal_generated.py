"""Property test: any page written in the portal's layout parses back to what was written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from meja_redaksi.domain import ArticleRef, RefKind, format_long_date
from meja_redaksi.render.conventions import extract_pull_quotes
from meja_redaksi.render.portal_page import parse_portal_page

# Body words and title words come from different letters, so a title never repeats body text.
body_word = st.text("abcdefghijklm", min_size=1, max_size=8)
title_word = st.text("nopqrstuvwxyz", min_size=1, max_size=8).map(str.capitalize)
name = st.lists(title_word, min_size=1, max_size=3).map(" ".join)
title = st.lists(title_word, min_size=1, max_size=8).map(" ".join)
sentence = st.lists(body_word, min_size=4, max_size=30).map(
    lambda w: " ".join(w).capitalize() + "."
)
days = st.dates(date(2010, 1, 1), date(2030, 12, 31))


@dataclass
class Written:
    headline: str
    published: date
    reporter: str | None
    editor: str | None
    views: int | None
    photo: tuple[str, str | None] | None
    paragraphs: list[str]
    quote_after: int | None
    related: list[ArticleRef]
    popular: list[ArticleRef]


@st.composite
def ref_lists(draw: st.DrawFn, kind: RefKind) -> list[ArticleRef]:
    return [
        ArticleRef(
            draw(title), kind, draw(st.just("") | title), draw(days), draw(st.integers(0, 99999))
        )
        for _ in range(draw(st.integers(0, 8)))
    ]


@st.composite
def pages(draw: st.DrawFn) -> Written:
    paragraphs = draw(st.lists(sentence, min_size=1, max_size=8))
    return Written(
        headline=draw(title),
        published=draw(days),
        reporter=draw(st.none() | name),
        editor=draw(st.none() | name),
        views=draw(st.none() | st.integers(0, 10**7)),
        photo=draw(st.none() | st.tuples(title, st.none() | name)),
        paragraphs=paragraphs,
        quote_after=draw(st.none() | st.integers(0, len(paragraphs) - 1)),
        related=draw(ref_lists(RefKind.RELATED)),
        popular=draw(ref_lists(RefKind.POPULAR)),
    )


def quote_of(written: Written) -> str | None:
    if written.quote_after is None:
        return None
    words = written.paragraphs[written.quote_after].rstrip(".").split()
    return " ".join(words[:3]) if len(words) >= 3 else None


def render(written: Written, blank: str, newline: str) -> str:
    header = format_long_date(written.published)
    if written.reporter:
        header += f" Reporter: {written.reporter}"
    if written.editor:
        header += f" Editor: {written.editor}"
    if written.views is not None:
        header += f" {written.views}"
    lines = [written.headline, header]
    if written.photo:
        lines.append(written.photo[0])
        if written.photo[1] is not None:
            lines.append(f"(Foto: {written.photo[1]})")
    quote = quote_of(written)
    for index, paragraph in enumerate(written.paragraphs):
        lines.append(paragraph)
        if index == written.quote_after and quote:
            lines.append(quote)
    for marker, refs in (("BERITA TERKAIT", written.related), ("BERITA POPULER", written.popular)):
        if refs:
            lines.append(marker)
        for ref in refs:
            lines += [ref.photo_title, ref.headline] if ref.photo_title else [ref.headline]
            assert ref.published is not None
            lines.append(f"{format_long_date(ref.published)} {ref.views}")
    lines += ["Bagikan ke :", "BANG JAKI +indeks", "VIDEO +indeks"]
    return (newline + blank).join(lines) + newline


@settings(max_examples=120, deadline=None)
@given(pages(), st.sampled_from(["", "\n", "\n\n\n"]), st.sampled_from(["\n", "\r\n"]))
def test_generated_pages_parse_back(written: Written, blank: str, newline: str) -> None:
    page = parse_portal_page(render(written, blank.replace("\n", newline), newline))
    assert page.headline == written.headline
    assert page.published == written.published
    assert (page.reporter, page.editor, page.views) == (
        written.reporter,
        written.editor,
        written.views,
    )
    if written.photo is None:
        assert page.photo is None
    else:
        assert page.photo is not None
        assert (page.photo.title, page.photo.credit) == (written.photo[0], written.photo[1] or "")
    quote = quote_of(written)
    assert page.pull_quotes == ([quote] if quote else [])
    assert extract_pull_quotes(page.body) == page.pull_quotes
    paragraphs = [p for p in page.body.split("\n\n") if not p.startswith(">")]
    assert paragraphs == written.paragraphs
    assert page.related == written.related
    assert page.popular == written.popular
