"""Benchmark: the public article page under 50 concurrent loopback clients (SQLite, or --pg URL).

Prints requests per second and the p95 latency for the real article page (database read, view count
write, rendering), next to the baseline measured in the same run: the same page's bytes served from
memory by a bare ASGI app on the same server stack; then the ratios.

    .venv/bin/python bench/bench_portal.py [--clients 50] [--requests 2000] [--pg URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal, free_port
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.protocol import Op

BODY = "\n\n".join(
    ["Gubernur DKI Jakarta menerima delegasi Los Angeles di Balai Kota, Senin (30/4)."] * 8
    + ["> [!PULLQUOTE]\n> Kita ingin ada langkah konkret"]
)


def load(url: str, clients: int, total: int) -> tuple[float, list[float]]:
    """``total`` GETs of ``url`` from ``clients`` threads; return requests/s and latencies."""
    latencies: list[float] = []
    lock = threading.Lock()
    remaining = [total]

    def worker() -> None:
        with httpx.Client(timeout=60) as client:
            while True:
                with lock:
                    if remaining[0] <= 0:
                        return
                    remaining[0] -= 1
                started = time.perf_counter()
                answer = client.get(url)
                elapsed = time.perf_counter() - started
                answer.raise_for_status()
                with lock:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return total / (time.perf_counter() - started), latencies


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def publish(portal: LocalPortal) -> str:
    """A desk and 200 published articles; return the URL of one article page."""
    db = portal.app.state.db
    for username, role in (("rina", "reporter"), ("dodi", "desk_chief")):
        add_user(db, username, username.title(), [role], "rahasia-bench")
    rina, dodi = PortalClient(portal.url), PortalClient(portal.url)
    rina.login("rina", "rahasia-bench")
    dodi.login("dodi", "rahasia-bench")
    desk_id = str(uuid.uuid4())
    dodi.push([Op(str(uuid.uuid4()), "desk", desk_id, 0, {"name": "Kota", "slug": "kota"})])
    ids = [str(uuid.uuid4()) for _ in range(200)]
    rina.push([Op(str(uuid.uuid4()), "article", i, 0,
                  {"headline": f"Berita {n}", "body": BODY, "desk_id": desk_id})
               for n, i in enumerate(ids)])  # fmt: skip
    for article_id in ids:
        rina.transition(article_id, "submit", "draft")
        dodi.transition(article_id, "approve", "submitted")
        dodi.transition(article_id, "publish", "approved")
    rina.close()
    dodi.close()
    return f"{portal.url}/berita/{ids[0]}"


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL URL instead of SQLite")
    args = parser.parse_args()
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)
    folder = Path(tempfile.mkdtemp(prefix="bench-portal-"))
    db_url = scratch_database(args.pg) if args.pg else f"sqlite:///{folder / 'portal.db'}"
    with LocalPortal(db_url, folder / "media") as portal:
        url = publish(portal)
        page = httpx.get(url).text
        rate, latencies = load(url, args.clients, args.requests)

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
    base_rate, base_latencies = load(f"http://127.0.0.1:{port}/", args.clients, args.requests)
    server.should_exit = True
    thread.join()
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(f"article page ({backend}), {args.clients} clients, {args.requests} requests:")
    print(f"  {rate:.0f} requests/s, p95 {p95(latencies) * 1000:.0f} ms")
    print(f"baseline (same bytes from memory): {base_rate:.0f} requests/s, "
          f"p95 {p95(base_latencies) * 1000:.0f} ms")  # fmt: skip
    print(f"ratios: throughput {base_rate / rate:.1f}x lower, "
          f"p95 {p95(latencies) / p95(base_latencies):.1f}x higher")  # fmt: skip


if __name__ == "__main__":
    main()
