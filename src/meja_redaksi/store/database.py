"""Sessions and connections on the store's engine: one place that opens transactions and maps errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from meja_redaksi.store.engine import translated_errors


class Database:
    """The engine of one store file, handing out read and write transactions."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._write_engine = engine.execution_options(immediate=True)

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
