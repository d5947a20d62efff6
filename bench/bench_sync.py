"""Benchmark of sync against a real portal on 127.0.0.1 (SQLite, or PostgreSQL with --pg URL).

* first sync of N articles (default 10,000) into a fresh device, against the baseline measured in the
  same run: a raw HTTP download of the same JSON bytes from a bare ASGI app on the same server stack
  (goal: ratio <= 3);
* a sync with nothing changed: requests made (goal <= 2);
* a push of 1,000 edits: time and requests;
* optionally (--store) the same first sync into a real local store.

The first sync is also split into its parts, each timed alone on the same pages: the portal's own work
(query and splice in ``changes_bytes``), JSON decoding, building the Change objects and applying them to
the replica. The decoding alone, against the raw download, is the "decode floor": no client that decodes
the JSON can get under it. The portal runs in a thread of this same process (as in the tests), so its
work competes with the client's for the GIL; a real portal is another machine.

    .venv/bin/python bench/bench_sync.py [--articles N] [--pg URL] [--store] [--page N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.db import Database
from meja_redaksi.portal.local import LocalPortal, free_port
from meja_redaksi.portal.records import changes_bytes
from meja_redaksi.sync import engine as sync_engine
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.engine import SyncEngine, SyncReport
from meja_redaksi.sync.protocol import ChangesPage, Op
from meja_redaksi.sync.replica import MemoryReplica

PARAGRAPH = (
    "Gubernur DKI Jakarta menerima kunjungan delegasi Pemerintah Kota Los Angeles di Balai Kota, "
    "Senin (30/4). Pertemuan membahas kerja sama sister city di bidang transportasi dan budaya."
)


def article_fields(n: int) -> dict[str, object]:
    return {
        "headline": f"Berita nomor {n} tentang kerja sama kota",
        "lead": "Ringkasan berita untuk pembaca portal.",
        "body": "\n\n".join([PARAGRAPH] * 5),
        "tags": ["sister city", "jakarta"],
    }


class RawServer:
    """A bare ASGI app serving fixed bytes: the raw-download baseline."""

    def __init__(self, payload: bytes) -> None:
        async def raw(_request: object) -> Response:
            return Response(payload, media_type="application/json")

        app = Starlette(routes=[Route("/raw", raw)])
        self.port = free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error")
        )
        import threading

        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join()


def seed(client: PortalClient, count: int) -> list[tuple[str, int]]:
    records: list[tuple[str, int]] = []
    batch: list[Op] = []
    for n in range(count):
        batch.append(Op(str(uuid.uuid4()), "article", str(uuid.uuid4()), 0, article_fields(n)))
        if len(batch) == 1000 or n == count - 1:
            results = client.push(batch)
            records.extend((op.id, r.rev) for op, r in zip(batch, results, strict=True))
            batch = []
    return records


def scratch_database(admin_url: str) -> str:
    """A new, empty PostgreSQL database next to ``admin_url``'s."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL URL instead of SQLite")
    parser.add_argument(
        "--store", action="store_true", help="also time the first sync into a real local store"
    )
    parser.add_argument("--page", type=int, help="records per pulled page (default: the engine's)")
    args = parser.parse_args()
    if args.page:
        sync_engine.PULL_PAGE = args.page
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    db_url = scratch_database(args.pg) if args.pg else f"sqlite:///{folder / 'portal.db'}"
    with LocalPortal(db_url, folder / "media") as portal:
        add_user(portal.app.state.db, "rina", "Rina", ["reporter"], "rahasia-bench")
        writer = PortalClient(portal.url)
        writer.login("rina", "rahasia-bench")
        started = time.perf_counter()
        records = seed(writer, args.articles)
        seed_seconds = time.perf_counter() - started
        print(f"seed: {args.articles} new articles pushed in {seed_seconds:.2f} s")

        device = PortalClient(portal.url, writer.token)
        firsts = []
        for _ in range(3):  # best of three fresh devices, as for the raw download below
            replica = MemoryReplica()
            engine = SyncEngine(replica, device)
            started = time.perf_counter()
            report = engine.sync()
            firsts.append(time.perf_counter() - started)
        first = min(firsts)
        with portal_http(portal.url, writer.token or "") as client:
            pages = page_texts(client)
        raw_server = RawServer(b"".join(pages))
        with httpx.Client() as raw_client:
            raw = best_of(3, lambda: raw_client.get(f"http://127.0.0.1:{raw_server.port}/raw"))
            size = len(raw_client.get(f"http://127.0.0.1:{raw_server.port}/raw").content)
        raw_server.stop()
        print(f"first sync: {report.pulled} records, {report.requests} requests, {first:.2f} s "
              f"({sync_engine.PULL_PAGE} records a page)")  # fmt: skip
        print(f"raw download of the same {size / 1e6:.1f} MB: {raw:.3f} s")
        print(f"ratio first sync / raw download: {first / raw:.1f}x (goal <= 3x)")
        print_split(portal.app.state.db, portal.url, writer.token or "", pages, first, raw)

        idle = engine.sync()
        print(f"no-change sync: {idle.requests} requests (goal <= 2)")

        for record_id, rev in records[:1000]:
            replica.edit(
                "article", record_id, {"headline": f"Judul disunting {rev} {record_id[:8]}"}
            )
        started = time.perf_counter()
        pushed = SyncReport()
        before = device.requests
        engine.push(pushed)
        push_seconds = time.perf_counter() - started
        print(
            f"push of {pushed.pushed} edits: {push_seconds:.2f} s, {device.requests - before} requests"
        )
        writer.close()
        device.close()
        if args.store:
            bench_store(portal.url, writer.token or "", folder, raw, pages)


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``work``."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def page_cursor(page: bytes) -> tuple[int, bool]:
    """The next cursor and the 'more' flag at the end of a page, read without decoding it."""
    tail = page[page.rindex(b'"next":') :]
    return int(tail[7 : tail.index(b",")]), b'"more":true' in tail


