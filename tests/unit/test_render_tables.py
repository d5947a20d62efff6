"""Pipe tables in a body render as sanitized HTML tables with their column alignment."""

from __future__ import annotations

from meja_redaksi.render import render_body_html

BODY = (
    "| Wilayah | Anggaran | Catatan |\n"
    "| :-- | --: | :-: |\n"
    "| Jakarta **Utara** | 1.200 juta | [APBD](https://jakarta.go.id/apbd) |\n"
    "| <script>alert(1)</script> | 5 | [x](javascript:alert(1)) |"
)


def test_a_table_keeps_alignment_and_inline_marks() -> None:
    html = render_body_html(BODY)
    assert html.count("<table>") == 1 and "<thead>" in html and "<tbody>" in html
    assert '<th align="left">Wilayah</th>' in html
    assert '<th align="right">Anggaran</th>' in html
    assert '<td align="center"><a href="https://jakarta.go.id/apbd"' in html
    assert '<td align="left">Jakarta <strong>Utara</strong></td>' in html
    assert "style=" not in html


def test_a_hostile_cell_runs_nothing() -> None:
    html = render_body_html(BODY)
    assert "<script" not in html and "javascript:" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
