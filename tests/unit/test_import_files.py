"""Import files are told apart by kind and parsed, with placeholders for photos a page only names."""

from __future__ import annotations

from pathlib import Path

import pytest

from meja_redaksi.domain import ArticleStatus, ConflictError, RefKind, UserError
from meja_redaksi.render import (
    MarkdownArticle,
    PortalPage,
    article_from_portal_page,
    check_base_revision,
    load_import_file,
    parse_markdown_article,
)


def test_portal_page_file(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    page = load_import_file(path)
    assert isinstance(page, PortalPage)
    assert page.views == 4252


@pytest.mark.parametrize("name", ["artikel.md", "artikel.MARKDOWN", "artikel.txt"])
def test_markdown_file_by_suffix_or_front_matter(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("---\nheadline: Judul\n---\nIsi.\n", encoding="utf-8")
    document = load_import_file(path)
    assert isinstance(document, MarkdownArticle)
    assert (document.headline, document.body) == ("Judul", "Isi.")


def test_markdown_file_with_bad_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rusak.md"
    path.write_bytes(b"---\nheadline: \xff\xfe\n---\n")
    with pytest.raises(UserError, match="UTF-8"):
        load_import_file(path)


def test_article_from_seed_page_keeps_every_field(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    page = load_import_file(path)
    assert isinstance(page, PortalPage)
    article, photos = article_from_portal_page(page)
    assert article.status == ArticleStatus.PUBLISHED
    assert article.view_count == 4252
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2018-05-02"
    assert article.pull_quotes == ["Kita ingin ada langkah konkret"]
    assert len(article.refs(RefKind.RELATED)) == 5 and len(article.refs(RefKind.POPULAR)) == 5
    (photo,) = photos
    assert article.main_photo_id == photo.id
    assert (photo.title, photo.credit, photo.file_present) == (
        "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles",
        "Mustaqim Amna",
        False,
    )


def test_base_revision_check() -> None:
    article_id = "0f8fad5b-d9cb-469f-a165-70867728950e"
    current = parse_markdown_article(
        f"---\nid: {article_id}\nbase_revision: 4\nheadline: A\n---\nB"
    )
    check_base_revision(current, 4)
    with pytest.raises(ConflictError, match="changed since revision 4 \\(now 5\\)"):
        check_base_revision(current, 5)
    unversioned = parse_markdown_article(f"---\nid: {article_id}\nheadline: A\n---\nB")
    with pytest.raises(UserError, match="base_revision"):
        check_base_revision(unversioned, 1)
