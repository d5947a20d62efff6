"""Benchmark: checking a 2,000-word article (goal: median <= 50 ms).

Prints medians for a cold check (empty caches, as when an article is opened), a re-check after a
one-line edit (the editor's case) and, as the baseline measured in the same run, a bare regular-expression
word tokenization of the same text; then the ratios against that baseline.

    .venv/bin/python bench/bench_check.py [--runs N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

from meja_redaksi.checking import CopyChecker

SENTENCES = (
    "Gubernur DKI Jakarta Pramono Anung meninjau normalisasi Kali Ciliwung di Kampung Melayu, "
    "Jakarta Timur, Selasa ({day}/{month}).",
    "Menurut dia, pengerjaan tahap {n} dilanjutkan tahun ini dengan anggaran Rp {n}0 miliar.",
    "Dinas Sumber Daya Air menyiapkan {n} pompa stasioner dan pompa mobile di titik rawan genangan.",
    "Warga yang tinggal dijakarta bagian utara diminta memperhatikan himbauan petugas.",
    "Kerjasama dengan pemerintah kota mitra diharapkan mempercepat aktifitas pembangunan tanggul.",
    "Hal itu disampaikan wali kota Jakarta Utara saat rapat koordinasi di Balai Kota.",
    "Petugas Satpol PP dan Dishub berjaga di sekitar Terminal Tanjung Priok sejak pukul 0{d}.00 WIB.",
    "Kebijakan ini tidak merubah jadwal operasional Transjakarta dan MRT Jakarta, kata dia.",
    "Sebanyak {n}{n}2 keluarga terdampak banjir menerima bantuan sosial dari Pemprov DKI.",
    "Para camat diminta mendata warga yang belum memiliki e-KTP di wilayah masing-masing.",
)


def make_article(words: int = 2000) -> str:
    """A news text of about ``words`` words, in paragraphs of four sentences, no two lines alike."""
    paragraphs: list[str] = ["Pemprov DKI Percepat Normalisasi Kali Ciliwung Sebelum Musim Hujan"]
    count = 0
    index = 0
    while count < words:
        parts = []
        for _ in range(4):
            template = SENTENCES[index % len(SENTENCES)]
            n = index % 9 + 1
            parts.append(
                template.format(day=index % 28 + 1, month=index % 12 + 1, n=n, d=n % 9 + 1)
            )
            index += 1
        paragraph = " ".join(parts) + f" (Paragraf {len(paragraphs)}.)"
        count += len(paragraph.split())
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    text = make_article()
    word_pattern = re.compile(r"\w+")
    checker = CopyChecker()

    def cold() -> object:
        checker.clear_cache()
        return checker.check_text(text, headline_index=0)

    edits = iter(range(10**6))

    def after_edit() -> object:
        edited = text.replace("Paragraf 3.", f"Paragraf 3 edit {next(edits)}.")
        return checker.check_text(edited, headline_index=0)

    hints = cold()
    baseline = median_ms(lambda: word_pattern.findall(text), args.runs * 10)
    cold_ms = median_ms(cold, args.runs)
    edit_ms = median_ms(after_edit, args.runs)
    words = len(text.split())
    print(f"article: {words} words, {len(text.splitlines())} lines, {len(hints)} hints")
    print(f"baseline (bare regex word tokenization): {baseline:.3f} ms")
    print(f"check, cold caches:        median {cold_ms:7.2f} ms  ratio {cold_ms / baseline:8.1f}x")
    print(f"re-check after a line edit: median {edit_ms:7.2f} ms  ratio {edit_ms / baseline:8.1f}x")
    print(f"goal: cold check <= 50 ms: {'met' if cold_ms <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
