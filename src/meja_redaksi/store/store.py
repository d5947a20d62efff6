"""The Store: one SQLite file (plus its media folder), migrated on open, with a repository per entity."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlalchemy import text

from meja_redaksi.domain.entities import SHA256_PATTERN
from meja_redaksi.domain.errors import UserError
from meja_redaksi.store import migrate
from meja_redaksi.store.articles import ArticleRepository
from meja_redaksi.store.assignments import AssignmentRepository, CommentRepository, SyncState
from meja_redaksi.store.database import Database
from meja_redaksi.store.engine import DEFAULT_BUSY_TIMEOUT_MS, make_engine, translated_errors
from meja_redaksi.store.people import DeskRepository, PersonRepository
from meja_redaksi.store.photos import PhotoRepository


def media_dir_for(path: Path) -> Path:
    """The media folder that belongs to the store file ``path`` (next to it)."""
    return path.with_name(f"{path.stem}-media")


class Store:
    """An open local store. Use :meth:`open`; close it with :meth:`close` or a ``with`` block."""

    def __init__(self, db: Database, media_dir: Path) -> None:
        self._db = db
        self.path = db.path
        self.media_dir = media_dir
        self.articles = ArticleRepository(db)
        self.people = PersonRepository(db)
        self.desks = DeskRepository(db)
        self.photos = PhotoRepository(db)
        self.assignments = AssignmentRepository(db)
        self.comments = CommentRepository(db)
        self.sync_state = SyncState(db)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        revision: str = "head",
    ) -> Store:
        """Open (or create) the store at ``path``: folders made, migrations applied, PRAGMAs set.

        A locked or unwritable store, a full disk or a file that is not a store raises UserError.
        ``revision`` exists for migration tests (open at an older schema).
        """
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise UserError(f"the store path {path} is a folder, not a file")
        media_dir = media_dir_for(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            media_dir.mkdir(exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"cannot create the store folder {path.parent}: {exc.strerror}"
            ) from exc
        engine = make_engine(path, busy_timeout_ms=busy_timeout_ms)
        try:
            with translated_errors(path):
                migrate.upgrade(engine, revision)
                # Take the write lock once: a store another program holds, or that cannot be
                # written, is reported now rather than at the first save.
                raw = engine.raw_connection()
                try:
                    raw.cursor().execute("BEGIN IMMEDIATE")
                    raw.cursor().execute("ROLLBACK")
                finally:
                    raw.close()
        except migrate.SchemaError as exc:
            engine.dispose()
            raise UserError(
                f"the store {path} was made by a newer version of Meja Redaksi ({exc})"
            ) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(Database(engine, path), media_dir)

    def close(self) -> None:
        """Close every connection (the WAL is checkpointed into the main file)."""
        self._db.close_readers()
        self._db.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def media_path(self, sha256: str) -> Path:
        """Where the file with this sha256 lives in the media folder (``ab/abcdef...``)."""
        digest = sha256.lower()
        if not SHA256_PATTERN.match(digest):
            raise UserError(f"not a sha256 digest: {sha256!r}")
        return self.media_dir / digest[:2] / digest

    def schema_revision(self) -> str | None:
        """The migration the store file is at."""
        with self._db.connect() as connection:
            return migrate.current_revision(connection)

    def integrity_check(self) -> str:
        """SQLite's own check of the file ('ok' when sound)."""
        with self._db.connect() as connection:
            return str(connection.execute(text("PRAGMA quick_check")).scalar_one())

    @property
    def database(self) -> Database:
        """The store's engine and transactions (for bulk work inside store/ only)."""
        return self._db
