"""Benchmark: rendering, import and export of a 2,000-word article.

Each measured step prints its median and the ratio against a baseline measured in the same run:
body Markdown -> sanitized HTML against bare ``markdown.markdown`` of the same text; the whole portal page
against bare Markdown plus ``nh3.clean``; parsing a portal page against splitting and normalizing its
lines; Markdown export + parse against bare ``yaml.safe_dump`` + ``yaml.safe_load`` of its front matter.

    .venv/bin/python bench/bench_render.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import markdown
import nh3
import yaml

from meja_redaksi.domain import Article, ArticleRef, Photo, RefKind
from meja_redaksi.render import (
    ArticleContext,
    article_page_html,
    article_to_markdown,
    parse_markdown_article,
    parse_portal_page,
    photo_markdown,
    pull_quote_markdown,
    render_body_html,
)

SENTENCE = (
    "Gubernur DKI Jakarta meninjau normalisasi Kali Ciliwung di Kampung Melayu, Jakarta Timur, "
    "Selasa ({day}/4), bersama {n} kepala dinas dan camat setempat."
)


def make_paragraphs(words: int = 2000) -> list[str]:
    """Paragraphs of about ``words`` words in all, three sentences each, no two alike."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        index = len(paragraphs)
        text = " ".join(SENTENCE.format(day=(index + k) % 28 + 1, n=index + k) for k in range(3))
        paragraphs.append(text)
        count += len(text.split())
    return paragraphs


def make_page(paragraphs: list[str]) -> str:
    """A portal page of the paragraphs, with photo, a pull quote and eight related entries."""
    lines = [
        "Pemprov DKI Percepat Normalisasi Kali Ciliwung",
        "Rabu, 02 Mei 2018 Reporter: Mustaqim Amna Editor: Toni Riyanto 4252",
        "Normalisasi Kali Ciliwung rezap",
        "(Foto: Reza Pratama)",
        paragraphs[0],
        "Gubernur DKI Jakarta meninjau normalisasi",
        *paragraphs[1:],
        "BERITA TERKAIT",
    ]
    for index in range(8):
        lines += [
            f"Foto terkait {index} otoy",
            f"Judul berita terkait {index}",
            "Jumat, 27 April 2018 2824",
        ]
    lines += ["Bagikan ke :", "BANG JAKI +indeks"]
    return "\n\n".join(lines) + "\n"


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds (after one warm-up call)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Run every measurement and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    paragraphs = make_paragraphs()
    photo = Photo(title="Normalisasi Kali Ciliwung", credit="Reza Pratama", sha256="ab" * 32)
    body = "\n\n".join(
        [paragraphs[0], pull_quote_markdown("Kita percepat normalisasi"),
         photo_markdown(photo.title, photo.id), *paragraphs[1:]]
    )  # fmt: skip
    refs = [ArticleRef(f"Judul {i}", RefKind.RELATED, f"Foto {i}", None, i) for i in range(8)]
    article = Article(headline="Pemprov DKI Percepat Normalisasi", body=body, related=refs,
                      main_photo_id=photo.id, tags=["banjir", "ciliwung"])  # fmt: skip
    context = ArticleContext(article, photos={photo.id: photo}, revision=4)
    page_text = make_page(paragraphs)
    front = yaml.safe_load(article_to_markdown(context).split("---\n")[1])

    def split_lines() -> list[str]:
        return [" ".join(line.split()) for line in page_text.splitlines()]

    def yaml_round_trip() -> object:
        return yaml.safe_load(yaml.safe_dump(front, allow_unicode=True, sort_keys=False))

    cases = [
        ("body -> sanitized HTML", lambda: render_body_html(body, context.photos),
         "markdown.markdown", lambda: markdown.markdown(body)),
        ("portal page HTML", lambda: article_page_html(context),
         "markdown + nh3.clean", lambda: nh3.clean(markdown.markdown(body))),
        ("parse portal page", lambda: parse_portal_page(page_text),
         "split + normalize lines", split_lines),
        ("Markdown export + parse", lambda: parse_markdown_article(article_to_markdown(context)),
         "yaml dump + load", yaml_round_trip),
    ]  # fmt: skip
    print(f"{len(body.split())} words, {runs} runs")
    for name, action, baseline_name, baseline in cases:
        measured = median_ms(action, runs)
        base = median_ms(baseline, runs)
        print(
            f"{name:26s} {measured:8.2f} ms   {baseline_name:24s} {base:8.2f} ms   "
            f"ratio {measured / base:6.2f}x"
        )


if __name__ == "__main__":
    main()
