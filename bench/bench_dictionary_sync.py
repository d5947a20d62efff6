"""Benchmark of the newsroom dictionary's sync against a real portal on 127.0.0.1 (SQLite).

A desk's existing dictionary of N words (default 1,000) is sent by one laptop's first sync and received
by another's. Each is compared with a baseline measured in the same run:

* send: the laptop's sync round (file read, diff against the agreed words, outbox, answers written back)
  against the bare protocol: the same word ops pushed by a plain client in batches of the same size,
  to a second, fresh portal database;
* receive: the second laptop's sync round (pages applied, words merged into its file) against a raw
  download of the same change-log pages; a round with nothing new on the same laptop is printed too
  (the fixed cost of a round: client set-up, the durable sync-state writes).

    .venv/bin/python bench/bench_dictionary_sync.py [--words N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from meja_redaksi.checking.newsroom_file import newsroom_file, read_entries, word_id
from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.engine import PULL_PAGE, PUSH_BATCH
from meja_redaksi.sync.protocol import Op
from meja_redaksi.sync.service import sign_in, sync_once

PASSWORD = "kata-sandi-bench"


def _portal(folder: Path) -> LocalPortal:
    folder.mkdir()
    server = LocalPortal(f"sqlite:///{folder / 'portal.db'}", folder / "media").start()
    add_user(server.app.state.db, "eka", "Eka Editor", ["editor"], PASSWORD)
    return server


def _laptop(folder: Path, url: str) -> Path:
    path = folder / "store.db"
    folder.mkdir()
    with Store.open(path) as store:
        sign_in(store, url, "eka", PASSWORD)
    return path


def _timed_sync(path: Path) -> tuple[float, int, int]:
    with Store.open(path) as store:
        start = time.perf_counter()
        report, _skipped = sync_once(store)
        return time.perf_counter() - start, report.pushed, report.pulled


def _bare_push(url: str, words: list[str]) -> float:
    ops = [Op(str(uuid.uuid4()), "word", word_id(w), 0, {"word": w}) for w in words]
    with PortalClient(url) as client:
        client.login("eka", PASSWORD)
        start = time.perf_counter()
        for first in range(0, len(ops), PUSH_BATCH):
            client.push(ops[first : first + PUSH_BATCH])
        return time.perf_counter() - start


def _raw_pull(url: str) -> float:
    with PortalClient(url) as client:
        client.login("eka", PASSWORD)
        headers = {"Authorization": f"Bearer {client.token}"}
    with httpx.Client(base_url=f"{url}/api/v1", headers=headers) as http:
        start = time.perf_counter()
        since, more = 0, True
        while more:
            page = http.get("/changes", params={"since": since, "limit": PULL_PAGE}).json()
            since, more = page["next"], page["more"]
        return time.perf_counter() - start


def main() -> None:
    """Run the benchmark and print times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args()
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    words = [f"Kata{n}" for n in range(args.words)]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        portal, bare = _portal(root / "portal"), _portal(root / "bare")
        try:
            sender, receiver = _laptop(root / "a", portal.url), _laptop(root / "b", portal.url)
            newsroom_file(sender).write_text("".join(w + "\n" for w in words), encoding="utf-8")
            send, pushed, _ = _timed_sync(sender)
            baseline_push = _bare_push(bare.url, words)
            receive, _, pulled = _timed_sync(receiver)
            idle, _, _ = _timed_sync(receiver)
            baseline_pull = _raw_pull(portal.url)
            assert sorted(read_entries(newsroom_file(receiver))) == sorted(words)
        finally:
            portal.stop()
            bare.stop()
    print(f"words: {args.words}")
    print(f"send    {send:7.2f} s ({pushed} ops)  bare push {baseline_push:7.2f} s  "
          f"ratio {send / baseline_push:5.2f}")  # fmt: skip
    print(f"receive {receive:7.2f} s ({pulled} changes)  raw download {baseline_pull:7.2f} s  "
          f"ratio {receive / baseline_pull:5.2f}")  # fmt: skip
    print(f"a round with nothing new on the receiving laptop: {idle:5.2f} s")


if __name__ == "__main__":
    main()
