"""Benchmark: what the hint margin costs while typing and painting, against the same editor without it.

Two QTextEdits hold the same 2,000-word article with copy checking (highlighter) on; one also has the
hint margin. Measured in the same run:
- keystroke time (a key typed inside a line, and Enter, which moves the paragraphs below) with and
  without the margin;
- how many times the margin paints during typing bursts (a key inside a line should cost no paint);
- one full paint of the margin against one paint of the editor's viewport (the baseline).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_check_margin.py [--keys N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_check import make_article

from meja_redaksi.checking import CopyChecker
from meja_redaksi.gui.checking.highlighter import CopyCheckHighlighter
from meja_redaksi.gui.checking.margin import HintMargin


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """Count paints."""
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(highlighter: CopyCheckHighlighter) -> None:
    """Run the event loop until the debounced checks are done."""
    deadline = time.perf_counter() + 30
    while highlighter.busy and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    QCoreApplication.processEvents()


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def typing(editor: QTextEdit, keys: int, key: Qt.Key | str) -> list[float]:
    """Type ``keys`` keys into the middle of the article; the time of each (processing events)."""
    block = editor.document().findBlockByNumber(editor.document().blockCount() // 2)
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + 10)
    editor.setTextCursor(cursor)
    times = []
    for _ in range(keys):
        started = time.perf_counter()
        QTest.keyClick(editor, key)
        QCoreApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    """Measure and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=60)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    text = make_article(2000).replace("\n\n", "\n")
    checker = CopyChecker()
    editors = {}
    for name in ("with margin", "without margin"):
        editor = QTextEdit()
        editor.resize(700, 900)
        editor.setPlainText(text)
        highlighter = CopyCheckHighlighter(editor.document(), checker, headline_block=0)
        margin = HintMargin(editor, highlighter) if name == "with margin" else None
        editor.show()
        settle(highlighter)
        editors[name] = (editor, highlighter, margin)
    editor, highlighter, margin = editors["with margin"]
    assert margin is not None
    counter = PaintCounter()
    margin.installEventFilter(counter)
    print(f"markers: {len(margin.markers())} paragraphs with hints, {highlighter.hint_count} hints")
    inline: dict[str, list[float]] = {name: [] for name in editors}
    enter: dict[str, list[float]] = {name: [] for name in editors}
    paints: dict[str, int] = {}
    # two rounds in opposite orders, so neither editor always goes first
    for order in (list(editors), list(reversed(editors))):
        for name in order:
            editor, highlighter, _margin = editors[name]
            counter.paints = 0
            inline[name] += typing(editor, options.keys // 2, "a")
            paints.setdefault("keys inside a line", counter.paints)
            counter.paints = 0
            settle(highlighter)
            paints.setdefault("the check after them", counter.paints)
            counter.paints = 0
            enter[name] += typing(editor, max(2, options.keys // 12), Qt.Key.Key_Return)
            paints.setdefault("Enter keys", counter.paints)
            settle(highlighter)
    results = {
        name: {
            "inline p50": statistics.median(inline[name]),
            "inline p95": sorted(inline[name])[int(0.95 * len(inline[name]))],
            "enter p50": statistics.median(enter[name]),
        }
        for name in editors
    }
    for name, numbers in results.items():
        print(
            f"{name:15}: key in a line p50 {numbers['inline p50']:5.2f} ms  "
            f"p95 {numbers['inline p95']:5.2f} ms | Enter p50 {numbers['enter p50']:5.2f} ms"
        )
    base, with_margin = results["without margin"], results["with margin"]
    print(
        "ratios (with / without margin): key p50 "
        f"{with_margin['inline p50'] / max(base['inline p50'], 1e-6):.2f}x, p95 "
        f"{with_margin['inline p95'] / max(base['inline p95'], 1e-6):.2f}x, Enter p50 "
        f"{with_margin['enter p50'] / max(base['enter p50'], 1e-6):.2f}x"
    )
    print(
        f"margin paints: {paints['keys inside a line']} for {options.keys // 2} keys inside a "
        f"line, {paints['the check after them']} when their check finished, "
        f"{paints['Enter keys']} for {max(2, options.keys // 12)} Enter keys"
    )
    viewport = editors["with margin"][0].viewport()
    paint_margin = median_ms(margin.repaint, 50)
    paint_viewport = median_ms(viewport.repaint, 50)
    print(
        f"one paint: margin {paint_margin:.3f} ms, editor viewport (baseline) "
        f"{paint_viewport:.3f} ms, ratio {paint_margin / max(paint_viewport, 1e-6):.2f}x"
    )
    for editor, _h, _m in editors.values():
        editor.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
