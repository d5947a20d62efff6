"""The editor's preview goes through the portal's renderer: pull quote, figures, no script."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from meja_redaksi.domain.entities import Photo
from meja_redaksi.gui.editor.preview import PreviewInput, preview_html
from meja_redaksi.render import portal_css

PHOTO = Photo(title="Balai Kota", credit="Mustaqim Amna", sha256="ab" * 32)
HOSTILE = (
    "Paragraf <script>alert('x')</script> awal [tautan](javascript:alert(1)).\n\n"
    "> [!PULLQUOTE]\n> Kita ingin ada langkah konkret\n\n"
    f"![Balai Kota](photo:{PHOTO.id})\n\n"
    '<img src=x onerror="alert(2)">'
)


def _data(tmp_path: Path, **changes: object) -> PreviewInput:
    image = tmp_path / "photo.png"
    Image.new("RGB", (8, 6), "red").save(image)
    data = PreviewInput(
        headline="Gubernur <b>Bahas</b> Sister City",
        lead="",
        body=HOSTILE,
        date=datetime(2018, 5, 2, 5, 0, tzinfo=UTC),
        reporter="Mustaqim Amna",
        editor="Toni Riyanto",
        photo_title="Gubernur DKI Bahas Sister City",
        photo_credit="Mustaqim Amna",
        photo_image=str(image),
        related=["Pemprov Perbaiki Trotoar"],
        photos={PHOTO.id: PHOTO},
        photo_files={PHOTO.id: str(image)},
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_preview_shows_what_the_portal_shows(tmp_path: Path) -> None:
    page = preview_html(_data(tmp_path))
    assert '<blockquote class="pull-quote">' in page
    assert "Kita ingin ada langkah konkret" in page and "[!PULLQUOTE]" not in page
    assert page.count("<figure") == 2 and page.count("<figcaption>") == 2
    assert '<span class="photo-credit">(Foto: Mustaqim Amna)</span>' in page
    assert "Rabu, 02 Mei 2018" in page
    assert "Reporter: <span" in page and "Toni Riyanto" in page
    assert "BERITA TERKAIT" in page and "Pemprov Perbaiki Trotoar" in page
    assert portal_css().splitlines()[0] in page
    assert (tmp_path / "photo.png").resolve().as_uri() in page


def test_hostile_body_and_headline_run_nothing(tmp_path: Path) -> None:
    page = preview_html(_data(tmp_path))
    lowered = page.lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "<img src=x" not in lowered
    assert "&lt;img src=x onerror" in lowered  # raw HTML is shown as text: nothing typed is lost
    assert "Gubernur &lt;b&gt;Bahas&lt;/b&gt;" in page


def test_inline_photo_without_file_keeps_its_caption(tmp_path: Path) -> None:
    page = preview_html(_data(tmp_path, photo_files={}, photo_image="", photo_missing="no file"))
    assert "preview-media/" in page  # points nowhere on disk: QTextBrowser shows no image
    assert "Balai Kota" in page and "no file" in page


def test_editor_preview_pane_shows_the_portal_rendering(window, qtbot) -> None:
    editor = window.new_article()
    editor.ui.headlineEdit.setText("Gubernur Bahas Sister City")
    from meja_redaksi.gui.editor.markdown_bridge import set_markdown

    set_markdown(
        editor.ui.bodyEdit.document(),
        "Paragraf awal <script>alert(1)</script>.\n\n> [!PULLQUOTE]\n> Kita ingin ada langkah",
    )
    editor.ui.sideTabs.setCurrentWidget(editor.ui.previewTab)
    editor.refresh_preview()
    browser = editor.ui.previewBrowser
    qtbot.waitUntil(lambda: "Kita ingin ada langkah" in browser.toPlainText(), timeout=10000)
    shown = browser.toPlainText()
    assert "[!PULLQUOTE]" not in shown
    assert "<script>alert(1)</script>" in shown  # typed text is shown, never run or dropped
    assert "Gubernur Bahas Sister City" in shown
