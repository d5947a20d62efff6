"""``meja-redaksi screenshot`` renders a view offscreen at the size asked for; bad input is one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def _run(args: list[str], config: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEJA_REDAKSI_CONFIG_DIR=str(config))
    return subprocess.run(
        [sys.executable, "-m", "meja_redaksi", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_editor_view_png_at_requested_size(qapp, store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "editor.png"
    result = _run(
        [
            "--store",
            str(store_path),
            "--lang",
            "id",
            "screenshot",
            str(out),
            "--view",
            "editor",
            "--size",
            "1024x700",
        ],
        tmp_path / "config",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # A rendered window, not a blank page: many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 10


def test_bad_size_is_one_line_and_writes_nothing(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    result = _run(
        ["--store", str(store_path), "screenshot", str(out), "--size", "huge"], tmp_path / "c"
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "size" in result.stderr
    assert not out.exists()


def test_run_demo_without_display_writes_a_screenshot(tmp_path: Path) -> None:
    store = tmp_path / "demo.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MEJA_REDAKSI_CONFIG_DIR=str(tmp_path / "c"))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "meja_redaksi", "run-demo", "--store", str(store)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert store.exists()
    png = Path(result.stdout.strip().splitlines()[-1])
    assert png.exists() and QImage(str(png)).width() == 1440
    # The demo works as the demo portal's user (every role), so the workflow menu is usable at once.
    settings = json.loads((tmp_path / "c" / "settings.json").read_text(encoding="utf-8"))
    assert settings["user"] == "demo"
