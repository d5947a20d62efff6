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


def _backends() -> list[object]:
    params: list[object] = ["sqlite"]
    if os.environ.get("MEJA_TEST_PG_URL"):
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
        metafunc.parametrize("db_url", _backends(), indirect=True)


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
