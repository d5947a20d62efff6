"""Benchmark: the public pages under 50 concurrent loopback clients (SQLite, or --pg URL).

Prints requests per second and the p95 latency of: one article page read by everyone (the issue's
number), article pages spread over 200 articles (after a warm-up that read each once), the index page,
and the one article page while an editor saves an edit of it every 0.1 s (each save of a published
article retires every cached page). Next to them, the
baseline measured in the same run: the same article page's bytes served from memory by a bare ASGI app
on the same server stack; then the ratios. The clients run in a separate process (keep-alive HTTP/1.1
over asyncio, about 50 µs of client work a request) so they do not share the server's interpreter lock.

    .venv/bin/python bench/bench_portal.py [--clients 50] [--requests 3000] [--pg URL]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import statistics
import tempfile
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal, free_port
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op, OpOutcome

BODY = "\n\n".join(
    ["Gubernur DKI Jakarta menerima delegasi Los Angeles di Balai Kota, Senin (30/4)."] * 8
    + ["> [!PULLQUOTE]\n> Kita ingin ada langkah konkret"]
)
ARTICLES = 200


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    """Send one keep-alive GET and read the whole answer; return its status."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(
        int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")
    )
    await reader.readexactly(length)
    return int(lines[0].split(" ", 2)[1])


async def _load(base: str, paths: list[str], clients: int, total: int) -> tuple[float, list[float]]:
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    remaining = [total]
    latencies: list[float] = []
    chooser = random.Random(7)

    async def client() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while remaining[0] > 0:
                remaining[0] -= 1
                path = chooser.choice(paths)
                request = f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode()
                started = time.perf_counter()
                status = await _get(reader, writer, request)
                latencies.append(time.perf_counter() - started)
                if status != 200:
                    raise RuntimeError(f"{path}: HTTP {status}")
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return total / (time.perf_counter() - started), latencies


def load(base: str, paths: list[str], clients: int, total: int) -> tuple[float, list[float]]:
    """``total`` GETs of ``paths`` (picked at random) from ``clients`` connections: requests/s, latencies."""
    return asyncio.run(_load(base, paths, clients, total))


def p95(values: list[float]) -> float:
    """The 95th percentile."""
    return statistics.quantiles(values, n=20)[18]


def publish(portal: LocalPortal) -> tuple[list[str], PortalClient]:
    """A desk and 200 published articles; return their ids and a signed-in editor's client."""
    db = portal.app.state.db
    for username, role in (("rina", "reporter"), ("dodi", "desk_chief")):
        add_user(db, username, username.title(), [role], "rahasia-bench")
    rina, dodi = PortalClient(portal.url), PortalClient(portal.url)
    rina.login("rina", "rahasia-bench")
    dodi.login("dodi", "rahasia-bench")
    desk_id = str(uuid.uuid4())
    dodi.push([Op(str(uuid.uuid4()), "desk", desk_id, 0, {"name": "Kota", "slug": "kota"})])
    ids = [str(uuid.uuid4()) for _ in range(ARTICLES)]
    rina.push([Op(str(uuid.uuid4()), "article", i, 0,
                  {"headline": f"Berita {n}", "body": BODY, "desk_id": desk_id})
               for n, i in enumerate(ids)])  # fmt: skip
    for article_id in ids:
        rina.transition(article_id, "submit", "draft")
        dodi.transition(article_id, "approve", "submitted")
        dodi.transition(article_id, "publish", "approved")
    rina.close()
    return ids, dodi


class Editing:
    """Saves an edit of one article every ``every`` seconds while the block runs."""

    def __init__(self, client: PortalClient, article_id: str, every: float = 0.5) -> None:
        self.client, self.article_id, self.every = client, article_id, every
        self.saves = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        base_rev = 1  # the created rev: the lead is untouched since, so the first save merges
        while not self._stop.wait(self.every):
            edit = {"lead": f"Pembaruan {self.saves}"}
            (result,) = self.client.push(
                [Op(str(uuid.uuid4()), "article", self.article_id, base_rev, edit)]
            )
            if result.outcome not in (OpOutcome.APPLIED, OpOutcome.MERGED):
                raise RuntimeError(f"the edit was not saved: {result}")
            base_rev = result.rev
            self.saves += 1

    def __enter__(self) -> Editing:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


def serve_bytes(page: bytes) -> tuple[uvicorn.Server, threading.Thread, str]:
    """A bare Starlette app answering ``page`` from memory, on the same uvicorn stack."""

    async def raw(_request: object) -> HTMLResponse:
        return HTMLResponse(page)

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(Starlette(routes=[Route("/", raw)]), port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, f"http://127.0.0.1:{port}"


def scratch_database(admin_url: str) -> str:
    """A new, empty PostgreSQL database next to ``admin_url``'s (left for inspection)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    """Run the scenarios and print the numbers and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL URL instead of SQLite")
    args = parser.parse_args()
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    folder = Path(tempfile.mkdtemp(prefix="bench-portal-"))
    db_url = scratch_database(args.pg) if args.pg else f"sqlite:///{folder / 'portal.db'}"
    results: dict[str, tuple[float, list[float]]] = {}
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as clients:

        def run(base: str, paths: list[str]) -> tuple[float, list[float]]:
            return clients.submit(load, base, paths, args.clients, args.requests).result()

        with LocalPortal(db_url, folder / "media") as portal:
            ids, editor = publish(portal)
            hot = f"/berita/{ids[0]}"
            run(portal.url, [hot, "/", *(f"/berita/{i}" for i in ids)])  # warm-up: first renders
            results["one article page"] = run(portal.url, [hot])
            results[f"{ARTICLES} article pages"] = run(portal.url, [f"/berita/{i}" for i in ids])
            results["index page"] = run(portal.url, ["/"])
            with Editing(editor, ids[0], every=0.1) as editing:
                results["one article page, edited every 0.1 s"] = run(portal.url, [hot])
            editor.close()
            page = httpx.get(portal.url + hot).content
        server, thread, base_url = serve_bytes(page)
        results["baseline (same bytes from memory)"] = run(base_url, ["/"])
        server.should_exit = True
        thread.join()
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(f"public pages ({backend}), {args.clients} clients, {args.requests} requests each:")
    base_rate, base_lat = results["baseline (same bytes from memory)"]
    for name, (rate, latencies) in results.items():
        print(f"  {name:40s} {rate:6.0f} requests/s, p95 {p95(latencies) * 1000:5.0f} ms"
              f"  (throughput {base_rate / rate:4.1f}x lower, p95 {p95(latencies) / p95(base_lat):4.1f}x"
              " higher than the baseline)")  # fmt: skip
    print(f"  edits saved during the edited run: {editing.saves}")


if __name__ == "__main__":
    main()
