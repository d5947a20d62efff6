"""Body Markdown -> HTML: the shared conventions render, and hostile input comes out harmless."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meja_redaksi.domain import Photo
from meja_redaksi.render.conventions import (
    escape_markdown_text,
    extract_pull_quotes,
    photo_ids_in,
    photo_markdown,
    pull_quote_markdown,
)
from meja_redaksi.render.html import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_CLASSES,
    ALLOWED_TAGS,
    render_body_html,
)

PHOTO = Photo(title="Gubernur DKI Bahas Sister City", credit="Mustaqim Amna", sha256="ab" * 32)


class Inventory(HTMLParser):
    """Every tag, attribute and URL of a fragment, as a browser's parser sees them."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_harmless(fragment: str) -> None:
    for tag, attrs in Inventory(fragment).tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            if name == "class":
                assert set((value or "").split()) <= ALLOWED_CLASSES.get(tag, set()), value
            elif name == "rel":
                assert tag == "a"
            else:
                assert name in ALLOWED_ATTRIBUTES.get(tag, set()), (tag, name)
            if name in ("href", "src") and value and ":" in value.split("/")[0]:
                assert value.split(":")[0].lower() in {"http", "https", "mailto"}, value


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](  javascript:alert(1))",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "![x](javascript:alert(1))",
    '<p style="background:url(\'javascript:alert(1)\')" onclick="x()">teks</p>',
    "<iframe src=https://example.org></iframe>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<div class="pull-quote evil" id="x" onmouseover="y()">z</div>',
    "<object data=x></object><embed src=x>",
    "<form action=x><input name=a></form>",
    "<!-- <script> --> <base href=http://evil/>",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    '<a href="vbscript:msgbox(1)">v</a>',
    "> [!PULLQUOTE]\n> <img src=x onerror=alert(1)>",
    "![<script>](photo:not-a-uuid)",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_markdown_renders_harmless(payload: str) -> None:
    rendered = render_body_html(f"Paragraf awal.\n\n{payload}\n\nParagraf akhir.")
    assert_harmless(rendered)
    for needle in ("<script", "<iframe", "<style", "<meta", "<svg", "<object"):
        assert needle not in rendered.lower()
    for _tag, attrs in Inventory(rendered).tags:
        assert not any(name.startswith("on") or name == "style" for name in attrs)
    assert "Paragraf akhir." in rendered


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>\"'=/ &;:[]()!*_#-\nabcjsxonerrorimgscriptavascript")),
        max_size=120,
    )
)
def test_any_markup_soup_renders_only_allowed_markup(soup: str) -> None:
    assert_harmless(render_body_html(soup))


def test_pull_quote_becomes_a_classed_blockquote() -> None:
    rendered = render_body_html(
        "Awal.\n\n> [!PULLQUOTE]\n> Kita ingin ada langkah konkret\n\nAkhir."
    )
    assert '<blockquote class="pull-quote">' in rendered
    assert "[!PULLQUOTE]" not in rendered
    assert "Kita ingin ada langkah konkret" in rendered


def test_plain_blockquote_stays_plain() -> None:
    rendered = render_body_html("> Kutipan biasa")
    assert "<blockquote>" in rendered and "pull-quote" not in rendered


def test_photo_reference_becomes_a_figure_with_title_and_credit() -> None:
    rendered = render_body_html(
        f"Awal.\n\n{photo_markdown('alt', PHOTO.id)}\n\nAkhir.", {PHOTO.id: PHOTO}
    )
    inventory = Inventory(rendered)
    tags = [tag for tag, _ in inventory.tags]
    assert tags[tags.index("figure") : tags.index("figure") + 2] == ["figure", "img"]
    img = dict(inventory.tags)["img"]
    assert img["src"] == f"media/{PHOTO.sha256}"
    assert "figcaption" in tags
    # the title, then the credit on the line under it, as the portal shows it
    caption_tags = tags[tags.index("figcaption") + 1 :]
    assert caption_tags[:3] == ["span", "br", "span"]
    title, credit = (t for t in inventory.text if "Sister City" in t or "Foto" in t)
    assert (title, credit) == ("Gubernur DKI Bahas Sister City", "(Foto: Mustaqim Amna)")


def test_photo_reference_uses_the_callers_url_and_survives_a_missing_photo() -> None:
    url = "https://portal.example/media/1.jpg"
    rendered = render_body_html(f"![Judul](photo:{PHOTO.id})", {PHOTO.id: PHOTO}, lambda p: url)
    assert f'src="{url}"' in rendered
    missing = render_body_html(f"![Foto hilang](photo:{PHOTO.id})")
    assert "<img" not in missing and "Foto hilang" in missing


def test_raw_html_is_shown_as_text_not_lost() -> None:
    rendered = render_body_html('Harga <b>naik</b> & <script>alert("x")</script>')
    assert "".join(Inventory(rendered).text) == 'Harga <b>naik</b> & <script>alert("x")</script>'
    assert [tag for tag, _ in Inventory(rendered).tags] == ["p"]


def test_escaped_plain_text_renders_as_written() -> None:
    text = "1. Bukan daftar *bukan tebal* _x_ [a](b) <b>tag</b> \\ # `k`"
    rendered = render_body_html(escape_markdown_text(text))
    assert "".join(Inventory(rendered).text).strip() == text


def test_conventions_round_trip_through_their_helpers() -> None:
    body = "\n\n".join(
        ["Awal.", pull_quote_markdown("Satu *dua*"), photo_markdown("[x]", PHOTO.id),
         pull_quote_markdown("Tiga")]
    )  # fmt: skip
    assert extract_pull_quotes(body) == ["Satu *dua*", "Tiga"]
    assert photo_ids_in(body) == [PHOTO.id]


@pytest.mark.parametrize(
    "body",
    [
        "[" * 20000,
        "[a](b" * 10000,
        "Awal.\n\n" + "[[" * 5000 + "]]" * 5000 + "\n\nAkhir *tebal*.",
        "- " + "[" * 5000,
        "Paragraf biasa dengan kata.\n\n" * 6000,
    ],
    ids=["brackets", "open-links", "nested", "list", "long-body"],
)
def test_pathological_bodies_render_as_text_without_losing_any(body: str) -> None:
    rendered = render_body_html(body)
    assert_harmless(rendered)
    shown = "".join(Inventory(rendered).text)
    for piece in body.replace("*", "").split():
        assert piece.removeprefix("- ") in shown


def test_a_slow_paragraph_does_not_stop_the_others_from_rendering() -> None:
    rendered = render_body_html("Awal *tebal*.\n\n" + "[" * 500 + "\n\n> [!PULLQUOTE]\n> Kutipan")
    assert "<em>tebal</em>" in rendered
    assert '<blockquote class="pull-quote">' in rendered
    assert "[" * 500 in rendered
