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


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of ``action`` in milliseconds.

    CPU time is printed too because on a busy machine wall time includes waiting for a core.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


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
    baseline, baseline_cpu = median_ms(lambda: word_pattern.findall(text), args.runs * 10)
    cold_ms, cold_cpu = median_ms(cold, args.runs)
    edit_ms, edit_cpu = median_ms(after_edit, args.runs)
    words = len(text.split())
    print(f"article: {words} words, {len(text.splitlines())} lines, {len(hints)} hints")
    print(f"baseline (bare regex word tokenization): {baseline:.3f} ms (cpu {baseline_cpu:.3f} ms)")
    for label, wall, cpu in (
        ("check, cold caches:        ", cold_ms, cold_cpu),
        ("re-check after a line edit:", edit_ms, edit_cpu),
    ):
        print(
            f"{label} median {wall:7.2f} ms  ratio {wall / baseline:7.1f}x"
            f"   (cpu {cpu:6.2f} ms, ratio {cpu / max(baseline_cpu, 1e-6):7.1f}x)"
        )
    print(f"goal: cold check <= 50 ms: {'met' if cold_ms <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
