"""Cold start to first paint and memory: the main window on a store vs a bare PySide6 QMainWindow.

Both run as fresh processes in the same venv, alternating, several times, with Python's bytecode cache
warm (a first run of each fills it); the script prints medians and
the ratios (goals: start-up <= 2.0x the bare window, RSS <= bare + 120 MB after the store's first list).

    .venv/bin/python bench/bench_gui_startup.py STORE [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", rss_mb(), flush=True)
            QApplication.instance().exit(0)
        return False
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from meja_redaksi.cli import _modules_for, build_parser
from meja_redaksi.gui.launch import build_window
from meja_redaksi.settings import Settings

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
argv = ["--store", sys.argv[1]]
args = build_parser(_modules_for(argv)).parse_args(argv)  # as meja-redaksi does
window = build_window(args.store, "id", Settings())
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("painted", rss_mb(), flush=True)
            window.start()
        return False
def listed(count):
    print("listed", rss_mb(), count, flush=True)
    QApplication.instance().exit(0)
window.list_updated.connect(listed)
spy = FirstPaint()
window.installEventFilter(spy)
window.resize(1280, 800)
window.show()
QApplication.instance().exec()
window.runner.shutdown()
"""


def run(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """Seconds from spawn to first paint, RSS at first paint, RSS after the first list (MB)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    first = process.stdout.readline().split()
    painted = time.perf_counter() - start
    rest = process.stdout.read().split()
    process.wait(120)
    return painted, float(first[1]), float(rest[1]) if rest else None


def main() -> int:
    """Measure and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as config:
        # Bytecode cached as in an installed app (this machine sets PYTHONDONTWRITEBYTECODE).
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEJA_REDAKSI_CONFIG_DIR=config)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(config) / "pycache")
        bare, app, bare_rss, app_rss = [], [], [], []
        run(BARE, [], env)  # warm the file cache for both
        run(APP, [str(options.store)], env)
        for _ in range(options.runs):
            seconds, rss, _unused = run(BARE, [], env)
            bare.append(seconds)
            bare_rss.append(rss)
            seconds, _rss, listed_rss = run(APP, [str(options.store)], env)
            app.append(seconds)
            app_rss.append(listed_rss or 0.0)
    b, a = statistics.median(bare), statistics.median(app)
    rb, ra = statistics.median(bare_rss), statistics.median(app_rss)
    print(f"bare QMainWindow first paint   median {b * 1000:7.1f} ms  RSS {rb:6.1f} MB")
    print(f"Meja Redaksi first paint       median {a * 1000:7.1f} ms")
    print(f"start-up ratio                 {a / b:5.2f}x   (goal <= 2.0x)")
    print(
        f"RSS after the first list       median {ra:6.1f} MB = bare + {ra - rb:5.1f} MB (goal <= +120 MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
