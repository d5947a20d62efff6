"""The public article page in Debian's headless chromium: laid out like the seed, and no payload runs."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
]
PASSWORD = "rahasia-redaksi"


class Beacon:
    """A loopback HTTP server that records every request: a payload that runs would call it."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def published(tmp_path: Path) -> Iterator[tuple[LocalPortal, str, Beacon]]:
    """A portal with one published article whose body carries script payloads aimed at a beacon."""
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    beacon = Beacon()
    portal = LocalPortal(f"sqlite:///{tmp_path / 'portal.db'}", tmp_path / "media").start()
    db = portal.app.state.db
    for username, name, role in (
        ("rina", "Rina Reporter", "reporter"),
        ("eka", "Eka Editor", "editor"),
        ("dodi", "Dodi Kepala Desk", "desk_chief"),
    ):
        add_user(db, username, name, [role], PASSWORD)
    clients = {u: PortalClient(portal.url) for u in ("rina", "eka", "dodi")}
    for username, client in clients.items():
        client.login(username, PASSWORD)
    target = f"http://127.0.0.1:{beacon.port}"
    hostile = (
        "Gubernur menerima delegasi Los Angeles, Senin (30/4).\n\n"
        "> [!PULLQUOTE]\n> Kita ingin ada langkah konkret\n\n"
        f'<script>document.title="pwned";fetch("{target}/script")</script>\n\n'
        f"<img src=\"x\" onerror=\"document.title='pwned';fetch('{target}/onerror')\">\n\n"
        f"<svg onload=\"fetch('{target}/svg')\"></svg>\n\n"
        f"<iframe src=\"javascript:fetch('{target}/iframe')\"></iframe>\n\n"
        f"[klik](javascript:fetch('{target}/link'))"
    )
    image = io.BytesIO()
    Image.new("RGB", (120, 80), "navy").save(image, "JPEG")
    data = image.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    clients["rina"].upload_photo(sha, data)
    desk_id, photo_id, article_id = (str(uuid.uuid4()) for _ in range(3))
    eka_id = clients["eka"].me()["id"]
    clients["dodi"].push([Op(str(uuid.uuid4()), "desk", desk_id, 0,
                             {"name": "Pemerintahan", "slug": "pemerintahan"})])  # fmt: skip
    clients["rina"].push([
        Op(str(uuid.uuid4()), "photo", photo_id, 0, {
            "sha256": sha, "title": "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles",
            "caption": "Di Balai Kota", "credit": "Mustaqim Amna"}),
        Op(str(uuid.uuid4()), "article", article_id, 0, {
            "headline": "Anies Bahas Sister City", "body": hostile, "desk_id": desk_id,
            "main_photo_id": photo_id, "editor_id": eka_id}),
    ])  # fmt: skip
    clients["rina"].transition(article_id, "submit", "draft")
    clients["eka"].transition(article_id, "approve", "submitted")
    clients["dodi"].transition(article_id, "publish", "approved")
    try:
        yield portal, article_id, beacon
    finally:
        for client in clients.values():
            client.close()
        portal.stop()
        beacon.close()


def dump_dom(url: str, profile: Path) -> str:
    assert CHROMIUM is not None
    completed = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom", url,
        ],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return completed.stdout


def test_article_page_in_chromium(
    published: tuple[LocalPortal, str, Beacon], tmp_path: Path
) -> None:
    portal, article_id, beacon = published
    dom = dump_dom(f"{portal.url}/berita/{article_id}", tmp_path / "profile")
    assert "<title>Anies Bahas Sister City - Portal Berita</title>" in dom
    assert "pwned" not in dom.split("</title>")[0]
    for shown in (
        "Anies Bahas Sister City",
        "Reporter: Rina Reporter",
        "Editor: Eka Editor",
        "Gubernur DKI Bahas Sister City dengan Pemkot Los Angeles",
        "(Foto: Mustaqim Amna)",
        "Kita ingin ada langkah konkret",
        "BERITA TERKAIT",
        "BERITA POPULER",
        "Bagikan ke",
        "kali dibaca",
    ):
        assert shown in dom, shown
    assert beacon.hits == []
