"""A desktop sync killed with SIGKILL while it applies pulled records: the next sync completes cleanly.

Pulled pages are written one transaction each, so the sync runs here with small pages (many
transactions) to be killed between or inside them.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op

ARTICLES = 600
SMALL_PAGE = 20


def local_articles(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_sigkill_mid_apply_then_resync(
    portal: LocalPortal, client_for: Callable[[str], PortalClient], password: str, tmp_path: Path
) -> None:
    rina = client_for("rina")
    ids = [str(uuid.uuid4()) for _ in range(ARTICLES)]
    rina.push([Op(str(uuid.uuid4()), "article", i, 0, {"headline": f"Berita {n}", "body": "Isi."})
               for n, i in enumerate(ids)])  # fmt: skip
    secret = tmp_path / "pw"
    secret.write_text(password)
    store_path = tmp_path / "laptop" / "store.db"
    store_path.parent.mkdir()
    argv = ["sync", "--store", str(store_path)]
    sign_in = ["--portal", portal.url, "--user", "eka", "--password-file", str(secret)]
    small_pages = (
        "import sys; import meja_redaksi.sync.engine as engine; "
        f"engine.PULL_PAGE = {SMALL_PAGE}; from meja_redaksi.cli import main; "
        "raise SystemExit(main(sys.argv[1:]))"
    )
    command = [sys.executable, "-c", small_pages, *argv, *sign_in]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while local_articles(store_path) < SMALL_PAGE and process.poll() is None:
        assert time.monotonic() < deadline, "the sync never started applying"
        time.sleep(0.05)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert killed, "the sync finished before it could be killed: raise ARTICLES"
    assert local_articles(store_path) < ARTICLES
    again = subprocess.run(
        command[: -len(sign_in)], capture_output=True, text=True, timeout=300, check=False
    )
    assert again.returncode == 0, again.stderr
    with Store.open(store_path) as store:
        assert store.integrity_check() == "ok"
        for article_id in ids:
            assert store.articles.get(article_id).headline.startswith("Berita ")
    assert local_articles(store_path) == ARTICLES
