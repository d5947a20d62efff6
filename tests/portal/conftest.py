"""A real portal server on 127.0.0.1 (SQLite, and PostgreSQL when MEJA_TEST_PG_URL is set), users, clients."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from meja_redaksi.portal.auth import add_user, configure_password_hashing
from meja_redaksi.portal.local import LocalPortal
from meja_redaksi.sync.client import PortalClient
from meja_redaksi.sync.engine import SyncEngine
from meja_redaksi.sync.replica import MemoryReplica

PASSWORD = "rahasia-redaksi"
USERS = {
    "rina": ("Rina Reporter", ["reporter"]),
    "budi": ("Budi Reporter", ["reporter"]),
    "eka": ("Eka Editor", ["editor"]),
    "dodi": ("Dodi Kepala Desk", ["desk_chief"]),
    "otoy": ("Otoy Fotografer", ["photographer"]),
}


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> None:
    """Argon2 at its production cost takes ~0.35 s a hash here: tests use a small cost."""
    configure_password_hashing(time_cost=1, memory_cost_kib=1024)


# The API and public-site tests run on both databases; the device-level sync tests (which reach the
# database only through the same API) run on SQLite to keep the suite short.
PG_MODULES = {
    "test_portal_api",
    "test_portal_photos_site",
    "test_portal_words",
    "test_site_cache",
    "test_views_api",
}


def _backends(module: str) -> list[object]:
    params: list[object] = ["sqlite"]
    if os.environ.get("MEJA_TEST_PG_URL") and module in PG_MODULES:
        params.append(pytest.param("postgres", marks=pytest.mark.postgres))
    return params


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a new PostgreSQL database dropped afterwards."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'portal.db'}"
        return
    admin_url = os.environ["MEJA_TEST_PG_URL"]
    name = f"meja_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test that uses the database on each available backend."""
    if "db_url" in metafunc.fixturenames:
        module = metafunc.module.__name__.rpartition(".")[2]
        metafunc.parametrize("db_url", _backends(module), indirect=True)


@pytest.fixture
def portal(db_url: str, tmp_path: Path) -> Iterator[LocalPortal]:
    """A running portal with the standard newsroom users."""
    server = LocalPortal(db_url, tmp_path / "media", max_upload_bytes=2_000_000, lockout_seconds=60)
    server.start()
    for username, (name, roles) in USERS.items():
        add_user(server.app.state.db, username, name, roles, PASSWORD)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def password() -> str:
    """The password of every standard user."""
    return PASSWORD


@pytest.fixture
def client_for(portal: LocalPortal) -> Iterator[Callable[[str], PortalClient]]:
    """Make a signed-in API client for one of the standard users."""
    made: list[PortalClient] = []

    def make(username: str) -> PortalClient:
        client = PortalClient(portal.url)
        client.login(username, PASSWORD)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


class FaultProxy:
    """A loopback HTTP proxy in front of the portal that can drop, duplicate or replay requests.

    Each connection carries one request (the proxy asks the portal to close after answering). ``plan``
    lists what to do with the next requests: ``pass``, ``drop_request`` (never forwarded),
    ``drop_response`` (forwarded and committed, the answer never reaches the client), ``duplicate``
    (forwarded twice) or ``keep`` (forwarded, and kept to be replayed later by :meth:`replay`).
    """

    def __init__(self, upstream_port: int) -> None:
        import socket
        import threading

        self.upstream_port = upstream_port
        self.plan: list[str] = []
        self.kept: list[bytes] = []
        self.seen = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        import threading

        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    @staticmethod
    def _read_request(connection: object) -> bytes:
        import socket

        assert isinstance(connection, socket.socket)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return b""
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        lines = [
            line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")
        ]
        for line in lines:
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                break
            body += chunk
        return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body

    def forward(self, request: bytes) -> bytes:
        """Send one request to the portal and return its whole answer."""
        import socket

        with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as upstream:
            upstream.sendall(request)
            answer = b""
            while chunk := upstream.recv(65536):
                answer += chunk
        return answer

    def _handle(self, connection: object) -> None:
        import socket

        assert isinstance(connection, socket.socket)
        with connection:
            request = self._read_request(connection)
            if not request:
                return
            self.seen += 1
            action = self.plan.pop(0) if self.plan else "pass"
            if action == "drop_request":
                return
            answer = self.forward(request)
            if action == "duplicate":
                answer = self.forward(request)
            elif action == "keep":
                self.kept.append(request)
            if action != "drop_response":
                connection.sendall(answer)

    def replay(self) -> list[bytes]:
        """Send every kept request again (a delayed duplicate arriving late); return the answers."""
        answers = [self.forward(request) for request in self.kept]
        self.kept.clear()
        return answers

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=5)


@pytest.fixture
def proxy(portal: LocalPortal) -> Iterator[FaultProxy]:
    """A fault-injecting proxy in front of the portal."""
    fault_proxy = FaultProxy(portal.port)
    yield fault_proxy
    fault_proxy.close()


@pytest.fixture
def device_for(
    portal: LocalPortal, proxy: FaultProxy
) -> Iterator[Callable[[str], tuple[MemoryReplica, SyncEngine]]]:
    """Make a device (a replica and its sync engine) signed in as a standard user, via the proxy."""
    made: list[PortalClient] = []

    def make(username: str) -> tuple[MemoryReplica, SyncEngine]:
        client = PortalClient(proxy.url, timeout=10)
        client.login(username, PASSWORD)
        made.append(client)
        replica = MemoryReplica()
        return replica, SyncEngine(replica, client)

    yield make
    for client in made:
        client.close()
