"""Typing with copy checking on: keystroke time and GUI-thread stalls while the checks run.

Two editors in the same window and run, the same 2,000-word article in each: one with copy checking
(underlines, headline hints, hints panel), one without (the baseline). Keys are typed in bursts; after
each burst the event loop runs for a pause long enough for every debounced job (checks, counts,
preview) to fire. A 1 ms timer measures how long the GUI thread is ever busy in those pauses.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_editor_checking.py STORE [--bursts N]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_check import make_article


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def wait_for(condition, timeout_ms: int = 30000) -> None:
    """Run the event loop until ``condition()`` holds."""
    deadline = time.perf_counter() + timeout_ms / 1000
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def stalls_during(ms: int) -> list[float]:
    """Gaps (ms) between ticks of a 1 ms timer while the event loop runs for ``ms``."""
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer(interval=1)
    timer.timeout.connect(tick)
    timer.start()
    deadline = time.perf_counter() + ms / 1000
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    timer.stop()
    return gaps


def session(editor, bursts: int) -> tuple[list[float], list[float]]:
    """Type ``bursts`` bursts of 8 keys, pausing 900 ms after each; keystroke times and stalls."""
    body = editor.ui.bodyEdit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    keys: list[float] = []
    stalls: list[float] = []
    for burst in range(bursts):
        for index in range(8):
            started = time.perf_counter()
            QTest.keyClick(body, " dijakarta anggaarn "[(burst + index) % 20])
            keys.append((time.perf_counter() - started) * 1000)
        stalls += stalls_during(900)
    return keys, stalls


def main() -> int:
    """Measure both editors and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--bursts", type=int, default=12)
    options = parser.parse_args()
    os.environ["MEJA_REDAKSI_CONFIG_DIR"] = tempfile.mkdtemp()
    from meja_redaksi.domain.entities import Article
    from meja_redaksi.gui.editor.article_editor import ArticleEditor
    from meja_redaksi.gui.editor.markdown_bridge import set_markdown
    from meja_redaksi.gui.launch import build_window
    from meja_redaksi.settings import Settings

    window = build_window(options.store, "en", Settings())
    window.resize(1400, 900)
    window.show()
    window.start()
    wait_for(lambda: window.model.rowCount() > 0 and window.runner.pending() == 0, 60000)
    window.context.autosave_ms = 600_000
    text = make_article(2000)
    headline, body = text.split("\n", 1)
    checked = window.new_article()
    plain = ArticleEditor(Article(), dataclasses.replace(window.context, checker=None))
    plain.resize(900, 800)
    plain.show()
    for editor in (checked, plain):
        editor._timers["autosave"].setInterval(600_000)
        editor.ui.headlineEdit.setText(headline)
        set_markdown(editor.ui.bodyEdit.document(), body.replace("\n", "\n\n"))
    started = time.perf_counter()
    wait_for(lambda: not checked.copy_check.busy and window.runner.pending() == 0)
    first = (time.perf_counter() - started) * 1000
    print(f"first full check of the article after opening: {first:.0f} ms (sliced, off the keys)")
    print(f"hints shown: {checked.copy_check.hint_count}")
    results = {}
    for name, editor in (("with checking", checked), ("without checking", plain)):
        results[name] = session(editor, options.bursts)
    for name, (keys, stalls) in results.items():
        print(
            f"{name:17}: keystroke p50 {percentile(keys, 0.5):5.2f} ms  p95 "
            f"{percentile(keys, 0.95):5.2f} ms | GUI stall in pauses p99 "
            f"{percentile(stalls, 0.99):5.2f} ms  max {max(stalls):5.2f} ms"
        )
    with_keys, with_stalls = results["with checking"]
    base_keys, base_stalls = results["without checking"]
    print(
        f"ratios (with / without): keystroke p95 "
        f"{percentile(with_keys, 0.95) / max(percentile(base_keys, 0.95), 1e-6):.2f}x, "
        f"stall max {max(with_stalls) / max(max(base_stalls), 1e-6):.2f}x "
        "(goal: keystroke p95 <= 16 ms; stalls stay a frame or two)"
    )
    for editor in (checked, plain):  # the benchmark's typing is neither saved nor offered back
        editor.set_dirty(False)
        editor._timers["journal"].stop()
    wait_for(lambda: window.runner.pending() == 0)
    for editor in (checked, plain):
        window.journal.discard(editor.article.id)
    plain.close()
    window.close()
    window.runner.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
