"""Sessions and connections on the store's engine: one place that opens transactions and maps errors."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from meja_redaksi.store.engine import translated_errors


class Database:
    """The engine of one store file, handing out read and write transactions."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._write_engine = engine.execution_options(immediate=True)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        # Small in-memory caches of derived, immutable values (see listing.py).
        self.cache: dict[str, Any] = {}

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session in a read transaction (rolled back at the end)."""
        with translated_errors(self.path), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection for fast read queries."""
        with translated_errors(self.path), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction, committed (durably) when the block ends without error."""
        with (
            translated_errors(self.path),
            Session(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def raw_reader(self) -> Iterator[sqlite3.Connection]:
        """This thread's own sqlite3 connection for the hot read queries of lists.

        The list views run a few fixed statements many times a second; going straight to the driver
        keeps them within reach of raw sqlite3 (see bench/bench_store.py). Each statement runs in its
        own implicit read transaction, so no snapshot is held between calls.
        """
        reader: sqlite3.Connection | None = getattr(self._local, "reader", None)
        if reader is None:
            pooled = self.engine.raw_connection()
            driver = pooled.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            pooled.detach()  # owned by this thread from now on, closed by close_readers()
            reader = driver
            self._local.reader = reader
            with self._readers_lock:
                self._readers.append(reader)
        with translated_errors(self.path):
            yield reader

    def close_readers(self) -> None:
        """Close every thread's read connection."""
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            reader.close()
        self._local = threading.local()