def page_texts(client: httpx.Client) -> list[bytes]:
    """The change log as the sync receives it, page by page, not decoded."""
    pages: list[bytes] = []
    cursor, more = 0, True
    while more:
        answer = client.get(
            "/api/v1/changes", params={"since": cursor, "limit": sync_engine.PULL_PAGE}
        )
        pages.append(answer.content)
        cursor, more = page_cursor(answer.content)
    return pages


def portal_http(url: str, token: str) -> httpx.Client:
    """A bare HTTP client of the portal, signed in."""
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})


def print_split(
    db: Database, url: str, token: str, pages: list[bytes], first: float, raw: float
) -> None:
    """Time each part of the first sync alone on the same pages, and the decode floor."""

    def serve() -> None:
        cursor = 0
        for _ in pages:
            cursor, _more = page_cursor(changes_bytes(db, cursor, sync_engine.PULL_PAGE))

    server = best_of(3, serve)
    with portal_http(url, token) as client:
        download = best_of(3, lambda: page_texts(client))
    decode = best_of(3, lambda: [json.loads(p) for p in pages])
    decoded = [json.loads(p) for p in pages]
    build = best_of(3, lambda: [ChangesPage.from_json(d) for d in decoded])

    built = [ChangesPage.from_json(d) for d in decoded]

    def apply() -> None:
        replica = MemoryReplica()
        for page in built:
            replica.apply_changes(page.changes)

    apply_only = best_of(3, apply)
    print(
        f"split, each part alone: portal query + splice {server:.3f} s, json.loads {decode:.3f} s, "
        f"Change objects {build:.3f} s, memory replica apply {apply_only:.3f} s"
    )
    print(
        f"the portal's pages downloaded, not decoded: {download:.3f} s ({download / raw:.1f}x the "
        f"raw download; the portal's own query + splice is {server / first:.0%} of the first sync, "
        "and it runs in this process, competing with the client for the GIL)"
    )
    print(f"decode floor: json.loads of the same bytes / raw download: {decode / raw:.1f}x")


def bench_store(url: str, token: str, folder: Path, raw: float, pages: list[bytes]) -> None:
    """The first sync into a real local store (one transaction per pulled page), against the raw
    download measured in the same run; then the store's part alone: the same pages, already decoded,
    written into another new store."""
    from meja_redaksi.store import Store
    from meja_redaksi.sync.store_replica import StoreReplica

    with Store.open(folder / "device.db") as store, PortalClient(url, token) as client:
        replica = StoreReplica(store)
        engine = SyncEngine(replica, client)
        started = time.perf_counter()
        report = SyncReport()
        engine.pull(report)
        seconds = time.perf_counter() - started
        print(f"first sync into a local store: {report.pulled} records in {seconds:.2f} s "
              f"({seconds / max(report.pulled, 1) * 1000:.2f} ms per record)")  # fmt: skip
        print(f"ratio first sync into a store / raw download: {seconds / raw:.1f}x (goal <= 3x)")
        edited = [c for c in client.changes(0, 1000).changes if c.entity == "article"]
        client.push(
            [Op(str(uuid.uuid4()), "article", c.id, c.rev, {"body": f"Disunting. {n}"})
             for n, c in enumerate(edited)]
        )  # fmt: skip
        started = time.perf_counter()
        again = SyncReport()
        engine.pull(again)
        print(f"pull of {again.pulled} articles edited elsewhere into the store: "
              f"{time.perf_counter() - started:.2f} s")  # fmt: skip
    decoded = [ChangesPage.from_json(json.loads(p)) for p in pages]
    with Store.open(folder / "device-2.db") as store:
        replica = StoreReplica(store)
        started = time.perf_counter()
        for page in decoded:
            replica.apply_changes(page.changes)
        alone = time.perf_counter() - started
    print(f"the store's part alone (decoded pages written into a new store): {alone:.2f} s "
          f"({alone / seconds:.0%} of the first sync into a store)")  # fmt: skip


if __name__ == "__main__":
    main()
