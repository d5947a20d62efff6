"""The desktop commands: the window itself (no command), ``screenshot`` and ``run-demo``.

Qt is imported inside the command functions only, so the rest of the command line stays fast.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from meja_redaksi.cli.common import add_common_options

DEMO_STORE_NAME = "demo.sqlite"


def register(subparsers: Any) -> None:
    """Add ``screenshot`` and ``run-demo``."""
    shot = subparsers.add_parser(
        "screenshot", help="render a view of the window offscreen to a PNG"
    )
    add_common_options(shot)
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument(
        "--view", default="editor", choices=("list", "editor", "photos", "queue", "assignments")
    )
    shot.add_argument("--article", default=None, metavar="ID", help="the article the editor shows")
    shot.add_argument("--size", default="1440x900", metavar="WxH")
    shot.set_defaults(func=run_screenshot)
    demo = subparsers.add_parser(
        "run-demo", help="start the app on a demo store (made when missing)"
    )
    add_common_options(demo)
    demo.set_defaults(func=run_demo)


def _lang(args: argparse.Namespace) -> str | None:
    value = getattr(args, "lang", None)
    return str(value) if value else None


def run_desktop(args: argparse.Namespace) -> int:
    """The desktop window on ``--store`` (or the default store)."""
    from meja_redaksi.gui.launch import run_desktop as launch

    return int(launch(getattr(args, "store", None), _lang(args)))


def run_screenshot(args: argparse.Namespace) -> int:
    """Render one view offscreen and write the PNG."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from meja_redaksi.gui.launch import screenshot

    out = screenshot(args.out, args.store, args.view, args.article, args.size, _lang(args))
    print(out)
    return 0


def demo_store_path() -> Path:
    """Where ``run-demo`` keeps its demo store: the user data folder (a temporary one in tests)."""
    if os.environ.get("MEJA_REDAKSI_NO_USER_DIRS"):
        import tempfile

        return Path(tempfile.gettempdir()) / "meja-redaksi-no-user-dirs" / DEMO_STORE_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir("meja-redaksi", appauthor=False)) / DEMO_STORE_NAME


def run_demo(args: argparse.Namespace) -> int:
    """Make the demo store if missing, then start the app (or, with no display, write a screenshot)."""
    from meja_redaksi.cli import main as cli_main

    store = getattr(args, "store", None) or demo_store_path()
    if not store.exists():
        store.parent.mkdir(parents=True, exist_ok=True)
        print(f"making a demo store at {store} (once)…", flush=True)
        code = cli_main(["demo", "--store", str(store)])
        if code:
            return code
    from meja_redaksi.cli.demo_portal import DEMO_PORTAL_USER, start_demo_portal
    from meja_redaksi.settings import Settings

    portal = start_demo_portal(store)
    settings = Settings()
    if not settings.get("user"):
        # Work as the demo portal's user (every role), so the workflow and the queue are usable at once.
        settings.set("user", DEMO_PORTAL_USER)
        settings.save()
    try:
        if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
            from meja_redaksi.gui.launch import run_desktop as launch

            return int(launch(store, _lang(args)))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from meja_redaksi.gui.launch import screenshot

        out = store.with_name("meja-redaksi-demo.png")
        print(
            "no display (neither DISPLAY nor WAYLAND_DISPLAY is set): writing a screenshot instead"
        )
        print(screenshot(out, store, "editor", None, "1440x900", _lang(args)))
        return 0
    finally:
        portal.stop()
