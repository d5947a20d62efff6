"""Engine, sessions and the serialized write path of the portal's database.

Every write goes through :meth:`Database.writing`: one transaction that holds the process's write lock and,
on PostgreSQL, the ``seq`` counter row locked ``FOR UPDATE``. A change's ``seq`` is allocated inside that
transaction, so a reader that has seen ``seq`` N can never later find a committed change below N. After each
commit the write listeners run with a :class:`CommittedWrite` (the public site's page cache drops what the
write may have changed).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from meja_redaksi.portal.models import Base, ChangeRow, CounterRow, RevisionRow

_SEQ = "meja_seq"
_SEQ_START = "meja_seq_start"
_CHANGED = "meja_changed"


@dataclass(frozen=True)
class RecordChange:
    """One record a committed write changed: its kind, id, workflow status (articles) and tombstone."""

    entity: str
    record_id: str
    status: str | None
    deleted: bool


@dataclass(frozen=True)
class CommittedWrite:
    """What a committed write transaction did, for the write listeners.

    ``seq_range`` is the change-log counter before and after the write (None: it took no ``seq``); a
    write that started at the counter a listener last saw leaves no other process's change unseen.
    """

    changes: tuple[RecordChange, ...]
    seq_range: tuple[int, int] | None


def now() -> datetime:
    """The server's clock (the only clock the protocol trusts, and only for display)."""
    return datetime.now(UTC)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for a SQLite or PostgreSQL URL (a bare file path means SQLite)."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 10},
            poolclass=StaticPool if memory else None,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


class Database:
    """The portal database: sessions for reading and the one serialized path for writing."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.Lock()
        self._write_listeners: list[Callable[[CommittedWrite], None]] = []
        with self.writing() as session:
            for name in ("seq", "purged"):
                if session.get(CounterRow, name) is None:
                    session.add(CounterRow(name=name, value=0))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only."""
        with self._sessions() as session:
            yield session

    def on_write(self, listener: Callable[[CommittedWrite], None]) -> None:
        """Call ``listener`` after every committed write that may change what readers see."""
        self._write_listeners.append(listener)

    @contextmanager
    def writing(self, *, notify: bool = True) -> Iterator[Session]:
        """A serialized write transaction, committed when the block ends without an exception.

        After the commit the write listeners run, still in write order; ``notify=False`` skips them for a
        write no page shows as such (the view counter's batches: pages fill in live counts).
        """
        with self._write_lock:
            with self._sessions() as session, session.begin():
                yield session
                seq_range = _store_seq(session)
                changes = tuple(session.info.pop(_CHANGED, ()))
            if notify:
                write = CommittedWrite(changes, seq_range)
                for listener in self._write_listeners:
                    listener(write)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def counter(session: Session, name: str) -> int:
    """The current value of a counter."""
    row = session.get(CounterRow, name)
    return row.value if row else 0


def allocate_seq(session: Session) -> int:
    """Take the next ``seq`` inside the caller's write transaction.

    The counter row is read ``FOR UPDATE`` once per transaction (so it stays locked until commit) and
    written back once at the end by :meth:`Database.writing`: updating one row a thousand times in one
    PostgreSQL transaction would leave a thousand dead versions to walk.
    """
    if _SEQ not in session.info:
        session.info[_SEQ] = session.info[_SEQ_START] = session.execute(
            select(CounterRow.value).where(CounterRow.name == "seq").with_for_update()
        ).scalar_one()
    session.info[_SEQ] += 1
    return int(session.info[_SEQ])


def _store_seq(session: Session) -> tuple[int, int] | None:
    if _SEQ not in session.info:
        return None
    last = int(session.info.pop(_SEQ))
    session.execute(update(CounterRow).where(CounterRow.name == "seq").values(value=last))
    return int(session.info.pop(_SEQ_START)), last


def record_change(
    session: Session,
    entity: str,
    record_id: str,
    rev: int,
    data: dict[str, Any],
    *,
    deleted: bool = False,
    author_id: str | None = None,
) -> int:
    """Keep the revision and move the record to the end of the change log; return its new seq."""
    status = data.get("status") if entity == "article" else None
    change = RecordChange(entity, record_id, status if isinstance(status, str) else None, deleted)
    session.info.setdefault(_CHANGED, []).append(change)
    session.add(
        RevisionRow(
            entity=entity,
            record_id=record_id,
            rev=rev,
            data=data,
            deleted=deleted,
            author_id=author_id,
            created_at=now(),
        )
    )
    seq = allocate_seq(session)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    moved = session.execute(
        update(ChangeRow)
        .where(ChangeRow.entity == entity, ChangeRow.record_id == record_id)
        .values(seq=seq, rev=rev, deleted=deleted, payload=payload)
    )
    if not getattr(moved, "rowcount", 0):
        session.add(
            ChangeRow(
                seq=seq,
                entity=entity,
                record_id=record_id,
                rev=rev,
                deleted=deleted,
                payload=payload,
            )
        )
    return seq
