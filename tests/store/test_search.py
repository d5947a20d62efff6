"""Full-text search: any typed string is a valid query; ranking, snippets, prefixes, tags, captions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meja_redaksi.domain import Article, ArticleQuery, ArticleStatus, Photo
from meja_redaksi.store import Store, snippet_html, snippet_plain
from meja_redaksi.store.fts import SNIPPET_END, SNIPPET_START, match_expression

if TYPE_CHECKING:
    from conftest import Newsroom

HOSTILE = [
    '"',
    '""',
    '"unbalanced',
    "AND",
    "OR",
    "NOT",
    "a AND",
    "NOT b",
    "*",
    "-",
    "--",
    "-x",
    "(",
    ")",
    "((a",
    "a)",
    "NEAR(a b)",
    "headline:foo",
    "{a b}",
    "^x",
    "a*b",
    "'",
    "\\",
    "\x00",
    "\x07\x1b",
    "🙂",
    "🙂 jakarta",
    "ﷺ",
    "Ｊａｋａｒｔａ",
    "a" * 5000,
    " ".join(["kata"] * 500),
    "%",
    "_",
    "",
    "   ",
    "\n\t",
    "Jum'at",
    "e\u0301",
    "\ud7ff",
    "\U0010ffff",
]


def _fill(store: Store, newsroom: Newsroom) -> None:
    store.articles.save(
        Article(
            headline="Gubernur Tinjau Banjir di Kemayoran",
            body="Air surut pada Senin (30/4).",
            tags=["Banjir"],
            reporter_id=newsroom.reporter.id,
        )
    )
    store.articles.save(
        Article(
            headline="Pasar Murah di Cakung",
            body="Gubernur hadir membuka pasar.",
            lead="Harga bahan pokok turun.",
            reporter_id=newsroom.reporter.id,
        )
    )


def test_hostile_strings_never_raise(store: Store, newsroom: Newsroom) -> None:
    _fill(store, newsroom)
    for text in HOSTILE:
        query = ArticleQuery(search=text, statuses=frozenset({ArticleStatus.DRAFT}))
        assert store.articles.count(query) == len(store.articles.ids(query))
        store.articles.list(query)
        store.articles.search(text)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=80))
def test_any_text_is_a_valid_query(store: Store, text: str) -> None:
    store.articles.search(text)
    store.articles.count(ArticleQuery(search=text))
    store.articles.list(ArticleQuery(search=text, limit=5))


@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_match_expression_quotes_every_token(text: str) -> None:
    expression = match_expression(text)
    if expression is None:
        return
    for part in expression.split(" "):
        assert part.startswith('"')
        assert part.rstrip("*").endswith('"')
        assert '"' not in part.rstrip("*")[1:-1]


def test_prefix_while_typing_and_whole_word_after_a_space(store: Store, newsroom: Newsroom) -> None:
    _fill(store, newsroom)
    assert len(store.articles.search("guber")) == 2
    assert store.articles.search("guber ") == []
    assert len(store.articles.search("gubernur ")) == 2
    assert match_expression("kema") == '"kema"*'
    assert match_expression("kema ") == '"kema"'


def test_every_word_must_match_in_any_field(store: Store, newsroom: Newsroom) -> None:
    _fill(store, newsroom)
    [hit] = store.articles.search("gubernur pasar")
    assert hit.headline == "Pasar Murah di Cakung"
    [by_lead] = store.articles.search("bahan pokok")
    assert by_lead.headline == "Pasar Murah di Cakung"
    [by_tag] = store.articles.list(ArticleQuery(search="banjir"))
    assert by_tag.headline.startswith("Gubernur Tinjau Banjir")
    # OR is a word to look for, not an operator: as an operator it would find both articles.
    assert store.articles.search("gubernur OR pasar") == []
    assert store.articles.search("tidak ada kata seperti ini") == []


def test_headline_hits_rank_before_body_hits(store: Store, newsroom: Newsroom) -> None:
    _fill(store, newsroom)
    ranked = store.articles.search("gubernur")
    assert [r.headline for r in ranked] == [
        "Gubernur Tinjau Banjir di Kemayoran",
        "Pasar Murah di Cakung",
    ]


def test_snippets_mark_matches(store: Store, newsroom: Newsroom) -> None:
    _fill(store, newsroom)
    [hit] = store.articles.search("kemayoran")
    assert f"{SNIPPET_START}Kemayoran{SNIPPET_END}" in hit.snippet
    assert "<b>Kemayoran</b>" in snippet_html(hit.snippet)
    assert snippet_plain(hit.snippet) == "Gubernur Tinjau Banjir di Kemayoran"
    assert snippet_html("<script>\x02x\x03") == "&lt;script&gt;<b>x</b>"
    [listed] = store.articles.list(ArticleQuery(search="surut"))
    assert SNIPPET_START in listed.snippet


def test_search_ignores_accents_and_case(store: Store, newsroom: Newsroom) -> None:
    store.articles.save(Article(headline="Kafe di Menteng", body="Café baru dibuka."))
    assert len(store.articles.search("CAFE")) == 1


def test_photo_text_is_searchable(store: Store, newsroom: Newsroom, captioned_photo: Photo) -> None:
    article = store.articles.save(Article(headline="Kerja sama", main_photo_id=captioned_photo.id))
    assert [s.id for s in store.articles.search("delegasi")] == [article.id]


def test_only_the_newest_matches_are_ranked_when_there_are_many(
    store: Store, newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meja_redaksi.store import listing

    saved = [
        store.articles.save(Article(headline=f"Banjir {'banjir ' * n}di wilayah {n}", body="Isi."))
        for n in range(5)
    ]
    assert len(store.articles.search("banjir")) == 5
    monkeypatch.setattr(listing, "RANK_WINDOW", 2)
    ranked = store.articles.search("banjir")
    assert [s.id for s in ranked] == [saved[4].id, saved[3].id]  # newest two, more hits first


def test_cached_summaries_never_go_stale(store: Store, newsroom: Newsroom) -> None:
    article = store.articles.save(Article(headline="Judul lama", body="Isi."))
    assert [s.headline for s in store.articles.list(ArticleQuery())] == ["Judul lama"]
    store.articles.save(article.copy(headline="Judul baru"))
    assert [s.headline for s in store.articles.list(ArticleQuery())] == ["Judul baru"]
    assert [s.headline for s in store.articles.summaries([article.id])] == ["Judul baru"]


def test_a_single_letter_being_typed_does_not_filter_yet(store: Store, newsroom: Newsroom) -> None:
    _fill(store, newsroom)
    assert match_expression("j") is None
    assert match_expression("gubernur j") == '"gubernur"'
    assert match_expression("gubernur ja") == '"gubernur" "ja"*'
    assert match_expression("j ") == '"j"'
    assert store.articles.count(ArticleQuery(search="g")) == 2
    assert store.articles.count(ArticleQuery(search="pasar c")) == 1
