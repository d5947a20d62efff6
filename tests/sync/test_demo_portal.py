"""run-demo's local portal: a demo user whose password file is private, the store signed in to it."""

from __future__ import annotations

import stat
from pathlib import Path

from meja_redaksi.cli.app import start_demo_portal
from meja_redaksi.domain.entities import Article
from meja_redaksi.store import Store
from meja_redaksi.sync.service import sync_once, sync_status, token_path


def test_demo_portal_signs_the_store_in_and_syncs(tmp_path: Path) -> None:
    store_path = tmp_path / "demo.sqlite"
    with Store.open(store_path) as store:
        store.articles.save(Article(headline="Demo", body="Isi berita demo."))
    for _run in range(2):  # the second start reuses the same user and password
        portal = start_demo_portal(store_path)
        try:
            password_file = tmp_path / "demo-portal" / "demo-portal-password.txt"
            assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
            assert stat.S_IMODE(token_path(store_path).stat().st_mode) == 0o600
            with Store.open(store_path) as store:
                report, skipped = sync_once(store)
                assert skipped == []
                assert sync_status(store).pending == 0
                assert sync_status(store).portal == portal.url
        finally:
            portal.stop()
    assert report.pushed == 0  # pushed by the first run
