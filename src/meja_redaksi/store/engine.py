"""The SQLite engine: PRAGMAs on every connection, explicit transactions, and errors turned into UserError."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from meja_redaksi.domain.errors import UserError

DEFAULT_BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine on the SQLite file ``path`` with WAL, foreign keys, a busy timeout and durable commits."""
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the lock up front: a read transaction upgraded later fails at once under WAL.
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def describe_error(exc: BaseException, path: Path) -> str | None:
    """A one-line message for the store failures a user can act on; None for anything else."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return f"the store {path} is in use by another program (locked): close it and try again"
    if "disk is full" in text or "database or disk is full" in text:
        return f"the disk holding the store {path} is full: free some space and try again"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"the store {path} cannot be written: check the folder and its permissions"
    if "not a database" in text or "malformed" in text:
        return f"the file {path} is not a Meja Redaksi store (or it is damaged)"
    if "disk i/o error" in text:
        return f"the store {path} could not be written (disk I/O error)"
    return None


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn locked store, full disk, unwritable file and broken references into UserError."""
    try:
        yield
    except IntegrityError as exc:
        raise UserError(integrity_message(exc)) from exc
    except (OperationalError, DBAPIError, sqlite3.Error, OSError) as exc:
        message = describe_error(exc, path)
        if message is None:
            raise
        raise UserError(message) from exc


def integrity_message(exc: IntegrityError) -> str:
    """A one-line message for a constraint the caller broke."""
    text = str(exc.orig)
    if "FOREIGN KEY" in text:
        return "the change refers to a desk, person, photo or article that is not in the store"
    if "UNIQUE" in text:
        column = text.rsplit(":", 1)[-1].strip()
        return f"another record already has this value ({column})"
    return f"the change breaks a rule of the store: {text}"
