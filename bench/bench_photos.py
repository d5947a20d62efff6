"""Benchmark: photo derivatives and ingest (goals: <= 1.3x raw Pillow; GUI stall <= 50 ms).

1. Thumbnail + preview of a generated 24-megapixel JPEG (6000x4000) through photos.derivatives, against
   the baseline measured in the same run: raw Pillow ``draft`` + ``thumbnail`` to 1024 px on the same file.
2. Ingest of N such photos (default 100; distinct files: the same JPEG with a different trailer) into a
   fresh store, run by the GUI's ingest worker thread while a QTimer probe on the GUI thread records the
   longest event-loop stall. Prints photos per second and, as a baseline, the probe's longest stall
   with the GUI idle for the same time.

    .venv/bin/python bench/bench_photos.py [--photos N] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image

from meja_redaksi.photos.derivatives import (
    PREVIEW_SIZE,
    derivative_paths,
    render_derivatives,
    save_derivatives,
)

PROBE_INTERVAL_MS = 5


def make_24mp_jpeg(path: Path) -> Path:
    """A 6000x4000 JPEG (quality 92) with smooth shapes plus fine grain, sized like a camera file."""
    size = (6000, 4000)
    shapes = Image.effect_noise((600, 400), 90).resize(size, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(size, 12)
    gradient = Image.linear_gradient("L").resize(size)
    rgb = Image.merge(
        "RGB", (Image.blend(shapes, grain, 0.3), gradient, Image.blend(shapes, gradient, 0.5))
    )
    rgb.save(path, "JPEG", quality=92)
    return path


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` over ``runs`` calls (one warm-up call first)."""
    return paired_medians(fn, fn, runs)[0]


def paired_medians(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Medians of two functions timed alternately (so machine load drifts hit both alike)."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, bucket in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def raw_pillow(path: Path) -> None:
    """The baseline: Pillow's draft mode and thumbnail, nothing else."""
    with Image.open(path) as image:
        image.draft("RGB", (PREVIEW_SIZE, PREVIEW_SIZE))
        image.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE))


def bench_derivatives(source: Path, work: Path, runs: int) -> None:
    """Print our thumbnail+preview time (rendered and saved) against raw Pillow."""
    paths = derivative_paths(work / "media", "ab" * 32)

    def ours() -> None:
        thumbnail, preview = render_derivatives(source)
        save_derivatives(thumbnail, preview, paths)

    base, mine = paired_medians(lambda: raw_pillow(source), ours, runs)
    print(f"24 MP JPEG, raw Pillow draft+thumbnail (baseline): {base * 1000:7.1f} ms")
    print(f"24 MP JPEG, thumbnail+preview made and saved:      {mine * 1000:7.1f} ms")
    print(f"  ratio: {mine / base:.2f}x (goal <= 1.3x)")


def make_copies(source: Path, folder: Path, count: int) -> list[Path]:
    """``count`` distinct files: the JPEG plus a unique trailer after its end marker."""
    folder.mkdir(parents=True, exist_ok=True)
    data = source.read_bytes()
    copies = []
    for i in range(count):
        path = folder / f"DSC_{i:04d} rezap.jpg"
        path.write_bytes(data + f"copy-{i}".encode())
        copies.append(path)
    return copies


def probe_stall(run_until: Callable[[], bool], timeout_s: float) -> tuple[float, float, float]:
    """Spin the event loop until ``run_until()`` (or timeout).

    Returns the longest gap between probe ticks beyond their interval, the 99th percentile gap, and
    the share of ticks late by more than 50 ms (all in seconds / fraction).
    """
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(max(0, now - last[0] - PROBE_INTERVAL_MS))
        last[0] = now
        if run_until() or now > timeout_s * 1000:
            loop.quit()

    timer = QTimer(interval=PROBE_INTERVAL_MS)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    ordered = sorted(gaps) or [0]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    late = sum(1 for g in gaps if g > 50) / max(1, len(gaps))
    return ordered[-1] / 1000, p99 / 1000, late


def bench_ingest(source: Path, work: Path, count: int) -> None:
    """Print ingest throughput and the longest GUI stall while the worker ingests."""
    from PySide6.QtWidgets import QApplication

    from meja_redaksi.gui.photos import IngestProgressWidget
    from meja_redaksi.store import Store

    _app = QApplication.instance() or QApplication([])
    files = make_copies(source, work / "card", count)
    store_path = work / "bench.sqlite"
    Store.open(store_path).close()
    widget = IngestProgressWidget()
    widget.show()
    done: dict[str, object] = {}
    widget.ingest_finished.connect(lambda counts: done.update(counts))
    start = time.perf_counter()
    widget.start(lambda: Store.open(store_path), [work / "card"])
    stall, stall_p99, late = probe_stall(lambda: bool(done), timeout_s=600)
    elapsed = time.perf_counter() - start
    idle, idle_p99, idle_late = probe_stall(lambda: False, timeout_s=min(elapsed, 10))
    widget.close()
    print(
        f"ingest of {len(files)} 24 MP JPEGs: {elapsed:6.1f} s, {len(files) / elapsed:5.2f} photos/s"
    )
    print(f"  result: {done}")
    print(
        f"  raw Pillow draft+thumbnail alone would be {1 / median_seconds(lambda: raw_pillow(source), 3):5.2f} photos/s"
    )
    print(
        f"  GUI event loop during ingest: longest stall {stall * 1000:5.1f} ms (goal <= 50 ms), "
        f"p99 {stall_p99 * 1000:4.1f} ms, ticks late > 50 ms: {late:.2%}"
    )
    print(
        f"  idle event loop (baseline):   longest stall {idle * 1000:5.1f} ms, "
        f"p99 {idle_p99 * 1000:4.1f} ms, ticks late > 50 ms: {idle_late:.2%}"
    )


def main() -> None:
    """Run both benchmarks in a temporary folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = make_24mp_jpeg(work / "24mp.jpg")
        print(f"test image: 6000x4000 JPEG, {source.stat().st_size / 1e6:.1f} MB")
        bench_derivatives(source, work, args.runs)
        bench_ingest(source, work, args.photos)


if __name__ == "__main__":
    main()
