"""Whatever text a file holds, the importers either parse it or refuse it with a UserError."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meja_redaksi.domain import UserError
from meja_redaksi.render import (
    article_from_markdown,
    parse_markdown_article,
    parse_portal_page,
    render_body_html,
)

PIECES = [
    "---\n", "headline: ", "created: 2018-13-45\n", "Rabu, 02 Mei 2018 ", "Reporter: ", "Editor: ",
    "(Foto: ", ")", "\n", "BERITA TERKAIT\n", "BERITA POPULER\n", "Bagikan ke :\n", "+indeks\n",
    "> [!PULLQUOTE]\n> ", "![x](photo:", "0f8fad5b-d9cb-469f-a165-70867728950e)", "tags: [a, b]\n",
    "related: [{headline: x}]\n", "- ", "{", "[", "&a ", "*a ", "!!binary ", "Jumat, 31 Februari 2018 ",
    "4252", "slug: Bukan Slug\n", "language: 5\n", "status: draft\n", "id: x\n", "kata ", ".",
]  # fmt: skip
documents = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_portal_parser_parses_or_refuses(text: str) -> None:
    try:
        page = parse_portal_page(text)
    except UserError as exc:
        assert "\n" not in str(exc)
    else:
        assert page.headline


@settings(max_examples=300, deadline=None)
@given(documents)
def test_markdown_parser_parses_or_refuses(text: str) -> None:
    try:
        article = article_from_markdown(parse_markdown_article(text))
    except UserError as exc:
        assert "\n" not in str(exc)
    else:
        assert article.headline
        render_body_html(article.body)


@pytest.mark.parametrize(
    "text",
    [
        "---\nheadline: A\ncreated: 2018-13-45\n---\n",
        "---\nheadline: A\ncreated: 2018-02-30 10:00:00\n---\n",
        "---\nheadline: A\nlanguage: 5\n---\n",
        "---\nheadline: A\nslug: Bukan Slug\n---\n",
    ],
)
def test_impossible_values_are_user_errors(text: str) -> None:
    with pytest.raises(UserError):
        article_from_markdown(parse_markdown_article(text))
