"""Benchmark of view counts sent down to devices, against a real portal on 127.0.0.1 (SQLite).

For a device (in memory, and a real local store) holding N articles (default 2,000), in one run:

* a sync with nothing changed and no views counted: the baseline (requests, time);
* the same after a batch of views on 1 article, and on every article: requests (goal <= 2) and time
  as a ratio to the baseline;
* a device that never synced: its first sync with and without counts to take, as a ratio.

    .venv/bin/python bench/bench_views.py [--articles N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.store import Store
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.engine import SyncEngine, SyncReport
from meja_redaksi.sync.protocol import Op
from meja_redaksi.sync.replica import MemoryReplica
from meja_redaksi.sync.store_replica import StoreReplica

ROUNDS = 5


def seed(client: PortalClient, count: int) -> list[str]:
    """``count`` new articles pushed in batches of 1,000; return their ids."""
    ids: list[str] = []
    for start in range(0, count, 1000):
        batch = [
            Op(str(uuid.uuid4()), "article", str(uuid.uuid4()), 0, {"headline": f"Berita {n}"})
            for n in range(start, min(count, start + 1000))
        ]
        client.push(batch)
        ids.extend(op.id for op in batch)
    return ids


def timed(sync: Callable[[], SyncReport]) -> tuple[float, SyncReport]:
    started = time.perf_counter()
    report = sync()
    return time.perf_counter() - started, report


def measure(name: str, engine: SyncEngine, portal: LocalPortal, ids: list[str]) -> None:
    """Median times of no-change syncs without views, with views on one article, on all."""
    views = portal.app.state.views
    cases: dict[str, list[str]] = {"no views": [], "1 article read": ids[:1], "all read": ids}
    medians: dict[str, float] = {}
    for case, read in cases.items():
        times: list[float] = []
        for _ in range(ROUNDS):
            for article_id in read:
                views.count(article_id)
            views.flush()
            seconds, report = timed(engine.sync)
            times.append(seconds)
        medians[case] = statistics.median(times)
        base = medians["no views"]
        print(
            f"{name}: no-change sync, {case}: {report.requests} requests (goal <= 2), "
            f"{report.views} counts, {medians[case] * 1000:.1f} ms ({medians[case] / base:.1f}x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    folder = Path(tempfile.mkdtemp(prefix="bench-views-"))
    with LocalPortal(f"sqlite:///{folder / 'portal.db'}", folder / "media") as portal:
        add_user(portal.app.state.db, "rina", "Rina", ["reporter"], "rahasia-bench")
        client = PortalClient(portal.url)
        client.login("rina", "rahasia-bench")
        ids = seed(client, args.articles)

        memory = SyncEngine(MemoryReplica(), client)
        first_plain, _ = timed(memory.sync)
        measure("memory", memory, portal, ids)
        first_counts, report = timed(SyncEngine(MemoryReplica(), client).sync)
        print(
            f"memory: first sync of {report.pulled} records without counts to take "
            f"{first_plain:.2f} s, with {report.views} counts {first_counts:.2f} s "
            f"({first_counts / first_plain:.2f}x, {report.requests} requests)"
        )
        with Store.open(folder / "laptop.db") as store:
            laptop = SyncEngine(StoreReplica(store), client)
            seconds, report = timed(laptop.sync)
            print(
                f"store: first sync of {report.pulled} records with {report.views} counts: "
                f"{seconds:.2f} s, {report.requests} requests"
            )
            measure("store", laptop, portal, ids)
        client.close()


if __name__ == "__main__":
    main()
